import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/widgets/big-number/big-number.define.js';
import { PROJECTS } from '../src/data/haizhou-2021.js';
import { atWidth, baseArgTypes, flag, property, text, widgetArgs, type BaseArgs } from './base.js';

interface BigNumberArgs extends BaseArgs {
  target?: string;
  previous?: string;
  'previous-label'?: string;
  date?: string;
  quote?: string;
  'no-motion'?: boolean;
}

function figure(args: BigNumberArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<dj-big-number ${widgetArgs(args)}>${content}</dj-big-number>`;
}

const meta = {
  title: 'Widgets/Big number',
  component: 'dj-big-number',
  tags: ['autodocs'],
  render: (args) => figure(args),
  argTypes: {
    // The DjWidget attributes every story shares (stories/base.ts); this widget's own follow.
    ...baseArgTypes,
    heading: text('The title.'),
    notes: text('Notes.'),
    source: text('Where the figure comes from; also shown with its quote.'),
    'source-url': text('A link for the source.'),
    credit: text('Who made it.'),
    src: text('URL of a CSV/JSON file, one row per figure.'),
    label: text('With data: the label column. Without data: the label itself ("总投资").'),
    value: text('With data: the value column. Without data: the figure itself ("4.1亿元").'),
    unit: text('The unit of bare numbers ("亿元").'),
    target: text('A target to compare with ("4.5亿元").'),
    previous: text('An earlier value to compare with ("3.6亿元"); wins over target.'),
    'previous-label': text('What the earlier value was ("2020年").'),
    date: text('When the source was published ("2021-01-15").'),
    quote: text('The words the figure came from.'),
    'no-motion': flag('Never count up.'),
    data: property('Rows as objects, one per figure. Property only.'),
  },
} satisfies Meta<BigNumberArgs>;

export default meta;
type Story = StoryObj<BigNumberArgs>;

export const Investment: Story = {
  name: '总投资（原文）',
  args: { value: '4.1亿元', label: '总投资', source: '连网', date: '2021-01-15', quote: '该项目总投资4.1亿元' },
};

/** 江苏联宇's four figures from the dataset, one element. */
export const Lianyu: Story = {
  name: '江苏联宇项目四个数字（原文）',
  args: {
    heading: '江苏联宇医疗器械研发生产项目',
    source: '连网',
    date: '2021-01-15',
    data: PROJECTS[3]?.figures.slice(0, 4).map((f) => ({ label: f.label, value: f.value, unit: f.unit, quote: f.quote })),
  },
};

export const VsPrevious: Story = {
  name: '与上年比较（示例数据）',
  args: { value: '4.1亿元', label: '总投资（示例数据）', previous: '3.6亿元', 'previous-label': '2020年', notes: '对比值为示例数据，非报道内容。' },
};

export const VsTarget: Story = {
  name: '与目标比较：低于目标（示例数据）',
  args: { value: '8.5%', label: '工业投资增速（示例数据）', target: '12%', notes: '示例数据，非报道内容。' },
};

export const AtLeast: Story = { name: '带比较关系（≥）', args: { value: '1000亩以上', label: '盘活低产低效土地', source: '连网', date: '2021-01-15' } };

export const English: Story = {
  name: 'English locale (sample comparison)',
  globals: { locale: 'en' },
  args: { value: '4.1亿元', label: 'Total investment (sample comparison)', previous: '3.6亿元', 'previous-label': '2020' },
};

export const Dark: Story = { name: '深色主题', globals: { theme: 'dark' }, args: { ...Lianyu.args, theme: 'dark' } };

export const Narrow: Story = {
  name: '窄容器（320px）',
  args: { ...Lianyu.args },
  decorators: [atWidth(320)],
};

export const Wide: Story = {
  name: '宽容器（1200px）',
  args: { ...Lianyu.args },
  decorators: [atWidth(1200)],
};

export const NoMotion: Story = { name: '不做计数动画（no-motion）', args: { ...Investment.args, 'no-motion': true } };

export const BadInput: Story = { name: '错误：数值不是数字', args: { value: '许多', label: '总投资' } };
