import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/widgets/bar-chart/bar-chart.define.js';
import { BUILDING_TARGETS, PROJECT_TARGETS, REPORT_SOURCE } from './article.js';
import { atWidth, baseArgTypes, flag, number, property, radio, text, widgetArgs, type BaseArgs } from './base.js';

/** Every public attribute of <dj-bar-chart> (DjWidget's come from BaseArgs), plus the `data` property. */
interface BarChartArgs extends BaseArgs {
  orientation?: 'horizontal' | 'vertical';
  sort?: 'none' | 'ascending' | 'descending';
  highlight?: string;
  'no-values'?: boolean;
  height?: number;
  series?: string;
  mode?: 'grouped' | 'stacked' | 'percent' | 'diverging';
  left?: string;
  'no-motion'?: boolean;
  eager?: boolean;
  /** Read-only property: the language in force (the element's `lang`, an ancestor's, or the page's). */
  locale?: 'zh-CN' | 'en';
  /** The `dj-select` event, logged in the Actions panel. */
  onDjSelect?: (e: Event) => void;
}

/** The widget with every arg bound; unset args render no attribute at all. */
function chart(args: BarChartArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<dj-bar-chart ${widgetArgs(args)}>${content}</dj-bar-chart>`;
}

const meta = {
  title: 'Widgets/Bar chart',
  component: 'dj-bar-chart',
  tags: ['autodocs'],
  render: (args) => chart(args),
  argTypes: {
    // The DjWidget attributes every story shares (stories/base.ts); this widget's own follow.
    ...baseArgTypes,
    src: text('URL of a CSV, TSV or JSON file with the data (wins over light-DOM data, loses to `data`).'),
    label: text('The column with the labels (header text or 1-based number); default: the first text column.'),
    value: text('The column with the values; default: the first numeric column.'),
    unit: text('The unit of the values when the data does not carry one ("亿元", "%").'),
    theme: radio(['auto', 'light', 'dark'], 'light, dark, or auto (follows the reader’s system). Unset: the Theme toolbar decides.', 'auto'),
    summary: text('Replaces the generated one-sentence summary.'),
    width: number('A fixed width in px instead of the container’s (for static rendering).', { min: 0, step: 10 }),
    'decimal-comma': flag('Numbers use a decimal comma (1.234,5).'),
    orientation: radio(['horizontal', 'vertical'], 'horizontal (bars grow to the right) or vertical (columns).', 'horizontal'),
    sort: radio(['none', 'ascending', 'descending'], 'none (data order), ascending or descending; missing values always last.', 'none'),
    highlight: text('Labels of bars to highlight, separated by commas (， works too).'),
    'no-values': flag('Hide the value labels next to the bars.'),
    height: number('Height in px of a vertical chart (default: from the width).', { min: 0, step: 10 }),
    series: text('Columns to draw as series, comma-separated; default: every numeric column (one → plain bars).'),
    mode: radio(['grouped', 'stacked', 'percent', 'diverging'], 'With several series: grouped, stacked, percent (stacked to 100 %) or diverging.', 'grouped'),
    left: text('Diverging: the series drawn left of zero; default the first half.'),
    'no-motion': flag('No entrance animation, whatever the reader’s setting.'),
    eager: flag('Draw the marks at once, even far below the fold.'),
    data: property('The data as an array of objects (or an array of arrays with a header row). Wins over every other input. Property only.'),
    locale: {
      control: false,
      description: 'Read-only: the language in force — the element’s `lang`, an ancestor’s, or the page’s (zh-CN or en). Try the Locale toolbar.',
      table: { category: 'properties', type: { summary: "'zh-CN' | 'en'" } },
    },
  },
} satisfies Meta<BarChartArgs>;

export default meta;
type Story = StoryObj<BarChartArgs>;

/** Projects to attract in 2021 (targets, not results). */
export const ProjectTargets: Story = {
  name: '招商引资目标（过亿元项目）',
  args: {
    heading: '2021年海州区招商引资目标',
    subtitle: '新引进项目数',
    ...PROJECT_TARGETS,
  },
};

/** Building-economy targets: each a floor ("以上", "不少于"), each in its own unit. */
export const BuildingEconomy: Story = {
  name: '楼宇经济目标',
  args: {
    heading: '2021年海州区楼宇经济目标',
    ...BUILDING_TARGETS,
  },
};

/** The 江苏联宇 medical-device project, in 亿元, as columns. */
export const LianyuVertical: Story = {
  name: '江苏联宇项目（亿元，竖向）',
  args: {
    heading: '江苏联宇医疗器械研发生产项目',
    subtitle: '总投资与投产后年产值',
    notes: '年产值为投产后的预计值。',
    source: '连网报道，公司负责人张杰介绍',
    orientation: 'vertical',
    // Units in the cells, not unit="亿元": the widget then knows 4.1亿元 is 410 million yuan (try the Locale toolbar).
    data: [
      { 项目: '总投资', 金额: '4.1亿元' },
      { 项目: '年产值', 金额: '1.8亿元' },
    ],
  },
};

/** The project-attraction targets for English readers: lang="en" on the story root. */
export const English: Story = {
  name: 'English locale',
  globals: { locale: 'en' },
  args: {
    heading: 'Haizhou’s 2021 targets for new investment projects',
    subtitle: 'Number of projects to attract',
    notes: 'Targets, not results.',
    source: 'Haizhou District government work report 2021, as reported by lyg01.net',
    unit: 'projects',
    data: [
      { Project: 'Over ¥100 million', Target: 80 },
      { Project: 'Over ¥1 billion', Target: 10 },
    ],
  },
};

export const NegativeValues: Story = {
  name: 'Negative values (sample data)',
  args: {
    heading: '各园区税收增速（示例数据）',
    notes: '示例数据，非报道内容：用于展示负值。',
    unit: '%',
    data: [
      { 园区: '海州工业园', 增速: 12.4 },
      { 园区: '新浦工业园', 增速: 6.1 },
      { 园区: '宋跳工业园', 增速: -3.8 },
      { 园区: '科创城', 增速: -0.9 },
    ],
  },
};

export const SortedHighlighted: Story = {
  name: '排序并突出显示',
  args: {
    ...BuildingEconomy.args,
    heading: '2021年海州区楼宇经济目标（从大到小）',
    sort: 'descending',
    highlight: '吸纳技术型人才',
  },
};

export const MissingValues: Story = {
  name: 'Missing values (sample data)',
  args: {
    heading: '各街道新增入驻楼宇企业（示例数据）',
    notes: '示例数据，非报道内容：“-”与空格表示缺失，列出但不画成零。',
    unit: '家',
    data: [
      { 街道: '海州街道', 企业: 120 },
      { 街道: '新南街道', 企业: null },
      { 街道: '路南街道', 企业: 85 },
      { 街道: '新海街道', 企业: '-' },
    ],
  },
};

/** The data an editor writes: a light-DOM table, also what readers see without JavaScript. */
export const FromTable: Story = {
  name: '数据来自表格（light DOM）',
  args: { notes: '目标值，非实际完成数。', source: REPORT_SOURCE, value: '目标' },
  render: (args) =>
    chart(
      args,
      html`<table>
        <caption>
          2021年招商引资目标
        </caption>
        <thead>
          <tr>
            <th>项目</th>
            <th>目标</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>新引进过亿元项目</td>
            <td>80个</td>
          </tr>
          <tr>
            <td>新引进过10亿元项目</td>
            <td>10个</td>
          </tr>
        </tbody>
      </table>`,
    ),
};

/** Exact data in a <script type="application/json"> child: wins over a table next to it. */
export const FromJson: Story = {
  name: '数据来自内嵌 JSON',
  args: { heading: '江苏联宇医疗器械研发生产项目', source: '连网报道，公司负责人张杰介绍', highlight: '总投资' },
  render: (args) =>
    chart(
      args,
      html`<script type="application/json">
        [
          { "项目": "总投资", "金额": "4.1亿元" },
          { "项目": "年产值", "金额": "1.8亿元" }
        ]
      </script>`,
    ),
};

/** A phone column: labels move above the bars and wrap. */
export const Narrow: Story = {
  name: '窄容器（280px）',
  args: { ...BuildingEconomy.args },
  decorators: [atWidth(280, 'narrow')],
};

export const Dark: Story = {
  name: '深色主题',
  globals: { theme: 'dark' },
  args: { ...ProjectTargets.args, theme: 'dark' },
};

/** Bad input shows a visible error (and keeps the last good chart, if there was one). */
export const MalformedJson: Story = {
  name: '错误：JSON 格式有误',
  args: { heading: '数据有误时的提示', notes: '内嵌 JSON 的数值“4.1亿元”没有加引号：小部件显示错误及其位置，而不是空白。' },
  render: (args) =>
    chart(
      args,
      html`<script type="application/json">
        [{ "项目": "总投资", "金额": 4.1亿元 }]
      </script>`,
    ),
};

const parks = [
  { 园区: '海州工业园', 工业: '30亿元', 服务业: '42亿元', 其他: '5亿元' },
  { 园区: '新浦工业园', 工业: '18亿元', 服务业: '25亿元', 其他: '3亿元' },
  { 园区: '宋跳工业园', 工业: '12亿元', 服务业: '9亿元', 其他: '-' },
];

/** Several numeric columns are several series; the legend filters them. */
export const Grouped: Story = {
  name: 'Grouped series (sample data)',
  args: { heading: '各园区投资构成（示例数据）', notes: '示例数据，非报道内容。', data: parks },
};

export const Stacked: Story = {
  name: 'Stacked (sample data)',
  args: { ...Grouped.args, mode: 'stacked' },
};

export const Percent: Story = {
  name: 'Stacked to 100 % (sample data)',
  args: { ...Grouped.args, mode: 'percent', orientation: 'vertical' },
};

export const Diverging: Story = {
  name: 'Diverging (sample data)',
  args: {
    heading: 'Residents on two questions (sample data)',
    notes: 'Sample data, not from the article.',
    mode: 'diverging',
    left: 'Disagree',
    data: [
      { Question: 'Parks are well run', Disagree: '30%', Agree: '55%' },
      { Question: 'Projects finish on time', Disagree: '45%', Agree: '40%' },
    ],
  },
};
