import { expect } from '@open-wc/testing';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { splitTotals, totalKind, TOTAL_ROW } from '../../../src/core/data/total-rows.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { TOTAL_ROW as BUILDER_TOTAL_ROW } from '../../../src/builder/layout.js';

const table = (rows: Array<Record<string, unknown>>) => typeTable(fromRecords(rows, 'data'));

describe('total rows (core/data/total-rows.ts)', () => {
  it('tells sums, subtotals and averages from items, as statistics tables label them', () => {
    for (const l of ['合计', '总计', '全省', '全市', '全国', '全区合计', '全市 合计', '共计', 'Total', 'Grand total', 'TOTAL', 'Sum', 'All']) expect(totalKind(l), l).to.equal('sum');
    for (const l of ['小计', 'Subtotal']) expect(totalKind(l), l).to.equal('subtotal');
    for (const l of ['平均', '平均值', '全省（平均）', '全省平均', 'Average']) expect(totalKind(l), l).to.equal('average');
    // Items that merely start like a total, and periods: 全年 is a span of time, not a sum.
    for (const l of ['全力推进', '合计划', '海州', '平均工资', 'totally', '全年', '全年目标', '1-12月', '苏州市', 'All adults']) expect(totalKind(l), l).to.equal(null);
  });

  it('is the builder\'s detection: one pattern, imported from core', () => {
    expect(BUILDER_TOTAL_ROW).to.equal(TOTAL_ROW);
  });

  it('splits a table with 全省 first (江苏 2023年上半年, as published) into 13 cities and the province, keeping row indices', () => {
    const t = table([
      { 地区: '全省', 生产总值: 60465.3 }, { 地区: '苏州市', 生产总值: 11458.4 }, { 地区: '南京市', 生产总值: 8316.92 },
      { 地区: '无锡市', 生产总值: 7105.67 },
    ]);
    const s = splitTotals(t, 0);
    expect(s.itemRows).to.deep.equal([1, 2, 3]);
    expect(s.items.cells.map((r) => r[0]?.kind === 'text' && r[0].text)).to.deep.equal(['苏州市', '南京市', '无锡市']);
    expect(s.items.raw.map((r) => r[1])).to.deep.equal([11458.4, 8316.92, 7105.67]);
    expect(s.totalRows).to.deep.equal([{ row: 0, kind: 'sum' }]);
    expect(s.totals.raw).to.deep.equal([['全省', 60465.3]]);
    // Columns stay as they were: the items are the same table, fewer rows.
    expect(s.items.columns).to.equal(t.columns);
  });

  it('leaves a table of nothing but totals, or of none, whole', () => {
    const only = table([{ 地区: '全省', 值: 1 }]);
    expect(splitTotals(only, 0).items).to.equal(only);
    expect(splitTotals(only, 0).totalRows).to.deep.equal([]);
    const none = table([{ 地区: '海州', 值: 1 }, { 地区: '连云', 值: 2 }]);
    expect(splitTotals(none, 0).itemRows).to.deep.equal([0, 1]);
  });

  it('reads totals in text label cells only: years as labels are never totals', () => {
    const years = table([{ 年份: 2021, 值: 1 }, { 年份: 2022, 值: 2 }]);
    expect(splitTotals(years, 0).totalRows).to.deep.equal([]);
  });
});
