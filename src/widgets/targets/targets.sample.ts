/**
 * <dj-targets>'s sample: a small dataset that draws, and what a good render of it shows. Stories start
 * from it and the generic test suites read it through the widget manifest. Loaded lazily, never bundled.
 */
import type { WidgetSample } from '../../core/sample.js';

export const sample: WidgetSample = {
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
};
