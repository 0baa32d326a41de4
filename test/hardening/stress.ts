/**
 * Data that stresses each widget's layout, from published sources of the kind the library is
 * for: long English labels, negative values, many events in one year, wide numbers. The
 * legibility suite draws every registered widget with these (or, for a widget not listed
 * here yet, with its registry sample), so a new widget is measured the day it is added.
 *
 * Sources: National Bureau of Statistics of China, "Statistical Communiqué on the 2020 National
 * Economic and Social Development" (28 Feb 2021) and the Q1 2020 release (17 Apr 2020); the
 * 2021 Haizhou article the library was built for (src/data/haizhou-2021.ts).
 */
import { PROJECTS } from '../../src/data/haizhou-2021.js';

export interface StressCase {
  name: string;
  data: Array<Record<string, unknown>> | string[];
  attrs?: Record<string, string>;
}

/** 2020 growth over 2019, per cent (NBS communiqué): mixed signs, long English names. */
const NBS_2020 = [
  { indicator: 'Retail sales of consumer goods', growth: -3.9 },
  { indicator: 'Investment in fixed assets (excluding rural households)', growth: 2.9 },
  { indicator: 'Exports of goods', growth: 4.0 },
  { indicator: 'Imports of goods', growth: -0.7 },
  { indicator: 'Catering revenue', growth: -16.6 },
  { indicator: 'Value added of industrial enterprises above designated size', growth: 2.8 },
];

/** Q1 2020 year on year, per cent (NBS): every value negative. */
const NBS_2020_Q1 = [
  { 指标: '国内生产总值', 增速: -6.8 },
  { 指标: '社会消费品零售总额', 增速: -19.0 },
  { 指标: '固定资产投资（不含农户）', 增速: -16.1 },
  { 指标: '规模以上工业增加值', 增速: -8.4 },
];

/** A year with many events (2020, NBS and State Council releases) then the article's own dates. */
const DENSE_YEAR = [
  { date: '2020-01-17', title: 'GDP for 2019 released: 99.1 trillion yuan', text: 'NBS annual release.' },
  { date: '2020-02-28', title: 'Statistical communiqué for 2019 published', text: '' },
  { date: '2020-04-17', title: 'First-quarter GDP falls 6.8 per cent', text: 'The first fall since records began in 1992.' },
  { date: '2020-05-22', title: 'Government work report sets no growth target', text: '' },
  { date: '2020-07-16', title: 'Second-quarter GDP grows 3.2 per cent', text: '' },
  { date: '2020-10-19', title: 'Third-quarter GDP grows 4.9 per cent', text: '' },
  { date: '2020-10-29', title: 'Fifth plenary session adopts the 14th Five-Year Plan proposals', text: '' },
  { date: '2020-11-15', title: 'Regional Comprehensive Economic Partnership signed', text: '' },
  { date: '2021-01-15', title: 'Haizhou sets its 2021 targets', text: 'Report published.' },
  { date: '2021-01-18', title: 'GDP for 2020 released: up 2.3 per cent', text: '' },
];

const DENSE_YEAR_ZH = [
  { 日期: '2020-01-17', 标题: '2019年国内生产总值发布', 说明: '国家统计局发布。' },
  { 日期: '2020-02-28', 标题: '2019年统计公报发布', 说明: '' },
  { 日期: '2020-04-17', 标题: '一季度GDP同比下降6.8%', 说明: '' },
  { 日期: '2020-05-22', 标题: '政府工作报告未设增长目标', 说明: '' },
  { 日期: '2020-07-16', 标题: '二季度GDP增长3.2%', 说明: '' },
  { 日期: '2020-10-19', 标题: '三季度GDP增长4.9%', 说明: '' },
  { 日期: '2020-10-29', 标题: '五中全会通过“十四五”规划建议', 说明: '' },
  { 日期: '2020-11-15', 标题: '《区域全面经济伙伴关系协定》签署', 说明: '' },
  { 日期: '2021-01-15', 标题: '海州晒出2021年目标', 说明: '报道发表。' },
  { 日期: '2021-01-18', 标题: '2020年GDP增长2.3%', 说明: '' },
];

const PROJECT_ROWS = PROJECTS.map((p) => ({ 项目: p.name, 阶段: p.stages.map((s) => s.text).join('，'), 截至: '2021-01-15' }));

