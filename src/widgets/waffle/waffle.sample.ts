/**
 * <dj-waffle>'s sample: a small dataset that draws, and what a good render of it shows. Stories start
 * from it and the generic test suites read it through the widget manifest. Loaded lazily, never bundled.
 */
import type { WidgetSample } from '../../core/sample.js';

export const sample: WidgetSample = {
  valid: () => [{ 项目: '过亿元项目', 目标: 80 }, { 项目: '过10亿元项目', 目标: 10 }],
  marks: 'g.category',
  count: 2,
  textColumns: ['项目'],
  valueColumn: '目标',
  edges: { 'one row': 1, 'all missing': /No column holds numbers/, '1e308': /^This chart could not be drawn 1E308 squares are too many to read \(at most 2,500\); set unit-size/, negative: /cannot show the negative value -5/ },
  frame: true,
};
