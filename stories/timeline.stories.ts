import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/widgets/timeline/timeline.define.js';
import { atWidth, baseArgTypes, number, property, radio, text, widgetArgs, type BaseArgs } from './base.js';

/** Every public attribute of <dj-timeline> (DjWidget's come from BaseArgs), plus the `data` property. */
interface TimelineArgs extends BaseArgs {
  orientation?: 'auto' | 'horizontal' | 'vertical';
  'as-of'?: string;
  'start-at'?: 'first' | 'last' | 'nearest';
  rows?: number;
  locale?: 'zh-CN' | 'en';
  onDjSelect?: (e: Event) => void;
}

const ARTICLE = '连网，2021年1月15日：《干出快节奏 跑出“加速度” 海州全力以赴赶考“十四五”》';

function timeline(args: TimelineArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<dj-timeline ${widgetArgs(args)}>${content}</dj-timeline>`;
}

/** The article's dated facts: only dates it gives, and the public span of the 14th Five-Year Plan. */
const PLAN = [
  { 日期: '2020', 标题: '2020年成绩单', 分组: '规划与目标', 说明: '海州区“两会”政府工作报告晒出2020年海州工业转型、产业升级等一份份成绩单。' },
  { 日期: '2021', 结束: '2025', 标题: '“十四五”时期', 分组: '规划与目标', 说明: '2021年是“十四五”开局之年。' },
  { 日期: '2021', 结束: '2021', 标题: '2021年目标', 分组: '规划与目标', 说明: '新引进过亿元项目80个，过10亿元项目10个，实际利用外资8000万美元以上……' },
  { 日期: '2021', 标题: '建成运营快递电商产业园', 分组: '现代流通体系' },
  { 日期: '2021', 标题: '落地知名电商自营仓项目', 分组: '现代流通体系' },
  { 日期: '2021', 标题: '竣工投用康缘医疗调拨中心', 分组: '现代流通体系' },
  { 日期: '2021', 标题: '竣工投用天马智能配送', 分组: '现代流通体系' },
  { 日期: '2021', 标题: '试点建设社区快递服务中心', 分组: '现代流通体系' },
];

/** 60 made-up events over four years, several on the same day: the crowded case. Sample data. */
const SIXTY = Array.from({ length: 60 }, (_, i) => ({
  date: `${2019 + (i % 4)}-${String(1 + ((i * 7) % 12)).padStart(2, '0')}-${String(1 + ((i * 11) % 28)).padStart(2, '0')}`,
  title: `示例事件 ${i + 1}`,
  text: '示例数据，非报道内容。',
}));

const meta = {
  title: 'Widgets/Timeline',
  component: 'dj-timeline',
  tags: ['autodocs'],
  render: (args) => timeline(args),
  argTypes: {
    // The DjWidget attributes every story shares (stories/base.ts); this widget's own follow.
    ...baseArgTypes,
    label: text('The column with the events’ titles (default: a column named title / 标题 …).'),
    summary: text('Replaces the generated one-sentence summary.'),
    orientation: radio(['auto', 'horizontal', 'vertical'], 'auto: vertical below 560 px of width, else horizontal.', 'auto'),
    'as-of': text('The as-of / today marker: a date (2021-01-15, 2021年1月) or "today".'),
    'start-at': radio(['first', 'last', 'nearest'], 'The event that holds the tab stop first; nearest: nearest the as-of date.', 'first'),
    rows: number('Label rows per lane before “+N” clusters (horizontal).', { min: 1, max: 8 }),
    data: property('Rows with date, end, title, text, lane, image, link. Property only.'),
    locale: { control: false, description: 'Read-only: the language in force.', table: { category: 'properties' } },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

export const PlanPeriod: Story = {
  name: '“十四五”开局（原文日期，分组）',
  args: {
    heading: '海州“十四五”开局：报道中的时间',
    notes: '2021年的流通体系项目为年内计划，原文未给具体日期。“十四五”时期为2021–2025年。',
    source: ARTICLE,
    'as-of': '2021-01-15',
    'start-at': 'nearest',
    rows: 5,
    data: PLAN,
  },
};

export const Dense: Story = {
  name: '60 个事件（示例数据）',
  args: { heading: '60 个事件（示例数据）', notes: '示例数据，非报道内容：标签放不下时计为“+N”，点按或放大可展开。', 'as-of': '2021-01-15', data: SIXTY },
};

export const Sparse: Story = {
  name: '稀疏：三个日期（示例数据）',
  args: {
    heading: '三个日期，三种精度（示例数据）',
    notes: '示例数据：年、月、日精度各一。',
    data: [
      { date: '2020', title: '年' },
      { date: '2021-01', title: '月' },
      { date: '2021-01-15', title: '日' },
    ],
  },
};

export const RangesAndLanes: Story = {
  name: 'Ranges and lanes (sample data)',
  args: {
    heading: '时段与分组（示例数据）',
    notes: '示例数据，非报道内容。',
    'as-of': '2021-06',
    data: [
      { date: '2021', end: '2025', title: '五年规划', lane: '规划' },
      { date: '2021-01', end: '2021-06', title: '一期建设', lane: '项目' },
      { date: '2021-04', end: '2021-12', title: '二期建设', lane: '项目' },
      { date: '2021-07-01', title: '一期投用', lane: '项目' },
      { date: '2022', end: '2023', title: '三期（规划）', lane: '项目' },
    ],
  },
};

export const Vertical: Story = {
  name: '竖向（窄屏）',
  args: { ...PlanPeriod.args, orientation: 'vertical' },
  decorators: [atWidth(360)],
};

export const Horizontal: Story = {
  name: '横向（强制，窄容器）',
  args: { ...Sparse.args, orientation: 'horizontal' },
  decorators: [atWidth(360)],
};

export const English: Story = {
  name: 'English locale',
  globals: { locale: 'en' },
  args: {
    heading: 'Haizhou starts its 14th Five-Year Plan',
    source: 'lyg01.net, 15 January 2021',
    'as-of': '2021-01-15',
    data: [
      { date: '2020', title: '2020 results reported' },
      { date: '2021', end: '2025', title: '14th Five-Year Plan', text: 'The plan period, 2021–2025.' },
      { date: '2021', end: '2021', title: '2021 targets' },
    ],
  },
};

export const Dark: Story = { name: '深色主题', globals: { theme: 'dark' }, args: { ...PlanPeriod.args, theme: 'dark' } };

export const FromTable: Story = {
  name: '数据来自表格（light DOM）',
  args: { 'as-of': '2021-01-15', source: ARTICLE },
  render: (args) =>
    timeline(
      args,
      html`<table>
        <caption>
          “十四五”时期
        </caption>
        <tr><th>日期</th><th>结束</th><th>标题</th></tr>
        <tr><td>2021</td><td>2025</td><td>“十四五”时期</td></tr>
        <tr><td>2020</td><td></td><td>2020年成绩单</td></tr>
      </table>`,
    ),
};

export const BadDate: Story = {
  name: '错误：日期无效',
  args: { heading: '数据有误时的提示', data: [{ date: '2021-02-30', title: '二月三十日' }] },
};
