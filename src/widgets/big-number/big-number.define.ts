/**
 * Registers <dj-big-number> (guarded: a second copy of the library on the page stands aside). The class
 * lives in big-number.ts, which defines nothing when imported; this module is the `dj-widgets/big-number`
 * entry and what the widget manifest's `define` loads.
 */
import { defineElement } from '../../core/define.js';
import { DjBigNumber } from './big-number.js';

export * from './big-number.js';

defineElement('dj-big-number', DjBigNumber);

declare global {
  interface HTMLElementTagNameMap {
    'dj-big-number': DjBigNumber;
  }
}
