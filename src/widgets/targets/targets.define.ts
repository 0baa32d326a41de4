/**
 * Registers <dj-targets> (guarded: a second copy of the library on the page stands aside). The class
 * lives in targets.ts, which defines nothing when imported; this module is the `dj-widgets/targets`
 * entry and what the widget manifest's `define` loads.
 */
import { defineElement } from '../../core/define.js';
import { DjTargets } from './targets.js';

export * from './targets.js';

defineElement('dj-targets', DjTargets);

declare global {
  interface HTMLElementTagNameMap {
    'dj-targets': DjTargets;
  }
}
