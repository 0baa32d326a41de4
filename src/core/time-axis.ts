/**
 * A calendar time axis: d3-time's UTC intervals pick the ticks, Intl writes them in the reader's
 * language ("2021年1月" / "Jan 2021"). Calendar dates are instants at UTC midnight: a date is
 * the same date for every reader, whatever their time zone. Ticks never go finer than the data
 * (monthly data gets no day ticks), and their count drops until no two labels touch.
 */
import { utcDay, utcHour, utcMinute, utcMonth, utcSecond, utcYear, type TimeInterval } from 'd3-time';
import type { Locale } from './i18n/locale.js';
import type { AxisBase, Tick } from './axis.js';
import { dateAt, formatCalendarDate, formatClockTick, formatDateTime, formatTick } from './format/date.js';

/**
 * How precisely the data names its dates: a year, month or day, or a clock time to the minute
 * or the second (hourly AQI, a gauge every 10 minutes). Clock times are read as written, in UTC
 * (core/format/date.ts parseDateTime), so they are written back as the source wrote them.
 */
export type Granularity = 'year' | 'month' | 'day' | 'minute' | 'second';
/** A tick's unit: a granularity, or hours (ticks of minute data every 1, 3, 6 hours). */
type TickUnit = Granularity | 'hour';

const RANK: Readonly<Record<TickUnit, number>> = { year: 2, month: 1, day: 0, hour: -1, minute: -2, second: -3 };

/** A date as precisely as the data knows it: "2021年1月15日" / "Jan 15, 2021", "2021年1月" / "Jan 2021", "2021年" / "2021"; "2021年1月5日 14:30" / "Jan 5, 2021, 2:30 PM". */
export function formatDate(t: number, granularity: Granularity, locale: Locale): string {
  if (granularity === 'minute' || granularity === 'second') return formatDateTime(t, granularity, locale);
  return formatCalendarDate(dateAt(t, granularity), locale);
}

/** The granularity of instants (ms, read in UTC): days when all are midnights, else minutes, or seconds when some have them. */
export function granularityOf(times: ArrayLike<number>): Granularity {
  // Divisions, not %: a million timestamps near 1e12 take ~30 ms through fmod, a few through
  // division (exact: a quotient of a non-multiple below 2^53 is never a whole number here).
  let midnights = true;
  for (let i = 0; i < times.length; i++) {
    const t = times[i] as number;
    if (!Number.isInteger(t / 60000)) {
      if (Number.isFinite(t)) return 'second';
    } else if (midnights && !Number.isInteger(t / DAY)) midnights = false;
  }
  return midnights ? 'day' : 'minute';
}

const DAY = 864e5;
/** Tick intervals, finest first: [unit, step, nominal length of one step in ms]. */
const MINUTE = 6e4;
const CANDIDATES: ReadonlyArray<readonly [TickUnit, number, number]> = [
  ...[1, 5, 10, 15, 30].map((n) => ['second', n, n * 1000] as const),
  ...[1, 2, 5, 10, 15, 30].map((n) => ['minute', n, n * MINUTE] as const),
  ...[1, 2, 3, 6, 12].map((n) => ['hour', n, n * 60 * MINUTE] as const),
  ['day', 1, DAY],
  ['day', 2, 2 * DAY],
  ['day', 7, 7 * DAY],
  ['day', 14, 14 * DAY],
  ['month', 1, 30.4 * DAY],
  ['month', 2, 61 * DAY],
  ['month', 3, 91 * DAY],
  ['month', 6, 182 * DAY],
  ...[1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].map((n) => ['year', n, n * 365.25 * DAY] as const),
];

function interval(unit: TickUnit, step: number): TimeInterval {
  // Clock ticks on round times of the day (00:00, 06:00, 12:00; :00, :15, :30), as clocks read.
  if (unit === 'hour') return step === 1 ? utcHour : utcHour.filter((d) => d.getUTCHours() % step === 0);
  if (unit === 'minute') return step === 1 ? utcMinute : utcMinute.filter((d) => d.getUTCMinutes() % step === 0);
  if (unit === 'second') return step === 1 ? utcSecond : utcSecond.filter((d) => d.getUTCSeconds() % step === 0);
  // Years on multiples of the step (2020, 2025 …); months from January (1月, 4月, 7月 …).
  if (unit === 'year') return step === 1 ? utcYear : utcYear.filter((d) => d.getUTCFullYear() % step === 0);
  if (unit === 'month') return step === 1 ? utcMonth : utcMonth.filter((d) => d.getUTCMonth() % step === 0);
  // Days of the month, restarting each month, so ticks land on 1, 8, 15, 22 … as calendars do
  // (not on Sundays, which a reader cannot place); no tick crowds the next month's 1st.
  return step === 1 ? utcDay : utcDay.filter((d) => (d.getUTCDate() - 1) % step === 0 && d.getUTCDate() + step / 2 <= 31);
}

