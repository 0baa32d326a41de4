import { css } from 'lit';

export const timelineStyles = css`
  .toolbar {
    display: flex;
    gap: 6px;
    justify-content: flex-end;
    margin-bottom: 4px;
  }
  .toolbar button {
    min-width: 36px;
    padding: 4px 8px;
  }
  .toolbar button[disabled] {
    opacity: 0.45;
    cursor: default;
  }
  .scroller {
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  svg.horizontal {
    cursor: grab;
  }
  svg.horizontal:active {
    cursor: grabbing;
  }
  .event:focus {
    outline: none;
  }
  .event .dot {
    fill: var(--_accent);
    stroke: var(--_bg);
    stroke-width: 2;
  }
  .event.range .dot {
    display: none;
  }
  .event .bar {
    fill: var(--_accent);
  }
  /* The current event (start-at) and the open one are marked by shape as well as colour: a ring. */
  .event.current .dot,
  .event.open .dot {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  /* Not bold: labels were measured at the regular weight. (Not "title": the frame's .title is the heading.) */
  .event.open text.ev-title,
  .event.current text.ev-title {
    text-decoration: underline;
  }
  .event text.ev-date,
  .lane-name,
  .tick text,
  .cluster text {
    fill: var(--_muted);
  }
  .lane-name {
    font-weight: 700;
  }
  .event.overflow .dot {
    fill: var(--_muted);
  }
  .cluster {
    cursor: zoom-in;
  }
  .cluster rect {
    fill: var(--_bg);
    stroke: var(--_axis);
  }
  .cluster text {
    font-size: 0.9em;
  }
  .grid line,
  .lane-rule {
    stroke: var(--_grid);
    shape-rendering: crispEdges;
  }
  .axis {
    stroke: var(--_axis);
    shape-rendering: crispEdges;
  }
  .as-of line {
    stroke: var(--_highlight);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .as-of text {
    fill: var(--_fg);
    font-weight: 700;
  }
  /* Labels cross grid lines and the as-of line: a halo in the background colour keeps them legible. */
  text.ev-date,
  text.ev-title,
  .as-of text,
  .tick text {
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .details {
    margin-top: 8px;
    padding: 10px 12px;
    border: 1px solid var(--_grid);
    border-inline-start: 3px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .details .when {
    color: var(--_muted);
    margin: 0;
  }
  .details h3 {
    font-size: 1.05em;
    margin: 2px 0 4px;
  }
  .details p {
    margin: 4px 0;
  }
  .details img {
    display: block;
    max-width: 100%;
    max-height: 240px;
    margin: 6px 0;
  }
  .details a {
    color: var(--_accent);
  }
  .details .close {
    float: inline-end;
  }
  @media (prefers-reduced-motion: no-preference) {
    .event .dot,
    .event .bar {
      transition: fill 150ms ease-out;
    }
  }
`;
