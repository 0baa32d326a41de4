/**
 * What a widget's `<name>.sample.ts` exports: a small good dataset that draws, and what a good
 * render of it shows. Stories start from it, and the generic test suites (hardening, readers,
 * static SVG, CSP) read it through the widget manifest, so a new widget is covered by them
 * without an edit to any suite. Sample modules are loaded lazily (never part of the bundle).
 */
export interface WidgetSample {
  /** Extra attributes every mount gets (e.g. a fixed `as-of` so "today" cannot move a test). */
  attrs?: Record<string, string>;
  /** A good dataset (a fresh copy each call): rows, or paragraphs for a text-reading widget. */
  valid: () => Array<Record<string, unknown>> | string[];
  /** Selector of the items a good render draws, and how many `valid()` gives. */
  marks: string;
  count: number;
  /** Columns whose text the reader sees (labels, titles, details). */
  textColumns: string[];
  /** The column holding the figures the widget plots (for numeric edge cases). */
  valueColumn?: string;
  /** Columns holding URLs (links, images). */
  linkColumns?: string[];
  /** Column names are shown (series names): a header is a text field too. */
  headersShown?: boolean;
  /**
   * The documented rule for each numeric/shape edge case (test/hardening/edge-cases.ts) that does
   * not simply draw all `count` items: a number is how many items draw, a RegExp the (English) error shown.
   */
  edges?: Record<string, number | RegExp>;
  /** Takes the base frame (heading, notes, source, `src`, error status): every DjWidget. */
  frame: boolean;
}
