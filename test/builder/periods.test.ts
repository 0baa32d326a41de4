/**
 * The periods corpus through the builder: a table pasted as a bulletin prints it → the records
 * the builder publishes → the line chart that draws them. Quarters, halves and cumulative spans
 * keep their span and their words all the way; "2021年" is the year, never January 2021, and a
 * year among quarters is refused by the chart instead of summarised as a fall.
 * GDP figures: 国家统计局 (see test/widgets/line-chart/line-chart.periods.test.ts); the 2022 quarters (270178,
 * 292464亿元) are from memory of the 2022 releases and only give the tables their shape.
 */
import { expect } from '@open-wc/testing';
import { parseInput } from '../../src/builder/parse.js';
import { fromRecords } from '../../src/core/data/raw-table.js';
import { typeTable } from '../../src/core/data/typed.js';
import { estimateWidth } from '../../src/core/measure.js';
import { layoutLine } from '../../src/widgets/line-chart/line-chart.layout.js';
import { seriesFromTable } from '../../src/widgets/line-chart/series.js';

const chart = (records: Array<Record<string, unknown>>, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  layoutLine(seriesFromTable(typeTable(fromRecords(records, 'data'))), { locale, font: '14px sans-serif', measure: estimateWidth, area: false, annotations: [], labels: 'auto' }, 1280);

describe('builder → published data → line chart: periods', () => {
  it('keeps cumulative quarters (一季度, 上半年, 前三季度, 全年) with the caption year', () => {
    const t = parseInput('2021年全国国内生产总值\n时间\t国内生产总值（亿元）\n一季度\t249310\n上半年\t532167\n前三季度\t823131\n全年\t1143670\n');
    expect(t.records.map((r) => r['时间'])).to.deep.equal(['2021年一季度', '2021年上半年', '2021年前三季度', '2021年全年']);
    const scene = chart(t.records);
    expect(scene.xTicks.map((x) => x.text)).to.deep.equal(['2021年一季度', '上半年', '前三季度', '全年']);
    expect(scene.summary).to.contain('为年内累计值，最新为2021年全年的');
  });

  it('carries the year of quarters down the column and into the next year', () => {
    const t = parseInput('季度\t国内生产总值\n2021年一季度\t249310亿元\n二季度\t282857亿元\n三季度\t290964亿元\n四季度\t320539亿元\n2022年一季度\t270178亿元\n');
    expect(t.records.map((r) => r['季度'])).to.deep.equal(['2021年一季度', '2021年二季度', '2021年三季度', '2021年四季度', '2022年一季度']);
    expect(chart(t.records, 'en').xTicks[0]?.text).to.equal('Q1 2021');
  });

  it('publishes 2021年 as the year, and the chart refuses a year among quarters', () => {
    const t = parseInput('时间\t国内生产总值（亿元）\n2021年\t1143670\n2022年一季度\t270178\n2022年二季度\t292464\n');
    expect(t.records.map((r) => r['时间'])).to.deep.equal(['2021', '2022年一季度', '2022年二季度']);
    expect(() => chart(t.records)).to.throw(/Row 1: "2021" .* is a span of another length/);
  });

  it('keeps cumulative months (1-2月 … 1-11月) and halves', () => {
    const t = parseInput('2021年社会消费品零售总额\n时间\t零售总额（亿元）\n1-6月份\t211904\n1-9月份\t318057\n1-12月\t440823\n');
    expect(t.records.map((r) => r['时间'])).to.deep.equal(['2021年1-6月份', '2021年1-9月份', '2021年1-12月']);
    const halves = parseInput('时间\t值\n2021H1\t1\n2021H2\t2\n');
    expect(halves.records.map((r) => r['时间'])).to.deep.equal(['2021H1', '2021H2']);
    expect(chart(halves.records).xTicks.map((x) => x.text)).to.deep.equal(['2021年上半年', '下半年']);
  });
});
