/**
 * The attributes every chart takes beyond its frame: where the data comes from and which
 * columns to read, how numbers are written, the width, and motion. Declarations only; DjWidget
 * reads them.
 */
import { property } from 'lit/decorators.js';
import { DjFramed } from './framed.js';

export abstract class DjWidgetInputs extends DjFramed {
  /** URL of a CSV, TSV or JSON file with the data. */
  @property() src: string | null = null;
  /** The data as an array of objects (or an array of arrays with a header row). Wins over every other input. */
  @property({ attribute: false }) data: unknown = undefined;
  /** The column with the labels (header text or 1-based number); default: the first text column. */
  @property() label: string | null = null;
  /** The column with the values; default: the first numeric column. */
  @property() value: string | null = null;
  /** The unit of the values when the data does not carry one ("亿元", "%"). */
  @property() unit: string | null = null;
  /** Replaces the generated one-sentence summary. */
  @property() summary: string | null = null;
  /** A fixed width in px instead of the container's (for static rendering). */
  @property({ type: Number }) width: number | null = null;
  /**
   * The width a server pre-rendered this widget at (written by dj-widgets/static): used until
   * the container is measured, so hydration starts from the very marks the server drew.
   */
  @property({ attribute: 'ssr-width', type: Number }) ssrWidth: number | null = null;
  /**
   * Exactly this many decimals (0–6) in every number the widget writes, trailing zeros kept
   * ("8" → "8.0%" with decimals="1"); unset: values as published ("33064.8亿元" keeps its one
   * decimal), computed figures (shares, changes) to at most 2.
   */
  @property({ type: Number }) decimals: number | null = null;
  /**
   * "compact" rescales large values for the reader (33064.8亿元 → 3.31万亿元, to 2 decimals or
   * `decimals`); by default ("standard") every value is written as published. Axes are compact either way.
   */
  @property({ reflect: true }) notation: 'standard' | 'compact' = 'standard';
  /** Numbers use a decimal comma (1.234,5). */
  @property({ attribute: 'decimal-comma', type: Boolean }) decimalComma = false;
  /** No entrance animation, whatever the reader's setting. */
  @property({ attribute: 'no-motion', type: Boolean }) noMotion = false;
  /** Draw the marks at once, even far below the fold (by default they wait until near the viewport). */
  @property({ type: Boolean }) eager = false;
}
