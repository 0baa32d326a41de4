/**
 * Dates as editors paste them from Chinese and English tables — 2021年1月, 2021年, 一季度,
 * 2021年一季度, Q1 2021, 1-6月份, 1—6月, 上半年, 2021-01-15, 2021/1/15, 15.01.2021, Jan 2021 —
 * → an ISO start (and end, for anything longer than a day). Pure and time-zone free: only
 * calendar arithmetic in UTC, never `new Date(string)`.
 */
import { parseCalendarDate } from '../core/format/date.js';
import { parseChineseNumeral } from '../core/format/numeral.js';
import { half } from './numbers.js';

export type DatePrecision = 'year' | 'quarter' | 'month' | 'day';

export interface BuilderDate {
  /** ISO yyyy-mm-dd: the first day of the period. */
  start: string;
  /** ISO yyyy-mm-dd: the last day (included), for periods longer than a day. */
  end?: string;
  precision: DatePrecision;
  /** The text as given, trimmed. */
  text: string;
}

export interface DateContext {
  /** The year of a month or quarter written without one (一季度, 1-6月份). */
  year?: number | null;
  /**
   * How an all-numeric day is read when it could be either (03/04/2021). 'ymd' (default) reads
   * it by its values where they decide (13/04 is D/M) and as D/M where they do not.
   */
  order?: 'ymd' | 'dmy' | 'mdy';
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const lastDay = (y: number, m: number): number => {
  const d = new Date(0);
  d.setUTCFullYear(y, m, 0);
  return d.getUTCDate();
};
const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

const validYear = (y: number): boolean => Number.isInteger(y) && y >= 1000 && y <= 2999;
const validMonth = (m: number): boolean => Number.isInteger(m) && m >= 1 && m <= 12;

/** A month span of one year: the unit every Chinese period (月, 季度, 半年, 1-6月) reduces to. */
function months(text: string, y: number, m0: number, m1: number, precision: DatePrecision): BuilderDate | null {
  if (!validYear(y) || !validMonth(m0) || !validMonth(m1) || m1 < m0) return null;
  return { start: iso(y, m0, 1), end: iso(y, m1, lastDay(y, m1)), precision, text };
}

function day(text: string, y: number, m: number, d: number): BuilderDate | null {
  if (!validYear(y) || !validMonth(m) || !Number.isInteger(d) || d < 1 || d > lastDay(y, m)) return null;
  return { start: iso(y, m, d), precision: 'day', text };
}

/** 1-12 written in Arabic or Chinese digits (一, 十二, 〇一 are all fine). */
function smallNumber(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  const n = parseChineseNumeral(s);
  return n !== null && Number.isInteger(n) ? n : null;
}

/** A year in Arabic (2021) or Chinese digits (二〇二一). */
function yearNumber(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s);
  if (/^[〇零一二三四五六七八九]{4}$/.test(s)) return parseChineseNumeral(s);
  return null;
}

const CN_DIGIT = '〇零一二两三四五六七八九十';
const YEAR = `(\\d{4}|[〇零一二三四五六七八九]{4})`;
/** Range marks between two months or days: 1-6月, 1—6月, 1~6月, 1至6月. */
const DASH = '\\s*(?:-|—|–|~|～|至|到)\\s*';
const MONTH_NUM = `(\\d{1,2}|[${CN_DIGIT}]{1,3})`;

const YEAR_PREFIX = new RegExp(`^(?:${YEAR}\\s*年(?:度)?\\s*)?(.*)$`);
const QUARTER = /^第?([一二三四1-4])季度$/;
const MONTH_RANGE = new RegExp(`^${MONTH_NUM}(?:月)?${DASH}${MONTH_NUM}月份?$`);
const MONTH = new RegExp(`^${MONTH_NUM}月份?$`);
const MONTH_DAY = new RegExp(`^${MONTH_NUM}月${MONTH_NUM}[日号]$`);
const YEAR_RANGE = new RegExp(`^${YEAR}\\s*年?${DASH}${YEAR}\\s*年?$`);
const HALVES: Readonly<Record<string, readonly [number, number, DatePrecision]>> = {
  上半年: [1, 6, 'month'], 下半年: [7, 12, 'month'], 前三季度: [1, 9, 'month'], 全年: [1, 12, 'year'],
};

