import { css, unsafeCSS } from 'lit';
import { PALETTE, SIGN_COLORS, WIDGET_COLORS, lightDark } from '../../core/colors.js';

// Colours from the one table (core/colors.ts); the underlines are the hues the static drawing
// uses too (paint.green, palette 3), so both agree by construction.
const c = (pair: readonly [string, string] | undefined): ReturnType<typeof unsafeCSS> => unsafeCSS(pair ? lightDark(pair) : 'currentColor');

/**
 * Highlight backgrounds are pale in light and deep in dark, so body text on them keeps well over
 * 4.5:1 (test/widgets/figures/figures.test.ts measures it); the underline carries the kind's hue at ≥ 3:1,
 * so a highlight is told from plain text by more than a tint.
 */
export const figuresStyles = css`
  :host {
    --_fig-level: var(--dj-figure-level, ${c(WIDGET_COLORS.figureLevel)});
    --_fig-level-line: var(--dj-figure-level-line, var(--_accent));
    --_fig-growth: var(--dj-figure-growth, ${c(WIDGET_COLORS.figureGrowth)});
    --_fig-growth-line: var(--dj-figure-growth-line, ${c(SIGN_COLORS.green)});
    --_fig-share: var(--dj-figure-share, ${c(WIDGET_COLORS.figureShare)});
    --_fig-share-line: var(--dj-figure-share-line, var(--_highlight));
    --_fig-progress: var(--dj-figure-progress, ${c(WIDGET_COLORS.figureProgress)});
    --_fig-progress-line: var(--dj-figure-progress-line, ${c(PALETTE[3])});
  }
  /* As the frame of the other widgets: a page rule matching the host (\`* { font; color }\`)
     must not reach the text. Restyle with --dj-font, --dj-font-size and --dj-fg instead. */
  figure[part='frame'] {
    padding: var(--dj-padding, 12px 0 0);
  }
  .text {
    position: relative;
    padding: 0;
    font-family: var(--_font);
    font-size: var(--dj-font-size, 14px);
    color: var(--_fg);
  }
  /* No text yet, where it comes later: its space, held empty. */
  .text.reserved {
    min-height: 8em;
  }
  .text p {
    margin: 0 0 0.8em;
    font-size: var(--dj-text-size, 1.125em);
    line-height: 1.85;
    overflow-wrap: anywhere;
  }
  .kind-level {
    --_bg-kind: var(--_fig-level);
    --_line: var(--_fig-level-line);
  }
  .kind-growth {
    --_bg-kind: var(--_fig-growth);
    --_line: var(--_fig-growth-line);
  }
  .kind-share {
    --_bg-kind: var(--_fig-share);
    --_line: var(--_fig-share-line);
  }
  .kind-progress {
    --_bg-kind: var(--_fig-progress);
    --_line: var(--_fig-progress-line);
  }
  mark {
    color: inherit;
    background: var(--_bg-kind);
    border-bottom: 2px solid var(--_line);
    border-radius: 2px 2px 0 0;
    padding: 0 1px;
    cursor: pointer;
    /*
     * A number stays with its unit and bound ("10万平方米以上" never breaks before 以上: keep-all
     * holds a Chinese run together), but a long English figure ("101,598.6 billion yuan") wraps
     * at its spaces: unbreakable (nowrap), it pushed the whole figure to the next line and left
     * the line before it short.
     */
    word-break: keep-all;
    overflow-wrap: anywhere;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  mark.active {
    box-shadow: 0 0 0 1px var(--_line);
  }
  mark:focus {
    outline: none;
  }
  mark:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 16px;
    color: var(--_muted);
    font-size: 0.93em;
    padding-bottom: 12px;
  }
  .count {
    margin: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    background: var(--_bg-kind);
    border-bottom: 2px solid var(--_line);
  }
  .tooltip dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 8px;
    margin: 2px 0 0;
  }
  .tooltip dl div {
    display: contents;
  }
  .tooltip dt {
    opacity: 0.8;
  }
  .tooltip dd {
    margin: 0;
  }
`;
