/**
 * The units a period is written in within one year — months (3月, 1-9月, 前两个月), a day (1月15日),
 * quarters (一季度, 前三季度, Q1), halves (上半年, H1), the whole year (全年) and the last day of
 * any of them (6月末, 2021年末) — each as a PeriodForm, finished once its year is known. What comes
 * before them (a year written or not, a range across years, a plan's name) is period.ts's.
 */
import { parseChineseNumeral } from './numeral.js';
import type { Period, PeriodForm, PeriodPrecision } from './period.js';

/** Midnight UTC; month0 and day may overflow. setUTCFullYear: Date.UTC maps 0–99 to 1900s. */
export function utcDay(year: number, month0: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

export const validYear = (y: number): boolean => Number.isInteger(y) && y >= 1000 && y <= 9999;
const validMonth = (m: number): boolean => Number.isInteger(m) && m >= 1 && m <= 12;
const daysIn = (y: number, m: number): number => new Date(utcDay(y, m, 0)).getUTCDate();

const CN = '〇零一二两三四五六七八九十';
/** Range marks: 1-6月, 1—6月, 1–6月, 1~6月, 1～6月, 1至6月, 1到6月, 2021——2025. */
export const DASH = '(?:-|—{1,2}|–|~|～|－|至|到)';
const NUM = `(\\d{1,2}|[${CN}]{1,3})`;

// Built once: a column of a million cells is read with the same expressions.
const RE_QUARTER = new RegExp(`^第?([一二三四1-4])季度?$`);
const RE_FIRST_QUARTERS = new RegExp(`^前([一二三两2-4])(?:个)?季度$`);
const RE_FIRST_MONTHS = new RegExp(`^前${NUM}个月$`);
const RE_MONTH_TO_MONTH = new RegExp(`^(?:年初|${NUM}月(?:份)?)${DASH}${NUM}月(?:份|末|底)?$`);
const RE_MONTH_RANGE = new RegExp(`^${NUM}${DASH}${NUM}月(?:份)?$`);
const RE_MONTH = new RegExp(`^${NUM}月(?:份)?$`);
const RE_MONTH_DAY = new RegExp(`^${NUM}月${NUM}[日号]$`);

function small(s: string | undefined): number | null {
  if (s === undefined) return null;
  if (/^\d{1,2}$/.test(s)) return Number(s);
  const n = parseChineseNumeral(s.replace(/^两$/, '二'));
  return n !== null && Number.isInteger(n) ? n : null;
}

interface Span {
  m0: number;
  m1: number;
  precision: PeriodPrecision;
  cumulative: boolean;
}

/** A span of whole months in one year, 1-based and inclusive. */
export function months(label: string, year: number | null, s: Span): PeriodForm | null {
  if (!validMonth(s.m0) || !validMonth(s.m1) || s.m1 < s.m0) return null;
  return {
    year,
    make: (y) => (validYear(y) ? { start: utcDay(y, s.m0 - 1, 1), end: utcDay(y, s.m1, 1), precision: s.precision, cumulative: s.cumulative, label, yearWritten: year !== null } : null),
  };
}

export function dayForm(label: string, year: number | null, m: number, d: number): PeriodForm | null {
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

/** The last day of a single month, quarter or half, as at which a stock is published (6月末). */
function lastDay(p: Period | null, label: string): Period | null {
  if (!p || p.cumulative || (p.precision !== 'month' && p.precision !== 'quarter' && p.precision !== 'half')) return null;
  return { start: p.end - 864e5, end: p.end, precision: 'day', cumulative: false, label, yearWritten: p.yearWritten, asAt: p.precision };
}

/** The part after an optional "2021年": 一季度, 上半年, 1-9月, 前三季度, 3月, 1月15日, 年末. */
export function chineseRest(rest: string, label: string, year: number | null): PeriodForm | null {
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
export function western(s: string, label: string): PeriodForm | null {
  const m = /^(?:(\d{4})\s*[-/]?\s*([QH])([1-4])|([QH])([1-4])(?:\s*[-/,]?\s*(\d{4}))?)$/i.exec(s);
  if (!m) return null;
  const year = m[1] ? Number(m[1]) : m[6] ? Number(m[6]) : null;
  const letter = (m[2] ?? m[4] ?? '').toUpperCase();
  const n = Number(m[3] ?? m[5]);
  if (letter === 'Q') return months(label, year, { m0: n * 3 - 2, m1: n * 3, precision: 'quarter', cumulative: false });
  return n <= 2 ? months(label, year, { m0: n * 6 - 5, m1: n * 6, precision: 'half', cumulative: false }) : null;
}
