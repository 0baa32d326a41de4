/**
 * Session 11 audit (audit3): real inputs nobody had tried, through the builder as an editor
 * pastes them (test/fixtures/s11-audit3.ts names each source). Each `it` failed before its fix.
 */
import { expect } from '@open-wc/testing';
import { parseInput } from '../../src/builder/parse.js';
import { figuresFromText, figuresToTable } from '../../src/builder/figures.js';
import { suggestWidgets } from '../../src/builder/suggest.js';
import { parseCell } from '../../src/core/format/quantity.js';
import { BUDGET_2016, DAYAO_2024_04, GRAIN_2013, INDUSTRY_2024_SPANS, WHEAT_2006 } from '../fixtures/s11-audit3.js';
import { leftOutWidgets } from '../../src/builder/suggest.js';

describe('builder: a budget table numbered as an outline (一、 over 1、)', () => {
  it('the 项目 column is the labels, not the figures 1, 2, 3 in units "、增值税"', () => {
    const t = parseInput(BUDGET_2016);
    expect(t.columns.map((c) => [c.name, c.type, c.unit])).to.deep.equal([
      ['项目', 'text', ''], ['2016年预算数', 'number', '万元'], ['上年完成数', 'number', '万元'], ['比上年增减额', 'number', '万元'], ['比上年增减', 'number', '%'],
    ]);
    expect(t.issues).to.deep.equal([]);
    expect(t.records[0]).to.deep.equal({ 项目: '1、增值税', '2016年预算数': 2319, 上年完成数: 2070, 比上年增减额: 249, 比上年增减: 12.03 });
  });

  it('the numbered headings and the 合计 are the sums of their rows: left out and said, kept on request', () => {
    const t = parseInput(BUDGET_2016);
    expect(t.skipped.map((r) => [r.label, r.reason])).to.deep.equal([['一、共享收入', 'total'], ['二、区级固定收入', 'total'], ['区级财政收入合计', 'total']]);
    expect(t.records).to.have.length(16);
    expect(t.records.map((r) => r['项目'])).to.not.include('一、共享收入');
    expect(parseInput(BUDGET_2016, { totals: true }).records).to.have.length(19);
    const bars = suggestWidgets(t).find((s) => s.tag === 'dj-bar-chart');
    expect(bars?.zh).to.include('16 个类别');
  });

  it('numbers that are a plain list are not an outline', () => {
    // A heading with no part numbered 1 under it: no heading is a sum.
    const t = parseInput('项目\t金额（万元）\n一、税收\t100\n二、非税\t50\n三、其他\t10\n');
    expect(t.skipped).to.deep.equal([]);
    expect(t.records.map((r) => r['项目'])).to.deep.equal(['一、税收', '二、非税', '三、其他']);
  });
});

describe('cells: numbering, ranges and a minus set apart', () => {
  it('"1、增值税", "一、共享收入", "1)…" are labels; "3-5%", "6～8%" are ranges, not 3 in a unit "-5%"', () => {
    for (const s of ['1、增值税', '一、共享收入', '10、车船使用税', '1)增值税', '3-5%', '6～8%', '13-15岁']) expect(parseCell(s).kind, s).to.equal('text');
    // Periods and plain figures as before.
    expect(parseCell('1-2月').kind).to.equal('text');
    expect(parseCell('6.5%')).to.include({ kind: 'number', value: 6.5, unit: '%' });
  });

  it('"- 1.05" (a 2007 wheat table) is −1.05; the table reads with no error', () => {
    expect(parseCell('- 1.05')).to.include({ kind: 'number', value: -1.05 });
    expect(parseCell('- 55')).to.include({ kind: 'number', value: -55 });
    const t = parseInput(WHEAT_2006);
    expect(t.issues).to.deep.equal([]);
    expect(t.records.find((r) => r['地区'] === '辽宁')?.['播种面积增减']).to.equal(-1.05);
    expect(t.skipped.map((r) => r.label)).to.deep.equal(['全国总计']);
    expect(t.records.find((r) => r['地区'] === '河北')?.['2006年总产量']).to.equal(712418);
  });
});

