/**
 * The bound words of the one vocabulary (vocabulary.ts): how a figure is bounded (≥ > ≤ < ≈ =)
 * and the words that say so, before the number ("不少于500家"), after it ("1000亩以上") or between
 * numeral and unit ("1000余人"). `parseCell` reads table cells with these alone, so a page that
 * draws a bar chart from a table loads this file, not the change, gap and English word lists
 * that only the extractor, the targets reader and the builder use (vocabulary.ts re-exports it:
 * every word is still read the same in every route).
 *
 * Plain data and tiny lookups only; no DOM, so the extractor can import it in Node.
 */

/** How a figure is bounded: ≥ > ≤ < ≈ =. `eq` is a plain figure (or a goal to reach, as plans mean it). */
export type Comparator = 'eq' | 'ge' | 'gt' | 'le' | 'lt' | 'approx';

export const COMPARATORS: readonly Comparator[] = ['eq', 'ge', 'gt', 'le', 'lt', 'approx'];

/** The sign written before a bounded value. `eq` writes none: a plain figure has no sign. */
export const COMPARATOR_SYMBOLS: Readonly<Record<Comparator, string>> = { eq: '', ge: '≥', gt: '>', le: '≤', lt: '<', approx: '≈' };

/**
 * Where a bound word stands: before the number ("不少于500家"), after the number and its unit
 * ("1000亩以上"), or between the numeral and the unit ("1000余人", "300多家").
 */
export type BoundPosition = 'before' | 'after' | 'between';

export interface BoundWord {
  word: string;
  comparator: Comparator;
  position: BoundPosition;
  /** 力争/争取: a goal aimed at, read as the floor of what is hoped for. */
  aspiration?: true;
}

const b = (word: string, comparator: Comparator, position: BoundPosition, aspiration = false): BoundWord =>
  aspiration ? { word, comparator, position, aspiration: true } : { word, comparator, position };

/** Every bound word, with its comparator and where it stands. */
export const BOUND_WORDS: readonly BoundWord[] = [
  // ≥
  b('不少于', 'ge', 'before'), b('不低于', 'ge', 'before'), b('不小于', 'ge', 'before'), b('不下于', 'ge', 'before'),
  b('至少', 'ge', 'before'), b('最少', 'ge', 'before'), b('力争', 'ge', 'before', true), b('争取', 'ge', 'before', true),
  b('及以上', 'ge', 'after'), b('以上', 'ge', 'after'),
  // >
  b('突破', 'gt', 'before'), b('超过', 'gt', 'before'), b('大于', 'gt', 'before'), b('多于', 'gt', 'before'),
  b('高于', 'gt', 'before'), b('逾', 'gt', 'before'), b('超', 'gt', 'before'),
  b('余', 'gt', 'between'), b('多', 'gt', 'between'),
  // ≤
  b('不超过', 'le', 'before'), b('不高于', 'le', 'before'), b('不大于', 'le', 'before'), b('不多于', 'le', 'before'),
  b('控制在', 'le', 'before'), b('至多', 'le', 'before'), b('最多', 'le', 'before'),
  b('及以下', 'le', 'after'), b('以下', 'le', 'after'), b('以内', 'le', 'after'), b('之内', 'le', 'after'),
  // <
  b('低于', 'lt', 'before'), b('小于', 'lt', 'before'), b('少于', 'lt', 'before'), b('不到', 'lt', 'before'), b('不足', 'lt', 'before'),
  // ≈
  b('约合', 'approx', 'before'), b('约为', 'approx', 'before'), b('大约', 'approx', 'before'), b('接近', 'approx', 'before'), b('将近', 'approx', 'before'),
  b('约', 'approx', 'before'), b('近', 'approx', 'before'),
  b('左右', 'approx', 'after'), b('上下', 'approx', 'after'),
  // =
  b('达到', 'eq', 'before'), b('达', 'eq', 'before'), b('为', 'eq', 'before'),
];

const longestFirst = <T extends { word: string }>(list: readonly T[]): readonly T[] =>
  [...list].sort((x, y) => y.word.length - x.word.length);

const at = (position: BoundPosition): readonly BoundWord[] => longestFirst(BOUND_WORDS.filter((w) => w.position === position));

/** Words before a number, longest first ("不少于" is tried before "少于"). */
export const PREFIX_BOUNDS = at('before');
/** Words after the number and its unit, longest first ("及以上" before "以上"). */
export const SUFFIX_BOUNDS = at('after');
/** Words between the numeral and its unit. */
export const BETWEEN_BOUNDS = at('between');

const BY_WORD = new Map(BOUND_WORDS.map((w) => [w.word, w.comparator]));

/** Names, codes and signs a comparator column or attribute may hold ("ge", "≥", ">=", "不少于"). */
const CODES: ReadonlyArray<readonly [string, Comparator]> = [
  ['ge', 'ge'], ['>=', 'ge'], ['≥', 'ge'], ['≧', 'ge'],
  ['gt', 'gt'], ['>', 'gt'],
  ['le', 'le'], ['<=', 'le'], ['≤', 'le'], ['≦', 'le'], ['cap', 'le'],
  ['lt', 'lt'], ['<', 'lt'],
  ['approx', 'approx'], ['≈', 'approx'], ['~', 'approx'], ['about', 'approx'],
  ['eq', 'eq'], ['=', 'eq'], ['', 'eq'],
];
const BY_CODE = new Map(CODES);

/** A bound word (以上, 不小于, 余 …) → its comparator; undefined for any other text. */
export function comparatorOfWord(word: string): Comparator | undefined {
  return BY_WORD.get(word);
}

/** A comparator as an editor writes it: a code (ge), a sign (≥, >=) or a word (不少于). */
export function readComparator(text: string): Comparator | undefined {
  const t = text.trim();
  return BY_CODE.get(t.toLowerCase()) ?? BY_WORD.get(t);
}
