/**
 * Registers <dj-project-tracker> (guarded: a second copy of the library on the page stands aside). The class
 * lives in project-tracker.ts, which defines nothing when imported; this module is the `dj-widgets/project-tracker`
 * entry and what the widget manifest's `define` loads.
 */
import { defineElement } from '../../core/define.js';
import { DjProjectTracker } from './project-tracker.js';

export * from './project-tracker.js';

defineElement('dj-project-tracker', DjProjectTracker);

declare global {
  interface HTMLElementTagNameMap {
    'dj-project-tracker': DjProjectTracker;
  }
}
