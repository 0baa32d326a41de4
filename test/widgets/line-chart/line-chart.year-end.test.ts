/**
 * x cells written 年末 / 年底: a stock figure as at 31 December, published as its year's figure.
 * One rule for the axis: in a line of years (all 年末, or years among 年末) every point stands
 * where its year does — evenly spaced, as the bulletins' own charts place them — and keeps its
 * words on the ticks, in the tooltip, the summary and the table ("2020年末" / "end-2020"), never
 * "12月31日" / "Dec 31". 年末 among days stays the day. Data: 全国年末人口（万人）, 国家统计局
 * (2019年末 140005, 2020年末 141212, 2021年末 141260, 2022年末 141175; "2023年末全国人口140967万人",
 * 国家统计局 2024-01-17, 中新网).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/line-chart/line-chart.define.js';
import type { DjLineChart } from '../../../src/widgets/line-chart/line-chart.js';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { seriesFromTable } from '../../../src/widgets/line-chart/series.js';
import { lineSummary, pointText } from '../../../src/widgets/line-chart/summary.js';
import { shadow } from '../../helpers/widgets.js';
import { parseInput } from '../../../src/builder/parse.js';
import { suggestWidgets } from '../../../src/builder/suggest.js';

const POPULATION: Array<[string, number]> = [['2019年末', 140005], ['2020年末', 141212], ['2021年末', 141260], ['2022年末', 141175], ['2023年末', 140967]];
const rows = (x: (label: string, i: number) => string, head = '年份') => POPULATION.map(([label, v], i) => ({ [head]: x(label, i), '年末人口（万人）': v }));
const table = (r: unknown[]) => typeTable(fromRecords(r, 'data'));
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

async function chart(lang: string, data: unknown, width = 640): Promise<DjLineChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-line-chart eager no-motion></dj-line-chart></div>`);
  const el = wrap.querySelector('dj-line-chart')!;
  el.data = data;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('path.line').length === 1, 'the line never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const ticks = (el: DjLineChart) => Array.from(shadow(el).querySelectorAll('.x-ticks .tick')).map((g) => ({
  text: g.querySelector('text')?.textContent.trim() ?? '',
  x: Number(g.querySelector('line')?.getAttribute('x1')),
}));

describe('line chart: x cells written 年末 / 年底', () => {
  it('a line of 年末 stands at its years, evenly, each point said as written (it stood at 31 December: "12月31日" ticks)', () => {
    const d = seriesFromTable(table(rows((l) => l)));
    expect(Array.from(d.series[0]!.x, iso)).to.deep.equal(['2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01']);
    const x1 = d.series[0]!.x[1] as number;
    expect(pointText(d, x1, 'zh-CN')).to.equal('2020年末');
    expect(pointText(d, x1, 'en')).to.equal('end-2020');
    expect(lineSummary(d, 'zh-CN')).to.contain('2023年末');
    expect(lineSummary(d, 'en')).to.contain('at end-2023').and.not.contain('Dec 31');
  });

  it('"2019年" beside "2020年末 … 2023年末" is one yearly line, not refused as "a year among quarters"; 年底 reads as 年末', () => {
    const mixed = seriesFromTable(table(rows((l, i) => (i === 0 ? '2019年' : i === 2 ? '2021年底' : l))));
    expect(Array.from(mixed.series[0]!.x, iso)).to.deep.equal(['2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01']);
    expect(pointText(mixed, Date.UTC(2019, 0, 1), 'zh-CN')).to.equal('2019年');
    expect(pointText(mixed, Date.UTC(2021, 0, 1), 'zh-CN')).to.equal('2021年底');
    expect(pointText(mixed, Date.UTC(2021, 0, 1), 'en')).to.equal('end-2021');
    // Numbers for years, as a spreadsheet gives them, beside 年末 text.
    const numeric = seriesFromTable(table([{ 年份: 2019, v: 1 }, { 年份: '2020年末', v: 2 }, { 年份: 2021, v: 3 }]));
    expect(Array.from(numeric.series[0]!.x, iso)).to.deep.equal(['2019-01-01', '2020-01-01', '2021-01-01']);
  });

  it('the builder: a pasted 统计公报 table keeps 年末 as written and its line chart reads it (it was refused)', () => {
    const pasted = parseInput(['年份\t年末人口（万人）', ...POPULATION.map(([l, v], i) => `${i === 0 ? '2019年' : l}\t${v}`)].join('\n'));
    expect(pasted.records.map((r) => r['年份'])).to.deep.equal(['2019', '2020年末', '2021年末', '2022年末', '2023年末']);
    expect(suggestWidgets(pasted)[0]?.tag).to.equal('dj-line-chart');
    const d = seriesFromTable(table(pasted.records));
    expect(Array.from(d.series[0]!.x, iso)).to.deep.equal(['2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01']);
    expect(pointText(d, Date.UTC(2022, 0, 1), 'zh-CN')).to.equal('2022年末');
  });

  it('"2020年" and "2020年末" in one column are two figures of one year: still refused, located', () => {
    expect(() => seriesFromTable(table([{ 年份: '2020年', v: 1 }, { 年份: '2020年末', v: 2 }, { 年份: '2021年末', v: 3 }]))).to.throw(/2020/);
  });

  it('年末 among days stays the day it names (a stock as at 31 December)', () => {
    const d = seriesFromTable(table([{ 日期: '2021-06-30', v: 1 }, { 日期: '2021年末', v: 2 }, { 日期: '2022-06-30', v: 3 }]));
    expect(Array.from(d.series[0]!.x, iso)).to.deep.equal(['2021-06-30', '2021-12-31', '2022-06-30']);
  });

  for (const lang of ['zh-CN', 'en']) {
    for (const width of [375, 1280]) {
      it(`on the page (${lang}, ${width}px): ticks as written and evenly spaced; no "Dec 31" / "12月31日" anywhere`, async () => {
        const el = await chart(lang, rows((l, i) => (i === 0 ? '2019年' : l)), width);
        const t = ticks(el);
        const want = lang === 'zh-CN' ? ['2019年', '2020年末', '2021年末', '2022年末', '2023年末'] : ['2019', 'end-2020', 'end-2021', 'end-2022', 'end-2023'];
        // Every tick names a point as written; a narrow chart may keep every 2nd.
        expect(t.length).to.be.greaterThan(1);
        for (const k of t) expect(want, k.text).to.include(k.text);
        const steps = t.slice(1).map((k, i) => k.x - (t[i] as { x: number }).x);
        for (const s of steps) expect(Math.abs(s - (steps[0] as number)), `even steps ${steps.join(',')}`).to.be.lessThan(1);
        const text = shadow(el).textContent;
        expect(text).to.not.match(/Dec 31|12月31日/);
        expect(shadow(el).querySelector('#summary')?.textContent).to.contain(lang === 'zh-CN' ? '2023年末' : 'end-2023');
        el.parentElement!.remove();
      });
    }
  }
});

/**
 * Month- and quarter-end stocks: 广义货币(M2)余额（万亿元）, 中国人民银行 金融统计数据报告 — 2023年末
 * 292.27, 2024年3月末 304.8, "6月末，广义货币(M2)余额305.02万亿元" (2024-07-12, 中新网), 9月末 309.48,
 * 2024年末 313.53. They were not read at all ("6月末" is not a date): now each stands on the day it
 * closes on and is labelled as written.
 */
