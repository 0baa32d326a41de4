/**
 * Bars of periods of different lengths — year-to-date totals (一季度, 上半年, 前三季度, 全年; 1-3月 …
 * 1-12月), a year beside its quarters — are not ranked in the summary: 全年 is "largest" only
 * because it is longest (bar-chart.summary.ts). Periods of one length (quarters, the same 1-9月
 * of several years) still are. Figures as published by 国家统计局 for 2023: GDP 284997, 593034,
 * 913027, 1260582 亿元; 社会消费品零售总额 114922, 227588, 342107, 471495 亿元.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import { BAR_DEFAULTS as base, bars, drawn, shadow } from '../../helpers/widgets.js';
import { layoutBars, type BarDatum } from '../../../src/widgets/bar-chart/bar-chart.layout.js';
import { spanMonths, unequalSpans, unranked } from '../../../src/widgets/bar-chart/bar-chart.summary.js';
import { elementOnly } from '../../../src/widgets/bar-chart/bar-chart.paint-hint.js';
import type { BarOptions } from '../../../src/widgets/bar-chart/bar-chart.layout.js';

const GDP: [string, number][] = [['一季度', 284997], ['上半年', 593034], ['前三季度', 913027], ['全年', 1260582]];
const RETAIL: [string, number][] = [['1-3月', 114922], ['1-6月', 227588], ['1-9月', 342107], ['1-12月', 471495]];
const data = (rows: [string, number][], unit = '亿元'): BarDatum[] => rows.map(([label, value]) => ({ label, value, unit }));
/** The element's summary: the layout's, read again for spans (DjBarChart.buildScene). */
const summaryOf = (d: BarDatum[], o: BarOptions = base): string => unranked(layoutBars(d, o, 600), d, o.locale).summary;

/** Label columns of both kinds, for the first paint's hint and the reader to agree on. */
const COLUMNS: string[][] = [
  GDP.map((r) => r[0]), RETAIL.map((r) => r[0]), ['2023年', '2023年一季度', '2023年二季度'], ['1-2月', '3月', '4月'], ['2023年一季度', '2023年上半年', '2023年前三季度', '2023年全年'],
  ['一季度', '二季度', '三季度', '四季度'], ['1月', '2月', '3月'], ['2021年1-9月', '2022年1-9月', '2023年1-9月'], ['2021', '2022', '2023'], ['苏州市', '南京市'], ['全年', '苏州市'],
];

