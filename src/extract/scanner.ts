/**
 * Finds the numerals of one clause that are figures: numeral (shared reader from core/format),
 * multiplier, unit, bound words. Periods (2021年, 1-6月份), ordinals (第二), names (5G, 两会,
 * 十四五) and vague counts (几十个) are stepped over. Every step reads a bounded window, so a
 * clause costs time linear in its length.
 */
import { CHINESE_NUMERAL_CHARS, MULTIPLIERS } from '../core/format/numeral.js';
import { factorOf, withMultiplier, type Published } from '../core/format/published.js';
import {
  CN_START, isCjk, isDigit, isLetter, numeralAt, runEnd, tidy, wordAt,
} from './numerals.js';
import { newListMemo, sharedUnit } from './list-unit.js';
import type { Comparator } from './types.js';
import {
  APPROXIMATE_MORE, PERIODS, SUFFIX_COMPARATORS, UNITS, VAGUE_AFTER, VAGUE_BEFORE,
} from './vocabulary.js';

export { tidy, wordAt };

/** A figure as found, before labels and kinds. Offsets index the (length-preserving) text. */
export interface RawFigure {
  /** Where the numeral starts ("百分之" included). */
  start: number;
  /** After the unit and any bound word ("1000亩以上"). */
  end: number;
  /** After the unit, before a bound word. */
  unitEnd: number;
  value: number;
  upper?: number;
  unit: string;
  /** How value and upper were written (decimals, 万/亿), for showing them so; none for 两万. */
  published?: Published;
  upperPublished?: Published;
  /** A bound read after the numeral: 以上, 左右, 余 … */
  suffix?: Comparator;
  /** Start of the 、-separated list item the figure stands in. */
  segStart: number;
  /** 翻一番 = 1, 翻两番 = 2: the amount doubled this many times. */
  doublings?: number;
}

/** 翻一番, 翻了两番: doubled once, twice … */
const DOUBLING = /^翻了?([一两二三四五])番/;
const DOUBLING_COUNT: Readonly<Record<string, number>> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

const RANGE_DASHES = new Set(['-', '~', '—', '〜']);
const RANGE_WORDS = new Set(['至', '到']);
/** After a numeral, these end a figure that has no unit ("指数达到51.2，"). */
const BARE_END = new Set(['、', ' ', ')', '）', '”', '"', '’', '》', '(', '（']);
/** After 次: a name (三次产业, 三次会议, 三次全会), not a count of times. */
const ORDINAL_NAMES = ['产业', '会议', '全会', '党代会'];
/** After a numeral + 成: words, not tenths (三成为, 一成不变 is already not a numeral). */
const TEN_PERCENT_NOT = new Set([...'为立果本功员熟长都交效']);
const LIST_MARKS = new Set(['.', '、', ')', '）']);

/** Characters that are never an unknown measure word. */
const NOT_A_MEASURE = new Set([...'的和与及或以左右上下内之中后前比同为是在到至余多等分强']);

function suffixAt(text: string, pos: number): readonly [string, Comparator] | undefined {
  for (const entry of SUFFIX_COMPARATORS) if (text.startsWith(entry[0], pos)) return entry;
  return undefined;
}

/**
 * The figures of the clause [from, to) of `text` (already half-width, same offsets as the input).
 */
