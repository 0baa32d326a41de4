/**
 * Registers <dj-waffle> (guarded: a second copy of the library on the page stands aside). The class
 * lives in waffle.ts, which defines nothing when imported; this module is the `dj-widgets/waffle`
 * entry and what the widget manifest's `define` loads.
 */
import { defineElement } from '../../core/define.js';
import { DjWaffle } from './waffle.js';

export * from './waffle.js';

defineElement('dj-waffle', DjWaffle);

declare global {
  interface HTMLElementTagNameMap {
    'dj-waffle': DjWaffle;
  }
}
