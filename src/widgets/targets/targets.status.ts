/**
 * When a target stands: its period, the dates its actuals were reported at and how much of the
 * period had passed (the judgment itself is targets.judge.ts). Pure: dates are UTC
 * milliseconds, so the answer never depends on the reader's time zone.
 */
import { RATE_UNITS } from '../../core/format/vocabulary.js';
import type { FigureKind } from '../../core/format/figure.js';

export type TargetStatus = 'achieved' | 'on-track' | 'behind' | 'missed' | 'not-reported';

/** Worst first: the order of "sort by status" and of the summary. */
export const STATUS_ORDER: readonly TargetStatus[] = ['missed', 'behind', 'not-reported', 'on-track', 'achieved'];

/** A span of days; `end` is exclusive (the first instant after the last day). */
export interface Period {
  start: number;
  end: number;
  /**
   * Nothing says when the work began: a deadline (2025年底, 到2025年) on a board with neither a
   * date nor a period. `start` is then only the start of what the deadline closes, no pace is
   * read from it, and an amount not yet met is not judged on or off pace (targets.layout.ts).
   */
  startUnknown?: true;
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

/** Units whose values are rates: compared as they stand, never pro-rated over the period (the one vocabulary's). */
export { RATE_UNITS };

/** Rates (growth, shares, anything in %) are judged as they stand; amounts build up over the period. */
export function isRate(kind: FigureKind, unit: string): boolean {
  return kind === 'growth' || kind === 'share' || RATE_UNITS.has(unit);
}
