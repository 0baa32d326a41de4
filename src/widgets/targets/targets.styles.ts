import { css, unsafeCSS } from 'lit';
import { WIDGET_COLORS, lightDark } from '../../core/colors.js';
import { riseFallStyles } from '../../core/styles.js';

/**
 * Colour encodes status, the same in every language: met green, on track accent blue, behind
 * orange, missed red, no data grey — always with the status icon and its words, never alone. The
 * red-rise/green-fall convention of Chinese markets is about directions of change, not about
 * whether a promise is kept, so it no longer paints the bars (--_rise/--_fall stay for pages
 * that use them). Every colour keeps ≥ 3:1 on the background in light and dark.
 */
export const targetsStyles = css`
  ${riseFallStyles}
  :host {
    --_zone: var(--dj-target-zone, ${unsafeCSS(lightDark(WIDGET_COLORS.targetZone))});
    --_marker: var(--dj-target-marker, var(--_fg));
    --_st-achieved: var(--dj-status-achieved, var(--_green));
    --_st-on-track: var(--dj-status-on-track, var(--_accent));
    --_st-behind: var(--dj-status-behind, var(--_highlight));
    --_st-missed: var(--dj-status-missed, var(--_error-fg));
    --_st-not-reported: var(--dj-status-not-reported, var(--_muted));
  }
  .board:focus {
    outline: none;
  }
  .group {
    margin: 12px 0 2px;
    font-weight: 700;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .row {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'label state' 'scale scale' 'meta meta' 'prov prov';
    column-gap: 12px;
    align-items: center;
    padding: 6px 4px;
    border-bottom: 1px solid var(--_grid);
    cursor: pointer;
    outline: none;
  }
  .board.inline .row {
    grid-template-columns: var(--_label-w) minmax(0, 1fr) 118px;
    grid-template-areas: 'label scale state' '. meta meta' 'prov prov prov';
  }
  .board.roomy .row {
    grid-template-areas: 'label state' 'words words' 'scale scale' 'meta meta' 'prov prov';
    padding: 10px 4px 12px;
    row-gap: 2px;
  }
  .row:focus-visible,
  .row.active {
    background: color-mix(in srgb, var(--_accent) 7%, transparent);
  }
  .row:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .label {
    grid-area: label;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .board:not(.inline):not(.roomy) .label {
    white-space: normal;
  }
  .roomy .label {
    font-weight: 700;
    white-space: normal;
  }
  .words {
    grid-area: words;
    color: var(--_muted);
  }
  .scale {
    grid-area: scale;
    display: flex;
    align-items: center;
    gap: 12px;
    min-width: 0;
  }
  .state {
    grid-area: state;
    display: inline-flex;
    align-items: center;
    gap: 5px;
    white-space: nowrap;
    font-size: 0.92em;
  }
  /* The inline column is a fixed 118 px so every row's scale starts at the same x (the layout and
     the static SVG count on it); a longer status ("not yet reported") wraps between words there
     rather than running past the widget's edge. */
  .board.inline .state {
    white-space: normal;
  }
  .meta {
    grid-area: meta;
    display: flex;
    flex-wrap: wrap;
    gap: 2px 12px;
    color: var(--_muted);
    font-size: 0.86em;
    font-variant-numeric: tabular-nums;
  }
  .meta .target-text {
    color: var(--_fg);
    font-weight: 600;
  }
  .provenance[hidden] {
    display: none;
  }
  .provenance {
    grid-area: prov;
    color: var(--_muted);
    font-size: 0.86em;
    margin-top: 2px;
  }
  .icon {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
    color: var(--_muted);
  }
  .icon .fill {
    fill: currentColor;
    stroke: none;
  }
  .icon .on-fill {
    stroke: var(--_bg);
    stroke-width: 1.8;
  }
  .status-achieved .icon {
    color: var(--_st-achieved);
  }
  .status-on-track .icon {
    color: var(--_st-on-track);
  }
  .status-behind .icon {
    color: var(--_st-behind);
  }
  .status-missed .icon {
    color: var(--_st-missed);
  }
  .track {
    flex: none;
  }
  .rail {
    stroke: var(--_grid);
    stroke-width: 2;
  }
  .zone {
    fill: var(--_zone);
  }
  .bar.st-achieved {
    fill: var(--_st-achieved);
  }
  .bar.st-on-track {
    fill: var(--_st-on-track);
  }
  .bar.st-behind {
    fill: var(--_st-behind);
  }
  .bar.st-missed {
    fill: var(--_st-missed);
  }
  /* An amount due by words that name no day (春节前) is shown unjudged: grey, as the static SVG draws it. */
  .bar.st-not-reported {
    fill: var(--_st-not-reported);
  }
  .zero {
    stroke: var(--_axis);
  }
  .marker-line {
    stroke: var(--_marker);
    stroke-width: 1.5;
  }
  .marker {
    fill: var(--_marker);
    stroke: var(--_marker);
    stroke-width: 1.5;
  }
  .marker.strict {
    fill: var(--_bg);
  }
  .pace {
    fill: var(--_muted);
  }
  .tick {
    fill: var(--_muted);
    font-size: 11px;
  }
  .spark {
    flex: none;
    overflow: visible;
  }
  .spark path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .spark circle {
    fill: var(--_accent);
  }
  .spark-target {
    stroke: var(--_marker);
    stroke-dasharray: 3 2;
  }
  .tooltip {
    margin-top: 2px;
    width: max-content;
  }
  @media print {
    .row {
      break-inside: avoid;
    }
  }
`;
