/**
 * Registers <dj-bar-chart> (guarded: a second copy of the library on the page stands aside). The class
 * lives in bar-chart.ts, which defines nothing when imported; this module is the `dj-widgets/bar-chart`
 * entry and what the widget manifest's `define` loads.
 */
import { defineElement } from '../../core/define.js';
import { DjBarChart } from './bar-chart.js';

export * from './bar-chart.js';

defineElement('dj-bar-chart', DjBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'dj-bar-chart': DjBarChart;
  }
}
