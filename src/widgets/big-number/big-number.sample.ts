/**
 * <dj-big-number>'s sample: a small dataset that draws, and what a good render of it shows. Stories start
 * from it and the generic test suites read it through the widget manifest. Loaded lazily, never bundled.
 */
import type { WidgetSample } from '../../core/sample.js';

export const sample: WidgetSample = {
  valid: () => [{ label: '总投资', value: 4.1, unit: '亿元', quote: '总投资4.1亿元' }, { label: '用地', value: 80, unit: '亩' }],
  marks: '.number .final',
  count: 2,
  textColumns: ['label', 'quote'],
  valueColumn: 'value',
  edges: { 'one row': 1, 'all missing': /Row 1: the value is missing/, NaN: /Row 1: the value is missing/, 'NaN text': /Row 1: the value is missing/, Infinity: /Row 1: the value is missing/, '-Infinity': /Row 1: the value is missing/ },
  frame: true,
};