/** Chinese periods after an optional year: 一季度, 上半年, 1-6月份, 1月, 1月15日. */
function chinesePeriod(s: string, text: string, year: number | null): BuilderDate | null {
  const yearPart = YEAR_PREFIX.exec(s);
  if (!yearPart) return null;
  const y = yearPart[1] ? yearNumber(yearPart[1]) : year;
  const rest = yearPart[2] ?? '';
  if (rest === '') return yearPart[1] && y !== null ? months(text, y, 1, 12, 'year') : null;
  if (y === null) return null;
  let m = QUARTER.exec(rest);
  if (m) {
    const q = smallNumber(m[1] ?? '') ?? 0;
    return months(text, y, q * 3 - 2, q * 3, 'quarter');
  }
  const half = Object.hasOwn(HALVES, rest) ? HALVES[rest] : undefined;
  if (half) return months(text, y, half[0], half[1], half[2]);
  m = MONTH_RANGE.exec(rest);
  if (m) {
    const a = smallNumber(m[1] ?? '');
    const b = smallNumber(m[2] ?? '');
    return a !== null && b !== null ? months(text, y, a, b, 'month') : null;
  }
  m = MONTH.exec(rest);
  if (m) {
    const a = smallNumber(m[1] ?? '');
    return a !== null ? months(text, y, a, a, 'month') : null;
  }
  m = MONTH_DAY.exec(rest);
  if (m) {
    const a = smallNumber(m[1] ?? '');
    const d = smallNumber(m[2] ?? '');
    return a !== null && d !== null ? day(text, y, a, d) : null;
  }
  return null;
}

/** Q1 2021, 2021Q1, 2021 Q1, 2021-Q1, Q1, H1 2021, 2021H2. */
function westernPeriod(s: string, text: string, year: number | null): BuilderDate | null {
  const m = /^(?:(\d{4})\s*[-/]?\s*([QH])([1-4])|([QH])([1-4])(?:\s*[-/,]?\s*(\d{4}))?)$/i.exec(s);
  if (!m) return null;
  const y = m[1] ? Number(m[1]) : m[6] ? Number(m[6]) : year;
  const letter = (m[2] ?? m[4] ?? '').toUpperCase();
  const n = Number(m[3] ?? m[5]);
  if (y === null) return null;
  if (letter === 'Q') return months(text, y, n * 3 - 2, n * 3, 'quarter');
  return n <= 2 ? months(text, y, n * 6 - 5, n * 6, 'month') : null;
}

/** The two readings of d/d/yyyy that need the editor's order: null when the text is not one. */
export function numericDayParts(text: string): { a: number; b: number; year: number; mark: string } | null {
  const m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(half(text).trim());
  return m ? { a: Number(m[1]), b: Number(m[3]), year: Number(m[4]), mark: m[2] ?? '' } : null;
}

/**
 * One cell → a date, or null when it is not one, or names no year and the context has none.
 * Precision: 2021 → year; 一季度/Q1 → quarter; 2021年1月, 1-6月, 上半年 → month (a range of
 * months has an `end`); 2021-01-15 → day.
 */
export function parseBuilderDate(text: string, context: DateContext = {}): BuilderDate | null {
  const given = text.trim();
  // Dates are short: a sentence is never one, and need not be tried against every form.
  if (given === '' || given.length > 40) return null;
  const s = half(given).replace(/\s+/g, ' ').trim();
  const year = context.year ?? null;
  const dmy = numericDayParts(s);
  if (dmy) {
    const { a, b } = dmy;
    let order = context.order ?? 'ymd';
    if (order === 'ymd') order = a > 12 ? 'dmy' : b > 12 ? 'mdy' : 'dmy';
    return order === 'dmy' ? day(given, dmy.year, b, a) : day(given, dmy.year, a, b);
  }
  // Year ranges (2021-2025, 2021—2025年) before the core reads "2021-20" as a month.
  const range = YEAR_RANGE.exec(s);
  if (range) {
    const a = yearNumber(range[1] ?? '');
    const b = yearNumber(range[2] ?? '');
    if (a === null || b === null || !validYear(a) || !validYear(b) || b < a) return null;
    return { start: iso(a, 1, 1), end: iso(b, 12, 31), precision: 'year', text: given };
  }
  const core = parseCalendarDate(s.replace(/^(\d{4})\.(\d{1,2})\.(\d{1,2})$/, '$1-$2-$3'));
  if (core && validYear(core.year)) {
    if (core.precision === 'year') return months(given, core.year, 1, 12, 'year');
    if (core.precision === 'month') return months(given, core.year, core.month ?? 1, core.month ?? 1, 'month');
    return day(given, core.year, core.month ?? 1, core.day ?? 1);
  }
  return chinesePeriod(s, given, year) ?? westernPeriod(s, given, year);
}

/**
 * True when the date names its own year: "一季度" and "1-6月" do not, so a table of them needs
 * a year from elsewhere.
 */
export function namesYear(text: string): boolean {
  return parseBuilderDate(text) !== null;
}

/**
 * The date as the widgets read it, at its precision: "2021", "2021-01", "2021-01-15". A period
 * longer than its unit (a quarter, 1-6月, 2021-2025) is written as its last month or year: that
 * is where a cumulative figure (1-6月 is the year to date) or a period's total stands on a time
 * axis, so "一季度, 1-6月, 1-9月" land on March, June and September.
 */
export function widgetDate(d: BuilderDate): string {
  if (d.precision === 'day') return d.start;
  const last = d.end ?? d.start;
  return d.precision === 'year' ? last.slice(0, 4) : last.slice(0, 7);
}