/**
 * A tick's text: the first tick and each one where the larger unit turns name it ("2021年1月 4月
 * 7月 10月 2022年1月"; "2021年1月1日 8日 15日 22日 2月1日"); otherwise only what changes. Day
 * ticks name their year on the first tick and where the year turns: "Jan 1" alone cannot be
 * placed. Years are bare numbers ("2021"), as chart axes write them.
 */
function tickText(unit: TickUnit, time: number, prev: number | undefined, locale: Locale): string {
  // A clock tick names its day on the first tick and where the day turns ("1月5日 22:00 1月6日 00:00 02:00").
  if (unit === 'hour' || unit === 'minute' || unit === 'second') {
    const dayTurns = prev === undefined || Math.floor(prev / DAY) !== Math.floor(time / DAY);
    return formatClockTick(time, locale, dayTurns, unit === 'second');
  }
  if (unit === 'year') return String(new Date(time).getUTCFullYear());
  const yearTurns = prev === undefined || new Date(prev).getUTCFullYear() !== new Date(time).getUTCFullYear();
  if (yearTurns) return formatDate(time, unit, locale);
  return formatTick(time, unit, locale, unit === 'day' && new Date(time).getUTCDate() === 1);
}

export interface TimeAxisInput extends AxisBase {
  /** First and last instant (ms since 1970, UTC). */
  domain: readonly [number, number];
  /** The finest granularity in the data: no ticks finer than this (monthly data gets no day ticks). Default: day. */
  granularity?: Granularity;
  /** The fewest px one step may take: 80 (the default) keeps a chart's axis calm; a timeline that zooms asks for 24. */
  spacing?: number;
  /** The px between two labels' ends (default 10). */
  gap?: number;
  /** Labels stacked across the axis (a vertical timeline): each needs this many px, whatever its width. */
  stacked?: number;
  /**
   * Where labels must stay (a chart's [0, width]): a label that would cross an end is drawn from
   * its tick inward (start- or end-anchored), and the fit check measures it there.
   */
  bounds?: readonly [number, number];
}

/** A label's left and right edge: centred on its tick, or pushed inward at the bounds. */
function extent(pos: number, w: number, bounds: readonly [number, number] | undefined): [number, number] {
  if (bounds && pos - w / 2 < bounds[0]) return [pos, pos + w];
  if (bounds && pos + w / 2 > bounds[1]) return [pos - w, pos];
  return [pos - w / 2, pos + w / 2];
}

/**
 * Ticks for a calendar axis, positioned linearly between `range` ends: the finest interval, no
 * finer than the data and no denser than `spacing`, whose labels (exactly placed: months differ
 * in length and labels in width) do not touch. The one algorithm for every time axis: the line
 * chart's x axis and the timeline's, horizontal and vertical.
 */
export function timeTicks(input: TimeAxisInput): Tick[] {
  const { domain, range, locale, font, measure } = input;
  const granularity = input.granularity ?? 'day';
  const [t0, t1] = domain;
  const [r0, r1] = range;
  const pos = (t: number): number => (t1 === t0 ? (r0 + r1) / 2 : r0 + ((t - t0) / (t1 - t0)) * (r1 - r0));
  const length = Math.abs(r1 - r0);
  const wanted = Math.max(1, Math.floor(length / (input.spacing ?? 80)));
  const gap = input.gap ?? 10;
  const span = Math.max(t1 - t0, 1);
  for (const [unit, step, ms] of CANDIDATES) {
    if (RANK[unit] < RANK[granularity] || span / ms > wanted) continue;
    const times = interval(unit, step)
      .range(new Date(t0), new Date(t1 + 1))
      .map((d) => d.getTime());
    // More ticks than anyone reads (a short span at a fine floor): a coarser step will do.
    if (times.length === 0 || times.length > 60) continue;
    const ticks = times.map((t, k): Tick => ({ value: t, pos: pos(t), text: tickText(unit, t, times[k - 1], locale) }));
    const widths = ticks.map((t) => (input.stacked === undefined ? measure(t.text, font) : 0));
    const fits = ticks.every((t, k) => {
      const next = ticks[k + 1];
      if (!next) return true;
      if (input.stacked !== undefined) return Math.abs(next.pos - t.pos) >= input.stacked;
      const [a, b] = [extent(t.pos, widths[k] ?? 0, input.bounds), extent(next.pos, widths[k + 1] ?? 0, input.bounds)];
      // Edges, not centres: a first label drawn from its tick rightwards reaches further.
      return Math.max(b[0] - a[1], a[0] - b[1]) >= gap;
    });
    if (fits) return ticks;
  }
  // A single date, a span too short for any tick, or millennia on a phone: label both ends.
  const ends = t1 === t0 ? [t0] : [t0, t1];
  return ends.map((t) => ({ value: t, pos: pos(t), text: formatDate(t, granularity, locale) }));
}
