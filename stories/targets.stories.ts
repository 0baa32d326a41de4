import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/widgets/targets/targets.define.js';
import { TARGETS } from '../src/data/haizhou-2021.js';
import { atWidth, baseArgTypes, number, property, radio, text, widgetArgs, type BaseArgs } from './base.js';

/** Every public attribute of <dj-targets> (DjWidget's come from BaseArgs), plus the `data` property. */
interface TargetsArgs extends BaseArgs {
  density?: 'compact' | 'roomy';
  group?: 'none' | 'category' | 'status';
  sort?: 'none' | 'status' | 'progress';
  period?: string;
  'as-of'?: string;
  date?: string;
  tolerance?: number;
  onDjSelect?: (e: Event) => void;
}

function board(args: TargetsArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<dj-targets ${widgetArgs(args)}>${content}</dj-targets>`;
}

const meta = {
  title: 'Widgets/Targets',
  component: 'dj-targets',
  tags: ['autodocs'],
  render: (args) => board(args),
  argTypes: {
    // The DjWidget attributes every story shares (stories/base.ts); this widget's own follow.
    ...baseArgTypes,
    notes: text('Notes under the board.'),
    source: text('Where the targets come from; also shown with each quote.'),
    credit: text('Who made the board.'),
    label: text('The column with the labels (default: `label`, `指标` … or the first text column).'),
    value: text('The column with the targets (default: `value` or `target`).'),
    unit: text('The unit of bare numbers ("亿元", "%").'),
    theme: radio(['auto', 'light', 'dark'], 'light, dark, or auto.'),
    density: radio(['compact', 'roomy'], 'compact rows or roomy cards (scale labels, quote).'),
    group: radio(['none', 'category', 'status'], 'Group rows.'),
    sort: radio(['none', 'status', 'progress'], 'Order rows (status: worst first).'),
    period: text('The period: 2021, 2021-2025, 十四五, 2021-01-01/2021-06-30.'),
    'as-of': text('The day undated actuals were reported (default today).'),
    date: text('When the source was published, shown with each quote.'),
    tolerance: number('≈ counts within this share.', { min: 0, max: 0.5, step: 0.01 }),
    data: property('Rows as objects (the extractor’s records work as they are). Property only.'),
  },
} satisfies Meta<TargetsArgs>;

export default meta;
type Story = StoryObj<TargetsArgs>;

/** The article’s 13 targets: targets only, as reported; no actuals. */
export const ArticleTargets: Story = {
  name: '海州区2021年13项目标（原文）',
  args: {
    heading: '2021年海州区13项量化目标',
    notes: '均为2021年目标；原文未报道完成情况。',
    source: '连网',
    date: '2021-01-15',
    group: 'category',
    data: TARGETS.map((t) => ({ category: t.theme, label: t.label, value: t.value, unit: t.unit, comparator: t.comparator, kind: t.kind, quote: t.quote })),
  },
};

/** Every comparator, every kind and every status: SAMPLE actuals, not reported by the article. */
const SAMPLE = [
  { category: '盘活闲置资源', label: '盘活低产低效土地', value: 1000, unit: '亩', comparator: 'ge', kind: 'level', actual_2021Q1: 180, 'actual_1-6月': 620 },
  { category: '企业培育', label: '工业投资', value: 12, unit: '%', comparator: 'eq', kind: 'growth', 'actual_1-6月': 8.5 },
  { category: '企业培育', label: '工业应税销售收入', value: 4e10, unit: '元', comparator: 'gt', kind: 'level', actual_2021Q1: 9.1e9, 'actual_1-6月': 2.3e10, actual_2021: 4.12e10 },
  { category: '示例', label: '能耗总量', value: 100, unit: '万吨', comparator: 'le', kind: 'level', 'actual_1-6月': 104 },
  { category: '示例', label: '地区生产总值', value: 5.5, unit: '%', comparator: 'approx', kind: 'growth', 'actual_1-6月': -1.2 },
  { category: '示例', label: '服务业占比', value: 50, unit: '%', comparator: 'ge', kind: 'share', actual_2021: 48 },
  { category: '楼宇经济', label: '吸纳技术型人才', value: 1000, unit: '人', comparator: 'ge', kind: 'level' },
];

export const SampleProgress: Story = {
  name: '示例数据：各种比较关系与状态',
  args: { heading: '目标进度（示例数据）', subtitle: '示例数据，非报道内容：展示 ≥、>、≤、≈、增长与各种状态', period: '2021', density: 'roomy', source: '示例', data: SAMPLE },
};

export const Compact: Story = { name: '紧凑布局（示例数据）', args: { ...SampleProgress.args, density: 'compact', sort: 'status' } };

export const GroupedByStatus: Story = { name: '按状态分组（示例数据）', args: { ...SampleProgress.args, density: 'compact', group: 'status' } };

export const SortedByProgress: Story = { name: '按进度排序（示例数据）', args: { ...SampleProgress.args, density: 'compact', sort: 'progress' } };

/** A five-year plan tracked each year: sparklines of the checkpoints. */
export const FiveYearPlan: Story = {
  name: '“十四五”逐年跟踪（示例数据）',
  args: {
    heading: '“十四五”目标逐年进度（示例数据）',
    subtitle: '示例数据，非报道内容',
    period: '十四五',
    density: 'roomy',
    data: [
      { label: '高新技术企业', value: 300, unit: '家', comparator: 'ge', actuals: { 2021: 70, 2022: 130, 2023: 180 } },
      { label: '研发投入占比', value: 3, unit: '%', comparator: 'ge', kind: 'share', actuals: [{ date: '2021', value: 2.2 }, { date: '2022', value: 2.5 }, { date: '2023', value: 2.7 }] },
    ],
  },
};

export const English: Story = {
  name: 'English locale (sample data)',
  globals: { locale: 'en' },
  args: { heading: 'Progress on targets (sample data)', subtitle: 'Sample data, not reported', period: '2021', sort: 'status', data: SAMPLE },
};

export const Dark: Story = { name: '深色主题（示例数据）', globals: { theme: 'dark' }, args: { ...SampleProgress.args, theme: 'dark' } };

export const Narrow: Story = {
  name: '窄容器（320px，示例数据）',
  args: { ...SampleProgress.args, density: 'compact' },
  decorators: [atWidth(320)],
};

export const Wide: Story = {
  name: '宽容器（1200px，示例数据）',
  args: { ...SampleProgress.args, density: 'compact' },
  decorators: [atWidth(1200)],
};

/** Colours a page chooses: rise and fall overridden with --dj-rise / --dj-fall. */
export const CustomColours: Story = {
  name: '自定义涨跌颜色（示例数据）',
  args: { ...SampleProgress.args, density: 'compact' },
  decorators: [(story) => html`<div style="--dj-rise: #8250df; --dj-fall: #b35900">${story()}</div>`],
};

/** A light-DOM table, as an editor writes it: qualifiers in the cells give the comparators. */
export const FromTable: Story = {
  name: '数据来自表格（light DOM）',
  args: { source: '连网', date: '2021-01-15' },
  render: (args) =>
    board(
      args,
      html`<table>
        <caption>企业培育目标</caption>
        <tr><th>指标</th><th>目标</th><th>类型</th><th>原文</th></tr>
        <tr><td>新增规上工业企业</td><td>15家以上</td><td>总量</td><td>确保新增规上工业企业15家以上</td></tr>
        <tr><td>工业投资</td><td>12%</td><td>增长</td><td>工业投资增长12%</td></tr>
        <tr><td>工业应税销售收入</td><td>突破400亿元</td><td>总量</td><td>工业应税销售收入突破400亿元</td></tr>
      </table>`,
    ),
};

export const BadInput: Story = {
  name: '错误：目标不是数字',
  args: { heading: '数据有误时的提示', data: [{ label: '工业投资', value: '很多' }] },
};
