/**
 * The one vocabulary of bounds, rate units and directions of change. The extractor (prose),
 * `parseCell` (table cells), the targets reader (attributes, JSON, columns) and the builder all
 * read these tables, so a word accepted in one route means the same in every other: "不小于500家"
 * is ≥ 500 家 whether it comes from a paragraph, a CSV cell or a comparator column.
 *
 * Plain data and tiny lookups only; no DOM, so the extractor can import it in Node.
 */

import { BOUND_WORDS, type Comparator } from './bounds.js';

// The bound words live in bounds.ts (what reading a table cell needs); every route still finds them here.
export * from './bounds.js';

// The change words (rates, directions, splitChange) live in change-words.ts, which typing a table reads too.
export * from './change-words.js';
import { CHANGE_WORDS, type Direction } from './change-words.js';

/** A direction as a direction column or attribute writes it. */
const DIRECTIONS: ReadonlyArray<readonly [string, Direction]> = [
  ...CHANGE_WORDS.filter(([w]) => !['同比', '环比', '年均'].includes(w)).map(([w, s]): readonly [string, Direction] => [w, s > 0 ? 'rise' : 'fall']),
  ['up', 'rise'], ['rise', 'rise'], ['increase', 'rise'], ['grow', 'rise'],
  ['down', 'fall'], ['fall', 'fall'], ['decrease', 'fall'], ['decline', 'fall'], ['reduce', 'fall'],
  ['cap', 'cap'], ['limit', 'cap'],
  ...BOUND_WORDS.filter((w) => w.comparator === 'le' || w.comparator === 'lt').map((w): readonly [string, Direction] => [w.word, 'cap']),
];
const BY_DIRECTION = new Map(DIRECTIONS);

/** A direction word (下降, 压减, 控制在, down …) → rise, fall or cap; undefined otherwise. */
export function readDirection(text: string): Direction | undefined {
  const t = text.trim();
  return BY_DIRECTION.get(t.toLowerCase()) ?? BY_DIRECTION.get(t);
}

/** Every word readDirection knows, for tests and documentation. */
export const DIRECTION_WORDS: ReadonlyArray<readonly [string, Direction]> = DIRECTIONS;

/**
 * Words that state a gap from a base rather than a bound: "高于全国2.8个百分点" and "超过时间进度
 * 13.8个百分点" are exactly 2.8 and 13.8 points above the base, not "more than". Read before a
 * difference in points, with the way the gap points.
 */
export const GAP_WORDS: ReadonlyArray<readonly [string, 1 | -1]> = [
  ['高于', 1], ['超过', 1], ['快于', 1], ['加快', 1], ['快', 1], ['多', 1], ['高', 1],
  ['低于', -1], ['慢于', -1], ['放缓', -1], ['收窄', -1], ['慢', -1], ['少', -1], ['低', -1],
  // A rate that slowed by points: "增速同比减缓5.8个百分点" fell 5.8 points (NBS and 发改委 releases).
  ['减缓', -1], ['趋缓', -1], ['放慢', -1], ['减慢', -1],
];

/**
 * English bounds, written before the number ("about 1,800", "more than 1,000 jobs", "a minimum
 * of $299.5 million"). Phrases, matched as whole words; longest first.
 */
export const EN_BOUND_WORDS: ReadonlyArray<readonly [string, Comparator]> = [
  ['no fewer than', 'ge'], ['no less than', 'ge'], ['not less than', 'ge'], ['a minimum of', 'ge'], ['at least', 'ge'],
  ['in excess of', 'gt'], ['more than', 'gt'], ['upwards of', 'gt'], ['surpassed', 'gt'], ['exceeded', 'gt'],
  ['topped', 'gt'], ['above', 'gt'], ['over', 'gt'],
  ['no more than', 'le'], ['not more than', 'le'], ['a maximum of', 'le'], ['as many as', 'le'], ['as much as', 'le'],
  ['at most', 'le'], ['up to', 'le'],
  ['fewer than', 'lt'], ['less than', 'lt'], ['below', 'lt'], ['under', 'lt'],
  ['approximately', 'approx'], ['an estimated', 'approx'], ['roughly', 'approx'], ['close to', 'approx'],
  ['around', 'approx'], ['nearly', 'approx'], ['almost', 'approx'], ['about', 'approx'], ['some', 'approx'],
];

/**
 * English words of change and which way they point: verbs ("rose", "fell"), nouns ("a 6.6% drop")
 * and comparatives ("0.2 percentage points higher"). A change *to* or *from* a value makes that
 * value a level ("fell to 8.5%").
 */
export const EN_CHANGE_WORDS: ReadonlyArray<readonly [string, 1 | -1]> = [
  ...['rose', 'rise', 'rises', 'rising', 'risen', 'grew', 'grow', 'grows', 'growing', 'grown', 'growth', 'increase',
    'increased', 'increases', 'increasing', 'up', 'climbed', 'climb', 'climbs', 'jumped', 'jump', 'jumps', 'surged',
    'surge', 'surges', 'gained', 'gain', 'gains', 'gaining', 'advanced', 'advance', 'expanded', 'expand', 'expansion',
    'added', 'higher', 'faster', 'accelerated', 'soared', 'rebounded', 'more', 'expands', 'expanding', 'climbing',
    'jumping', 'surging', 'soaring', 'soar', 'soars', 'rallied', 'leapt', 'leaped', 'spiked', 'rocketed', 'skyrocketed']
    .map((w): readonly [string, 1] => [w, 1]),
  ...['fell', 'fall', 'falls', 'falling', 'fallen', 'declined', 'decline', 'declines', 'declining', 'dropped', 'drop',
    'drops', 'down', 'shrank', 'shrink', 'shrinks', 'shrunk', 'contracted', 'contract', 'contraction', 'slid', 'slide',
    'slipped', 'tumbled', 'tumble', 'lower', 'decreased', 'decrease', 'lost', 'losing', 'slowed', 'slower', 'plunged',
    'plunge', 'retreated', 'eased', 'less', 'cut', 'shed', 'dipped', 'dip', 'dips', 'dropping', 'slumped', 'slump',
    'contracts', 'contracting', 'shrinking', 'sliding', 'tumbling', 'plunging', 'decreasing', 'slipping',
    // Wire-copy verbs of a fall: "Fixed asset investment sank 10.3 percent on year" (RTTNews, NBS April 2020).
    'sank', 'sink', 'sinks', 'sinking', 'sunk', 'plummeted', 'plummet', 'plummets', 'plummeting', 'slumps',
    'slumping', 'tanked', 'dived', 'nosedived', 'skidded', 'retreat', 'retreats', 'retreating']
    .map((w): readonly [string, -1] => [w, -1]),
];

/** Words that say what a change is measured against: the same period a year before, or the period before. */
export const BASIS_WORDS: ReadonlyArray<readonly [string, 'year-on-year' | 'period-on-period']> = [
  ['同比', 'year-on-year'], ['比上年同期', 'year-on-year'], ['较上年同期', 'year-on-year'], ['比去年同期', 'year-on-year'],
  ['较去年同期', 'year-on-year'], ['year-on-year', 'year-on-year'], ['year-over-year', 'year-on-year'],
  ['from a year earlier', 'year-on-year'], ['from a year ago', 'year-on-year'],
  ['环比', 'period-on-period'], ['month-on-month', 'period-on-period'], ['quarter-on-quarter', 'period-on-period'],
];
