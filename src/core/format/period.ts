/**
 * Periods as newsrooms write them — "2021年", "2021Q1", "2021年一季度", "一季度", "上半年",
 * "1-9月", "前三季度", "全年", "2021-03", "2021年1月15日", "2021-2025", "十四五" — read into one
 * shape: a span [start, end) in UTC ms, the unit it was written in, whether it is a cumulative
 * span from the start of the year, and the words as written. Pure and time-zone free: a period is
 * a run of calendar days, every instant here is a UTC midnight, nothing reads the clock and
 * nothing goes through `new Date(string)`. Series reading (years from neighbours, mixed spans)
 * is in period-series.ts; writing periods back in zh-CN / en is in period-format.ts; the units within
 * a year (months, quarters, halves, days, their last days) are in period-units.ts.
 */
import { parseCalendarDate } from './date.js';
import { parseChineseNumeral, toHalfWidth } from './numeral.js';
import { chineseRest, dayForm, DASH, months, utcDay, validYear, western } from './period-units.js';

export type PeriodPrecision = 'year' | 'half' | 'quarter' | 'month' | 'day' | 'range';

export interface Period {
  /** First instant of the first day (UTC midnight), ms. */
  start: number;
  /** First instant after the last day (exclusive), ms. */
  end: number;
  /** The unit it was written in; `range` for a span of several units (2021-2025, 4-6月, 十四五). */
  precision: PeriodPrecision;
  /**
   * A span from the start of the year that grows through it, written so: 1-9月, 1—6月份,
   * 前三季度, 前两个月, 年初至9月. A single quarter, half or month is not (一季度, 上半年, 3月),
   * though in a series of growing spans it is a step of one (period-series.ts says so).
   */
  cumulative: boolean;
  /** The words as written, trimmed. */
  label: string;
  /** False when the year was not written and came from a neighbour or the context. */
  yearWritten: boolean;
  /**
   * Written as the end of a year, half, quarter or month — 2020年末, 2021年底, 6月末, 一季度末 (a
   * stock: 年末常住人口, "6月末，广义货币(M2)余额…"): the day it closes on, published as that
   * unit's figure, so it is written back as written ("2020年末" / "end-2020", "end-Jun 2024"), and
   * a line of years places a year-end with its year (line-chart dates.ts).
   */
  asAt?: 'year' | 'half' | 'quarter' | 'month';
}

export interface PeriodContext {
  /** The year of a period written without one (一季度, 1-6月, 3月), e.g. from a caption. */
  year?: number | null;
}

/** What a text names before its year is known: `make` finishes it in a year. */
export interface PeriodForm {
  /** The year as written, or null when the text names none. */
  year: number | null;
  make(year: number): Period | null;
}

/** Re-exported: callers build their days with the readers' own UTC-midnight rule. */
export { utcDay };

/**
 * Five-year plans by their names: 一五 1953–57, 二五 1958–62, then (after the 1963–65
 * adjustment years) 三五 from 1966 and every five years on: 十四五 is 2021–2025.
 */
const PLAN_NUMBERS = '一二三四五六七八九十';
function planStart(name: string): number | null {
  const n = parseChineseNumeral(name);
  if (n === null || !Number.isInteger(n) || n < 1 || n > 30) return null;
  return n === 1 ? 1953 : n === 2 ? 1958 : 1966 + (n - 3) * 5;
}

const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';

// Built once: a column of a million cells is read with the same expressions.
const RE_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const RE_PLAN = new RegExp(`^[“"]?([${PLAN_NUMBERS}]{1,3})五[”"]?(?:时期|规划|期间)?$`);
const RE_YEARS = new RegExp(`^${YEAR}\\s*年?\\s*${DASH}\\s*${YEAR}\\s*年?$`);
const RE_YEAR_PREFIX = new RegExp(`^(?:${YEAR}\\s*年(?:度)?\\s*)?(.*)$`);

function yearOf(s: string | undefined): number | null {
  if (s === undefined) return null;
  if (/^\d{4}$/.test(s)) return Number(s);
  // 二〇二一 digit by digit: parseChineseNumeral reads positional numerals.
  const n = parseChineseNumeral(s);
  return n !== null && validYear(n) ? n : null;
}

