/**
 * <dj-figures>'s sample: a small dataset that draws, and what a good render of it shows. Stories start
 * from it and the generic test suites read it through the widget manifest. Loaded lazily, never bundled.
 */
import type { WidgetSample } from '../../core/sample.js';

export const sample: WidgetSample = {
  valid: () => ['全年完成地区生产总值410亿元，增长5.5%。', '新引进过亿元项目80个。'],
  marks: 'mark[part="figure"]',
  count: 3,
  textColumns: [],
  frame: false,
};
