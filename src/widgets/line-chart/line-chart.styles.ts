import { css } from 'lit';

export const lineStyles = css`
  path.line {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  /* More points than pixels (line-chart.scene.ts, dense): sub-pixel joins, drawn without arcs. */
  path.line.dense {
    stroke-linejoin: bevel;
  }
  path.line.d1 {
    stroke-dasharray: 7 4;
  }
  path.line.d2 {
    stroke-dasharray: 2 3;
  }
  path.line.d3 {
    stroke-dasharray: 9 3 2 3;
  }
  path.area {
    fill: var(--_c);
    fill-opacity: 0.16;
    stroke: none;
  }
  circle.dot {
    fill: var(--_c);
    stroke: var(--_bg);
    stroke-width: 1;
  }
  .legend line {
    stroke: var(--_c);
    stroke-width: 3;
  }
  .legend line.d1 {
    stroke-dasharray: 5 3;
  }
  .legend line.d2 {
    stroke-dasharray: 2 2;
  }
  .legend line.d3 {
    stroke-dasharray: 6 2 2 2;
  }
  text.end-label {
    fill: var(--_c);
    font-weight: 600;
  }
  .caption,
  .tick text,
  .x-caption {
    fill: var(--_muted);
  }
  .tick line,
  .grid line {
    stroke: var(--_grid);
    shape-rendering: crispEdges;
  }
  .zero,
  .x-axis {
    stroke: var(--_axis);
    shape-rendering: crispEdges;
  }
  rect.range {
    fill: var(--_muted);
    fill-opacity: 0.12;
  }
  text.range-label,
  text.note {
    fill: var(--_fg);
    font-size: 0.92em;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .note-marker {
    fill: var(--_bg);
    stroke: var(--_fg);
    stroke-width: 1.5;
  }
  .leader {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .leader.band {
    stroke-dasharray: 2 2;
  }
  .crosshair {
    stroke: var(--_axis);
    stroke-width: 1;
    shape-rendering: crispEdges;
    pointer-events: none;
  }
  circle.active {
    fill: var(--_c);
    stroke: var(--_bg);
    stroke-width: 2;
    pointer-events: none;
  }
  circle.other {
    fill: var(--_bg);
    stroke: var(--_c);
    stroke-width: 2;
    pointer-events: none;
  }
  rect.hit {
    /* Horizontal drags scrub the crosshair; vertical ones still scroll the page. */
    touch-action: pan-y;
  }
  .cursor {
    outline: none;
  }
  .cursor rect {
    fill: transparent;
  }
`;
