import { css } from 'lit';

/* Colours only: the geometry, line widths included, is in the drawing (waffle.draw.ts), which the
   static image shares; there the same colours come from the resolved paint. */
export const waffleStyles = css`
  .square,
  .key {
    fill: var(--_c);
  }
  .texture {
    stroke: var(--_bg);
  }
  .unit-text {
    fill: var(--_muted);
  }
  /* Rows left out of the squares (平均 …（未绘入图中）): a quiet line under the chart. */
  .totals-note {
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .category:focus {
    outline: none;
  }
  /* The category being read stands out by dimming the others, not by colour alone. */
  .squares.reading .cat {
    opacity: 0.3;
  }
  .squares.reading .cat.on {
    opacity: 1;
  }
  @media (prefers-reduced-motion: no-preference) {
    .cat {
      transition: opacity 200ms ease-out;
    }
  }
`;
