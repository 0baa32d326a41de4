/**
 * Dates as editors paste them from Chinese and English tables — 2021年1月, 2021年, 一季度,
 * 2021年一季度, Q1 2021, 1-6月份, 1—6月, 上半年, 前三季度, 2021-01-15, 2021/1/15, 15.01.2021,
 * Jan 2021 — read by the one period reader (core/format/period), plus the all-numeric days
 * whose order only the editor knows (03/04/2021). Pure and time-zone free: only calendar
 * arithmetic in UTC, never `new Date(string)`.
 */
import { readForm, readPeriod, type Period, type PeriodPrecision } from '../core/format/period.js';
import { readDeadline } from '../core/format/period-deadline.js';
import { half } from './numbers.js';

export type DatePrecision = PeriodPrecision;

export interface BuilderDate {
  /** ISO yyyy-mm-dd: the first day of the period. */
  start: string;
  /** ISO yyyy-mm-dd: the last day (included), for periods longer than a day. */
  end?: string;
  /** The unit it was written in: 2021年 is a year, 一季度 a quarter, 上半年 a half, 2021-2025 a range. */
  precision: DatePrecision;
  /** A running total from the start of the year, written so: 1-6月, 前三季度. */
  cumulative?: true;
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
const isoOf = (t: number): string => new Date(t).toISOString().slice(0, 10);

const validYear = (y: number): boolean => Number.isInteger(y) && y >= 1000 && y <= 2999;
const validMonth = (m: number): boolean => Number.isInteger(m) && m >= 1 && m <= 12;

function day(text: string, y: number, m: number, d: number): BuilderDate | null {
  if (!validYear(y) || !validMonth(m) || !Number.isInteger(d) || d < 1 || d > lastDay(y, m)) return null;
  return { start: iso(y, m, d), precision: 'day', text };
}

function fromPeriod(p: Period, text: string): BuilderDate | null {
  const a = new Date(p.start);
  const b = new Date(p.end - 864e5);
  if (!validYear(a.getUTCFullYear()) || !validYear(b.getUTCFullYear())) return null;
  const d: BuilderDate = { start: isoOf(p.start), precision: p.precision, text };
  if (p.precision !== 'day') d.end = isoOf(b.getTime());
  if (p.cumulative) d.cumulative = true;
  return d;
}

/** The two readings of d/d/yyyy that need the editor's order: null when the text is not one. */
export function numericDayParts(text: string): { a: number; b: number; year: number; mark: string } | null {
  const m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/.exec(half(text).trim());
  return m ? { a: Number(m[1]), b: Number(m[3]), year: Number(m[4]), mark: m[2] ?? '' } : null;
}

/**
 * One cell → a date, or null when it is not one, or names no year and the context has none.
 * Precision as written: 2021年 → year (the whole year, never January); 一季度/Q1 → quarter;
 * 上半年/H1 → half; 2021年1月 → month, 1-6月 → month and cumulative, 前三季度 → quarter and
 * cumulative; 4-6月, 2021-2025 → range; 2021-01-15 → day. Longer than a day: it has an `end`.
 */
export function parseBuilderDate(text: string, context: DateContext = {}): BuilderDate | null {
  const given = text.trim();
  // Dates are short: a sentence is never one, and need not be tried against every form.
  if (given === '' || given.length > 40) return null;
  const s = half(given).replace(/\s+/g, ' ').trim();
  const dmy = numericDayParts(s);
  if (dmy) {
    const { a, b } = dmy;
    let order = context.order ?? 'ymd';
    if (order === 'ymd') order = a > 12 ? 'dmy' : b > 12 ? 'mdy' : 'dmy';
    return order === 'dmy' ? day(given, dmy.year, b, a) : day(given, dmy.year, a, b);
  }
  // 2021.1.15 is a day; the period reader takes 2021.1 as a month and would stop there.
  const p = readPeriod(s.replace(/^(\d{4})\.(\d{1,2})\.(\d{1,2})$/, '$1-$2-$3'), { year: context.year ?? null });
  if (p) return fromPeriod(p, given);
  // A deadline (6月底, 2025年前, 三季度末): the last day it allows, its words kept (widgetDate).
  const due = readDeadline(s, { year: context.year ?? null });
  return due && due.kind !== 'period' && due.end !== null ? day(given, ...ymd(due.end - 864e5)) : null;
}

const ymd = (t: number): [number, number, number] => {
  const d = new Date(t);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
};

/** "2025年底", "6月底", "到2025年": a deadline's words, which a day ("2025-12-31") would misstate. */
function deadlineText(text: string, year: string): string | null {
  const due = readDeadline(text, { year: Number(year) });
  if (!due || due.kind === 'period') return null;
  // The year put in front when the words name none: "年底" → "2021年底", "6月底" → "2021年6月底".
  return readDeadline(text)?.span ? text : `${year}年${text.replace(/^年/u, '')}`;
}

/**
 * True when the date names its own year: "一季度" and "1-6月" do not, so a table of them needs
 * a year from elsewhere.
 */
export function namesYear(text: string): boolean {
  return parseBuilderDate(text) !== null;
}

/**
 * The date as the widgets read it: a day, month or year as ISO ("2021-01-15", "2021-01",
 * "2021"); any other period as written, with its year put in front when it named none
 * ("一季度" → "2021年一季度", "1-6月" → "2021年1-6月", "Q1" → "Q1 2021"), so the line chart
 * places and labels it by its span — never "2021-03" for a quarter, which reads as March.
 */
export function widgetDate(d: BuilderDate): string {
  const year = d.start.slice(0, 4);
  const due = deadlineText(half(d.text).trim(), year);
  if (due !== null) return due;
  if (d.precision === 'day') return d.start;
  if (d.precision === 'month' && !d.cumulative) return d.start.slice(0, 7);
  if (d.precision === 'year') return /全年/.test(d.text) ? `${year}年全年` : year;
  const text = half(d.text).replace(/\s+/g, ' ').trim();
  if (readForm(text)?.year != null) return text;
  return /[\u3400-\u9fff]/u.test(text) ? `${year}年${text}` : `${text} ${year}`;
}
