/**
 * Reading one numeral where the scanner stands: Arabic or Chinese digits with their multiplier
 * (万, 亿), within a bounded window, and the character tests the scanner and the labels share.
 * Split from scanner.ts so that file is about which numerals are figures, this one about what
 * a numeral says.
 */
import { CHINESE_NUMERAL_CHARS, readNumeral } from '../core/format/numeral.js';
import { publishedOf, type Published } from '../core/format/published.js';
import { UNITS_STARTING_WITH_MULTIPLIER } from './vocabulary.js';

/** No numeral, unit or multiplier is longer than this; reading more would make scanning quadratic. */
export const WINDOW = 48;
/** A Chinese numeral longer than this is not an amount anyone writes. */
export const MAX_CHINESE_RUN = 16;
export const CN_START = '零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾';
export const CN_ZERO = '零〇';
export const CN_UNIT_CHARS = '十百千万亿拾佰仟';

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isLetter = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z]$/.test(c);
export const isCjk = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fff';

type CharIndex = ReadonlyMap<string, readonly string[]>;

/** `words` split by the character `charOf` picks (order kept), built once per list and kept in `cache`. */
function charIndex(cache: WeakMap<readonly string[], CharIndex>, words: readonly string[], charOf: (w: string) => string): CharIndex {
  let index = cache.get(words);
  if (index === undefined) {
    const built = new Map<string, string[]>();
    for (const w of words) {
      const c = charOf(w);
      const bucket = built.get(c);
      if (bucket === undefined) built.set(c, [w]);
      else bucket.push(w);
    }
    index = built;
    cache.set(words, index);
  }
  return index;
}

/** Each word list, split by first character (order kept), so a lookup tries only the few words that can match. */
const byFirstChar = new WeakMap<readonly string[], CharIndex>();
const indexOf = (words: readonly string[]): CharIndex => charIndex(byFirstChar, words, (w) => w[0] ?? '');

/**
 * The first of `words` (longest first) that `text` has at `pos`. Only the words starting with
 * text[pos] are tried: the scanner asks this at nearly every numeral, for lists of ~80 units, so
 * a full pass per call made list-heavy text ("1和2和3…") several times slower than prose.
 */
export function wordAt(text: string, pos: number, words: readonly string[]): string | undefined {
  const index = indexOf(words);
  if (index.has('')) {
    // An empty word matches anywhere: keep the plain first-match order.
    for (const w of words) if (text.startsWith(w, pos)) return w;
    return undefined;
  }
  const bucket = index.get(text[pos] ?? '');
  if (bucket === undefined) return undefined;
  for (const w of bucket) if (text.startsWith(w, pos)) return w;
  return undefined;
}

/** Each word list, split by last character (order kept), for suffix and last-occurrence searches. */
const byLastChar = new WeakMap<readonly string[], CharIndex>();

export function lastCharIndex(words: readonly string[]): CharIndex {
  return charIndex(byLastChar, words, (w) => w[w.length - 1] ?? '');
}

/**
 * The words of `words` that `s` can end with: those ending in its last character, in their
 * order (all of them when one is empty). A loop over these instead of all `words` finds the same
 * first match.
 */
export function suffixCandidates(s: string, words: readonly string[]): readonly string[] {
  const index = lastCharIndex(words);
  if (index.has('')) return words;
  return index.get(s[s.length - 1] ?? '') ?? [];
}

export function runEnd(text: string, from: number, limit: number, test: (c: string) => boolean): number {
  let j = from;
  while (j < limit && test(text[j] ?? '')) j++;
  return j;
}

/** 四五个, 十四五, 一二三产 read digit by digit are names or guesses, not amounts. */
export function isWellFormedChinese(s: string): boolean {
  if (s === '一') return false; // the indefinite article: 一批, 一幢, 一个个
  for (let k = 1; k < s.length; k++) {
    const a = s[k - 1] ?? '';
    const b = s[k] ?? '';
    const digitA = !CN_UNIT_CHARS.includes(a) && !CN_ZERO.includes(a);
    const digitB = !CN_UNIT_CHARS.includes(b) && !CN_ZERO.includes(b);
    if (digitA && digitB) return false;
  }
  return true;
}

export interface Numeral { value: number; end: number; multiplier?: string; published?: Published }

/** Reads an Arabic or Chinese numeral at `pos`, within a bounded window. */
export function numeralAt(text: string, pos: number, limit: number, decimal: '.' | ','): Numeral | null {
  const c = text[pos];
  const cn = c !== undefined && CN_START.includes(c);
  const to = cn ? runEnd(text, pos, Math.min(limit, pos + MAX_CHINESE_RUN + 1), (x) => CHINESE_NUMERAL_CHARS.includes(x)) : Math.min(limit, pos + WINDOW);
  if (cn && (to - pos > MAX_CHINESE_RUN || !isWellFormedChinese(text.slice(pos, to)))) return null;
  const m = readNumeral(text.slice(pos, to), { decimal });
  if (!m || m.length === 0) return null;
  let end = pos + m.length;
  let value = m.value;
  let multiplier = m.multiplier;
  let published = publishedOf(m);
  // "3千瓦" is 3 kilowatts and "1.5百分点" 1.5 points: a unit that begins with a multiplier wins.
  if (end - pos > 1 && UNITS_STARTING_WITH_MULTIPLIER.some((u) => text.startsWith(u, end - 1))) {
    const shorter = readNumeral(text.slice(pos, end - 1), { decimal });
    if (shorter && shorter.length === end - 1 - pos) {
      value = shorter.value;
      multiplier = shorter.multiplier;
      published = publishedOf(shorter);
      end -= 1;
    }
  }
  const out: Numeral = { value, end };
  if (multiplier !== undefined) out.multiplier = multiplier;
  if (published) out.published = published;
  return out;
}

/**
 * 4.1 × 1e8 is 409999999.99999994 in binary; 15 significant digits is all a double holds of a
 * decimal, so rounding to them gives back the number as written (410000000).
 */
export function tidy(n: number): number {
  // An integer of at most 15 digits is its own 15-digit rounding (and -0 rounds to 0).
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return n === 0 ? 0 : n;
  return Number(n.toPrecision(15));
}
