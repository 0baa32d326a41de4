/**
 * Calendar dates for the x axis, read by core/format/date (UTC midnight, never local time: a
 * reader in another time zone must not see a point move to the previous day), as instants the
 * scales can place. Numbers count as years only from 1000 to 2999: a numeric x of 1, 2, 3 is a
 * number, not the first years of the Common Era.
 */
import { parseCalendarDate as parseDate, startTime } from '../../core/format/date.js';
import type { Granularity } from '../../core/time-axis.js';

export interface CalendarDate {
  /** ms since 1970 at UTC midnight of the first day the text names. */
  time: number;
  granularity: Granularity;
}

/** Reads one calendar date, or null when it is not one. Impossible dates ("2021-02-30") are null. */
export function parseCalendarDate(raw: unknown): CalendarDate | null {
  if (raw instanceof Date) {
    const t = raw.getTime();
    return Number.isFinite(t) ? { time: Date.UTC(raw.getUTCFullYear(), raw.getUTCMonth(), raw.getUTCDate()), granularity: 'day' } : null;
  }
  if (typeof raw === 'number' && !(Number.isInteger(raw) && raw >= 1000 && raw <= 2999)) return null;
  const d = parseDate(raw);
  return d ? { time: startTime(d), granularity: d.precision } : null;
}

/** The finest granularity among the dates: daily if any date names a day. */
export function finest(dates: readonly CalendarDate[]): Granularity {
  let g: Granularity = 'year';
  for (const d of dates) {
    if (d.granularity === 'day') return 'day';
    if (d.granularity === 'month') g = 'month';
  }
  return g;
}
