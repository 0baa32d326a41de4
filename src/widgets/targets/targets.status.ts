/**
 * Where a target stands: its period, the dates its actuals were reported at, and the status
 * computed from the comparator and how much of the period had passed. Pure: dates are UTC
 * milliseconds, so the answer never depends on the reader's time zone.
 */
import { RATE_UNITS, type Comparator } from '../../core/format/vocabulary.js';
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

export interface StatusInput {
  comparator: Comparator;
  kind: FigureKind;
  unit: string;
  target: number;
  /** For a range target ("5%-8%"): the upper bound. */
  upper?: number;
  /** Where progress is counted from: the start-of-period value (0 for amounts counted afresh). */
  baseline: number;
  /** Sorted by date. */
  checkpoints: readonly Checkpoint[];
  period: Period;
  /** For ≈: the share of the target either side that still counts (0.05 = ±5%). */
  tolerance: number;
}

export interface StatusResult {
  status: TargetStatus;
  /** The share of the period gone by at the latest checkpoint (0 with none). */
  elapsed: number;
  /** Where an amount should stand at the latest checkpoint to be on pace; null for rates or without data. */
  expected: number | null;
  /** The latest actual reaches the target (for ≤: stays within it). */
  met: boolean;
  /** The latest checkpoint covers the whole period: the result is final. */
  final: boolean;
}

/** True when `v` satisfies the target's wording. `eq` is a goal to reach, as plans mean it. */
export function meets(v: number, input: Pick<StatusInput, 'comparator' | 'target' | 'upper' | 'tolerance'>): boolean {
  const { comparator, target, upper, tolerance } = input;
  switch (comparator) {
    case 'gt':
      return v > target;
    case 'le':
      return v <= (upper ?? target);
    case 'approx':
      return Math.abs(v - target) <= Math.abs(target) * tolerance + 1e-12;
    default:
      return v >= target;
  }
}

/** Rates (growth, shares, anything in %) are judged as they stand; amounts build up over the period. */
export function isRate(kind: FigureKind, unit: string): boolean {
  return kind === 'growth' || kind === 'share' || RATE_UNITS.has(unit);
}

/**
 * The status of one target at its latest checkpoint.
 *
 * Amounts (`level`) accumulate from `baseline`: on pace means at least baseline + (target −
 * baseline) × the share of the period gone by at the checkpoint's date; reaching the target
 * early is achieved at once; a cap (≤) or a band (≈) overshot is missed at once, since an amount
 * that has built up cannot come back. Rates (growth, shares) are compared with the target as
 * they stand: on track while they meet it, achieved or missed only by a checkpoint at the end.
 */
export function targetStatus(input: StatusInput): StatusResult {
  const latest = input.checkpoints[input.checkpoints.length - 1];
  if (!latest) return { status: 'not-reported', elapsed: 0, expected: null, met: false, final: false };
  const v = latest.value;
  const elapsed = elapsedShare(input.period, latest.date);
  const final = latest.date >= input.period.end;
  const met = meets(v, input);
  const done = (ok: boolean): StatusResult => ({ status: ok ? 'achieved' : 'missed', elapsed, expected: null, met, final });
  if (isRate(input.kind, input.unit)) {
    if (final) return done(met);
    return { status: met ? 'on-track' : 'behind', elapsed, expected: null, met, final };
  }
  const { baseline, target, tolerance } = input;
  const pace = (goal: number): number => baseline + (goal - baseline) * elapsed;
  switch (input.comparator) {
    case 'le': {
      const cap = input.upper ?? target;
      if (v > cap) return { status: 'missed', elapsed, expected: pace(cap), met, final };
      if (final) return done(true);
      const expected = pace(cap);
      return { status: v <= expected ? 'on-track' : 'behind', elapsed, expected, met, final };
    }
    case 'approx': {
      const lo = target - Math.abs(target) * tolerance;
      const hi = target + Math.abs(target) * tolerance;
      if (v > hi) return { status: 'missed', elapsed, expected: pace(lo), met, final };
      if (final) return done(v >= lo);
      const expected = pace(lo);
      return { status: v >= expected ? 'on-track' : 'behind', elapsed, expected, met, final };
    }
    default: {
      if (met) return { status: 'achieved', elapsed, expected: pace(target), met, final };
      if (final) return { ...done(false), expected: target };
      const expected = pace(target);
      return { status: v >= expected ? 'on-track' : 'behind', elapsed, expected, met, final };
    }
  }
}

/**
 * How far along the target the latest actual is: 0 at the baseline, 1 at the target. null
 * without an actual or when target and baseline coincide.
 */
export function progressOf(input: Pick<StatusInput, 'target' | 'baseline' | 'checkpoints' | 'kind' | 'unit'>): number | null {
  const latest = input.checkpoints[input.checkpoints.length - 1];
  if (!latest) return null;
  const from = isRate(input.kind, input.unit) ? 0 : input.baseline;
  const span = input.target - from;
  return span === 0 ? null : (latest.value - from) / span;
}
