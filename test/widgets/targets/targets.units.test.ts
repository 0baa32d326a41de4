/**
 * A targets table whose target and actual headers name the unit of their bare numbers ("目标（%）",
 * "实际（%）") is read as "目标" and "实际" in that unit (header-unit.ts): before, the board found no
 * target column. Figures as published: 江苏 2023 targets "经济增长5%左右 … 一般公共预算收入增长5.5%左右"
 * (2023 政府工作报告, http://m.yktchina.com/gp/2023/0115/59552.html) and the outcomes "地区生产总值
 * … 增长5.8% … 一般公共预算收入9930亿元、增长7.3%" (2024 政府工作报告, https://app.myzaker.com/article/65af41731bc8e0c845000008).
 */
import { expect } from '@open-wc/testing';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { readTargets } from '../../../src/widgets/targets/targets.data.js';
import { layoutTargets } from '../../../src/widgets/targets/targets.layout.js';

const JIANGSU_2023 = [
  { 指标: '地区生产总值', 类型: '增长', '目标（%）': '5', '实际（%）': '5.8' },
  { 指标: '一般公共预算收入', 类型: '增长', '目标（%）': '5.5', '实际（%）': '7.3' },
];
const OPTIONS = { unit: '', labelColumn: null, valueColumn: null, asOf: Date.UTC(2024, 0, 24), year: 2023 };
const measure = (s: string): number => s.length * 7;

describe('targets: units in the target and actual headers', () => {
  it('"目标（%）" and "实际（%）" are the target and the actual, in %', () => {
    const data = readTargets(typeTable(fromRecords(JIANGSU_2023, 'data')), OPTIONS);
    expect(data.map((d) => [d.label, d.target, d.unit, d.checkpoints.map((c) => c.value)])).to.deep.equal([
      ['地区生产总值', 5, '%', [5.8]],
      ['一般公共预算收入', 5.5, '%', [7.3]],
    ]);
    for (const locale of ['zh-CN', 'en'] as const) {
      const scene = layoutTargets(data, { locale, density: 'compact', group: 'none', sort: 'none', period: null, baseYear: 2022, tolerance: 0.05, font: '14px sans-serif', measure, source: '', date: '' }, 720);
      const texts = scene.rows.map((r) => [r.targetText, r.actualText]);
      expect(texts, locale).to.deep.equal(
        locale === 'zh-CN' ? [['+5%', '实际 +5.8%'], ['+5.5%', '实际 +7.3%']] : [['+5%', 'actual +5.8%'], ['+5.5%', 'actual +7.3%']],
      );
    }
  });
});
