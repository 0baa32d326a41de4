/**
 * Periods as newsrooms write them — "2021年", "2021Q1", "2021年一季度", "一季度", "上半年",
 * "1-9月", "前三季度", "全年", "2021-03", "2021年1月15日", "2021-2025", "十四五" — read into one
 * shape: a span [start, end) in UTC ms, the unit it was written in, whether it is a cumulative
 * span from the start of the year, and the words as written. Pure and time-zone free: a period is
 * a run of calendar days, every instant here is a UTC midnight, nothing reads the clock and
 * nothing goes through `new Date(string)`. Series reading (years from neighbours, mixed spans)
 * is in period-series.ts; writing periods back in zh-CN / en is in period-format.ts.
 */
import { parseCalendarDate } from './date.js';
import { parseChineseNumeral, toHalfWidth } from './numeral.js';

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

/** Midnight UTC; month0 and day may overflow. setUTCFullYear: Date.UTC maps 0–99 to 1900s. */
export function utcDay(year: number, month0: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

const validYear = (y: number): boolean => Number.isInteger(y) && y >= 1000 && y <= 9999;
const validMonth = (m: number): boolean => Number.isInteger(m) && m >= 1 && m <= 12;
const daysIn = (y: number, m: number): number => new Date(utcDay(y, m, 0)).getUTCDate();

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

const CN = '〇零一二两三四五六七八九十';
/** Range marks: 1-6月, 1—6月, 1–6月, 1~6月, 1～6月, 1至6月, 1到6月, 2021——2025. */
const DASH = '(?:-|—{1,2}|–|~|～|－|至|到)';
const NUM = `(\\d{1,2}|[${CN}]{1,3})`;
const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';

// Built once: a column of a million cells is read with the same expressions.
const RE_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const RE_QUARTER = new RegExp(`^第?([一二三四1-4])季度?$`);
const RE_FIRST_QUARTERS = new RegExp(`^前([一二三两2-4])(?:个)?季度$`);
const RE_FIRST_MONTHS = new RegExp(`^前${NUM}个月$`);
const RE_MONTH_TO_MONTH = new RegExp(`^(?:年初|${NUM}月(?:份)?)${DASH}${NUM}月(?:份|末|底)?$`);
const RE_MONTH_RANGE = new RegExp(`^${NUM}${DASH}${NUM}月(?:份)?$`);
const RE_MONTH = new RegExp(`^${NUM}月(?:份)?$`);
const RE_MONTH_DAY = new RegExp(`^${NUM}月${NUM}[日号]$`);
const RE_PLAN = new RegExp(`^[“"]?([${PLAN_NUMBERS}]{1,3})五[”"]?(?:时期|规划|期间)?$`);
const RE_YEARS = new RegExp(`^${YEAR}\\s*年?\\s*${DASH}\\s*${YEAR}\\s*年?$`);
const RE_YEAR_PREFIX = new RegExp(`^(?:${YEAR}\\s*年(?:度)?\\s*)?(.*)$`);

function small(s: string | undefined): number | null {
  if (s === undefined) return null;
  if (/^\d{1,2}$/.test(s)) return Number(s);
  const n = parseChineseNumeral(s.replace(/^两$/, '二'));
  return n !== null && Number.isInteger(n) ? n : null;
}

function yearOf(s: string | undefined): number | null {
  if (s === undefined) return null;
  if (/^\d{4}$/.test(s)) return Number(s);
  // 二〇二一 digit by digit: parseChineseNumeral reads positional numerals.
  const n = parseChineseNumeral(s);
  return n !== null && validYear(n) ? n : null;
}

interface Span {
  m0: number;
  m1: number;
  precision: PeriodPrecision;
  cumulative: boolean;
}

/** A span of whole months in one year, 1-based and inclusive. */
function months(label: string, year: number | null, s: Span): PeriodForm | null {
  if (!validMonth(s.m0) || !validMonth(s.m1) || s.m1 < s.m0) return null;
  return {
    year,
    make: (y) => (validYear(y) ? { start: utcDay(y, s.m0 - 1, 1), end: utcDay(y, s.m1, 1), precision: s.precision, cumulative: s.cumulative, label, yearWritten: year !== null } : null),
  };
}

function dayForm(label: string, year: number | null, m: number, d: number): PeriodForm | null {
  if (!validMonth(m) || !Number.isInteger(d) || d < 1 || d > 31) return null;
  return {
    year,
    make: (y) => (validYear(y) && d <= daysIn(y, m) ? { start: utcDay(y, m - 1, d), end: utcDay(y, m - 1, d + 1), precision: 'day', cumulative: false, label, yearWritten: year !== null } : null),
  };
}

/** A span of months: 1-9月 from January is cumulative; 4-6月 is a range; 3-3月 is a month. */
function monthSpan(a: number | null, b: number | null): Span | null {
  if (a === null || b === null || !validMonth(a) || !validMonth(b) || b < a) return null;
  if (a === b) return { m0: a, m1: a, precision: 'month', cumulative: false };
  return a === 1 ? { m0: 1, m1: b, precision: 'month', cumulative: true } : { m0: a, m1: b, precision: 'range', cumulative: false };
}

const WORDS: Readonly<Record<string, Span>> = {
  全年: { m0: 1, m1: 12, precision: 'year', cumulative: false },
  上半年: { m0: 1, m1: 6, precision: 'half', cumulative: false },
  下半年: { m0: 7, m1: 12, precision: 'half', cumulative: false },
};

/** The part after an optional "2021年": 一季度, 上半年, 1-9月, 前三季度, 3月, 1月15日, 年末. */
/** The last day of a single month, quarter or half, as at which a stock is published (6月末). */
function lastDay(p: Period | null, label: string): Period | null {
  if (!p || p.cumulative || (p.precision !== 'month' && p.precision !== 'quarter' && p.precision !== 'half')) return null;
  return { start: p.end - 864e5, end: p.end, precision: 'day', cumulative: false, label, yearWritten: p.yearWritten, asAt: p.precision };
}

function chineseRest(rest: string, label: string, year: number | null): PeriodForm | null {
  const word = Object.hasOwn(WORDS, rest) ? WORDS[rest] : undefined;
  if (word) return months(label, year, word);
  let m = RE_QUARTER.exec(rest);
  if (m) {
    const q = small(m[1]) ?? 0;
    return months(label, year, { m0: q * 3 - 2, m1: q * 3, precision: 'quarter', cumulative: false });
  }
  m = RE_FIRST_QUARTERS.exec(rest);
  if (m) {
    const q = small(m[1]) ?? 0;
    return months(label, year, q === 1 ? { m0: 1, m1: 3, precision: 'quarter', cumulative: false } : { m0: 1, m1: q * 3, precision: 'quarter', cumulative: true });
  }
  m = RE_FIRST_MONTHS.exec(rest);
  if (m) {
    const n = small(m[1]) ?? 0;
    return months(label, year, { m0: 1, m1: n, precision: 'month', cumulative: n > 1 });
  }
  m = RE_MONTH_TO_MONTH.exec(rest);
  if (m) {
    const span = monthSpan(m[1] === undefined ? 1 : small(m[1]), small(m[2]));
    return span ? months(label, year, span) : null;
  }
  m = RE_MONTH_RANGE.exec(rest);
  if (m) {
    const span = monthSpan(small(m[1]), small(m[2]));
    return span ? months(label, year, span) : null;
  }
  m = RE_MONTH.exec(rest);
  if (m) {
    const a = small(m[1]);
    return a === null ? null : months(label, year, { m0: a, m1: a, precision: 'month', cumulative: false });
  }
  m = RE_MONTH_DAY.exec(rest);
  if (m) {
    const a = small(m[1]);
    const d = small(m[2]);
    return a === null || d === null ? null : dayForm(label, year, a, d);
  }
  // 2021年末 / 年底: a stock figure as at the last day of the year.
  if (year !== null && /^年?(?:末|底)$/.test(rest)) {
    const day = dayForm(label, year, 12, 31);
    return day && { year, make: (y) => { const p = day.make(y); return p && { ...p, asAt: 'year' }; } };
  }
  // 6月末 / 6月底 / 一季度末 / 上半年末: the last day of that month, quarter or half, as above.
  const endOf = /^(.+?)(?:末|底)$/u.exec(rest);
  const unit = endOf?.[1] ? chineseRest(endOf[1], label, year) : null;
  if (unit) return { year: unit.year, make: (y) => lastDay(unit.make(y), label) };
  return null;
}

/** Q1 2021, 2021Q1, 2021 Q1, 2021-Q1, Q1, H1 2021, 2021H2, H1. */
function western(s: string, label: string): PeriodForm | null {
  const m = /^(?:(\d{4})\s*[-/]?\s*([QH])([1-4])|([QH])([1-4])(?:\s*[-/,]?\s*(\d{4}))?)$/i.exec(s);
  if (!m) return null;
  const year = m[1] ? Number(m[1]) : m[6] ? Number(m[6]) : null;
  const letter = (m[2] ?? m[4] ?? '').toUpperCase();
  const n = Number(m[3] ?? m[5]);
  if (letter === 'Q') return months(label, year, { m0: n * 3 - 2, m1: n * 3, precision: 'quarter', cumulative: false });
  return n <= 2 ? months(label, year, { m0: n * 6 - 5, m1: n * 6, precision: 'half', cumulative: false }) : null;
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
