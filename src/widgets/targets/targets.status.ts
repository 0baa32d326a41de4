/**
 * Where a target stands: its period, the dates its actuals were reported at, and the status
 * computed from the comparator and how much of the period had passed. Pure: dates are UTC
 * milliseconds, so the answer never depends on the reader's time zone.
 */
import type { Comparator, FigureKind } from '../../extract/index.js';

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

// Dates and periods are read by the one period reader (core/format/period): the same words
// mean the same span here as in the line chart, the timeline and the builder.
import { readPeriod } from '../../core/format/period.js';

/**
 * One date as an editor writes it → the exclusive end of the span it names: "2021" is the whole
 * year, "2021-06" / "2021年6月" / "2021.6" the month, "2021-06-30" the day, "2021H1" and "2021Q2"
 * the half and quarter, "1-6月" / "上半年" / "前三季度" the months of `year`. null when it is not a date.
 */
export function parseDateEnd(text: string, year?: number): number | null {
  return readPeriod(text, { year: year ?? null })?.end ?? null;
}

/** The first instant of a date as written (for a period's start). */
function parseDateStart(text: string): number | null {
  return readPeriod(text)?.start ?? null;
}

/**
 * A period as an editor writes it: "2021" (the year), "2021-2025", "2021/2025", "2021年—2025年",
 * "十四五", "“十四五”时期", "2021-01-01/2021-06-30", "2021-03", "2021年上半年". null when it
 * cannot be read or ends before it starts.
 */
export function parsePeriod(text: string): Period | null {
  const p = readPeriod(text);
  if (p) return { start: p.start, end: p.end };
  // "2021-01/2021-06-30": a start and an end written at different precisions.
  const parts = text.split('/');
  if (parts.length !== 2) return null;
  const start = parseDateStart(parts[0] ?? '');
  const end = parseDateEnd(parts[1] ?? '');
  return start !== null && end !== null && end > start ? { start, end } : null;
}

/** The share of `period` gone by at instant `t`, 0–1. */
export function elapsedShare(period: Period, t: number): number {
  return Math.min(1, Math.max(0, (t - period.start) / (period.end - period.start)));
}

/** Units whose values are rates: compared as they stand, never pro-rated over the period. */
export const RATE_UNITS = new Set(['%', '‰', '个百分点', 'pp', 'percentage points']);

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