export function scanClause(text: string, from: number, to: number, decimal: '.' | ','): RawFigure[] {
  const found: RawFigure[] = [];
  const lists = newListMemo();
  let segStart = from;
  let i = from;
  while (i < to) {
    const c = text[i] ?? '';
    const prev = i > from ? text[i - 1] : undefined;
    if (c === '、') {
      segStart = i + 1;
      i++;
      continue;
    }
    const start = i;
    // "翻一番" doubles: an increase of 1倍, a multiple of 2.
    const doubling = c === '翻' ? DOUBLING.exec(text.slice(i, Math.min(to, i + 5))) : null;
    if (doubling !== null) {
      const times = DOUBLING_COUNT[doubling[1] ?? ''] ?? 1;
      const end = i + doubling[0].length;
      found.push({ start, end, unitEnd: end, value: 2 ** times - 1, unit: '倍', segStart, doublings: times });
      i = end;
      continue;
    }
    // "超过半数": half of a whole.
    if (c === '半' && text[i + 1] === '数') {
      found.push({ start, end: i + 2, unitEnd: i + 2, value: 50, unit: '%', segStart });
      i += 2;
      continue;
    }
    let at = i;
    let percentWord = false;
    if (text.startsWith('百分之', i)) {
      percentWord = true;
      at = i + 3;
    } else if (isDigit(c) || ((c === '-' || c === '+') && isDigit(text[i + 1]) && !isDigit(prev))) {
      if ((prev === '-' || prev === '/' || prev === '.' || prev === ':' || prev === '∶') && isDigit(text[i - 2])) {
        // The tail of a date, a code or a ratio: 2021-01-15, 2021/1/15, 5.5:50.6∶43.9.
        i = runEnd(text, i, to, (x) => /[\w.:/-]/.test(x));
        continue;
      }
      if (prev === '第') {
        i = runEnd(text, i, to, (x) => /[\w.]/.test(x)); // an ordinal: 第3名, 排名第12
        continue;
      }
      if (isLetter(prev) || prev === '_') {
        // G20, PM2.5, 截图_2021…: part of a name. Only an upper-case acronym such as "GDP1.3万亿元"
        // may stand right before a figure, and then only with a known unit (checked below).
        const letters = text.slice(Math.max(from, i - 8), i).match(/[A-Z]{2,}$/);
        if (!letters) {
          i = runEnd(text, i, to, (x) => /[\w.:/-]/.test(x));
          continue;
        }
      }
    } else if (!(CN_START.includes(c) && !(prev !== undefined && CHINESE_NUMERAL_CHARS.includes(prev)))) {
      i++;
      continue;
    } else if (prev !== undefined && VAGUE_BEFORE.has(prev)) {
      i = runEnd(text, i, to, (x) => CHINESE_NUMERAL_CHARS.includes(x));
      continue;
    }
    const chinese = CN_START.includes(text[at] ?? '');
    const n = numeralAt(text, at, to, decimal);
    if (!n) {
      i = chinese ? runEnd(text, at, to, (x) => CHINESE_NUMERAL_CHARS.includes(x)) : at + 1;
      continue;
    }
    let p = n.end;
    // The clause ends at `to`; what lies beyond (a "，" folded to ",") belongs to the next one.
    const next = p < to ? text[p] : undefined;
    // 5G, 2021.01.15, 9:30, a digit run longer than any amount: not a figure.
    // A comma left over after a full read ("1.234,5" when the decimal mark is ".") is malformed.
    if (!chinese && (isDigit(next) || isLetter(next) || ('.:∶/,'.includes(next ?? 'x') && isDigit(text[p + 1])))) {
      i = runEnd(text, p, to, (x) => /[\w.:/,-]/.test(x));
      continue;
    }
    if (chinese && VAGUE_AFTER.has(next ?? '')) {
      i = p + 1;
      continue;
    }
    let value = n.value;
    let upper: number | undefined;
    let published = n.published;
    let upperPublished: Published | undefined;
    // "常住人口 70.8 万人", "增长 1.4 %": typeset text puts a space between number and unit.
    if (!chinese && (text[p] === ' ' || text[p] === '\u00a0') && p + 1 < to) {
      const mult = n.multiplier === undefined ? MULTIPLIERS.find(([w]) => text.startsWith(w, p + 1)) : undefined;
      const afterMult = p + 1 + (mult?.[0].length ?? 0);
      if (wordAt(text, afterMult, UNITS) !== undefined) {
        if (mult !== undefined) {
          value *= mult[1];
          published = withMultiplier(published, mult[0]);
        }
        p = afterMult;
      }
    }
    // A range: "5%-8%", "1-2亿元", "3至5家"; 1-6月份 is a range of months and goes on to the period check.
    const unit1 = wordAt(text, p, UNITS);
    const q = p + (unit1?.length ?? 0);
    const dash = text[q] ?? '';
    if (!percentWord && (RANGE_DASHES.has(dash) || (unit1 === undefined && RANGE_WORDS.has(dash)))) {
      const m2 = numeralAt(text, q + 1, to, decimal);
      if (m2 && m2.value >= value) {
        if (m2.multiplier !== undefined && n.multiplier === undefined) {
          value *= factorOf(m2.multiplier);
          // "1-2亿元": the lower bound is written in the upper one's multiplier.
          published = withMultiplier(published, m2.multiplier);
        }
        upper = m2.value;
        upperPublished = m2.published;
        p = m2.end;
      }
    }
    let more = false;
    if (APPROXIMATE_MORE.includes(text[p] ?? '')) {
      more = true;
      p++;
    }
    const period = wordAt(text, p, PERIODS);
    if (period !== undefined && !percentWord) {
      i = p + period.length;
      continue;
    }
    let unit = percentWord ? '%' : wordAt(text, p, UNITS) ?? '';
    if (!percentWord) p += unit.length;
    // "5452.1公斤/公顷", "10千克/亩": a unit per unit is one unit.
    const per = unit !== '' && text[p] === '/' ? wordAt(text, p + 1, UNITS) : undefined;
    if (per !== undefined) {
      unit += `/${per}`;
      p += per.length + 1;
    }
    // 三次产业, 人大三次会议: the number of a round or a session, a name.
    if (unit === '次' && chinese && ORDINAL_NAMES.some((w) => text.startsWith(w, p))) {
      i = p;
      continue;
    }
    // 九成, 超八成: tenths, a percentage.
    if (unit === '' && chinese && text[p] === '成' && !TEN_PERCENT_NOT.has(text[p + 1] ?? '')) {
      value *= 10;
      unit = '%';
      p++;
    }
    if (unit === '' && !percentWord) {
      // "4.6和3.1个百分点", "4665、2611亿千瓦时": the last item of a list gives every item its unit.
      const shared = sharedUnit(text, p, to, lists);
      if (shared !== undefined) {
        unit = shared.unit;
        if (n.multiplier === undefined) value *= factorOf(shared.multiplier ?? '');
      }
    }
    if (unit === '' && !percentWord) {
      const after = text[p];
      const bare = p >= to || BARE_END.has(after ?? '') || suffixAt(text, p) !== undefined;
      const unknownMeasure = !bare && !chinese && isCjk(after) && !NOT_A_MEASURE.has(after ?? '')
        && (p + 1 >= to || BARE_END.has(text[p + 1] ?? '') || text[p + 1] === '的' || suffixAt(text, p + 1) !== undefined);
      const acronymBefore = isLetter(prev);
      // A bare 4-digit number from 1900 to 2099 is a year written without 年 ("2021-2025").
      const bareYear = !unknownMeasure && Number.isInteger(value) && value >= 1900 && value <= 2099;
      if (chinese || acronymBefore || bareYear || !(bare || unknownMeasure)) {
        // A Chinese numeral without a measure word is a name (两会, 四大); an Arabic one before a
        // noun is a name too (12345热线).
        i = Math.max(p, i + 1);
        continue;
      }
      if (unknownMeasure) {
        unit = after ?? '';
        p++;
      }
    }
    // "1." "2、" "3)" at the head of a clause number a list; they count nothing.
    if (unit === '' && start === from && LIST_MARKS.has(text[p] ?? '') && !isDigit(text[p + 1])) {
      i = p + 1;
      continue;
    }
    const unitEnd = p;
    const bound = suffixAt(text, p);
    if (bound) p += bound[0].length;
    const suffix: Comparator | undefined = bound?.[1] ?? (more ? 'gt' : undefined);
    const raw: RawFigure = { start, end: p, unitEnd, value: tidy(value), unit, segStart };
    if (upper !== undefined) raw.upper = tidy(upper);
    // 百分之十二 is a Chinese numeral: no published digits.
    if (published && !percentWord) raw.published = published;
    if (upper !== undefined && upperPublished) raw.upperPublished = upperPublished;
    if (suffix !== undefined) raw.suffix = suffix;
    found.push(raw);
    i = p;
  }
  return found;
}
