/**
 * Comparators and kinds: what the words next to a figure say about it. Each rule reads a short,
 * bounded window before the figure, never the whole clause.
 */
import { LABEL_WINDOW } from './labels.js';
import { lastCharIndex, suffixCandidates } from './numerals.js';
import type { RawFigure } from './scanner.js';
import type { Comparator, Figure, FigureKind } from './types.js';
import { BASIS_WORDS, GAP_WORDS, POINT_UNITS } from '../core/format/vocabulary.js';
import {
  GROWTH_WORDS, PREFIX_COMPARATORS, RATE_UNITS, SHARE_WORDS, TARGET_WORDS, THRESHOLD_PREFIXES,
} from './vocabulary.js';

/** A gap in points after its base: "高于全国2.8个", "超过时间进度13.8个", "快2.7个" (the base may be empty). */
const GAP = new RegExp(`(${GAP_WORDS.map(([w]) => w).join('|')})[^，,。；;比较]{0,10}$`);
/** "完成年度投资计划的", "占年度目标的", "为年度投资计划的": the percentage of a target reached. */
const OF_TARGET = /(?:占|完成|为|达)[^，,]{0,10}(?:计划|目标|任务)[^，,的]{0,4}的$/;
/** Computed once: these run for every figure. */
const PREFIX_WORDS = PREFIX_COMPARATORS.map(([w]) => w);
const LONG_PREFIXES = PREFIX_COMPARATORS.filter(([w]) => w.length > 1).map(([w]) => w);
const GROWTH_WORD_LIST = GROWTH_WORDS.map(([w]) => w);

/** A rate named with a change word is the level of that rate: 增长率, 增长的贡献率, 拉动GDP增长. */
const NAMED_RATE = /率|指数|拉动|贡献/;
/** After a rate: "的增速" names it a growth; "的增长率" stays a named rate (a level). */
const RATE_AFTER = /^的?(增速|增幅|增长速度|涨幅|降幅)/;
/** "比上年减少162万吨", "提高30元": an amount right after a change word is the change. */
const CHANGE_BEFORE = new RegExp(`(?:${GROWTH_WORDS.filter(([w]) => !['同比', '环比', '年均', '增幅', '增速', '涨幅', '降幅'].includes(w)).map(([w]) => w).join('|')})了?$`);

/** How far back a change or share word may stand: "同比增长" and "占全区GDP比重达" fit. */
const KIND_WINDOW = 16;

/** The bound of a figure: a word after it (以上, 左右, 余) beats a word before it (突破, 约). */
export function comparatorOf(text: string, raw: RawFigure, windowStart: number): Comparator {
  if (raw.suffix !== undefined) return raw.suffix;
  const from = Math.max(windowStart, raw.segStart, raw.start - LABEL_WINDOW);
  const before = text.slice(from, raw.start);
  // A difference in points after 高于/超过 is the size of the gap, not a bound.
  if (POINT_UNITS.has(raw.unit) && GAP.test(before)) return 'eq';
  const right = firstEndingOf(before, PREFIX_WORDS);
  if (right !== undefined) return PREFIX_COMPARATORS.find(([w]) => w === right)?.[1] ?? 'eq';
  // A word of two or more characters may stand before the verb: "至少建成示范村12个". One
  // character words (约, 近, 超) only count right before the number: 近期, 超市, 约束 are words.
  const far = lastIndexOfAny(before, LONG_PREFIXES);
  return PREFIX_COMPARATORS.find(([w]) => w === far?.word)?.[1] ?? 'eq';
}

/** The first of `words` that `s` ends with. */
function firstEndingOf(s: string, words: readonly string[]): string | undefined {
  return suffixCandidates(s, words).find((w) => s.endsWith(w));
}

/**
 * The word of `words` whose last occurrence in `s` ends furthest right (the earlier word in
 * `words` on a tie), and where that occurrence starts. Read backwards from the end of `s`,
 * trying at each position only the words ending in that character: one lastIndexOf per word
 * per figure made figure-dense lists ("、1亩、1亩…") cost several times more per character.
 */
function lastIndexOfAny(s: string, words: readonly string[]): { at: number; word: string } | undefined {
  const index = lastCharIndex(words);
  if (index.has('')) {
    // An empty word is found at the end: keep the plain per-word search.
    let best: { at: number; word: string } | undefined;
    for (const word of words) {
      const at = s.lastIndexOf(word);
      if (at >= 0 && (best === undefined || at + word.length > best.at + best.word.length)) best = { at, word };
    }
    return best;
  }
  for (let end = s.length; end > 0; end--) {
    const bucket = index.get(s[end - 1] ?? '');
    if (bucket === undefined) continue;
    // The first word (in list order) ending here: no word ends further right, so this is the
    // last occurrence of each word that ends here, and the earliest in the list wins the tie.
    for (const word of bucket) {
      if (word.length <= end && s.startsWith(word, end - word.length)) return { at: end - word.length, word };
    }
  }
  return undefined;
}

