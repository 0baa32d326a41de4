/**
 * What the hardening suites know about each widget: how to feed it, what a good render looks
 * like, and which of its inputs are text a reader sees. A test-side registry (not a static on
 * each class) keeps fixtures out of the shipped bundle; `registry.test.ts` fails when a `dj-*`
 * element is registered that this list does not describe, so a new widget cannot skip the suites.
 */
import '../../src/index.js';

export interface WidgetCase {
  tag: string;
  /** 'data': fed rows through `.data`; 'text': reads paragraphs from its light DOM (dj-figures). */
  input: 'data' | 'text';
  /** Extra attributes every mount gets. */
  attrs?: Record<string, string>;
  /** A good dataset (fresh copy each call). For 'text' widgets: paragraphs. */
  valid: () => Array<Record<string, unknown>> | string[];
  /** Selector of the items a good render draws, and how many `valid()` gives. */
  marks: string;
  count: number;
  /** Columns whose text the reader sees (labels, titles, details). */
  textColumns: string[];
  /** The column holding the figures the widget plots (for numeric edge cases). */
  valueColumn?: string;
  /** Columns holding URLs (links, images). */
  linkColumns?: string[];
  /** Column names are shown (series names): a header is a text field too. */
  headersShown?: boolean;
  /**
   * The documented rule for each numeric/shape edge case (see edge-cases.ts) that does not simply
   * draw all `count` items: a number is how many items draw, a RegExp the (English) error shown.
   */
  edges?: Record<string, number | RegExp>;
  /** Takes the base frame (heading, notes, source, `src`, error status): every DjWidget. */
  frame: boolean;
}

export const WIDGETS: readonly WidgetCase[] = [
  {
    tag: 'dj-bar-chart',
    input: 'data',
    valid: () => [{ 地区: '海州', 产值: 12 }, { 地区: '连云', 产值: 8 }, { 地区: '赣榆', 产值: 5 }],
    marks: 'g.bar',
    count: 3,
    textColumns: ['地区'],
    valueColumn: '产值',
    edges: { 'one row': 1, 'all missing': /No column holds numbers/ },
    frame: true,
  },
  {
    tag: 'dj-line-chart',
    input: 'data',
    valid: () => [{ 年份: '2019', 收入: 1.2, 利润: 0.3 }, { 年份: '2020', 收入: 1.1, 利润: 0.2 }, { 年份: '2021', 收入: 1.6, 利润: 0.4 }],
    marks: 'path.line',
    count: 2,
    textColumns: [],
    valueColumn: '收入',
    headersShown: true,
    // A series with no number at all is no series: only 利润 draws.
    edges: { 'all missing': 1 },
    frame: true,
  },
  {
    tag: 'dj-waffle',
    input: 'data',
    valid: () => [{ 项目: '过亿元项目', 目标: 80 }, { 项目: '过10亿元项目', 目标: 10 }],
    marks: 'g.category',
    count: 2,
    textColumns: ['项目'],
    valueColumn: '目标',
    edges: { 'one row': 1, 'all missing': /No column holds numbers/, '1e308': /squares are too many to read \(at most 2500\); set unit-size/, negative: /cannot show the negative value -5/ },
    frame: true,
  },
  {
    tag: 'dj-targets',
    input: 'data',
    valid: () => [
      { category: 'A', label: '土地', value: 1000, unit: '亩', comparator: 'ge', quote: '盘活低产低效土地1000亩以上' },
      { category: 'B', label: '工业投资', value: 12, unit: '%', comparator: 'eq' },
    ],
    marks: '[role="option"]',
    count: 2,
    textColumns: ['label', 'quote', 'category'],
    valueColumn: 'value',
    // A target that is not a finite number is no target.
    edges: { 'one row': 1, 'all missing': /Row 1: the target is missing/, NaN: /Row 1: the target is missing/, 'NaN text': /Row 1: the target is missing/, Infinity: /Row 1: the target is missing/, '-Infinity': /Row 1: the target is missing/ },
    frame: true,
  },
  {
    tag: 'dj-big-number',
    input: 'data',
    valid: () => [{ label: '总投资', value: 4.1, unit: '亿元', quote: '总投资4.1亿元' }, { label: '用地', value: 80, unit: '亩' }],
    marks: '.number .final',
    count: 2,
    textColumns: ['label', 'quote'],
    valueColumn: 'value',
    edges: { 'one row': 1, 'all missing': /Row 1: the value is missing/, NaN: /Row 1: the value is missing/, 'NaN text': /Row 1: the value is missing/, Infinity: /Row 1: the value is missing/, '-Infinity': /Row 1: the value is missing/ },
    frame: true,
  },
  {
    tag: 'dj-timeline',
    input: 'data',
    // zh-CN: its accessible names read "2020年：…", matching the visible date + title (axe label-content-name-mismatch flags the en wording "2020: …" when the title starts with digits).
    attrs: { 'as-of': '2021-01-15', lang: 'zh-CN' },
    valid: () => [
      { 日期: '2020', 标题: '2020年成绩单', 说明: '回顾', 链接: 'https://example.com/a' },
      { 日期: '2021-01-15', 标题: '报道发表', 说明: '第一段', 链接: '' },
    ],
    marks: 'g.event',
    count: 2,
    textColumns: ['标题', '说明'],
    linkColumns: ['链接'],
    edges: { 'one row': 1 },
    frame: true,
  },
  {
    tag: 'dj-project-tracker',
    input: 'data',
    valid: () => [
      { 项目: '联宇新材料', 阶段: '已签约，已开工', 截至: '2021-01-15' },
      { 项目: '海州湾广场', 阶段: '主体封顶', 截至: '2021-01-15' },
    ],
    marks: 'g.row',
    count: 2,
    textColumns: ['项目'],
    edges: { 'one row': 1 },
    frame: true,
  },
  {
    tag: 'dj-figures',
    input: 'text',
    valid: () => ['全年完成地区生产总值410亿元，增长5.5%。', '新引进过亿元项目80个。'],
    marks: 'mark[part="figure"]',
    count: 3,
    textColumns: [],
    frame: false,
  },
];

export const byTag = (tag: string): WidgetCase | undefined => WIDGETS.find((w) => w.tag === tag);
