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

/** Units in which a value is a rate or share: compared as it stands, never pro-rated. */
export const RATE_UNITS: ReadonlySet<string> = new Set(['%', '‰', '个百分点', '百分点', '个千分点', '千分点', 'pp', 'percentage points']);

/** Units a change between two values is written in (a rate, or "2倍"); a count added ("增加2000人") is not one. */
export const CHANGE_UNITS: ReadonlySet<string> = new Set([...RATE_UNITS, '倍']);

/** Units of a difference of rates: "提高1.5个百分点" is 1.5 points, not 1.5%. */
export const POINT_UNITS: ReadonlySet<string> = new Set(['个百分点', '百分点', 'pp', 'percentage points', '个千分点', '千分点']);

/** Which way a target points: up to a floor, down (a negative change), or under a cap. */
export type Direction = 'rise' | 'fall' | 'cap';

/**
 * Words that make a rate a change and which way it goes. 同比/环比/年均 name a change without a
 * direction; they count as a rise until a fall word says otherwise.
 */
export const CHANGE_WORDS: ReadonlyArray<readonly [string, 1 | -1]> = [
  ['增长', 1], ['提高', 1], ['上升', 1], ['提升', 1], ['增加', 1], ['上涨', 1], ['增幅', 1],
  ['增速', 1], ['涨幅', 1], ['扩大', 1], ['同比', 1], ['环比', 1], ['年均', 1],
  ['下降', -1], ['降低', -1], ['减少', -1], ['回落', -1], ['下滑', -1], ['下跌', -1], ['降幅', -1],
  ['缩小', -1], ['压减', -1], ['压降', -1],
];

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

/** What a change is measured from, as written: a year ("比2020年"), or the year before ("比上年"). */
export type ChangeBase = { year: number } | { previous: true };

export interface ChangeWording {
  /** The figure as written after the words ("2.5%以上"). */
  rest: string;
  direction: Direction;
  /** The change words name a change (增长, 下降 …); a cap word alone (控制在) does not. */
  change: boolean;
  base?: ChangeBase;
}

const CHANGE_LEAD = new RegExp(
  '^(?:(?:比|较|同比|与)\\s*(?:(上年同期|去年同期|上年|去年|前一年)|(\\d{4})\\s*年(?:同期)?)\\s*(?:相比)?\\s*)?(?:同比|年均)?\\s*('
    + [...CHANGE_WORDS.map(([w]) => w).filter((w) => !['同比', '环比', '年均'].includes(w)), '控制在'].sort((a, z) => z.length - a.length).join('|')
    + ')(.*)$',
);

/**
 * A target or figure written with its change words: "下降3%", "比上年下降2.5%以上", "比2020年增长6%",
 * "同比增长5%左右", "控制在3%左右". undefined when the text does not start so.
 */
export function splitChange(text: string): ChangeWording | undefined {
  const m = CHANGE_LEAD.exec(text.trim());
  if (!m?.[3] || !m[4]?.trim()) return undefined;
  const word = m[3];
  const sign = CHANGE_WORDS.find(([w]) => w === word)?.[1];
  const out: ChangeWording = { rest: m[4].trim(), direction: sign === undefined ? 'cap' : sign > 0 ? 'rise' : 'fall', change: sign !== undefined };
  if (m[2]) out.base = { year: Number(m[2]) };
  else if (m[1]) out.base = { previous: true };
  return out;
}
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
