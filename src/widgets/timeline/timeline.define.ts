/**
 * Registers <dj-timeline> (guarded: a second copy of the library on the page stands aside). The class
 * lives in timeline.ts, which defines nothing when imported; this module is the `dj-widgets/timeline`
 * entry and what the widget manifest's `define` loads.
 */
import { defineElement } from '../../core/define.js';
import { DjTimeline } from './timeline.js';

export * from './timeline.js';

defineElement('dj-timeline', DjTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'dj-timeline': DjTimeline;
  }
}
