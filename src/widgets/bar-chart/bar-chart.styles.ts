import { css } from 'lit';

export const barStyles = css`
  .bar rect.mark {
    fill: var(--_accent);
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
