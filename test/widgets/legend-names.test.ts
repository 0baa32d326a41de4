/**
 * Legends name a series as the reader reads it: without the unit its header brackets where the
 * axis caption states that unit (单位：亿元), with it where nothing else on the chart does.
 * Real input: NBS's value added by industry, 前三季度 (2016-10-19: 第一产业 40666亿元, 第二产业
 * 209415亿元, 第三产业 279890亿元; 2020-10-19: 48123, 274267, 400397), under headers as
 * bulletins write them ("第一产业增加值（亿元）").
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { legendNames } from '../../src/core/format/header-unit.js';
import '../../src/widgets/bar-chart/bar-chart.define.js';
import '../../src/widgets/line-chart/line-chart.define.js';
import type { DjBarChart } from '../../src/widgets/bar-chart/bar-chart.js';
import type { DjLineChart } from '../../src/widgets/line-chart/line-chart.js';
import { bars, drawn, shadow } from '../helpers/widgets.js';

const HEAD = ['年份', '第一产业增加值（亿元）', '第二产业增加值（亿元）', '第三产业增加值（亿元）'];
const ROWS = [['2016', '40666', '209415', '279890'], ['2020', '48123', '274267', '400397']];
const table = `<table><caption>前三季度分产业增加值</caption><tr>${HEAD.map((h) => `<th>${h}</th>`).join('')}</tr>${ROWS.map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`).join('')}</table>`;
const BARE = ['第一产业增加值', '第二产业增加值', '第三产业增加值'];

const legend = (el: Element): string[] => Array.from(shadow(el).querySelectorAll('.legend button')).map((b) => b.textContent.trim());

async function barChart(attrs: string, lang = 'zh-CN'): Promise<DjBarChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:720px" lang="${lang}"><dj-bar-chart no-motion ${attrs}>${table}</dj-bar-chart></div>`);
  const el = wrap.querySelector('dj-bar-chart')!;
  await drawn(el, 6);
  return el;
}

describe('legends name series without the unit the axis states', () => {
  it('legendNames: stripped only when the axis states the bracket’s unit and the names stay apart', () => {
    expect(legendNames(HEAD.slice(1), '元')).to.deep.equal(BARE);
    expect(legendNames(HEAD.slice(1), '')).to.deep.equal(HEAD.slice(1));
    expect(legendNames(['产值（亿元）', '产值（万元）'], '元')).to.deep.equal(['产值（亿元）', '产值（万元）']);
    expect(legendNames(['出口（亿美元）', '进口'], '元')).to.deep.equal(['出口（亿美元）', '进口']);
    expect(legendNames(['增速（%）', '比上年增长%'], '%')).to.deep.equal(['增速', '比上年增长']);
  });

  it('a bar chart’s legend, tooltip and dj-select say 第一产业增加值 under 单位：亿元', async () => {
    const el = await barChart('');
    expect(legend(el)).to.deep.equal(BARE);
    expect(shadow(el).querySelector('text.caption, .caption')?.textContent ?? '').to.contain('亿元');
    const pick = oneEvent(el, 'dj-select');
    bars(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const e = (await pick) as CustomEvent<{ series?: string; unit: string }>;
    expect([e.detail.series, e.detail.unit]).to.deep.equal(['第一产业增加值', '元']);
    // The static SVG's legend as the page's.
    const svg = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    const texts = Array.from(svg.querySelectorAll('text')).map((t) => t.textContent);
    for (const name of BARE) expect(texts).to.include(name);
    expect(texts.some((t) => t.includes('（亿元）'))).to.equal(false);
  });

  it('switching a series off still works by its column', async () => {
    const el = await barChart('');
    shadow(el).querySelector<HTMLButtonElement>('.legend button')!.click();
    await drawn(el, 4);
    expect(legend(el)).to.deep.equal(BARE);
  });

  it('percent mode (shares of each category): the axis says %, the legend keeps 亿元', async () => {
    const el = await barChart('mode="percent"');
    expect(legend(el)).to.deep.equal(HEAD.slice(1));
  });

  it('English: the legend names without the unit too', async () => {
    const el = await barChart('', 'en');
    expect(legend(el)).to.deep.equal(BARE);
  });

  it('a line chart’s dj-select and tooltip name the line as its legend does', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:720px" lang="zh-CN"><dj-line-chart no-motion eager labels="legend">${table}</dj-line-chart></div>`);
    const el = wrap.querySelector<DjLineChart>('dj-line-chart')!;
    await waitUntil(() => el.shadowRoot?.querySelectorAll('path.line').length === 3, 'the lines never drew', { timeout: 4000 });
    const cursor = shadow(el).querySelector<HTMLElement>('[tabindex="0"]')!;
    cursor.focus();
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')?.textContent).to.contain('第一产业增加值：');
    expect(shadow(el).querySelector('.tooltip')?.textContent).not.to.contain('（亿元）');
    const pick = oneEvent(el, 'dj-select');
    await sendKeys({ press: 'Enter' });
    const e = (await pick) as CustomEvent<{ label: string; unit: string }>;
    expect([e.detail.label, e.detail.unit]).to.deep.equal(['第一产业增加值 2016年', '元']);
  });

  it('a line chart’s legend and line-end labels', async () => {
    for (const labels of ['legend', 'auto']) {
      const wrap = await fixture<HTMLDivElement>(`<div style="width:720px" lang="zh-CN"><dj-line-chart no-motion eager labels="${labels}">${table}</dj-line-chart></div>`);
      const el = wrap.querySelector<DjLineChart>('dj-line-chart')!;
      await waitUntil(() => el.shadowRoot?.querySelectorAll('path.line').length === 3, 'the lines never drew', { timeout: 4000 });
      const texts = Array.from(shadow(el).querySelectorAll('svg text')).map((t) => t.textContent.trim());
      for (const name of BARE) expect(texts, labels).to.include(name);
      expect(texts.some((t) => t.includes('（亿元）')), labels).to.equal(false);
    }
  });
});
