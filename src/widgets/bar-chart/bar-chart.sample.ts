/**
 * <dj-bar-chart>'s sample: a small dataset that draws, and what a good render of it shows. Stories start
 * from it and the generic test suites read it through the widget manifest. Loaded lazily, never bundled.
 */
import type { WidgetSample } from '../../core/sample.js';

export const sample: WidgetSample = {
  valid: () => [{ 地区: '海州', 产值: 12 }, { 地区: '连云', 产值: 8 }, { 地区: '赣榆', 产值: 5 }],
  marks: 'g.bar',
  count: 3,
  textColumns: ['地区'],
  valueColumn: '产值',
  edges: { 'one row': 1, 'all missing': /No column holds numbers/ },
  frame: true,
};