export interface KindReading {
  kind: FigureKind;
  /** For growth: +1 when the word says it rose, -1 when it fell. */
  sign?: 1 | -1;
}

/**
 * A rate (%, 个百分点, 倍) is growth after a change word, a share after 占/比重, else a level (a
 * jobless rate is the level of that rate). An absolute amount is always a level: "增加2000人" is
 * an amount added, the growth is "a rate".
 */
export function kindOf(text: string, raw: RawFigure, windowStart: number): KindReading {
  const before = text.slice(Math.max(windowStart, raw.start - KIND_WINDOW), raw.start);
  if (!RATE_UNITS.has(raw.unit)) {
    const change = CHANGE_BEFORE.exec(before);
    if (change === null) return { kind: 'level' };
    return { kind: 'growth', sign: GROWTH_WORDS.find(([w]) => change[0].startsWith(w))?.[1] ?? 1 };
  }
  if (raw.unit === '%' && (OF_TARGET.test(before) || text.startsWith('半数', raw.start))) return { kind: 'share' };
  // "有6.5%-7%的增速": the rate's noun comes after it, and the subject before it.
  const rateAfter = RATE_AFTER.exec(text.slice(raw.end, raw.end + 6));
  if (rateAfter) return { kind: 'growth', sign: rateAfter[1] === '降幅' ? -1 : 1 };
  const growth = lastIndexOfAny(before, GROWTH_WORD_LIST);
  const share = lastIndexOfAny(before, SHARE_WORDS);
  const gap = POINT_UNITS.has(raw.unit) ? GAP.exec(before) : null;
  if (gap !== null && (growth === undefined || growth.at + growth.word.length <= gap.index)) {
    return { kind: 'growth', sign: GAP_WORDS.find(([w]) => w === gap[1])?.[1] ?? 1 };
  }
  // "提高到5%", "下降至3%": a change to a level, so the rate is the level reached.
  const toLevel = growth !== undefined && '到至'.includes(before[growth.at + growth.word.length] ?? 'x');
  const named = growth !== undefined
    && (NAMED_RATE.test(before.slice(growth.at + growth.word.length)) || before.slice(0, growth.at).includes('拉动'));
  if (growth && !toLevel && !named && (!share || growth.at + growth.word.length >= share.at + share.word.length)) {
    const sign = GROWTH_WORDS.find(([w]) => w === growth.word)?.[1] ?? 1;
    return { kind: 'growth', sign };
  }
  if (share) return { kind: 'share' };
  return { kind: 'level' };
}

const isNounChar = (c: string | undefined): boolean =>
  c !== undefined && /[\u4e00-\u9fff]/.test(c) && !'的和与及或等、'.includes(c);

/**
 * "过10亿元项目10个", "5000万元以上项目38个": the first amount is a threshold inside the name of
 * what the second counts. It needs a threshold word, a noun right after it, and the counted
 * figure close behind in the same list item.
 */
export function isThreshold(text: string, raw: RawFigure, next: RawFigure | undefined): boolean {
  if (!next || next.segStart !== raw.segStart || next.start - raw.end > 20) return false;
  const after = text[raw.end];
  const before = text.slice(Math.max(raw.segStart, raw.start - 2), raw.start);
  if (THRESHOLD_PREFIXES.some((w) => before.endsWith(w))) return isNounChar(after);
  // "50万元及以上的村": a bound word then a noun, with or without 的.
  return (raw.suffix === 'ge' || raw.suffix === 'le') && (isNounChar(after) || after === '的');
}

/**
 * "完成年度目标任务589亿元的37.22%": an amount, 的, then a percentage of it, after a word that
 * names a target.
 */
export function isProgress(text: string, raw: RawFigure, next: RawFigure | undefined, windowStart: number): boolean {
  if (!next || next.unit !== '%' || text[raw.end] !== '的' || next.start !== raw.end + 1) return false;
  const before = text.slice(Math.max(windowStart, raw.start - KIND_WINDOW), raw.start);
  return TARGET_WORDS.some((w) => before.includes(w));
}

/**
 * Marks what a change is measured against (同比 / 环比, year-on-year) and, for a multiple (倍,
 * 翻一番), the factor from the base: 增长2.5倍 is ×3.5, 增长到3倍 is ×3. Reads a bounded window
 * around the figure.
 */
export function describeChange(text: string, figure: Figure, windowStart: number): void {
  if (figure.unit === '倍') figure.multiple = figure.kind === 'growth' ? tidyFactor(1 + figure.value) : figure.value;
  if (figure.kind !== 'growth') return;
  const around = text.slice(Math.max(windowStart, figure.figureStart - KIND_WINDOW), figure.figureStart)
    + text.slice(figure.figureEnd, Math.min(figure.end, figure.figureEnd + 24));
  const basis = BASIS_WORDS.find(([w]) => around.includes(w));
  if (basis !== undefined) figure.basis = basis[1];
}

const tidyFactor = (n: number): number => Number(n.toPrecision(15));
