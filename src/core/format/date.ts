/**
 * Calendar dates as news copy writes them — "2021", "2021年1月", "2021-01-15", "Jan 2021" — with
 * the precision they were written at. Pure: no DOM, and no local time zone anywhere. A date is a
 * calendar day, not an instant: "2021-01-15" must stay the 15th for a reader in Los Angeles, so it
 * is never read by `new Date(string)` (which reads ISO dates as UTC but other forms as local time)
 * and every instant made here is midnight UTC, formatted with `timeZone: 'UTC'`.
 */
import type { Locale } from '../i18n/locale.js';
import { toHalfWidth } from './numeral.js';

export type DatePrecision = 'year' | 'month' | 'day';

export interface CalendarDate {
  year: number;
  /** 1–12; absent at year precision. */
  month?: number;
  /** 1–31; present only at day precision. */
  day?: number;
  precision: DatePrecision;
}

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/**
 * Midnight UTC of a calendar day, in ms; month0 and day may overflow (day 0 is the last day of the
 * month before). setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
 */
function utc(year: number, month0: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

function make(year: number, month?: number, day?: number): CalendarDate | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (month === undefined) return { year, precision: 'year' };
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return { year, month, precision: 'month' };
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

function monthFromName(name: string): number | undefined {
  // "Jan", "Jan.", "Sept", "January" — a prefix of the month's name, three letters at least.
  const n = name.replace(/\.$/, '').toLowerCase();
  if (n.length < 3) return undefined;
  const i = EN_MONTHS.findIndex((m) => m.startsWith(n) || (n === 'sept' && m === 'september'));
  return i >= 0 ? i + 1 : undefined;
}

/**
 * Reads a calendar date: a year, a month or a day — the day-level core the period reader
 * (period.ts: quarters, halves, 1-9月, ranges) is built on. Use `readPeriod` for a cell that may
 * name any period. Accepts 2021 (a number), "2021", "2021年", "2021-01", "2021/1", "2021.01",
 * "2021年1月", "2021年1月份", "2021-01-15", "2021/1/15", "2021年1月15日", "2021-01-15T08:00"
 * (the calendar part), "Jan 2021", "January 2021", "15 Jan 2021", "Jan 15, 2021".
 * Returns null for anything else, including impossible days ("2021-02-30").
 */
export function parseCalendarDate(raw: unknown): CalendarDate | null {
  if (typeof raw === 'number') return Number.isInteger(raw) ? make(raw) : null;
  if (typeof raw !== 'string') return null;
  const s = toHalfWidth(raw).trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})年?$/.exec(s);
  if (m) return make(Number(m[1]));
  m = /^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月份?)$/.exec(s);
  if (m) return make(Number(m[1]), Number(m[2] ?? m[3]));
  m = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|年(\d{1,2})月(\d{1,2})[日号])$/.exec(s);
  if (m) return make(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
  m = /^([a-z]+\.?) (\d{4})$/i.exec(s);
  if (m) {
    const month = monthFromName(m[1] ?? '');
    return month ? make(Number(m[2]), month) : null;
  }
  m = /^(\d{1,2}) ([a-z]+\.?),? (\d{4})$/i.exec(s) ?? null;
  if (m) {
    const month = monthFromName(m[2] ?? '');
    return month ? make(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^([a-z]+\.?) (\d{1,2}),? (\d{4})$/i.exec(s);
  if (m) {
    const month = monthFromName(m[1] ?? '');
    return month ? make(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}

/** The first instant of the date's period (midnight UTC), in ms: where a point event stands. */
export function startTime(d: CalendarDate): number {
  return utc(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

/** The instant just after the period ends: "2025" ends at 2026-01-01, "2021-01" at 2021-02-01. */
export function endTime(d: CalendarDate): number {
  if (d.precision === 'year') return utc(d.year + 1, 0, 1);
  if (d.precision === 'month') return utc(d.year, d.month ?? 1, 1);
  return utc(d.year, (d.month ?? 1) - 1, (d.day ?? 1) + 1);
}

/** Orders dates by where their periods start; a coarser date first when they start together. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return startTime(a) - startTime(b) || endTime(b) - endTime(a);
}

/** The calendar date of an instant made by this module (or any midnight-UTC ms) at a precision. */
export function dateAt(time: number, precision: DatePrecision): CalendarDate {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  if (precision === 'year') return { year: y, precision };
  if (precision === 'month') return { year: y, month: d.getUTCMonth() + 1, precision };
  return { year: y, month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision };
}

/** Today in the reader's own calendar (their local date, which is what "today" means to them). */
export function today(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate(), precision: 'day' };
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** A cached Intl.DateTimeFormat in UTC: calendar dates are UTC midnights, so they never shift. */
export function dtf(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

const OPTIONS: Readonly<Record<DatePrecision, Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};
const EN_OPTIONS: Readonly<Record<DatePrecision, Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
};

/** A date at its own precision: "2021年" / "2021年1月" / "2021年1月15日"; "2021" / "Jan 2021" / "Jan 15, 2021". */
export function formatCalendarDate(d: CalendarDate, locale: Locale): string {
  const options = (locale === 'zh-CN' ? OPTIONS : EN_OPTIONS)[d.precision];
  return dtf(locale, options).format(startTime(d));
}

/**
 * A period from `a` to `b` (both included), sharing what they share: "2021–2025年",
 * "2021年1月–3月", "2021年1月1日–15日"; "2021–2025", "Jan–Mar 2021", "Jan 1–15, 2021".
 * Mixed precisions are written in full on both sides.
 */
export function formatDateRange(a: CalendarDate, b: CalendarDate, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const full = `${formatCalendarDate(a, locale)}${zh ? '–' : ' – '}${formatCalendarDate(b, locale)}`;
  if (a.precision !== b.precision) return full;
  if (a.precision === 'year') return a.year === b.year ? formatCalendarDate(a, locale) : zh ? `${a.year}–${b.year}年` : `${a.year}–${b.year}`;
  if (a.year !== b.year) return full;
  const month = (d: CalendarDate): string => dtf(locale, { month: 'short' }).format(startTime(d));
  if (a.precision === 'month') {
    if (a.month === b.month) return formatCalendarDate(a, locale);
    return zh ? `${a.year}年${month(a)}–${month(b)}` : `${month(a)}–${month(b)} ${a.year}`;
  }
  if (a.month !== b.month) return zh ? `${a.year}年${a.month ?? 1}月${a.day ?? 1}日–${b.month ?? 1}月${b.day ?? 1}日` : `${month(a)} ${a.day ?? 1} – ${month(b)} ${b.day ?? 1}, ${a.year}`;
  if (a.day === b.day) return formatCalendarDate(a, locale);
  return zh ? `${formatCalendarDate(a, locale)}–${b.day ?? 1}日` : `${month(a)} ${a.day ?? 1}–${b.day ?? 1}, ${a.year}`;
}

/** The date as an ISO-8601 calendar string at its precision: "2021", "2021-01", "2021-01-15". */
export function isoDate(d: CalendarDate): string {
  const y = String(d.year).padStart(4, '0');
  if (d.precision === 'year') return y;
  const m = String(d.month ?? 1).padStart(2, '0');
  if (d.precision === 'month') return `${y}-${m}`;
  return `${y}-${m}-${String(d.day ?? 1).padStart(2, '0')}`;
}

export type TickUnit = 'year' | 'month' | 'day';

/**
 * A tick of a time axis: "2021年" / "2021"; "3月" / "Mar", with the year when `withYear`
 * ("2021年1月" / "Jan 2021"); "15日" / "15", with the month when `withContext` ("1月15日" / "Jan 15").
 */
export function formatTick(time: number, unit: TickUnit, locale: Locale, withContext: boolean): string {
  const zh = locale === 'zh-CN';
  if (unit === 'year') return dtf(locale, { year: 'numeric' }).format(time);
  if (unit === 'month') {
    return withContext ? dtf(locale, zh ? OPTIONS.month : EN_OPTIONS.month).format(time) : dtf(locale, { month: 'short' }).format(time);
  }
  return withContext ? dtf(locale, { month: zh ? 'long' : 'short', day: 'numeric' }).format(time) : zh ? `${new Date(time).getUTCDate()}日` : String(new Date(time).getUTCDate());
}
