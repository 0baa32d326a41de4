import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { HAIZHOU_2021_ARTICLE } from '../src/data/haizhou-2021.article.js';
import '../src/widgets/figures/figures.define.js';
import { atWidth, radio, widgetArgs } from './base.js';

/** Every public attribute of <dj-figures>, plus the text written inside it. */
interface FiguresArgs {
  theme?: 'auto' | 'light' | 'dark';
  /** The paragraphs written inside the element (each becomes a light-DOM <p>). */
  paragraphs: string[];
  /** The `dj-select` event, logged in the Actions panel. */
  onDjSelect?: (e: Event) => void;
}

const article = HAIZHOU_2021_ARTICLE.split('\n\n');
const paragraph = (start: string): string => article.find((p) => p.startsWith(start)) ?? '';
/** The report's 2021 targets: land and floor space, firms, investment, projects. */
const TARGETS = paragraph('与2020年相比');
/** The building-economy targets. */
const BUILDINGS = paragraph('为集聚新兴业态');
/** The 江苏联宇 project: investment, floor space, capacity, output. */
const LIANYU = paragraph('在江苏联宇医疗器械研发生产项目现场');

function figures(args: FiguresArgs): TemplateResult {
  // The paragraphs are content, not an attribute: widgetArgs leaves them to this template.
  return html`<dj-figures ${widgetArgs(args)}>${args.paragraphs.map((p) => html`<p>${p}</p>`)}</dj-figures>`;
}

const meta = {
  title: 'Widgets/Figures in text',
  component: 'dj-figures',
  tags: ['autodocs'],
  render: (args) => figures(args),
  argTypes: {
    theme: radio(['auto', 'light', 'dark'], 'light, dark, or auto (follows the reader’s system). Unset: the Theme toolbar decides.', 'auto'),
    paragraphs: {
      control: 'object',
      description: 'The text, written as `<p>` elements inside the widget: what readers without JavaScript see.',
      table: { category: 'content' },
    },
  },
  args: { paragraphs: [TARGETS] },
} satisfies Meta<FiguresArgs>;

export default meta;
type Story = StoryObj<FiguresArgs>;

/** The report's list of 2021 targets: nine figures, each with its bound (以上, 突破). */
export const Targets: Story = {
  name: '2021年目标（一段）',
  args: { paragraphs: [TARGETS] },
};

/** Two paragraphs, kept apart: 13 figures in all. */
export const TwoParagraphs: Story = {
  name: '两段：目标与楼宇经济',
  args: { paragraphs: [TARGETS, BUILDINGS] },
};

/** Amounts in 亿元 and 万平方米, and a capacity in 件. */
export const Project: Story = {
  name: '江苏联宇项目',
  args: { paragraphs: [LIANYU] },
};

/** Every kind and bound: progress against a target (with its share), a fall, a ceiling, a range. */
export const EveryKind: Story = {
  name: '各类数字（示例文字）',
  args: {
    paragraphs: ['示例文字，非报道内容：全年完成固定资产投资目标任务50亿元的102%，同比下降3.5%，城镇登记失业率控制在3.5%以内，居民收入增长约6%-8%，服务业增加值占比超过50%。'],
  },
};

/** Chinese text, English explanations: lang="en" on the story root. */
export const English: Story = {
  name: 'English locale',
  globals: { locale: 'en' },
  args: { paragraphs: [TARGETS] },
};

export const Dark: Story = {
  name: '深色主题',
  globals: { theme: 'dark' },
  args: { paragraphs: [TARGETS, BUILDINGS], theme: 'dark' },
};

/** Markup typed into the text is shown as text: no element is ever made from it. */
export const MarkupIsText: Story = {
  name: '文中的标记按文字显示',
  args: { paragraphs: ['<img src=x onerror=alert(1)> 工业投资增长12%，<b>新引进</b>过亿元项目80个。'] },
};

/** A phone column. */
export const Narrow: Story = {
  name: '窄容器（320px）',
  args: { paragraphs: [TARGETS] },
  decorators: [atWidth(320, 'narrow')],
};
