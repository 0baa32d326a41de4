/**
 * Every cell of the judgment matrix (docs/en/widgets/targets.md "How targets are judged"): comparator × kind ×
 * direction × time → status, status words and the figure beside them, in zh-CN and en. The
 * board is period 2021; "2021-06" is during it (with a checkpoint), "2021" after it (final), and
 * no actual is before any report. Each case is a record as an editor writes it.
 */
import type { TargetStatus } from '../../../src/widgets/targets/targets.status.js';

export interface MatrixCase {
  /** comparator · kind · direction · time */
  cell: string;
  row: Record<string, unknown>;
  status: TargetStatus;
  /** [status word, figure beside it] */
  zh: [string, string];
  en: [string, string];
}

export const MATRIX: readonly MatrixCase[] = [
  // Amounts to reach: progress, paced against the share of the year gone by; achieved once reached.
  { cell: '≥ · amount · rise · during, ahead of pace', row: { label: '土地', value: '1000亩以上', 'actual_2021-06': 620 }, status: 'on-track', zh: ['进度正常', '完成目标的 62%'], en: ['on track', '62% of target'] },
  { cell: '≥ · amount · rise · during, behind pace', row: { label: '土地', value: '不少于1000亩', 'actual_2021-06': 400 }, status: 'behind', zh: ['进度滞后', '完成目标的 40%'], en: ['behind', '40% of target'] },
  { cell: '≥ · amount · rise · during, reached early', row: { label: '土地', value: '1000亩以上', 'actual_2021-06': 1050 }, status: 'achieved', zh: ['已完成', '完成目标的 105%'], en: ['achieved', '105% of target'] },
  { cell: '≥ · amount · rise · after, short', row: { label: '土地', value: '1000亩以上', actual_2021: 950 }, status: 'missed', zh: ['未完成', '完成目标的 95%'], en: ['missed', '95% of target'] },
  { cell: '> · amount · rise · after, exactly the bound', row: { label: '收入', value: '突破400亿元', actual_2021: '400亿元' }, status: 'missed', zh: ['未完成', '完成目标的 100%'], en: ['missed', '100% of target'] },
  { cell: '= · amount · rise · after, reached', row: { label: '企业', value: '15家', actual_2021: 15 }, status: 'achieved', zh: ['已完成', '完成目标的 100%'], en: ['achieved', '100% of target'] },
  { cell: '≥ · amount · rise · before any report', row: { label: '土地', value: '1000亩以上' }, status: 'not-reported', zh: ['尚未公布', ''], en: ['not yet reported', ''] },
  { cell: '≥ · progress · rise · during, behind', row: { label: '投资', target: 589, unit: '亿元', value: 219.2, kind: 'progress', date: '2021-06' }, status: 'behind', zh: ['进度滞后', '完成目标的 37%'], en: ['behind', '37% of target'] },
  // Caps: within or over, with the headroom in the target's unit; never "完成目标的".
  { cell: '≤ · amount · cap · during, within', row: { label: '用地', value: '不超过100亩', 'actual_2021-06': 60 }, status: 'on-track', zh: ['未超上限', '低于上限 40亩'], en: ['within the cap', '40 mu under the cap'] },
  { cell: '≤ · amount · cap · during, over (cannot come back)', row: { label: '用地', value: '100亩以内', 'actual_2021-06': 104 }, status: 'missed', zh: ['未完成', '超出上限 4亩'], en: ['missed', '4 mu over the cap'] },
  { cell: '≤ · amount · cap · after, within', row: { label: '用地', value: '控制在100亩以内', actual_2021: 100 }, status: 'achieved', zh: ['已完成', '恰在上限'], en: ['achieved', 'at the cap'] },
  { cell: '≤ · rate · cap · during, within', row: { label: '登记失业率', value: '控制在3%以内', 'actual_2021-06': 1.9 }, status: 'on-track', zh: ['未超上限', '低于上限 1.1个百分点'], en: ['within the cap', '1.1 percentage points under the cap'] },
  { cell: '≤ · rate · cap · during, over (may come back)', row: { label: '调查失业率', value: '控制在5.5%以内', 'actual_2021-04': 6.1 }, status: 'behind', zh: ['超出上限', '超出上限 0.6个百分点'], en: ['over the cap', '0.6 percentage points over the cap'] },
  { cell: '≤ · rate · cap · after, over', row: { label: '调查失业率', value: '5.5%以内', actual_2021: 5.6 }, status: 'missed', zh: ['未完成', '超出上限 0.1个百分点'], en: ['missed', '0.1 percentage points over the cap'] },
  { cell: '< · rate · cap · after, under', row: { label: 'PM2.5超标天数比例', value: '低于10%', actual_2021: 9.5 }, status: 'achieved', zh: ['已完成', '低于上限 0.5个百分点'], en: ['achieved', '0.5 percentage points under the cap'] },
  { cell: '< · rate · cap · after, at the bound', row: { label: 'PM2.5超标天数比例', value: '低于10%', actual_2021: 10 }, status: 'missed', zh: ['未完成', '恰在上限'], en: ['missed', 'at the cap'] },
  { cell: '≈ · rate · cap · during, under the ceiling', row: { label: '居民消费价格涨幅', value: '3%左右', direction: 'cap', actual_2021H1: 0.5 }, status: 'on-track', zh: ['未超上限', '低于目标 2.5个百分点'], en: ['within the cap', '2.5 percentage points below target'] },
  { cell: '≈ · rate · cap · after, over the ceiling', row: { label: '居民消费价格涨幅', value: '控制在3%左右', actual_2021: 3.6 }, status: 'missed', zh: ['未完成', '高于目标 0.6个百分点'], en: ['missed', '0.6 percentage points above target'] },
  // Approximate targets: met, above or below, the distance in points or units; above a rise is never behind.
  { cell: '≈ · growth · rise · during, three times over', row: { label: '地区生产总值', value: '增长5%左右', actual_2021H1: 18.6 }, status: 'on-track', zh: ['进度正常', '高于目标 13.6个百分点'], en: ['on track', '13.6 percentage points above target'] },
  { cell: '≈ · growth · rise · during, below', row: { label: '地区生产总值', value: '增长5.5%左右', actual_2021H1: 2.5 }, status: 'behind', zh: ['进度滞后', '低于目标 3个百分点'], en: ['behind', '3 percentage points below target'] },
  { cell: '≈ · growth · rise · after, within', row: { label: '地区生产总值', value: '5%左右', kind: 'growth', actual_2021: 4.9 }, status: 'achieved', zh: ['已完成', '低于目标 0.1个百分点'], en: ['achieved', '0.1 percentage points below target'] },
  { cell: '≈ · amount · rise · after, above', row: { label: '接待游客', value: '约560万人次', actual_2021: '600万人次' }, status: 'achieved', zh: ['已完成', '完成目标的 107%'], en: ['achieved', '107% of target'] },
  { cell: '≈ · amount · rise · during, below pace', row: { label: '接待游客', value: '560万人次左右', 'actual_2021-06': '100万人次' }, status: 'behind', zh: ['进度滞后', '完成目标的 18%'], en: ['behind', '18% of target'] },
  // Growth to reach, as it stands, in points.
  { cell: '≥ · growth · rise · during, above', row: { label: '国内生产总值', value: '增长6%以上', actual_2021H1: 12.7 }, status: 'on-track', zh: ['进度正常', '高于目标 6.7个百分点'], en: ['on track', '6.7 percentage points above target'] },
  { cell: '= · growth · rise · during, below', row: { label: '工业投资', value: '增长12%', 'actual_2021-06': 8.5 }, status: 'behind', zh: ['进度滞后', '低于目标 3.5个百分点'], en: ['behind', '3.5 percentage points below target'] },
  { cell: '> · growth · rise · after, above', row: { label: '研发投入', value: '12', unit: '%', comparator: '超过', kind: 'growth', actual_2021: 14.2 }, status: 'achieved', zh: ['已完成', '高于目标 2.2个百分点'], en: ['achieved', '2.2 percentage points above target'] },
  { cell: '≥ · growth · rise · before any report', row: { label: '国内生产总值', value: '增长6%以上' }, status: 'not-reported', zh: ['尚未公布', ''], en: ['not yet reported', ''] },
  // Falls are negative changes, accepted from the words, a direction column, or a signed number.
  { cell: '= · growth · fall · after, fell further', row: { label: '单位GDP能耗', value: '下降3%', actual_2021: -3.4 }, status: 'achieved', zh: ['已完成', '降幅超过目标 0.4个百分点'], en: ['achieved', 'fell 0.4 percentage points more than targeted'] },
  { cell: '= · growth · fall · during, fell less', row: { label: '单位GDP能耗', value: 3, unit: '%', kind: 'growth', direction: '下降', 'actual_2021-06': -1 }, status: 'behind', zh: ['进度滞后', '降幅少于目标 2个百分点'], en: ['behind', 'fell 2 percentage points less than targeted'] },
  { cell: '≥ magnitude · growth · fall · after, short (下降2.5%以上 is ≤ −2.5)', row: { label: '化学需氧量排放量', value: '下降2.5%以上', actual_2021: -2.4 }, status: 'missed', zh: ['未完成', '降幅少于目标 0.1个百分点'], en: ['missed', 'fell 0.1 percentage points less than targeted'] },
  { cell: '≥ magnitude · growth · fall · during, on course', row: { label: '化学需氧量排放量', value: '比上年下降2.5%以上', 'actual_2021-06': -3 }, status: 'on-track', zh: ['进度正常', '降幅超过目标 0.5个百分点'], en: ['on track', 'fell 0.5 percentage points more than targeted'] },
  { cell: '≈ · growth · fall · after, fell too little', row: { label: '单位国内生产总值能耗', value: '降低3%左右', actual_2021: -2.7 }, status: 'missed', zh: ['未完成', '降幅少于目标 0.3个百分点'], en: ['missed', 'fell 0.3 percentage points less than targeted'] },
  { cell: '≤ magnitude · growth · fall · during, within its floor (下降不超过2%)', row: { label: '工业产值', value: '下降不超过2%', 'actual_2021-06': -1.5 }, status: 'on-track', zh: ['未低于下限', '高于下限 0.5个百分点'], en: ['above the floor', '0.5 percentage points above the floor'] },
  { cell: '≤ magnitude · growth · fall · after, below its floor', row: { label: '工业产值', value: -2, unit: '%', comparator: 'ge', kind: 'growth', actual_2021: -2.5 }, status: 'missed', zh: ['未完成', '低于下限 0.5个百分点'], en: ['missed', '0.5 percentage points below the floor'] },
  // Rates and shares as they stand, in points.
  { cell: '≥ · share · rise · during, below', row: { label: '服务业占比', value: '30%以上', kind: 'share', 'actual_2021-06': 28 }, status: 'behind', zh: ['进度滞后', '低于目标 2个百分点'], en: ['behind', '2 percentage points below target'] },
  { cell: '≥ · share · rise · after, above', row: { label: '服务业占比', value: '30%以上', kind: 'share', actual_2021: 31 }, status: 'achieved', zh: ['已完成', '高于目标 1个百分点'], en: ['achieved', '1 percentage point above target'] },
  { cell: '≥ · rate · rise · during, points target', row: { label: '研发强度', value: '提高0.2个百分点', actual_2021H1: 0.3 }, status: 'on-track', zh: ['进度正常', '高于目标 0.1个百分点'], en: ['on track', '0.1 percentage points above target'] },
];