export const STRESS: Record<string, StressCase[]> = {
  'dj-bar-chart': [
    { name: 'mixed signs, long English labels', data: NBS_2020, attrs: { unit: '%' } },
    { name: 'all negative', data: NBS_2020_Q1, attrs: { unit: '%' } },
    { name: 'vertical, mixed signs', data: NBS_2020, attrs: { unit: '%', orientation: 'vertical' } },
    {
      // 2019 and 2020 growth side by side (NBS communiqués): grouped bars on both sides of zero.
      name: 'two series, diverging',
      data: [
        { indicator: 'Retail sales of consumer goods', '2019': 8.0, '2020': -3.9 },
        { indicator: 'Exports of goods', '2019': 5.0, '2020': 4.0 },
        { indicator: 'Catering revenue', '2019': 9.4, '2020': -16.6 },
      ],
      attrs: { unit: '%' },
    },
  ],
  'dj-line-chart': [
    {
      name: 'long series names, negative values',
      data: [
        { quarter: '2020-03', 'GDP, year on year': -6.8, 'Retail sales of consumer goods': -19.0 },
        { quarter: '2020-06', 'GDP, year on year': 3.2, 'Retail sales of consumer goods': -3.9 },
        { quarter: '2020-09', 'GDP, year on year': 4.9, 'Retail sales of consumer goods': 0.9 },
        { quarter: '2020-12', 'GDP, year on year': 6.5, 'Retail sales of consumer goods': 4.6 },
      ],
      attrs: { unit: '%' },
    },
  ],
  'dj-waffle': [
    { name: 'the article’s targets', data: [{ 项目: '新引进过亿元项目', 目标: 80 }, { 项目: '新引进过10亿元项目', 目标: 10 }, { 项目: '新增规上工业企业', 目标: 15 }] },
    { name: 'long English labels', data: [{ item: 'New projects worth over 100 million yuan', target: 80 }, { item: 'New projects worth over one billion yuan', target: 10 }] },
  ],
  'dj-targets': [
    {
      name: 'long labels and quotes',
      data: [
        { category: 'Revitalising idle resources', label: 'Low-yield and inefficient land revitalised', value: 1000, unit: 'mu', comparator: 'ge', quote: 'revitalise more than 1,000 mu of low-yield, inefficient land' },
        { category: 'Enterprises', label: 'Industrial investment growth', value: 12, unit: '%', comparator: 'eq' },
        { category: 'Investment', label: '实际利用外资', value: 8000, unit: '万美元', comparator: 'ge', quote: '实际利用外资8000万美元以上' },
      ],
    },
  ],
  'dj-big-number': [
    {
      name: 'long labels, a negative value',
      data: [
        { label: 'Total investment in the Lianyu medical devices project', value: 4.1, unit: '亿元', quote: '该项目总投资4.1亿元' },
        { label: 'Catering revenue, 2020', value: -16.6, unit: '%' },
        { label: '规划总建筑面积', value: 1.85, unit: '万平方米' },
      ],
    },
  ],
  'dj-timeline': [
    { name: 'a dense year, vertical', data: DENSE_YEAR, attrs: { 'as-of': '2021-01-15', orientation: 'vertical' } },
    { name: 'a dense year, horizontal', data: DENSE_YEAR, attrs: { 'as-of': '2021-01-15', orientation: 'horizontal' } },
    { name: '密集的一年，竖排', data: DENSE_YEAR_ZH, attrs: { 'as-of': '2021-01-15', orientation: 'vertical' } },
    { name: '密集的一年，横排', data: DENSE_YEAR_ZH, attrs: { 'as-of': '2021-01-15', orientation: 'horizontal' } },
  ],
  'dj-project-tracker': [{ name: 'the article’s projects', data: PROJECT_ROWS }],
  'dj-figures': [
    {
      name: 'English communiqué',
      data: [
        'The gross domestic product (GDP) in 2020 was 101,598.6 billion yuan, up by 2.3 percent over the previous year. The value added of the primary industry was 7,775.4 billion yuan, up by 3.0 percent.',
        'The total retail sales of consumer goods reached 39,198.1 billion yuan, down by 3.9 percent over the previous year.',
      ],
    },
    {
      name: '报道原文',
      data: [
        '确保新增规上工业企业15家以上，工业投资增长12%，工业应税销售收入突破400亿元；新引进过亿元项目80个，过10亿元项目10个，实际利用外资8000万美元以上。',
      ],
    },
  ],
};
