/**
 * Registers <dj-line-chart> (guarded: a second copy of the library on the page stands aside). The class
 * lives in line-chart.ts, which defines nothing when imported; this module is the `dj-widgets/line-chart`
 * entry and what the widget manifest's `define` loads.
 */
import { defineElement } from '../../core/define.js';
import { DjLineChart } from './line-chart.js';

export * from './line-chart.js';

defineElement('dj-line-chart', DjLineChart);

declare global {
  interface HTMLElementTagNameMap {
    'dj-line-chart': DjLineChart;
  }
}
