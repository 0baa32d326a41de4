import { css } from 'lit';

export const barStyles = css`
  .bar rect.mark {
    fill: var(--_accent);
  }
  .bar.series rect.mark {
    fill: var(--_c);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 8px;
    margin: 4px 0 6px;
    padding: 0;
    list-style: none;
  }
  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 4px 8px;
    min-height: 28px;
  }
  .legend .swatch {
    width: 12px;
    height: 12px;
    border-radius: 2px;
    background: var(--_c);
  }
  .legend button[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .legend button[aria-pressed='false'] .swatch {
    background: transparent;
    outline: 2px solid var(--_c);
    outline-offset: -2px;
  }
  .bar.negative rect.mark {
    fill: var(--_negative);
  }
  .bar.highlighted rect.mark {
    fill: var(--_highlight);
  }
  .bar:focus {
    outline: none;
  }
  .bar .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .bar .hit {
    fill: transparent;
  }
  .bar.active rect.mark {
    filter: brightness(0.9);
  }
  /* Labels on their own line cross the grid and zero lines: a halo in the background colour keeps them legible. */
  .labels-above text.label {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  text.value.inside {
    fill: var(--_on-mark);
  }
  text.value.missing,
  .caption,
  .tick text {
    fill: var(--_muted);
  }
  .tick line,
  .grid line {
    stroke: var(--_grid);
    shape-rendering: crispEdges;
  }
  .zero {
    stroke: var(--_axis);
    shape-rendering: crispEdges;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar rect.mark {
      transition:
        x 300ms ease-out,
        y 300ms ease-out,
        width 300ms ease-out,
        height 300ms ease-out;
    }
  }
`;
