import { css } from 'lit';

export const trackerStyles = css`
  .row:focus {
    outline: none;
  }
  .row .track {
    stroke: var(--_grid);
    stroke-width: 2;
  }
  .row .progress {
    stroke: var(--_accent);
    stroke-width: 4;
    stroke-linecap: round;
  }
  /* Done, current and to come differ in shape and size, not only in colour. */
  .dot.done {
    fill: var(--_accent);
  }
  .check {
    fill: none;
    stroke: var(--_on-mark);
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .dot.current {
    fill: var(--_highlight);
    stroke: var(--_fg);
    stroke-width: 2.5;
  }
  .dot.todo {
    fill: var(--_bg);
    stroke: var(--_axis);
    stroke-width: 1.5;
  }
  .header text,
  .reported,
  .figures text,
  .phase {
    fill: var(--_muted);
  }
  .name {
    font-weight: 700;
  }
  .note {
    fill: var(--_fg);
  }
  .rule {
    stroke: var(--_grid);
    shape-rendering: crispEdges;
  }
  .row.active .note {
    text-decoration: underline;
  }
`;
