/**
 * The kinds of figure a text states, shared by the extractor (src/extract) and the widgets that
 * show what it found (targets, figures). In core so a widget can name a kind without importing
 * the extractor.
 */
export type { Comparator } from './vocabulary.js';

/**
 * What sort of figure it is: `level` an amount (or the level of a rate, such as a jobless rate),
 * `growth` a relative change (%, 个百分点, 倍 after 增长/提高/下降/同比 …), `share` a part of a
 * whole (占/比重, or the percentage of a target reached), `progress` an actual against a target.
 */
export type FigureKind = 'level' | 'growth' | 'share' | 'progress';
