/**
 * When a target stands: its period, the dates its actuals were reported at and how much of the
 * period had passed (the judgment itself is targets.judge.ts). Pure: dates are UTC
 * milliseconds, so the answer never depends on the reader's time zone.
 */
import { RATE_UNITS } from '../../core/format/vocabulary.js';
import type { FigureKind } from '../../extract/index.js';

export type TargetStatus = 'achieved' | 'on-track' | 'behind' | 'missed' | 'not-reported';

/** Worst first: the order of "sort by status" and of the summary. */
export const STATUS_ORDER: readonly TargetStatus[] = ['missed', 'behind', 'not-reported', 'on-track', 'achieved'];

/** A span of days; `end` is exclusive (the first instant after the last day). */
export interface Period {
  start: number;
  end: number;
}

/** An actual as reported: the value as of the end of `date` (exclusive end instant). */
export interface Checkpoint {
  date: number;
  value: number;
  /** The date as the editor wrote it ("2021", "1-6月"), for labels. */
  label: string;
}

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1): number => Date.UTC(y, m - 1, d);
const endOfYear = (y: number): number => utc(y + 1);
const endOfMonth = (y: number, m: number): number => utc(y, m + 1);

/** Five-year plans by their common names: 十四五 is 2021–2025. */
const PLANS: Readonly<Record<string, number>> = { 十三五: 2016, 十四五: 2021, 十五五: 2026 };

const clean = (s: string): string =>
  s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[—–－~～至到]/g, '-')
    .replace(/\s+/g, '')
    .replace(/[年度份]+$/u, '');

/**
 * One date as an editor writes it → the exclusive end of the span it names: "2021" is the whole
 * year, "2021-06" / "2021年6月" / "2021.6" the month, "2021-06-30" the day, "2021H1" and "2021Q2"
 * the half and quarter, "1-6月" the months of `year`. null when it is not a date.
 */
export function parseDateEnd(text: string, year?: number): number | null {
  const s = clean(text).replace(/月份?$/u, '月');
  let m = /^(\d{4})$/.exec(s);
  if (m) return endOfYear(Number(m[1]));
  m = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/u.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = utc(y, mo, d);
    // Date.UTC rolls 2021-02-30 over to March: a date that does not exist is not a date.
    if (mo < 1 || mo > 12 || new Date(t).getUTCDate() !== d) return null;
    return t + DAY;
  }
  m = /^(\d{4})[-./年](\d{1,2})月?$/u.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return endOfMonth(Number(m[1]), Number(m[2]));
  m = /^(\d{4})[-_ ]?([HQ])([1-4])$/i.exec(s);
  if (m) {
    const n = Number(m[3]);
    const half = m[2]?.toUpperCase() === 'H';
    if (half ? n > 2 : false) return null;
    return endOfMonth(Number(m[1]), half ? n * 6 : n * 3);
  }
  // "1-6月", "1—9月份": cumulative from January, in the year of the period.
  m = /^(?:(\d{4})年?)?1-(\d{1,2})月$/u.exec(s);
  if (m && (m[1] !== undefined || year !== undefined) && Number(m[2]) <= 12) return endOfMonth(Number(m[1] ?? year), Number(m[2]));
  return null;
}

/** The first instant of a date as written (for a period's start). */
function parseDateStart(text: string): number | null {
  const s = clean(text);
  let m = /^(\d{4})$/.exec(s);
  if (m) return utc(Number(m[1]));
  m = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/u.exec(s);
  if (m) {
    const end = parseDateEnd(s);
    return end === null ? null : end - DAY;
  }
  m = /^(\d{4})[-./年](\d{1,2})月?$/u.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return utc(Number(m[1]), Number(m[2]));
  return null;
}

/**
 * A period as an editor writes it: "2021" (the year), "2021-2025", "2021/2025", "2021年—2025年",
 * "十四五", "2021-01-01/2021-06-30", "2021-03". null when it cannot be read or ends before it starts.
 */
export function parsePeriod(text: string): Period | null {
  const s = clean(text).replace(/^“|”$/g, '').replace(/时期|规划|期间$/gu, '');
  const plan = PLANS[s];
  if (plan !== undefined) return { start: utc(plan), end: endOfYear(plan + 4) };
  const years = /^(\d{4})年?[-/](\d{4})$/u.exec(s);
  if (years) {
    const [a, b] = [Number(years[1]), Number(years[2])];
    return b >= a ? { start: utc(a), end: endOfYear(b) } : null;
  }
  const parts = s.split('/');
  if (parts.length === 2) {
    const start = parseDateStart(parts[0] ?? '');
    const end = parseDateEnd(parts[1] ?? '');
    return start !== null && end !== null && end > start ? { start, end } : null;
  }
  const start = parseDateStart(s);
  const end = parseDateEnd(s);
  return start !== null && end !== null ? { start, end } : null;
}

/** The share of `period` gone by at instant `t`, 0–1. */
export function elapsedShare(period: Period, t: number): number {
  return Math.min(1, Math.max(0, (t - period.start) / (period.end - period.start)));
}

/** Units whose values are rates: compared as they stand, never pro-rated over the period (the one vocabulary's). */
export { RATE_UNITS };

/** Rates (growth, shares, anything in %) are judged as they stand; amounts build up over the period. */
export function isRate(kind: FigureKind, unit: string): boolean {
  return kind === 'growth' || kind === 'share' || RATE_UNITS.has(unit);
}
