/**
 * The frame every widget shares and the design tokens behind it. Colours use light-dark(), so a
 * theme is only a color-scheme: no script runs to switch it, a static render gets it too, and
 * `theme="auto"` follows the reader's system. Every token can be overridden by the page:
 * `dj-bar-chart { --dj-accent: #0a7; }`.
 *
 * Contrast (checked in test/core/contrast.test.ts): text ≥ 4.5:1 and marks ≥ 3:1 on the
 * background, in both schemes.
 */
import { css, unsafeCSS } from 'lit';
import { FONT_STACK, FRAME_COLORS, SIGN_COLORS, lightDark, tokenDeclarations } from './colors.js';
import { BASE_FONT_SIZE } from './type-scale.js';

/** The type scale's default size (type-scale.ts): the layouts fall back to the same. */
const BASE_SIZE = unsafeCSS(`${BASE_FONT_SIZE}px`);

// The colours come from the one table (colors.ts), which the static paint reads too. unsafeCSS
// only ever sees that table's own constants, never a string from data or the page.
export const tokens = css`
  :host {
    ${unsafeCSS(tokenDeclarations(FRAME_COLORS))}
    --_negative: var(--dj-negative, var(--_accent));
    --_font: var(--dj-font, ${unsafeCSS(FONT_STACK)});
    --_radius: var(--dj-radius, 2px);
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

export const frameStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    container-type: inline-size;
    font-family: var(--_font);
    font-size: var(--dj-font-size, ${BASE_SIZE});
    line-height: 1.45;
    color: var(--_fg);
    background: var(--_bg);
    /* Host-page resets must not reach in, and ours must not reach out. */
    text-align: start;
    letter-spacing: normal;
  }
  :host([hidden]) {
    display: none;
  }
  /* A server-rendered widget before (or without) its script: controls that need the script
     (the footer tools, a timeline's zoom bar, retry) are not offered. */
  :host(:not(:defined)) :is(.tools, [part~='toolbar'], .retry) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  figure {
    margin: 0;
    padding: var(--dj-padding, 12px 0);
  }
  /* A page rule that matches the host itself (\`* { font: …; color: … }\`) beats :host, and
     the inside would inherit it: the frame sets type and colour again. */
  figure[part='frame'] {
    font-family: var(--_font);
    font-size: var(--dj-font-size, ${BASE_SIZE});
    line-height: 1.45;
    color: var(--_fg);
    letter-spacing: normal;
    text-align: start;
  }
  .title {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 2px;
  }
  .subtitle {
    color: var(--_muted);
    margin: 0 0 8px;
  }
  .chart {
    position: relative;
  }
  .placeholder {
    background: linear-gradient(var(--_grid), var(--_grid)) no-repeat 0 50% / 100% 1px;
    opacity: 0.5;
  }
  /* No data yet, where it comes later (by script or src): the chart's space, held empty. */
  .chart.reserved {
    min-height: 240px;
  }
  .sizer {
    width: 100%;
    height: 0;
  }
  svg {
    display: block;
    overflow: visible;
    font-family: var(--_font);
  }
  svg text {
    fill: var(--_fg);
  }
  /* What every widget's interaction draws alike (bars, squares, events, projects, the line's
     cursor): a keyboard focus ring in the focus colour, and hit areas that catch the pointer unseen. */
  svg .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2;
  }
  svg .hit {
    fill: transparent;
  }
  .status {
    margin: 8px 0;
    padding: 8px 10px;
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .status.error {
    background: var(--_error-bg);
    color: var(--_error-fg);
    border-inline-start: 3px solid currentColor;
  }
  .status.error strong {
    display: block;
  }
  footer {
    margin-top: 8px;
    color: var(--_muted);
    font-size: 0.86em;
  }
  footer p {
    margin: 2px 0;
  }
  footer a {
    color: inherit;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 6px;
  }
  button {
    font: inherit;
    color: var(--_fg);
    background: transparent;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    padding: 6px 10px;
    min-height: 32px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_axis);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .data-table-wrap {
    overflow-x: auto;
    margin-top: 8px;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
    min-width: 50%;
  }
  caption {
    text-align: start;
    color: var(--_muted);
    padding-bottom: 4px;
  }
  th,
  td {
    padding: 4px 10px;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .tooltip {
    position: absolute;
    pointer-events: none;
    z-index: 1;
    max-width: min(280px, 90%);
    padding: 6px 8px;
    border-radius: 4px;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 0.9em;
    line-height: 1.35;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    white-space: normal;
  }
  .tooltip strong {
    display: block;
  }
  /* Entrance for every widget: marks fade in the first time the widget is seen (widgets may
     add their own, like bars growing). Only under motion-pending/-run, which the base class sets
     only when the reader allows motion. */
  .motion-pending :is([part~='mark'], [part~='line'], [part~='area'], [part~='square'], [part~='target']) {
    opacity: 0;
  }
  .motion-run :is([part~='mark'], [part~='line'], [part~='area'], [part~='square'], [part~='target']) {
    transition: opacity 600ms ease-out;
  }
  /* Paper is white whatever the reader's screen scheme: a dark theme (or the system's dark mode
     under theme="auto") would print near-white text on white. Tokens are light-dark() pairs,
     so the scheme alone turns every colour light. No controls on paper either. */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
    }
    /* (:host figure: above a widget's own display rule for its toolbar.) */
    :host figure :is(.tools, .tooltip, [part~='toolbar'], .retry) {
      display: none;
    }
    .motion-pending :is([part~='mark'], [part~='line'], [part~='area'], [part~='square'], [part~='target']) {
      opacity: 1;
    }
  }
`;

/**
 * Rise and fall by the reader's convention — red up in Chinese, green up in English — under
 * `.conv-zh` / `.conv-en`; `--dj-rise` / `--dj-fall` win. Shared by every widget that shows a
 * direction of change (big numbers, targets).
 */
export const riseFallStyles = css`
  :host {
    --_red: ${unsafeCSS(lightDark(SIGN_COLORS.red))};
    --_green: ${unsafeCSS(lightDark(SIGN_COLORS.green))};
  }
  .conv-zh {
    --_rise: var(--dj-rise, var(--_red));
    --_fall: var(--dj-fall, var(--_green));
  }
  .conv-en {
    --_rise: var(--dj-rise, var(--_green));
    --_fall: var(--dj-fall, var(--_red));
  }
`;
