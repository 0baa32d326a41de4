import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { layoutSeries, type SeriesOptions, type SeriesTable } from '../../../src/widgets/bar-chart/bar-chart.series.js';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { BAR_DEFAULTS as base, bars, drawn, shadow } from '../../helpers/widgets.js';

const opts = (o: Partial<SeriesOptions>): SeriesOptions => ({ ...base, mode: 'grouped', hidden: [], ...o });

const parks: SeriesTable = {
  categories: ['海州', '新浦'],
  series: [
    { name: '工业', unit: '亿元' },
    { name: '服务业', unit: '亿元' },
  ],
  values: [
    [30, 10],
    [20, null],
  ],
};

describe('layoutSeries', () => {
  it('en summary: one item is an item, two are items', () => {
    const en = { ...opts({}), locale: 'en' as const };
    const one: SeriesTable = { ...parks, categories: ['Haizhou'], values: [[30, 10]] };
    expect(layoutSeries(one, en, 600).summary).to.match(/^1 item in 2 series/);
    expect(layoutSeries(parks, en, 600).summary).to.match(/^2 items in 2 series/);
  });

  it('groups bars side by side, one mark per present value, missing left out', () => {
    const s = layoutSeries(parks, opts({}), 600);
    expect(s.marks.map((m) => [m.label, m.seriesName, m.value])).to.deep.equal([
      ['海州', '工业', 30],
      ['海州', '服务业', 10],
      ['新浦', '工业', 20],
    ]);
    const [a, b, c] = s.marks;
    expect(a!.x).to.equal(s.zero);
    expect(a!.width / b!.width).to.be.closeTo(3, 1e-9);
    expect(b!.y).to.be.greaterThan(a!.y + a!.height - 1e-9);
    expect(c!.y).to.be.greaterThan(b!.y + b!.height);
    expect(a!.aria).to.equal('海州 · 工业：30亿元（第 1 项，共 3 项）');
    expect(s.summary).to.equal('共 2 项、2 个系列（工业、服务业）；最大值是“海州”的工业（30亿元）。');
  });

  it('stacks segments end to end from zero', () => {
    const s = layoutSeries(parks, opts({ mode: 'stacked' }), 600);
    const [a, b] = s.marks;
    expect(a!.x).to.equal(s.zero);
    expect(b!.x).to.be.closeTo(a!.x + a!.width, 1e-9);
    expect(a!.y).to.equal(b!.y);
    expect(a!.width / b!.width).to.be.closeTo(3, 1e-9);
  });

  it('stacks to 100 % with the share and the amount', () => {
    const s = layoutSeries(parks, opts({ mode: 'percent' }), 600);
    expect(s.marks.map((m) => m.tipLines?.[0])).to.deep.equal(['工业：75%（30亿元）', '服务业：25%（10亿元）', '工业：100%（20亿元）']);
    expect(s.ticks.at(-1)!.text).to.equal('100%');
    const [a, b] = s.marks;
    expect(a!.width + b!.width).to.be.closeTo(s.marks[2]!.width, 1e-9);
  });

  it('diverges: the first half of the series to the left, ticks without minus signs', () => {
    const s = layoutSeries(parks, opts({ mode: 'diverging' }), 600);
    const [left, right] = s.marks;
    expect(left!.x + left!.width).to.be.closeTo(s.zero, 1e-9);
    expect(right!.x).to.be.closeTo(s.zero, 1e-9);
    expect(s.ticks.some((t) => t.value < 0)).to.equal(true);
    expect(s.ticks.every((t) => !t.text.startsWith('-'))).to.equal(true);
  });

  it('leaves hidden series out of the marks and the summary', () => {
    const s = layoutSeries(parks, opts({ hidden: ['工业'] }), 600);
    expect(s.marks.map((m) => m.seriesName)).to.deep.equal(['服务业']);
    expect(s.summary.startsWith('共 2 项、1 个系列（服务业）')).to.equal(true);
  });

  it('puts grouped columns side by side in a vertical chart', () => {
    const s = layoutSeries(parks, opts({ orientation: 'vertical', height: 300 }), 500);
    const [a, b] = s.marks;
    expect(a!.width).to.equal(b!.width);
    expect(b!.x).to.be.greaterThan(a!.x + a!.width - 1e-9);
    expect(a!.y + a!.height).to.be.closeTo(s.zero, 1e-9);
  });
});

describe('<dj-bar-chart> with several series', () => {
  async function mount(): Promise<DjBarChart> {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px" lang="zh-CN">
      <dj-bar-chart heading="示例"><table>
        <tr><th>园区</th><th>工业</th><th>服务业</th></tr>
        <tr><td>海州</td><td>30亿元</td><td>10亿元</td></tr>
        <tr><td>新浦</td><td>20亿元</td><td>5亿元</td></tr>
      </table></dj-bar-chart></div>`);
    const el = wrap.querySelector('dj-bar-chart')!;
    await drawn(el, 4);
    return el;
  }

  it('draws every numeric column as a series with a legend that filters', async () => {
    const el = await mount();
    const buttons = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('.legend button'));
    expect(buttons.map((b) => [b.textContent.trim(), b.getAttribute('aria-pressed')])).to.deep.equal([
      ['工业', 'true'],
      ['服务业', 'true'],
    ]);
    buttons[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await drawn(el, 2);
    expect(bars(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['海州 · 服务业：10亿元（第 1 项，共 2 项）', '新浦 · 服务业：5亿元（第 2 项，共 2 项）']);
    expect(buttons[0]!.getAttribute('aria-pressed')).to.equal('false');
    // The last visible series cannot be switched off.
    buttons[1]!.click();
    await el.updateComplete;
    expect(bars(el)).to.have.length(2);
    buttons[0]!.click();
    await drawn(el, 4);
    await expect(el).to.be.accessible();
  });

  it('stacks when told, and colours series apart', async () => {
    const el = await mount();
    el.mode = 'stacked';
    await el.updateComplete;
    const rects = bars(el).map((b) => b.querySelector('rect.mark')!);
    expect(rects[0]!.getAttribute('y')).to.equal(rects[1]!.getAttribute('y'));
    expect(getComputedStyle(rects[0]!).fill).to.not.equal(getComputedStyle(rects[1]!).fill);
  });

  it('names the stacked segment under the pointer, not the last one of its row', async () => {
    const el = await mount();
    el.mode = 'stacked';
    // The segments at their full length (an entrance would have them still growing from zero).
    el.setAttribute('no-motion', '');
    await el.updateComplete;
    const tip = (): string | undefined => shadow(el).querySelector('.tooltip')?.textContent.replace(/\s+/g, '');
    const centre = (i: number): [number, number] => {
      const r = bars(el)[i]!.querySelector('rect.mark')!.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    };
    // Each segment once had a hit rectangle over its whole row: the row's last one covered the others.
    await sendMouse({ type: 'move', position: centre(0) });
    await el.updateComplete;
    expect(tip()).to.equal('海州工业：30亿元');
    await sendMouse({ type: 'move', position: centre(1) });
    await el.updateComplete;
    expect(tip()).to.equal('海州服务业：10亿元');
    await resetMouse();
  });

  it('keeps one series a plain bar chart when value names it', async () => {
    const el = await mount();
    el.value = '服务业';
    await drawn(el, 2);
    expect(shadow(el).querySelector('.legend')).to.equal(null);
  });
});
