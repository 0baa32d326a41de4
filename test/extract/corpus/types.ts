/**
 * The shape of one labelled text of the corpus. A figure is written as a tuple so a text's
 * labels read like a table: [as written, value, unit, comparator, kind, label(s), extra].
 */
import type { Comparator, FigureKind } from '../../../src/extract/index.js';

export type Genre = 'bulletin' | 'report' | 'project' | 'news';

export interface GoldExtra {
  direction?: 'up' | 'down';
  /** For progress: the target the actual is measured against, in the same unit. */
  target?: number;
  /** For a range: the upper bound. */
  upper?: number;
}

/**
 * [the figure exactly as written in the text, value in base units, unit, comparator, kind,
 *  label — or the acceptable labels, preferred first —, extra fields].
 */
export type GoldFigure = readonly [
  written: string, value: number, unit: string, comparator: Comparator, kind: FigureKind,
  label: string | readonly string[], extra?: GoldExtra,
];

export interface CorpusText {
  /** Where the text was published (the page it was read from). */
  source: string;
  genre: Genre;
  language: 'zh' | 'en';
  /**
   * Labelled and scored only after the extractor's rules were written: these texts were never
   * looked at while tuning, so their scores estimate how it does on text it has not seen.
   */
  heldOut?: true;
  /**
   * The second held-out set (session 4): collected and labelled, and the labels committed, before
   * the extractor was ever run on the text. Scored as "fresh zh" / "fresh en" too.
   */
  fresh?: true;
  /** When the text was published (as precise as the page says). */
  date?: string;
  /** How the excerpt differs from the page, when it does (e.g. characters converted). */
  note?: string;
  /** The excerpt, as published (only cut at sentence or paragraph ends). */
  text: string;
  /** Every figure of the text, in reading order. */
  figures: readonly GoldFigure[];
}
