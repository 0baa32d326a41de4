import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/waffle/waffle.define.js';
import type { DjWaffle } from '../../../src/widgets/waffle/waffle.js';
import type { DjSelectEvent } from '../../../src/core/events.js';
import { shadow } from '../../helpers/widgets.js';

/** Squares in the page's drawing under `sel`: one "Mx,yh…z" box per square in each category's path. */
const count = (el: DjWaffle, sel = ''): number =>
  Array.from(shadow(el).querySelectorAll(`${sel} path.square[part="square"]`)).reduce((n, p) => n + (p.getAttribute('d')?.match(/z/g)?.length ?? 0), 0);

async function projects(attrs = 'mode="part"'): Promise<DjWaffle> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:600px" lang="zh-CN"><dj-waffle ${attrs}>
    <table><caption>2021年新引进项目目标</caption><tr><th>项目</th><th>目标</th></tr>
      <tr><td>新引进过亿元项目</td><td>80个</td></tr><tr><td>过10亿元项目</td><td>10个</td></tr></table></dj-waffle></div>`);
  const el = wrap.querySelector('dj-waffle')!;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('path.square[part="square"]').length, 'no squares', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const items = (el: DjWaffle): SVGGElement[] => Array.from(shadow(el).querySelectorAll<SVGGElement>('g.category'));

describe('<dj-waffle>', () => {
  it('draws the whole and its part by colour and pattern', async () => {
    const el = await projects();
    expect(count(el)).to.equal(80);
    // The part: its own colour class and a texture drawn over it as marks, not a url(#id) pattern.
    expect(count(el, 'g.cat[data-item="1"]')).to.equal(10);
    expect(shadow(el).querySelector('g.cat[data-item="1"] path.square')!.classList.contains('c1')).to.equal(true);
    expect(shadow(el).querySelector('g.cat[data-item="1"] path.texture')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+l/);
    expect(shadow(el).querySelector('g.cat[data-item="0"] path.texture')).to.equal(null);
    expect(shadow(el).querySelectorAll('svg pattern, svg defs, svg [id]').length).to.equal(0);
    expect(shadow(el).querySelector('svg')!.outerHTML).to.not.include('url(');
    expect(shadow(el).querySelector('.unit-text')!.textContent).to.equal('每格代表 1个');
    expect(shadow(el).querySelector('.title')!.textContent).to.equal('2021年新引进项目目标');
  });

  it('is one tab stop; arrows move between categories, each announced, with a tooltip', async () => {
    const el = await projects();
    expect(items(el).map((g) => g.getAttribute('tabindex'))).to.deep.equal(['0', '-1']);
    items(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(items(el)[1]);
    expect(items(el)[1]!.getAttribute('aria-label')).to.equal('其中：过10亿元项目：10个，占 12.5%，10 格，每格代表 1个（第 2 项，共 2 项）');
    expect(count(el, 'g.cat.on')).to.equal(10);
    expect(shadow(el).querySelector('.tooltip')!.textContent.replace(/\s+/g, '')).to.equal('过10亿元项目10个(12.5%)10格');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    // The whole includes its part: all 80 squares are read.
    expect(count(el, 'g.cat.on')).to.equal(80);
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const ev: DjSelectEvent = await oneEvent(el, 'dj-select');
    expect(ev.detail).to.deep.equal({ index: 0, label: '新引进过亿元项目', value: 80, unit: '个' });
  });

  it('scales by unit-size with its own unit and rounds so the squares add up', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:400px" lang="en"><dj-waffle unit-size="1亿元">
      <table><tr><th>项目</th><th>金额</th></tr><tr><td>总投资</td><td>4.1亿元</td></tr><tr><td>年产值</td><td>1.8亿元</td></tr></table></dj-waffle></div>`);
    const el = wrap.querySelector('dj-waffle')!;
    await waitUntil(() => el.shadowRoot?.querySelectorAll('path.square[part="square"]').length);
    await el.updateComplete;
    expect(count(el)).to.equal(6);
    expect(shadow(el).querySelector('.unit-text')!.textContent).to.equal('Each square = 100 million yuan');
  });

  it('shows an error for a bad mode="part" table, in the reader’s language', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:400px" lang="zh-CN"><dj-waffle mode="part">
      <table><tr><th>项目</th><th>数</th></tr><tr><td>A</td><td>5</td></tr><tr><td>B</td><td>6</td></tr></table></dj-waffle></div>`);
    const el = wrap.querySelector('dj-waffle')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.status.error'));
    expect(shadow(el).querySelector('.status.error span')!.textContent).to.equal('mode="part" 时第一行是整体：其余各行之和（6）超过了整体（5）。');
  });

  it('is accessible', async () => {
    const el = await projects();
    await expect(el).to.be.accessible();
    items(el)[1]!.focus();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