describe('line chart: x cells written 6月末 / 一季度末 (a stock as at a month\'s or quarter\'s end)', () => {
  const M2: Array<[string, number]> = [['2023年末', 292.27], ['2024年3月末', 304.8], ['6月末', 305.02], ['9月末', 309.48], ['12月末', 313.53]];
  const m2 = (x: (l: string) => string = (l) => l) => M2.map(([l, v]) => ({ 时间: x(l), 'M2余额（万亿元）': v }));

  it('stands on the last day of each month, its year carried from above, said as written (zh) and "end-Jun 2024" (en)', () => {
    const d = seriesFromTable(table(m2()));
    expect(Array.from(d.series[0]!.x, iso)).to.deep.equal(['2023-12-31', '2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
    const at = (t: number) => [pointText(d, t, 'zh-CN'), pointText(d, t, 'en')];
    expect(at(Date.UTC(2024, 5, 30))).to.deep.equal(['2024年6月末', 'end-Jun 2024']);
    expect(at(Date.UTC(2023, 11, 31))).to.deep.equal(['2023年末', 'end-2023']);
    expect(lineSummary(d, 'en')).to.contain('at end-Dec 2024');
  });

  it('一季度末 … 四季度末 likewise: end-Q1 … end-Q4', () => {
    const d = seriesFromTable(table(['2024年一季度末', '二季度末', '三季度末', '四季度末'].map((x, i) => ({ 时间: x, v: i + 1 }))));
    expect(Array.from(d.series[0]!.x, iso)).to.deep.equal(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31']);
    expect(pointText(d, Date.UTC(2024, 8, 30), 'en')).to.equal('end-Q3 2024');
    expect(pointText(d, Date.UTC(2024, 8, 30), 'zh-CN')).to.equal('2024年三季度末');
  });

  for (const lang of ['zh-CN', 'en']) {
    it(`on the page (${lang}): ticks as written, never "6月30日" / "Jun 30"`, async () => {
      const el = await chart(lang, m2(), 1280);
      const t = ticks(el).map((k) => k.text);
      expect(t).to.deep.equal(lang === 'zh-CN' ? ['2023年末', '2024年3月末', '6月末', '9月末', '12月末'] : ['end-2023', 'end-Mar 2024', 'end-Jun', 'end-Sep', 'end-Dec']);
      expect(shadow(el).textContent).to.not.match(/6月30日|Jun 30/);
      el.parentElement!.remove();
    });
  }
});
