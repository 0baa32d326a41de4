import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/widgets/waffle/waffle.define.js';
import { PROJECT_TARGETS } from './article.js';
import { atWidth, baseArgTypes, number, property, radio, text, widgetArgs, type BaseArgs } from './base.js';

/** Every public attribute of <dj-waffle> (DjWidget's come from BaseArgs), plus the `data` property. */
interface WaffleArgs extends BaseArgs {
  'unit-size'?: string;
  mode?: 'separate' | 'part';
  columns?: number;
  onDjSelect?: (e: Event) => void;
}

function waffle(args: WaffleArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<dj-waffle ${widgetArgs(args)}>${content}</dj-waffle>`;
}

const meta = {
  title: 'Widgets/Waffle',
  component: 'dj-waffle',
  tags: ['autodocs'],
  render: (args) => waffle(args),
  argTypes: {
    // The DjWidget attributes every story shares (stories/base.ts); this widget's own follow.
    ...baseArgTypes,
    label: text('The column with the category names.'),
    value: text('The column with the values.'),
    'unit-size': text('What one square stands for: "10", or with a unit, "1亿元".'),
    mode: radio(['separate', 'part'], 'separate categories, or part: the first row is the whole.'),
    columns: number('Squares per row.', { min: 1, step: 1 }),
    data: property('Rows: label and value. Property only.'),
  },
} satisfies Meta<WaffleArgs>;

export default meta;
type Story = StoryObj<WaffleArgs>;

/** The article's figure: 80 projects over 1亿 to attract in 2021, of which 10 over 10亿. */
export const ArticleProjects: Story = {
  name: '新引进过亿元项目80个，其中过10亿元项目10个',
  args: {
    heading: '2021年新引进项目目标',
    ...PROJECT_TARGETS,
    mode: 'part',
  },
};

export const SeparateRounded: Story = {
  name: 'Separate categories, 1 square = 10 (sample data)',
  args: {
    heading: '四大主导产业企业数（示例数据）',
    notes: '示例数据，非报道内容。每格代表10家，方格数按最大余数法取整，总数不变。',
    'unit-size': '10',
    data: [
      { 产业: '医药健康', 企业: '124家' },
      { 产业: '智能制造', 企业: '96家' },
      { 产业: '新材料', 企业: '55家' },
      { 产业: '软件信息及大数据', 企业: '38家' },
    ],
  },
};

export const MoneyUnit: Story = {
  name: '江苏联宇项目（每格1亿元）',
  args: { heading: '江苏联宇医疗器械研发生产项目', source: '连网报道，公司负责人张杰介绍', 'unit-size': '1亿元', data: [{ 项目: '总投资', 金额: '4.1亿元' }, { 项目: '年产值', 金额: '1.8亿元' }] },
};

export const English: Story = { name: 'English locale', globals: { locale: 'en' }, args: { ...ArticleProjects.args, heading: 'New projects to attract in 2021' } };

export const Narrow: Story = {
  name: '窄容器（280px）',
  args: { ...ArticleProjects.args },
  decorators: [atWidth(280)],
};

export const Dark: Story = { name: '深色主题', globals: { theme: 'dark' }, args: { ...SeparateRounded.args, theme: 'dark' } };

export const PartsExceedWhole: Story = {
  name: '错误：部分大于整体（示例数据）',
  args: { heading: '数据有误时的提示（示例数据）', mode: 'part', data: [{ 项目: '整体', 数: 5 }, { 项目: '部分', 数: 6 }] },
};
