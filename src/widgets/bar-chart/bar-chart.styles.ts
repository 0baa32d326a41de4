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
  /* A series keeps its legend colour left of zero too: the key must match the bars. */
  .bar.series.negative rect.mark {
    fill: var(--_c);
  }
  .bar.highlighted rect.mark,
  .bar.series.highlighted rect.mark {
    fill: var(--_highlight);
  }
  .bar:focus {
    outline: none;
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
  /* Entrance: bars grow from the zero line the first time the chart is seen (the base class
     sets motion-pending / motion-run only when the reader allows motion). */
  .motion-pending .bar rect.mark,
  .motion-run .bar rect.mark {
    transform-box: fill-box;
    transform-origin: left center;
  }
  .motion-pending .bar.negative rect.mark,
  .motion-run .bar.negative rect.mark {
    transform-origin: right center;
  }
  :host([orientation='vertical']) .motion-pending .bar rect.mark,
  :host([orientation='vertical']) .motion-run .bar rect.mark {
    transform-origin: center bottom;
  }
  :host([orientation='vertical']) .motion-pending .bar.negative rect.mark,
  :host([orientation='vertical']) .motion-run .bar.negative rect.mark {
    transform-origin: center top;
  }
  /* The fade-in every widget's marks get (core/styles.ts) runs once for the whole group of bars,
     not once per bar: one transition instead of a hundred to start in the frame after the first
     paint (issue #16). The same picture — bars never overlap, so fading them together or apart
     composites alike. */
  .motion-pending .bars > [part~='mark'] {
    opacity: 1;
  }
  .motion-pending .bars {
    opacity: 0;
  }
  .motion-run .bars {
    transition: opacity 600ms ease-out;
  }
  .motion-pending .bar rect.mark {
    transform: scaleX(0);
  }
  :host([orientation='vertical']) .motion-pending .bar rect.mark {
    transform: scaleY(0);
  }
  .motion-pending .bar text.value {
    opacity: 0;
  }
  .motion-run .bar rect.mark {
    transition:
      transform 700ms cubic-bezier(0.2, 0.7, 0.2, 1),
      x 300ms ease-out,
      y 300ms ease-out,
      width 300ms ease-out,
      height 300ms ease-out;
  }
  .motion-run .bar text.value {
    transition: opacity 300ms ease-out 400ms;
  }
  @media print {
    .motion-pending .bars {
      opacity: 1;
    }
    .motion-pending .bar rect.mark {
      transform: none;
    }
    .motion-pending .bar text.value {
      opacity: 1;
    }
  }
`;
