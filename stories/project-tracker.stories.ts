import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/widgets/project-tracker/project-tracker.define.js';
import { atWidth, baseArgTypes, property, text, widgetArgs, type BaseArgs } from './base.js';

/** Every public attribute of <dj-project-tracker> (DjWidget's come from BaseArgs), plus the `data` property. */
interface TrackerArgs extends BaseArgs {
  stages?: string;
  locale?: 'zh-CN' | 'en';
  onDjSelect?: (e: Event) => void;
}

function tracker(args: TrackerArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<dj-project-tracker ${widgetArgs(args)}>${content}</dj-project-tracker>`;
}

/** The four projects of the article, stages in its words, reported on the article's date. */
const ARTICLE_PROJECTS = [
  { 项目: '爱维康医疗器械生产项目', 阶段: '地基浇筑', 截至: '2021-01-15', 原文: '几十个工人冒着寒风进行浇筑地基作业' },
  { 项目: '力磁医疗科技产业园项目', 阶段: '外墙搭脚手架', 截至: '2021-01-15', 原文: '厂房外墙正搭建脚手架' },
  { 项目: '科技创新企业总部项目', 阶段: '封顶、内部施工', 截至: '2021-01-15', 原文: '一幢崭新的大楼已封顶,工人们正进行内部施工' },
  { 项目: '江苏联宇医疗器械研发生产项目', 分期: '一期', 阶段: '生产线投入运行，一期投用', 截至: '2021-01-15', 总投资: '4.1亿元', 规划总建筑面积: '1.85万平方米', 年产能: '2万件', 年产值: '1.8亿元' },
  { 项目: '江苏联宇医疗器械研发生产项目', 分期: '二期', 阶段: '二期三栋主体基本完工、内外装修', 截至: '2021-01-15' },
];

const meta = {
  title: 'Widgets/Project tracker',
  component: 'dj-project-tracker',
  tags: ['autodocs'],
  render: (args) => tracker(args),
  argTypes: {
    // The DjWidget attributes every story shares (stories/base.ts); this widget's own follow.
    ...baseArgTypes,
    label: text('The column with the project names (default: 项目 / project).'),
    summary: text('Replaces the generated one-sentence summary.'),
    stages: text('The pipeline, comma-separated (default 签约,开工,基础施工,主体施工,封顶,装修,竣工,投产/投用).'),
    data: property('Rows with 项目, 阶段, 分期, 截至, 原文 and figure columns. Property only.'),
    locale: { control: false, description: 'Read-only: the language in force.', table: { category: 'properties' } },
  },
} satisfies Meta<TrackerArgs>;

export default meta;
type Story = StoryObj<TrackerArgs>;

export const ArticleProjects: Story = {
  name: '报道中的四个项目',
  args: {
    heading: '海州区重点项目建设进度',
    notes: '阶段为报道所写；“截至”为报道日期。江苏联宇项目的数据由公司负责人张杰介绍。',
    source: '连网，2021年1月15日',
    data: ARTICLE_PROJECTS,
  },
};

export const English: Story = { name: 'English locale', globals: { locale: 'en' }, args: { ...ArticleProjects.args, heading: 'Haizhou’s projects under construction' } };

export const Narrow: Story = {
  name: '窄容器（320px）',
  args: { ...ArticleProjects.args },
  decorators: [atWidth(320)],
};

export const CustomStages: Story = {
  name: 'Custom stages (sample data)',
  args: {
    heading: '自定义阶段（示例数据）',
    notes: '示例数据，非报道内容。',
    stages: '立项,设计,施工,验收',
    data: [
      { 项目: '示例项目甲', 阶段: '设计' },
      { 项目: '示例项目乙', 阶段: '验收' },
      { 项目: '示例项目丙', 阶段: '立项' },
    ],
  },
};

export const Dark: Story = { name: '深色主题', globals: { theme: 'dark' }, args: { ...ArticleProjects.args, theme: 'dark' } };

export const UnknownStage: Story = {
  name: '错误：阶段无法对应',
  args: { heading: '数据有误时的提示', data: [{ 项目: '示例项目', 阶段: '规划中' }] },
};
