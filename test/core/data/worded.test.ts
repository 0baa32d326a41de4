/**
 * Figures written with their direction word, as Chinese statistical releases write growth instead
 * of a signed number. Real published inputs of the class:
 * - NBS, 2020年前三季度国民经济 (2020-10-19): GDP 分季度 "一季度同比下降6.8%，二季度增长3.2%，三季度增长4.9%";
 *   meat output "禽肉产量增长6.5%，牛肉、羊肉、猪肉产量分别下降1.7%、1.8%、10.8%".
 * - NBS, 2017年12月份居民消费价格 (2018-01-10), 环比 by class: 交通和通信上涨0.4%，居住、生活用品及服务
 *   均上涨0.2%，教育文化和娱乐、医疗保健均上涨0.1%，其他用品和服务下降0.1%，衣着持平.
 * - NBS/CFLP, 2017年6月 PMI: 大型企业 "比上月上升1.5个百分点", 小型企业 "比上月回落0.9个百分点";
 *   原材料库存指数 "比上月回升0.1个百分点", 从业人员指数 "比上月回落0.4个百分点", 供应商配送时间指数
 *   "比上月下降0.3个百分点".
 * - NBS, 2016年前三季度: 采矿业增加值同比下降0.4%，制造业增长6.9%，电力、热力、燃气及水生产和供应业增长4.3%.
 * Before: any such cell refused the whole chart ("… is not a number").
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { changeCell } from '../../../src/core/data/worded.js';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { seriesFromTable } from '../../../src/widgets/line-chart/series.js';
import { readTargets } from '../../../src/widgets/targets/targets.data.js';
import { parseInput } from '../../../src/builder/parse.js';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import '../../../src/widgets/line-chart/line-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { parsed, ssr } from '../../server/ssr.js';
import { bars, drawn, errored, shadow, valueTexts } from '../../helpers/widgets.js';

const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`).join('')}</table>`;

const QUARTERS = [['一季度', '下降6.8%'], ['二季度', '增长3.2%'], ['三季度', '增长4.9%']] as const;
const CPI = [['交通和通信', '上涨0.4%'], ['居住', '上涨0.2%'], ['生活用品及服务', '上涨0.2%'], ['教育文化和娱乐', '上涨0.1%'], ['医疗保健', '上涨0.1%'], ['其他用品和服务', '下降0.1%'], ['衣着', '持平']] as const;
const PMI = [['原材料库存', '比上月回升0.1个百分点'], ['从业人员', '比上月回落0.4个百分点'], ['供应商配送时间', '比上月下降0.3个百分点']] as const;

async function barChart(html: string, lang = 'zh-CN'): Promise<DjBarChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="${lang}">${html}</div>`);
  return wrap.querySelector('dj-bar-chart')!;
}

describe('figures written with their direction word', () => {
  it('the word sets the sign; the figure keeps its unit and decimals', () => {
    const read = (s: string): [number, string, number | undefined] | undefined => {
      const c = changeCell(s);
      return c && [c.value, c.unit, c.published?.decimals];
    };
    expect(read('下降6.8%')).to.deep.equal([-6.8, '%', 1]);
    expect(read('同比增长4.9%')).to.deep.equal([4.9, '%', 1]);
    expect(read('比上年增长5.2%')).to.deep.equal([5.2, '%', 1]);
    expect(read('减少3.1')).to.deep.equal([-3.1, '', 1]);
    expect(read('比上月回落0.9个百分点')).to.deep.equal([-0.9, '个百分点', 1]);
    expect(read('比上月回升0.1个百分点')).to.deep.equal([0.1, '个百分点', 1]);
    expect(read('环比上涨0.1%')).to.deep.equal([0.1, '%', 1]);
    expect(read('下降１０.８％')).to.deep.equal([-10.8, '%', 1]);
    expect(read('持平')).to.deep.equal([0, '', 0]);
    expect(read('与上年持平')).to.deep.equal([0, '', 0]);
    // The word explains no bound, no "about", no second sign, no target cap: left as they are.
    for (const s of ['下降5%以上', '增长5%左右', '基本持平', '约下降3%', '下降-2%', '控制在3%以内', '下降', '增长3%-5%', '降低成本']) {
      expect(changeCell(s), s).to.equal(undefined);
    }
  });

  it('a bar chart of a 统计公报 growth column draws, a fall below zero, labels as signed figures', async () => {
    const el = await barChart(`<dj-bar-chart>${table(['季度', '国内生产总值同比增长'], QUARTERS)}</dj-bar-chart>`);
    await drawn(el, 3);
    expect(valueTexts(el)).to.deep.equal(['-6.8%', '3.2%', '4.9%']);
    // The fall is drawn left of zero: its bar ends where the rises begin.
    const rect = (i: number): DOMRect => bars(el)[i]!.querySelector('rect')!.getBBox();
    expect(rect(0).x + rect(0).width).to.be.closeTo(rect(1).x, 0.5);
    // The data table writes the cells as published.
    shadow(el).querySelector<HTMLButtonElement>('.tools button')!.click();
    await el.updateComplete;
    const cells = Array.from(shadow(el).querySelectorAll('[part="data-table"] tbody td.num')).map((td) => td.textContent.trim());
    expect(cells).to.deep.equal(['下降6.8%', '增长3.2%', '增长4.9%']);
    // The quarters are names, as published (they were the figures "1季度", "2季度" …).
    const names = Array.from(shadow(el).querySelectorAll('[part="data-table"] tbody td:not(.num)')).map((td) => td.textContent.trim());
    expect(names).to.deep.equal(['一季度', '二季度', '三季度']);
  });

  it('持平 is 0 in the column’s unit (CPI 环比 by class, December 2017)', async () => {
    const el = await barChart(`<dj-bar-chart>${table(['类别', '环比'], CPI)}</dj-bar-chart>`);
    await drawn(el, 7);
    expect(valueTexts(el)).to.deep.equal(['0.4%', '0.2%', '0.2%', '0.1%', '0.1%', '-0.1%', '0%']);
  });

  it('a header unit and worded cells: 采矿业 下降0.4 in （%）', async () => {
    const el = await barChart(`<dj-bar-chart>${table(['门类', '增加值同比增长（%）'], [['采矿业', '下降0.4'], ['制造业', '增长6.9'], ['电力、热力、燃气及水', '4.3']])}</dj-bar-chart>`);
    await drawn(el, 3);
    expect(valueTexts(el)).to.deep.equal(['-0.4%', '6.9%', '4.3%']);
  });

  it('points of change (PMI, June 2017) draw in 个百分点; English labels too', async () => {
    const el = await barChart(`<dj-bar-chart>${table(['分类指数', '变化'], PMI)}</dj-bar-chart>`, 'en');
    await drawn(el, 3);
    const texts = valueTexts(el);
    expect(texts.map((t) => t.replace(/[^\d.+-]/g, ''))).to.deep.equal(['0.1', '-0.4', '-0.3']);
    expect(texts.every((t) => /point/.test(t)), texts.join(' | ')).to.equal(true);
  });

  it('on a phone too: the narrow plot still draws each change to scale, under a true axis', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:359px" lang="en"><dj-bar-chart no-motion>${table(['Index', 'Change'], PMI)}</dj-bar-chart></div>`);
    const el = wrap.querySelector('dj-bar-chart')!;
    await drawn(el, 3);
    const widths = bars(el).map((b) => Number(b.querySelector('rect')!.getAttribute('width')));
    // +0.1, −0.4, −0.3: every bar drawn, the falls four and three times the rise (was: every bar 0 wide, an axis of "NaN").
    expect(widths[0]).to.be.greaterThan(0);
    expect(widths[1]! / widths[0]!).to.be.closeTo(4, 0.05);
    expect(widths[2]! / widths[0]!).to.be.closeTo(3, 0.05);
    expect(shadow(el).textContent).not.to.contain('NaN');
    expect(shadow(el).textContent).not.to.contain('trillion');
  });

  it('% beside 个百分点 in one column is refused, naming the row and both units', async () => {
    const el = await barChart(`<dj-bar-chart>${table(['指标', '比上年'], [['规模以上工业增加值', '增长6.0%'], ['城镇调查失业率', '回落0.8个百分点']])}</dj-bar-chart>`);
    const text = await errored(el);
    expect(text).to.contain('第 2 行');
    expect(text).to.contain('个百分点');
    expect(text).to.contain('%');
    expect(bars(el).length).to.equal(0);
  });

  it('a cell the word does not explain keeps today’s error', async () => {
    const el = await barChart(`<dj-bar-chart>${table(['指标', '增长'], [['甲', '4.1%'], ['乙', '下降5%以上'], ['丙', '增长3%']])}</dj-bar-chart>`);
    expect(await errored(el)).to.contain('下降5%以上');
  });

  it('a line chart of quarterly growth draws through zero', async () => {
    const rows = QUARTERS.map(([q, v]) => ({ 季度: `2020年${q}`, GDP同比: v }));
    const line = seriesFromTable(typeTable(fromRecords(rows, 'data')));
    expect(Array.from(line.series[0]!.y)).to.deep.equal([-6.8, 3.2, 4.9]);
    expect(line.series[0]!.unit).to.equal('%');
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-line-chart eager no-motion>${table(['季度', 'GDP同比'], rows.map((r) => [r.季度, r.GDP同比]))}</dj-line-chart></div>`);
    const el = wrap.querySelector('dj-line-chart')!;
    await waitUntil(() => el.shadowRoot?.querySelectorAll('path.line').length === 1, 'the line never drew', { timeout: 4000 });
    expect(shadow(el).querySelector('#summary')?.textContent).to.contain('-6.8%');
  });

  it('the static render (dj-widgets/static) draws the same bars and labels', async () => {
    const data = QUARTERS.map(([q, v]) => ({ 季度: q, 国内生产总值同比增长: v }));
    const el = parsed(await ssr('dj-bar-chart', { data, width: 640, lang: 'zh-CN' }, { mode: 'static' }), 'dj-bar-chart');
    const labels = Array.from(el.shadowRoot!.querySelectorAll('g.bar text.value')).map((t) => t.textContent.trim());
    expect(labels).to.deep.equal(['-6.8%', '3.2%', '4.9%']);
  });

  it('the builder reads the same cells as numbers, signed, in the column’s unit', () => {
    const t = parseInput(['类别\t环比', ...CPI.map((r) => r.join('\t'))].join('\n'), { kind: 'tsv' });
    expect(t.columns.map((c) => [c.name, c.type, c.unit])).to.deep.equal([['类别', 'text', ''], ['环比', 'number', '%']]);
    // Kept as published in the records: the charts read them as signed figures, a targets board as falls.
    expect(t.records.map((r) => r['环比'])).to.deep.equal(CPI.map(([, v]) => v));
    expect(t.issues).to.deep.equal([]);
    const typed = typeTable(fromRecords(t.records, 'data'));
    expect(typed.cells.map((r) => (r[1]?.kind === 'number' ? r[1].value : null))).to.deep.equal([0.4, 0.2, 0.2, 0.1, 0.1, -0.1, 0]);
    // % beside 个百分点 in one pasted column is flagged, as any other unit that differs.
    const mixed = parseInput('指标\t比上年\n规模以上工业增加值\t增长6.0%\n城镇调查失业率\t回落0.8个百分点\n', { kind: 'tsv' });
    expect(mixed.issues.map((i) => i.row)).to.deep.equal([2]);
  });

  it('builder → targets: targets written as plain falls and rises stay falls and rises', () => {
    // 单位GDP能耗 下降3%, 地区生产总值 增长6% (targets as 政府工作报告 write them), actuals as signed figures.
    const t = parseInput('指标\t目标\t实际_2021\n单位GDP能耗\t下降3%\t-3.4\n地区生产总值\t增长6%\t8.1\n', { kind: 'tsv' });
    const read = readTargets(typeTable(fromRecords(t.records, 'data')), { unit: '', labelColumn: null, valueColumn: null, asOf: null, year: 2021 });
    expect(read.map((d) => [d.label, d.target, d.kind, d.direction])).to.deep.equal([['单位GDP能耗', -3, 'growth', 'fall'], ['地区生产总值', 6, 'growth', 'rise']]);
  });
});
