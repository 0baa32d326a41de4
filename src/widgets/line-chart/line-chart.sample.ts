/**
 * <dj-line-chart>'s sample: a small dataset that draws, and what a good render of it shows. Stories start
 * from it and the generic test suites read it through the widget manifest. Loaded lazily, never bundled.
 */
import type { WidgetSample } from '../../core/sample.js';

export const sample: WidgetSample = {
  valid: () => [{ 年份: '2019', 收入: 1.2, 利润: 0.3 }, { 年份: '2020', 收入: 1.1, 利润: 0.2 }, { 年份: '2021', 收入: 1.6, 利润: 0.4 }],
  marks: 'path.line',
  count: 2,
  textColumns: [],
  valueColumn: '收入',
  headersShown: true,
  // A series with no number at all is no series: only 利润 draws.
  edges: { 'all missing': 1 },
  frame: true,
};
