import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import type { DjSelectEvent } from '../../../src/core/events.js';
import { bars, drawn, shadow, valueTexts } from '../../helpers/widgets.js';

async function projects(attrs = ''): Promise<DjBarChart> {
  const wrap = await fixture<HTMLDivElement>(
    `<div style="width:640px" lang="zh-CN"><dj-bar-chart ${attrs}>
      <table><caption>2021年招商引资目标</caption>
        <tr><th>项目</th><th>目标</th></tr>
        <tr><td>新引进过亿元项目</td><td>80个</td></tr>
        <tr><td>新引进过10亿元项目</td><td>10个</td></tr>
        <tr><td>实际利用外资（万美元）</td><td>-</td></tr>
      </table></dj-bar-chart></div>`,
  );
  const el = wrap.querySelector('dj-bar-chart')!;
  await drawn(el, 3);
  return el;
}

describe('<dj-bar-chart>', () => {
  it('draws one mark per row, with labels, values and units', async () => {
    const el = await projects();
    const marks = bars(el);
    expect(marks.map((b) => b.getAttribute('part'))).to.deep.equal(['mark', 'mark', 'mark']);
    expect(marks.map((b) => b.querySelector('text.label')!.textContent)).to.deep.equal(['新引进过亿元项目', '新引进过10亿元项目', '实际利用外资（万美元）']);
    expect(valueTexts(el)).to.deep.equal(['80个', '10个', '无数据']);
    const widths = marks.map((b) => Number(b.querySelector('rect.mark')!.getAttribute('width')));
    expect(widths[0]! / widths[1]!).to.be.closeTo(8, 1e-6);
    expect(widths[2]).to.equal(0);
    expect(shadow(el).querySelector('.title')!.textContent).to.equal('2021年招商引资目标');
    expect(shadow(el).querySelector('.caption')!.textContent).to.equal('单位：个');
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      '共 3 项：“新引进过亿元项目”最大（80个），“新引进过10亿元项目”最小（10个），另有 1 项无数据。',
    );
  });

  it('writes values as published, or with exactly `decimals` decimals (the number format an editor picks), in the page and the static SVG', async () => {
    const wrap = await fixture<HTMLDivElement>('<div style="width:640px" lang="zh-CN"><dj-bar-chart eager></dj-bar-chart></div>');
    const el = wrap.querySelector('dj-bar-chart')!;
    el.data = [{ 项目: '总投资', 数值: '4.1234亿元' }, { 项目: '年产值', 数值: '1.8亿元' }];
    await drawn(el, 2);
    expect(valueTexts(el)).to.deep.equal(['4.1234亿元', '1.8亿元']);
    el.decimals = 0;
    await el.updateComplete;
    expect(valueTexts(el)).to.deep.equal(['4亿元', '2亿元']);
    el.setAttribute('decimals', '3');
    await el.updateComplete;
    expect(valueTexts(el)).to.deep.equal(['4.123亿元', '1.800亿元']);
    expect(el.toSvg()).to.contain('4.123亿元');
    expect(el.toSvg()).to.contain('1.800亿元');
  });

  it('hides the light-DOM table once it draws (it stays for readers without JavaScript)', async () => {
    const el = await projects();
    const table = el.querySelector('table')!;
    expect(table.getBoundingClientRect().height).to.equal(0);
  });

  it('draws vertical columns, sorted and highlighted', async () => {
    const el = await projects('orientation="vertical" sort="ascending" highlight="新引进过亿元项目"');
    const marks = bars(el);
    expect(marks.map((b) => b.querySelector('text.label')!.textContent)).to.deep.equal(['新引进过10亿元项目', '新引进过亿元项目', '实际利用外资（万美元）']);
    expect(marks.map((b) => b.classList.contains('highlighted'))).to.deep.equal([false, true, false]);
    const [a, b] = marks.map((g) => g.querySelector('rect.mark')!);
    expect(Number(b!.getAttribute('height')) / Number(a!.getAttribute('height'))).to.be.closeTo(8, 1e-6);
    expect(getComputedStyle(b!).fill).to.not.equal(getComputedStyle(a!).fill);
  });

  it('is one tab stop; arrows, Home and End move between bars, each announced', async () => {
    const el = await projects();
    const marks = bars(el);
    expect(marks.map((b) => b.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
    marks[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(bars(el)[1]);
    expect(bars(el).map((b) => b.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1']);
    expect(bars(el)[1]!.getAttribute('aria-label')).to.equal('新引进过10亿元项目：10个（第 2 项，共 3 项）');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(bars(el)[2]);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(bars(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(bars(el)[0]);
  });

  it('shows a tooltip for the focused or hovered bar', async () => {
    const el = await projects();
    bars(el)[1]!.focus();
    await el.updateComplete;
    const tip = shadow(el).querySelector('.tooltip');
    expect(tip?.textContent.replace(/\s+/g, '')).to.equal('新引进过10亿元项目10个');
    bars(el)[1]!.blur();
    bars(el)[0]!.querySelector('rect.mark')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')?.textContent.replace(/\s+/g, '')).to.equal('新引进过亿元项目80个');
    shadow(el).querySelector('svg')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')).to.equal(null);
  });

  it('fires a bubbling, composed dj-select on Enter', async () => {
    const el = await projects();
    bars(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const ev: DjSelectEvent = await oneEvent(document, 'dj-select');
    expect(ev.detail).to.deep.equal({ index: 1, label: '新引进过10亿元项目', value: 10, unit: '个' });
    expect(ev.bubbles).to.equal(true);
    expect(ev.composed).to.equal(true);
  });

  it('fires dj-select when a bar is clicked or tapped, and keeps its tooltip', async () => {
    const el = await projects();
    setTimeout(() => bars(el)[0]!.querySelector('rect.mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const ev: DjSelectEvent = await oneEvent(el, 'dj-select');
    expect(ev.detail).to.deep.equal({ index: 0, label: '新引进过亿元项目', value: 80, unit: '个' });
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')?.textContent.replace(/\s+/g, '')).to.equal('新引进过亿元项目80个');
  });

  it('finds the bar from the pointer anywhere in its row: a short or empty bar is hovered and clicked beside it', async () => {
    const el = await projects();
    // One touch target under all bars, not one per bar.
    expect(shadow(el).querySelectorAll('rect.hit').length).to.equal(1);
    const svg = shadow(el).querySelector('svg')!.getBoundingClientRect();
    const row = (i: number): number => {
      const r = bars(el)[i]!.querySelector('rect.mark')!.getBoundingClientRect();
      return Math.round(r.top + r.height / 2);
    };
    // The right end of the drawing, far past the short bar and the empty one: only the touch target is there.
    const x = Math.round(svg.right - 4);
    await sendMouse({ type: 'move', position: [x, row(2)] });
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')?.textContent.replace(/\s+/g, '')).to.equal('实际利用外资（万美元）无数据');
    await sendMouse({ type: 'move', position: [x, row(1)] });
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')?.textContent.replace(/\s+/g, '')).to.equal('新引进过10亿元项目10个');
    setTimeout(() => void sendMouse({ type: 'click', position: [x, row(1)] }));
    const ev: DjSelectEvent = await oneEvent(el, 'dj-select');
    expect(ev.detail).to.deep.equal({ index: 1, label: '新引进过10亿元项目', value: 10, unit: '个' });
    // Off the drawing, no bar is hovered.
    await sendMouse({ type: 'move', position: [x, Math.round(svg.top) - 30] });
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')).to.equal(null);
    await resetMouse();
  });

  it('shows the data as a real table with units, and hides it again', async () => {
    const el = await projects();
    const button = shadow(el).querySelector<HTMLButtonElement>('.tools button')!;
    expect(button.textContent.trim()).to.equal('查看数据');
    button.click();
    await el.updateComplete;
    const rows = Array.from(shadow(el).querySelectorAll('table tbody tr')).map((r) => Array.from(r.children).map((c) => c.textContent));
    expect(rows).to.deep.equal([
      ['新引进过亿元项目', '80个'],
      ['新引进过10亿元项目', '10个'],
      ['实际利用外资（万美元）', ''],
    ]);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('table')).to.equal(null);
  });

  it('offers the data as a CSV download', async () => {
    const el = await projects();
    const clicked: string[] = [];
    // click() lives on HTMLElement.prototype: shadow it on anchors for this test only.
    const proto: { click?: () => void } = HTMLAnchorElement.prototype;
    Object.defineProperty(proto, 'click', {
      configurable: true,
      value(this: HTMLAnchorElement) {
        clicked.push(this.download);
      },
    });
    try {
      shadow(el).querySelectorAll<HTMLButtonElement>('.tools button')[1]!.click();
      // The CSV writer loads on first use: the file is saved once it is here.
      await waitUntil(() => clicked.length > 0, 'the CSV was never saved');
    } finally {
      delete proto.click;
    }
    expect(clicked).to.deep.equal(['2021年招商引资目标.csv']);
  });

  it('is accessible', async () => {
    const el = await projects();
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('.tools button')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('scales bare values by a unit attribute with a multiplier (unit="亿元")', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:640px" lang="en">
      <dj-bar-chart unit="亿元" .data=${[{ item: 'Total investment', amount: 4.1 }, { item: 'Floor area', amount: '1.85万平方米' }]}></dj-bar-chart>
    </div>`);
    const el = wrap.querySelector('dj-bar-chart')!;
    await drawn(el, 2);
    expect(valueTexts(el)).to.deep.equal(['410 million yuan', '18,500 m²']);
  });

  it('speaks English under lang="en", with English number words', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:640px" lang="en">
      <dj-bar-chart .data=${[{ item: 'Total investment', amount: '4.1亿元' }, { item: 'Output', amount: '1.8亿元' }]}></dj-bar-chart>
    </div>`);
    const el = wrap.querySelector('dj-bar-chart')!;
    await drawn(el, 2);
    expect(valueTexts(el)).to.deep.equal(['410 million yuan', '180 million yuan']);
    expect(shadow(el).querySelector('.caption')!.textContent).to.equal('million yuan');
    expect(shadow(el).querySelector('.tools button')!.textContent.trim()).to.equal('Show data');
    wrap.setAttribute('lang', 'zh-CN');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(valueTexts(el)).to.deep.equal(['4.1亿元', '1.8亿元']);
  });
});
