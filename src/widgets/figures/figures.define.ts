/**
 * Registers <dj-figures> (guarded: a second copy of the library on the page stands aside). The class
 * lives in figures.ts, which defines nothing when imported; this module is the `dj-widgets/figures`
 * entry and what the widget manifest's `define` loads.
 */
import { defineElement } from '../../core/define.js';
import { DjFigures } from './figures.js';

export * from './figures.js';

defineElement('dj-figures', DjFigures);

declare global {
  interface HTMLElementTagNameMap {
    'dj-figures': DjFigures;
  }
}