describe('cells: footnote marks', () => {
  it('"1222.62①", "5.6*", "12.3[1]" are the figures with a mark, not figures in units "①", "*" (they were dropped from their column)', () => {
    expect(parseCell('1222.62①')).to.include({ kind: 'number', value: 1222.62, unit: '', written: '1222.62①' });
    expect(parseCell('-6.1②')).to.include({ kind: 'number', value: -6.1, unit: '' });
    expect(parseCell('5.6*')).to.include({ kind: 'number', value: 5.6, unit: '' });
    expect(parseCell('4.1亿元[1]')).to.include({ kind: 'number', value: 410_000_000, unit: '元' });
    // The 通辽 2017 figures (TONGLIAO_2017) as a table with notes marked on two of them.
    const t = parseInput('指标\t绝对数（亿元）\t增长（%）\n地区生产总值\t1222.62①\t0.3\n第一产业\t262.96\t3.6\n第二产业\t440.98\t-6.1②\n');
    expect(t.issues).to.deep.equal([]);
    // Kept as published in the records (the element reads the figure and its data table writes the mark).
    expect(t.records[0]).to.deep.equal({ 指标: '地区生产总值', 绝对数: '1222.62①', 增长: 0.3 });
    expect(parseCell(t.records[2]?.['增长'])).to.include({ value: -6.1 });
  });
});

describe('paragraphs: 增产/减产, 增收/减收 are changes with their direction', () => {
  it('统计公报 grain: "稻谷产量20329万吨，减产0.5%" is a fall of 0.5% of 稻谷产量, not a level called 减产', () => {
    const rows = figuresFromText(GRAIN_2013);
    const pct = rows.filter((r) => r.unit === '%');
    expect(pct.map((r) => [r.label, r.value, r.kind, r.direction])).to.deep.equal([
      ['粮食产量', 2.1, 'growth', 'up'], ['夏粮产量', 1.5, 'growth', 'up'], ['早稻产量', 2.4, 'growth', 'up'], ['秋粮产量', 2.3, 'growth', 'up'],
      ['稻谷产量', 0.5, 'growth', 'down'], ['小麦产量', 0.6, 'growth', 'up'], ['玉米产量', 5.9, 'growth', 'up'],
    ]);
    // As bars of the % figures: 稻谷 below zero.
    const bars = figuresToTable(pct);
    expect(bars.find((b) => typeof b['label'] === 'string' && b['label'].startsWith('稻谷产量'))?.['value']).to.equal(-0.5);
  });

  it('财政: "比上年减收1070万元" is a fall of the revenue before it, not a rise, and not of the budget', () => {
    const rows = figuresFromText(DAYAO_2024_04);
    const changes = rows.filter((r) => r.kind === 'growth').map((r) => [r.label, r.value, r.unit, r.direction]);
    expect(changes).to.deep.equal([
      ['一般公共预算收入累计', 10700000, '元', 'down'], ['一般公共预算收入累计', 4.2, '%', 'down'],
      ['税收收入', 12840000, '元', 'up'], ['税收收入', 18.8, '%', 'up'],
      ['非税收入', 23540000, '元', 'down'], ['非税收入', 12.5, '%', 'down'],
    ]);
    const bars = figuresToTable(rows.filter((r) => r.unit === '元'));
    expect(bars.filter((b) => Number(b['value']) < 0).map((b) => [b['label'], b['value']])).to.deep.equal([
      ['一般公共预算收入累计 比上年减收', -10700000], ['非税收入 比上年减收', -23540000],
    ]);
  });
});

describe('builder: periods as published, running totals beside single months', () => {
  it('1-2月, 一季度, 4月 (2024 规上工业): no line is offered — the line chart refuses to join them — and the bars are', () => {
    const t = parseInput(INDUSTRY_2024_SPANS);
    expect(t.records.map((r) => r['时期'])).to.deep.equal(['2024年1-2月', '2024年一季度', '2024-04']);
    const tags = suggestWidgets(t).map((s) => s.tag);
    expect(tags).to.not.include('dj-line-chart');
    expect(tags).to.include('dj-bar-chart');
    expect(leftOutWidgets(t).find((w) => w.tag === 'dj-line-chart')?.zh).to.contain('累计期');
    // A cumulative series alone is still a line (RETAIL_CUMULATIVE_2023 in real-tables).
    expect(suggestWidgets(parseInput('2023年\n时期\t零售额（亿元）\n1-2月\t77067\n1-3月\t114922\n1-4月\t149483\n'))[0]?.tag).to.equal('dj-line-chart');
  });
});
