/**
 * The time axis: the finest calendar interval (days, months, years and their multiples, from
 * d3-time's UTC intervals) whose labels fit the space, written in the reader's language.
 */
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { dtf, formatTick, type TickUnit } from '../../core/format/date.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Measure } from '../../core/measure.js';

export interface TimeTick {
  time: number;
  text: string;
}

const DAY = 864e5;
const CANDIDATES: ReadonlyArray<readonly [TickUnit, number, number]> = [
  ['day', 1, DAY],
  ['day', 2, 2 * DAY],
  ['day', 7, 7 * DAY],
  ['day', 14, 14 * DAY],
  ['month', 1, 30.4 * DAY],
  ['month', 2, 61 * DAY],
  ['month', 3, 91 * DAY],
  ['month', 6, 183 * DAY],
  ...[1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].map((n) => ['year', n, n * 365.25 * DAY] as const),
];

function interval(unit: TickUnit, step: number): TimeInterval {
  if (unit === 'year') {
    return utcYear.filter((d) => d.getUTCFullYear() % step === 0);
  }
  if (unit === 'month') return utcMonth.filter((d) => d.getUTCMonth() % step === 0);
  // Days of the month, restarting each month, so ticks land on 1, 8, 15, 22, 29 … as calendars do.
  return step === 1 ? utcDay : utcDay.filter((d) => (d.getUTCDate() - 1) % step === 0 && d.getUTCDate() + step / 2 <= 31);
}

/** Whether a tick needs its context written: the first tick, and each January or first of the month. */
function needsContext(unit: TickUnit, time: number, first: boolean): boolean {
  if (first) return true;
  const d = new Date(time);
  return unit === 'month' ? d.getUTCMonth() === 0 : unit === 'day' ? d.getUTCDate() === 1 : false;
}

/**
 * A tick's label. Day ticks name their year on the first tick and where the year turns ("Jan 1,
 * 2021", 2021年1月1日): a span of days can cross a new year, and "Jan 1" alone cannot be placed.
 */
function tickText(unit: TickUnit, time: number, prev: number | undefined, locale: Locale): string {
  if (unit === 'day' && (prev === undefined || new Date(prev).getUTCFullYear() !== new Date(time).getUTCFullYear())) {
    return dtf(locale, { year: 'numeric', month: locale === 'zh-CN' ? 'long' : 'short', day: 'numeric' }).format(time);
  }
  return formatTick(time, unit, locale, needsContext(unit, time, prev === undefined));
}

/**
 * Ticks for [t0, t1] over `length` px: the finest interval whose widest label, plus a gap, fits
 * between neighbours (for a vertical axis pass `labelSize` = the line height: labels are stacked).
 */
export function timeTicks(
  t0: number,
  t1: number,
  length: number,
  locale: Locale,
  label: { font: string; measure: Measure; vertical?: number },
): TimeTick[] {
  const span = Math.max(1, t1 - t0);
  for (const [unit, step, ms] of CANDIDATES) {
    const spacing = (ms / span) * length;
    // Cheap reject before formatting anything.
    if (spacing < 24) continue;
    const times = interval(unit, step)
      .range(new Date(t0), new Date(t1 + 1))
      .map((d) => d.getTime());
    if (times.length > 60) continue;
    const ticks = times.map((time, i) => ({ time, text: tickText(unit, time, times[i - 1], locale) }));
    // Exact, not nominal: months differ in length and labels in width.
    const px = (t: number): number => ((t - t0) / span) * length;
    const widths = ticks.map((t) => (label.vertical === undefined ? label.measure(t.text, label.font) : 0));
    const fits = ticks.every((t, i) => {
      const next = ticks[i + 1];
      if (!next) return true;
      const need = label.vertical ?? ((widths[i] ?? 0) + (widths[i + 1] ?? 0)) / 2 + 12;
      return px(next.time) - px(t.time) >= need;
    });
    if (fits) return ticks;
  }
  // A span of millennia on a phone: just its ends.
  const years = [new Date(t0).getUTCFullYear(), new Date(t1).getUTCFullYear()];
  return [...new Set(years)].map((y) => {
    const time = utcYear.floor(new Date(Date.UTC(2000, 0, 1))).setUTCFullYear(y);
    return { time, text: formatTick(time, 'year', locale, true) };
  });
}