/** A range across years or dates: 2021-2025, 2021年—2025年, 十四五, 2021年1月—2022年6月, a/b. */
function range(s: string, label: string): PeriodForm | null {
  const plan = RE_PLAN.exec(s);
  if (plan) {
    const y0 = planStart(plan[1] ?? '');
    if (y0 === null) return null;
    return { year: y0, make: () => ({ start: utcDay(y0, 0, 1), end: utcDay(y0 + 5, 0, 1), precision: 'range', cumulative: false, label, yearWritten: true }) };
  }
  const years = RE_YEARS.exec(s);
  if (years) {
    const a = yearOf(years[1]);
    const b = yearOf(years[2]);
    if (a === null || b === null || b < a) return null;
    if (a === b) return { year: a, make: (y) => ({ start: utcDay(y, 0, 1), end: utcDay(y + 1, 0, 1), precision: 'year', cumulative: false, label, yearWritten: true }) };
    return { year: a, make: () => ({ start: utcDay(a, 0, 1), end: utcDay(b + 1, 0, 1), precision: 'range', cumulative: false, label, yearWritten: true }) };
  }
  // Two full dates or months: "2021年1月—2022年6月", "2021-01-01/2021-06-30", "2021.01-2021.06".
  for (const sep of ['/', '—', '–', '~', '～', '至', '到', ' - ', '-']) {
    const i = s.indexOf(sep);
    if (i <= 0) continue;
    const a = readForm(s.slice(0, i).trim());
    const b = readForm(s.slice(i + sep.length).trim());
    if (!a || !b || a.year === null) continue;
    const pa = a.make(a.year);
    const pb = b.make(b.year ?? a.year);
    if (!pa || !pb || pb.end <= pa.start || pa.precision === 'range' || pb.precision === 'range') continue;
    const oneYear = new Date(pa.start).getUTCFullYear() === new Date(pb.end - 1).getUTCFullYear();
    // A run of months within one year written with its year: 2021年1月—6月 is 2021年1-6月.
    const fromJan = oneYear && new Date(pa.start).getUTCMonth() === 0 && pa.precision === 'month' && pb.precision === 'month';
    const precision: PeriodPrecision = oneYear && pa.precision === 'month' && pb.precision === 'month' && pa.start === pb.start ? 'month' : fromJan ? 'month' : 'range';
    const cumulative = fromJan && pb.start > pa.start;
    return { year: a.year, make: () => ({ start: pa.start, end: pb.end, precision, cumulative, label, yearWritten: true }) };
  }
  return null;
}

/**
 * The shape of a period before its year is known, or null when the text is not a period.
 * Numbers are years only from 1000 to 9999: 1, 2, 3 are numbers, not the first years AD.
 */
export function readForm(raw: unknown): PeriodForm | null {
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || !validYear(raw)) return null;
    const label = String(raw);
    return months(label, raw, { m0: 1, m1: 12, precision: 'year', cumulative: false });
  }
  if (typeof raw !== 'string') return null;
  // The common case first, without the general readers: 2021, 2021-03, 2021-03-15.
  const iso = RE_ISO.exec(raw);
  if (iso) {
    const y = Number(iso[1]);
    if (iso[3] !== undefined) return dayForm(raw, y, Number(iso[2]), Number(iso[3]));
    const m = iso[2] === undefined ? null : Number(iso[2]);
    return m === null ? months(raw, y, { m0: 1, m1: 12, precision: 'year', cumulative: false }) : months(raw, y, { m0: m, m1: m, precision: 'month', cumulative: false });
  }
  const label = raw.trim();
  // Periods are short: a sentence is never one, and need not be tried against every form.
  if (label === '' || label.length > 40) return null;
  const s = toHalfWidth(label).replace(/\s+/g, ' ').trim();
  const core = parseCalendarDate(s);
  if (core && validYear(core.year)) {
    if (core.precision === 'day') return dayForm(label, core.year, core.month ?? 1, core.day ?? 1);
    const m = core.month;
    return m === undefined ? months(label, core.year, { m0: 1, m1: 12, precision: 'year', cumulative: false }) : months(label, core.year, { m0: m, m1: m, precision: 'month', cumulative: false });
  }
  const yp = RE_YEAR_PREFIX.exec(s);
  const year = yearOf(yp?.[1]);
  const rest = (yp?.[2] ?? '').trim();
  if (year !== null && rest === '') return months(label, year, { m0: 1, m1: 12, precision: 'year', cumulative: false });
  if (yp?.[1] === undefined || year !== null) {
    const zh = chineseRest(rest, label, year);
    if (zh) return zh;
  }
  return western(s, label) ?? range(s, label);
}

/**
 * One period, or null when the text is not one — or names no year and the context gives none
 * (一季度 alone is not a span of time until we know which year's).
 */
export function readPeriod(raw: unknown, context: PeriodContext = {}): Period | null {
  const form = readForm(raw);
  if (!form) return null;
  const y = form.year ?? context.year ?? null;
  return y === null ? null : form.make(y);
}

/** The calendar year a period starts in. */
export function periodYear(p: Period): number {
  return new Date(p.start).getUTCFullYear();
}

/** True when the period begins on 1 January: where every cumulative span begins. */
export function startsYear(p: Period): boolean {
  const d = new Date(p.start);
  return d.getUTCMonth() === 0 && d.getUTCDate() === 1;
}

/** The months a period covers, 1-based and inclusive, counted from January of its start year (13 = next January). */
export function monthsOf(p: Period): { m0: number; m1: number } {
  const a = new Date(p.start);
  const b = new Date(p.end - 1);
  return { m0: a.getUTCMonth() + 1, m1: (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() + 1 };
}
