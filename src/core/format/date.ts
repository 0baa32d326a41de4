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

/** How finely a time of day is written: to the minute ("14:30"), or to the second when the data has them. */
export type TimePrecision = 'minute' | 'second';

export interface ClockTime {
  /**
   * The date and clock time as written, as ms since 1970 read in UTC: "2021-01-05 14:30" is
   * Date.UTC(2021, 0, 5, 14, 30), whatever the reader's zone, and is written back "14:30".
   */
  time: number;
  /** True when seconds other than :00 are written. */
  seconds: boolean;
  /** The UTC offset written after the time ("+08:00" → 480, "Z" → 0), null when none: the clock stays as written. */
  offset: number | null;
}

const CLOCK = '(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?';
const OFFSET = '(Z|[+-]\\d{2}:?\\d{2})?';
// "2021-01-05 14:30", "2021-01-05T14:30:15Z", "2021/1/5 14:30", "2021.1.5 14:30+08:00".
const RE_NUMERIC_TIME = new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:T| +)${CLOCK}${OFFSET}$`);
// "2021年1月5日 14:30", "2021年1月5日14时30分", "2021年1月5日 14时", "2021年1月5日14点30分15秒".
const RE_ZH_TIME = new RegExp(`^(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号] *(?:${CLOCK}|(\\d{1,2})[时点](?:(\\d{1,2})分(?:(\\d{1,2})秒)?)?)$`);

function offsetMinutes(z: string | undefined): number | null {
  if (z === undefined) return null;
  if (z === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

/**
 * A date with a clock time, as timestamps of hourly AQI, election-night counts or a river gauge
 * are written; null for anything else (a date alone is `parseCalendarDate`'s). Impossible days
 * and times (25:00, 14:60) are null. Read as written, in no time zone: the clock is the source's.
 */
export function parseDateTime(raw: unknown): ClockTime | null {
  if (typeof raw !== 'string') return null;
  const s = toHalfWidth(raw).trim().replace(/：/g, ':');
  let y: number, mo: number, d: number, h: number, mi: number, se: number;
  let offset: number | null = null;
  const n = RE_NUMERIC_TIME.exec(s);
  const z = n ? null : RE_ZH_TIME.exec(s);
  if (n) {
    [y, mo, d, h, mi, se] = [n[1], n[2], n[3], n[4], n[5], n[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
    offset = offsetMinutes(n[7]);
  } else if (z) {
    [y, mo, d] = [z[1], z[2], z[3]].map(Number) as [number, number, number];
    [h, mi, se] = (z[4] !== undefined ? [z[4], z[5], z[6] ?? '0'] : [z[7], z[8] ?? '0', z[9] ?? '0']).map(Number) as [number, number, number];
  } else return null;
  if (!make(y, mo, d) || h > 23 || mi > 59 || se > 59) return null;
  const time = utc(y, mo - 1, d) + ((h * 60 + mi) * 60 + se) * 1000;
  return { time, seconds: se !== 0, offset };
}

const TIME_OPTIONS: Readonly<Record<Locale, Intl.DateTimeFormatOptions>> = {
  // 24-hour "14:30", as Chinese news writes times; English as Intl writes it ("2:30 PM").
  'zh-CN': { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  en: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
};

/**
 * A date and clock time: "2021年1月5日 14:30" / "Jan 5, 2021, 2:30 PM", with seconds at
 * precision 'second' ("14:30:15"). `time` as `parseDateTime` makes it: read in UTC.
 */
export function formatDateTime(time: number, precision: TimePrecision, locale: Locale): string {
  const base = TIME_OPTIONS[locale];
  return dtf(locale, precision === 'second' ? { ...base, second: '2-digit' } : base).format(time);
}

/** A clock time alone for an axis tick ("14:30" / "2:30 PM"), with its day ("1月5日 14:30" / "Jan 5, 2:30 PM") when `withDay`. */
export function formatClockTick(time: number, locale: Locale, withDay: boolean, seconds = false): string {
  const zh = locale === 'zh-CN';
  const clock: Intl.DateTimeFormatOptions = zh ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : { hour: 'numeric', minute: '2-digit' };
  const day: Intl.DateTimeFormatOptions = withDay ? { month: zh ? 'long' : 'short', day: 'numeric' } : {};
  return dtf(locale, { ...day, ...clock, ...(seconds ? { second: '2-digit' } : {}) }).format(time);
}
