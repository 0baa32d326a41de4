import { css } from 'lit';
import { riseFallStyles } from '../../core/styles.js';

/** Rise and fall as in targets (one shared rule, core/styles.ts): red up in Chinese, green up in English. */
export const bigNumberStyles = css`
  ${riseFallStyles}
  .figures {
    display: grid;
    gap: 16px 24px;
    /* Air between the title and the first figure: the figure's tall line would sit on the title's descenders. */
    margin-top: 10px;
  }
  .figures.many {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 170px), 1fr));
  }
  .figure {
    min-width: 0;
  }
  .figure p {
    margin: 0;
  }
  .number {
    position: relative;
    font-size: var(--dj-big-number-size, clamp(2em, 9cqi, 3.2em));
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  /*
   * Side by side, a figure wider than its column ("410 million yuan") would run into the next:
   * it wraps between words instead, and keep-all holds "4.1亿元" together (no break inside a
   * Chinese number and its unit); only a single run too wide for any line breaks where it must.
   */
  .many .number {
    font-size: var(--dj-big-number-size, clamp(1.5em, 3.6cqi, 2.4em));
    word-break: keep-all;
    overflow-wrap: anywhere;
  }
  /* While counting, the final text keeps its place (and stays selectable and readable) under the ticker. */
  .final.hidden {
    color: transparent;
  }
  .ticker {
    position: absolute;
    inset: 0;
    pointer-events: none;
    white-space: nowrap;
  }
  /* Paper gets the final figure: printing starts the count-up (print counts as seen), and the
     page is captured long before it ends — "0.0亿元" would print. */
  @media print {
    .final.hidden {
      color: inherit;
    }
    .ticker {
      display: none;
    }
  }
  .label {
    color: var(--_muted);
    margin-top: 4px;
  }
  .comparison {
    margin-top: 4px;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .comparison.rise {
    color: var(--_rise);
  }
  .comparison.fall {
    color: var(--_fall);
  }
  .comparison .against {
    color: var(--_muted);
    font-weight: 400;
  }
  .provenance {
    margin-top: 6px;
    color: var(--_muted);
    font-size: 0.86em;
  }
  .provenance summary {
    cursor: pointer;
    width: max-content;
    min-height: 24px;
  }
`;
