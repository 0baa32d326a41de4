/**
 * The categorical palette for charts with several series or categories. Every colour has at
 * least 4.5:1 contrast on the widget background in its scheme (so it may colour text too), and
 * neighbours differ in hue and lightness. Colour is never the only cue: widgets add dashes,
 * patterns or direct labels (WCAG 1.4.1).
 *
 * Override per page: `dj-line-chart { --dj-palette-0: #005a9c; }`.
 */
import { css } from 'lit';

/** How many distinct colours there are; series past this reuse them with another dash or pattern. */
export const PALETTE_SIZE = 7;

export const paletteStyles = css`
  :host {
    --_c0: var(--dj-palette-0, var(--_accent));
    --_c1: var(--dj-palette-1, light-dark(#c2410c, #fb923c));
    --_c2: var(--dj-palette-2, light-dark(#1a7f37, #3fb950));
    --_c3: var(--dj-palette-3, light-dark(#8250df, #bc8cff));
    --_c4: var(--dj-palette-4, light-dark(#bf3989, #f778ba));
    --_c5: var(--dj-palette-5, light-dark(#0e7490, #22d3ee));
    --_c6: var(--dj-palette-6, light-dark(#6e7781, #a8b0ba));
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
