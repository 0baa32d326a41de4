/**
 * <dj-timeline>'s sample: a small dataset that draws, and what a good render of it shows. Stories start
 * from it and the generic test suites read it through the widget manifest. Loaded lazily, never bundled.
 */
import type { WidgetSample } from '../../core/sample.js';

export const sample: WidgetSample = {
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
};