describe('bar chart summary: spans of different lengths', () => {
  it('reads how many months a period label spans, as bulletins write them', () => {
    const cases: [string, number | null][] = [
      ['2023年', 12], ['2023', 12], ['全年', 12], ['上半年', 6], ['2023年下半年', 6], ['H1', 6], ['一季度', 3], ['第四季度', 3], ['2021Q1', 3], ['前三季度', 9],
      ['前两个月', 2], ['1-9月', 9], ['1—6月份', 6], ['1-12月累计', 12], ['年初至9月', 9], ['3月', 1], ['十一月', 1], ['苏州市', null], ['2023-03', null], ['全力推进', null],
    ];
    for (const [label, months] of cases) expect(spanMonths(label), label).to.equal(months);
  });

  it('knows spans of different lengths from spans of one length', () => {
    expect(unequalSpans(GDP.map((r) => r[0]))).to.equal(true);
    expect(unequalSpans(RETAIL.map((r) => r[0]))).to.equal(true);
    expect(unequalSpans(['2023年', '2023年一季度', '2023年二季度'])).to.equal(true);
    expect(unequalSpans(['1-2月', '3月', '4月'])).to.equal(true);
    // One length: quarters, months (28 to 31 days are one month), the same span of several years, years.
    expect(unequalSpans(['一季度', '二季度', '三季度', '四季度'])).to.equal(false);
    expect(unequalSpans(['1月', '2月', '3月'])).to.equal(false);
    expect(unequalSpans(['2021年1-9月', '2022年1-9月', '2023年1-9月'])).to.equal(false);
    expect(unequalSpans(['2021', '2022', '2023'])).to.equal(false);
    // Not periods at all, or only some: an ordinary ranking.
    expect(unequalSpans(['苏州市', '南京市'])).to.equal(false);
    expect(unequalSpans(['全年', '苏州市'])).to.equal(false);
  });

  it('the first paint leaves to the element every column the reader finds spans of different lengths in, and paints those of one length', () => {
    for (const labels of COLUMNS) {
      if (unequalSpans(labels)) expect(elementOnly(labels), labels.join()).to.equal(true);
    }
    // Quarters, months, years, places: painted. (The same 1-9月 of several years, or 全年 beside a place, is a false "maybe": drawn by the element, a moment later.)
    for (const labels of COLUMNS.slice(5).filter((l) => !l[0]!.includes('1-9月') && !l.includes('全年'))) expect(elementOnly(labels), labels.join()).to.equal(false);
    // And every total row the element leaves out of the bars.
    for (const l of ['合计', '全省', '全市合计', '总计', '小计', '平均', 'Total', 'Grand total', 'Average', 'All']) expect(elementOnly(['苏州市', l]), l).to.equal(true);
  });

  it('sorted bars are listed in the table\'s order, each with its own value', () => {
    const d = data(GDP);
    expect(summaryOf(d, { ...base, sort: 'descending' })).to.equal(summaryOf(d));
  });

  it('lists year-to-date totals as published instead of ranking them (zh-CN, en)', () => {
    expect(summaryOf(data(GDP))).to.equal(
      // Bare numbers (no published form) are written as the bars write them: 284997亿元 → 28.5万亿元.
      '共 4 项，时段长短不一，不作大小比较：“一季度”28.5万亿元，“上半年”59.3万亿元，“前三季度”91.3万亿元，“全年”126.06万亿元。',
    );
    const en = summaryOf(data(RETAIL, ''), { ...base, locale: 'en' });
    expect(en).to.equal('4 periods of different lengths, not ranked: 1-3月: 114,922; 1-6月: 227,588; 1-9月: 342,107; 1-12月: 471,495.');
    expect(en).not.to.match(/largest|smallest/);
  });

  it('names the first and the last of a long run; quarters of one year are still ranked', () => {
    const months: [string, number][] = Array.from({ length: 11 }, (_, i) => [`1-${i + 2}月`, 100 * (i + 1)]);
    expect(summaryOf(data(months))).to.equal('共 11 项，时段长短不一，不作大小比较：“1-2月”100亿元 …… “1-12月”1100亿元。');
    const quarters = data([['一季度', 284997], ['二季度', 308037], ['三季度', 319992], ['四季度', 347552]]);
    expect(summaryOf(quarters)).to.equal('共 4 项：“四季度”最大（34.76万亿元），“一季度”最小（28.5万亿元）。');
  });

  it('in the page: the bars stay, the summary does not rank (zh-CN and en)', async () => {
    for (const [lang, head] of [['zh-CN', ['时期', '国内生产总值（亿元）']], ['en', ['Period', 'GDP']]] as const) {
      const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="${lang}"><dj-bar-chart><table><tr><th>${head[0]}</th><th>${head[1]}</th></tr>
        ${GDP.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table></dj-bar-chart></div>`);
      const el = wrap.querySelector('dj-bar-chart')!;
      await drawn(el, 4);
      expect(bars(el)).to.have.length(4);
      const summary = shadow(el).querySelector('#summary')!.textContent;
      expect(summary, lang).to.match(lang === 'zh-CN' ? /^共 4 项，时段长短不一，不作大小比较：“一季度”284997亿元，/ : /^4 periods of different lengths, not ranked: 一季度: 284,997; /);
      expect(summary).not.to.match(/最大|最小|largest|smallest/);
    }
  });

  it('several series of year-to-date periods: no largest value named', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-bar-chart><table><tr><th>时期</th><th>2022年</th><th>2023年</th></tr>
      <tr><td>一季度</td><td>270178</td><td>284997</td></tr><tr><td>上半年</td><td>562642</td><td>593034</td></tr><tr><td>全年</td><td>1210207</td><td>1260582</td></tr></table></dj-bar-chart></div>`);
    const el = wrap.querySelector('dj-bar-chart')!;
    await drawn(el, 6);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('共 3 项、2 个系列（2022年、2023年），时段长短不一，不作大小比较。');
  });
});
