/**
 * The categorical palette for charts with several series or categories. Every colour has at
 * least 4.5:1 contrast on the widget background in its scheme (so it may colour text too), and
 * neighbours differ in hue and lightness. Colour is never the only cue: widgets add dashes,
 * patterns or direct labels (WCAG 1.4.1).
 *
 * Override per page: `dj-line-chart { --dj-palette-0: #005a9c; }`.
 */
import { css, unsafeCSS } from 'lit';
import { PALETTE, lightDark } from './colors.js';

/** How many distinct colours there are; series past this reuse them with another dash or pattern. */
export const PALETTE_SIZE = PALETTE.length;

// --_c0 is the accent itself (a page's --dj-accent recolours the first series); the rest come
// from the one colour table (colors.ts), which the static paint reads too.
const declarations = PALETTE.map((pair, i) => `--_c${i}: var(--dj-palette-${i}, ${i === 0 ? 'var(--_accent)' : lightDark(pair)});`).join('\n');

export const paletteStyles = css`
  :host {
    ${unsafeCSS(declarations)}
  }
  .c0 { --_c: var(--_c0); }
  .c1 { --_c: var(--_c1); }
  .c2 { --_c: var(--_c2); }
  .c3 { --_c: var(--_c3); }
  .c4 { --_c: var(--_c4); }
  .c5 { --_c: var(--_c5); }
  .c6 { --_c: var(--_c6); }
`;

/** The class that sets `--_c` for the i-th series or category. */
export function colorClass(i: number): string {
  return `c${i % PALETTE_SIZE}`;
}
