import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/widgets/line-chart/line-chart.define.js';
import type { Annotation } from '../src/widgets/line-chart/annotations.js';
import { REVENUE, REVENUE_NOTES } from '../src/widgets/line-chart/line-chart.sample.js';
import { atWidth, baseArgTypes, flag, number, property, radio, text, widgetArgs, type BaseArgs } from './base.js';

/** Every public attribute of <dj-line-chart> (its own and DjWidget's), plus `data` and `annotations`. */
interface LineChartArgs extends BaseArgs {
  x?: string;
  series?: string;
  'x-type'?: 'auto' | 'time' | 'number';
  area?: boolean;
  labels?: 'auto' | 'legend';
  height?: number;
  annotations?: Annotation[];
  onDjSelect?: (e: Event) => void;
}

function chart(args: LineChartArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<dj-line-chart ${widgetArgs(args)}>${content}</dj-line-chart>`;
}

const SAMPLE = '示例数据，非报道内容。';

const meta = {
  title: 'Widgets/Line chart',
  component: 'dj-line-chart',
  tags: ['autodocs'],
  render: (args) => chart(args),
  argTypes: {
    // The DjWidget attributes every story shares (stories/base.ts); this widget's own follow.
    ...baseArgTypes,
    label: text('Not used by the line chart (the x column is `x`).'),
    value: text('The value column of a long table.'),
    unit: text('The unit of bare values ("亿元", "%").'),
    'decimal-comma': flag('Numbers use a decimal comma (1.234,5).'),
    x: text('The x column (header or 1-based number); default: the first column.'),
    series: text('The column naming the series in a long table (x, series, value); default: detected.'),
    'x-type': radio(['auto', 'time', 'number'], 'Dates, numbers, or detect.'),
    area: flag('Fill the area between each line and zero.'),
    labels: radio(['auto', 'legend'], 'Labels at line ends where they fit, or always a legend.'),
    height: number('Height in px.', { min: 0, step: 10 }),
    data: property('Rows (wide or long), or `{ x, series }` columns for large data. Property only.'),
    annotations: property('`[{ x, text, series?, y? } | { from, to, text }]`. Property only.'),
  },
} satisfies Meta<LineChartArgs>;

export default meta;
type Story = StoryObj<LineChartArgs>;


export const TwoSeries: Story = {
  name: 'Two series with annotations (sample data)',
  args: {
    heading: '某企业营业收入与利润（示例数据）',
    notes: `${SAMPLE}2018年利润缺失：线条断开，不画成零。`,
    data: REVENUE,
    annotations: REVENUE_NOTES,
  },
};

const months = Array.from({ length: 36 }, (_, i) => ({
  月份: `${2019 + Math.floor(i / 12)}年${(i % 12) + 1}月`,
  用电量: i === 13 ? null : Math.round(800 + 200 * Math.sin(i / 2) + i * 5),
}));

export const MonthlyArea: Story = {
  name: 'Monthly, area (sample data)',
  args: { heading: '月度用电量（示例数据）', notes: SAMPLE, unit: '万千瓦时', area: true, data: months },
};

export const LongTable: Story = {
  name: 'Long table, legend (sample data)',
  args: {
    heading: '各园区季度产值（示例数据）',
    notes: SAMPLE,
    labels: 'legend',
    data: ['海州工业园', '新浦工业园', '宋跳工业园'].flatMap((p, k) =>
      ['2020-03', '2020-06', '2020-09', '2020-12', '2021-03'].map((m, i) => ({ 月份: m, 园区: p, 产值: `${(10 + k * 4 + i * (k + 1)).toFixed(1)}亿元` })),
    ),
  },
};

export const NumericX: Story = {
  name: 'Numeric x (sample data)',
  args: { heading: '温度随海拔变化（示例数据）', notes: SAMPLE, unit: '℃', data: [0, 500, 1000, 1500, 2000, 2500].map((h) => ({ 海拔: h, 气温: 20 - h * 0.0065 })) },
};

function million(): { x: Float64Array; series: Record<string, Float64Array> } {
  const n = 1_000_000;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let v = 0;
  let s = 1;
  for (let i = 0; i < n; i++) {
    s = (s * 16807) % 2147483647;
    v += s / 2147483647 - 0.5;
    x[i] = i;
    y[i] = v;
  }
  return { x, series: { 随机游走: y } };
}

export const MillionPoints: Story = {
  name: '1,000,000 points (sample data)',
  args: { heading: '一百万个点（示例数据，随机游走）', notes: '示例数据。每个像素列只保留首、末、最小、最大四个点（M4），画面与画出全部点相同。' },
  render: (args) => chart({ ...args, data: million() }),
};

export const FromTableWithList: Story = {
  name: 'Table and annotation list in the page',
  args: { notes: SAMPLE },
  render: (args) =>
    chart(
      args,
      html`<table>
          <caption>
            进出口总额（示例数据）
          </caption>
          <tr><th>年份</th><th>进出口总额</th></tr>
          <tr><td>2018</td><td>52亿元</td></tr>
          <tr><td>2019</td><td>58亿元</td></tr>
          <tr><td>2020</td><td>49亿元</td></tr>
          <tr><td>2021</td><td>63亿元</td></tr>
        </table>
        <ul data-annotations>
          <li data-x="2020">疫情影响</li>
        </ul>`,
    ),
};

export const English: Story = {
  name: 'English locale (sample data)',
  globals: { locale: 'en' },
  args: { ...TwoSeries.args, heading: 'Revenue and profit (sample data)', notes: 'Sample data, not from the article.' },
};

export const Narrow: Story = {
  name: '窄容器（280px, sample data）',
  args: { ...TwoSeries.args },
  decorators: [atWidth(280)],
};

export const Dark: Story = { name: '深色主题（示例数据）', globals: { theme: 'dark' }, args: { ...TwoSeries.args, theme: 'dark' } };

export const BadData: Story = {
  name: '错误：数值不是数字',
  args: { heading: '数据有误时的提示', data: [{ 年份: '2020', 收入: '1' }, { 年份: '2021', 收入: '很多' }] },
};
