/**
 * A calendar time axis: d3-time's UTC intervals pick the ticks, Intl writes them in the reader's
 * language ("2021年1月" / "Jan 2021"). Calendar dates are instants at UTC midnight: a date is
 * the same date for every reader, whatever their time zone. Ticks never go finer than the data
 * (monthly data gets no day ticks), and their count drops until no two labels touch.
 */
import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import type { Locale } from './i18n/locale.js';
import type { Measure } from './measure.js';
import type { Tick } from './axis.js';
import { dateAt, dtf, formatCalendarDate } from './format/date.js';

/** How precisely the data names its dates. */
export type Granularity = 'year' | 'month' | 'day';

const RANK: Readonly<Record<Granularity, number>> = { year: 2, month: 1, day: 0 };


/** A date as precisely as the data knows it: "2021年1月15日" / "Jan 15, 2021", "2021年1月" / "Jan 2021", "2021年" / "2021". */
export function formatDate(t: number, granularity: Granularity, locale: Locale): string {
  return formatCalendarDate(dateAt(t, granularity), locale);
}

interface Candidate {
  interval: CountableTimeInterval;
  step: number;
  unit: Granularity;
  /** Approximate length of one step, in ms, to estimate the tick count. */
  ms: number;
}

const DAY = 864e5;
const CANDIDATES: readonly Candidate[] = [
  { interval: utcDay, step: 1, unit: 'day', ms: DAY },
  { interval: utcDay, step: 2, unit: 'day', ms: 2 * DAY },
  { interval: utcWeek, step: 1, unit: 'day', ms: 7 * DAY },
  { interval: utcWeek, step: 2, unit: 'day', ms: 14 * DAY },
  { interval: utcMonth, step: 1, unit: 'month', ms: 30.4 * DAY },
  { interval: utcMonth, step: 2, unit: 'month', ms: 61 * DAY },
  { interval: utcMonth, step: 3, unit: 'month', ms: 91 * DAY },
  { interval: utcMonth, step: 6, unit: 'month', ms: 182 * DAY },
  ...[1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000].map((step) => ({ interval: utcYear, step, unit: 'year' as const, ms: step * 365.25 * DAY })),
];

function every(c: Candidate): TimeInterval {
  if (c.step === 1) return c.interval;
  // Years on multiples of the step (2020, 2025 …); months from January (1月, 4月, 7月 …).
  if (c.interval === utcYear) return utcYear.filter((d) => d.getUTCFullYear() % c.step === 0);
  if (c.interval === utcMonth) return utcMonth.filter((d) => d.getUTCMonth() % c.step === 0);
  if (c.interval === utcDay) return utcDay.filter((d) => (d.getUTCDate() - 1) % c.step === 0 && d.getUTCDate() < 31);
  return c.interval.every(c.step) ?? c.interval;
}

/**
 * A tick's text: the year is written on the first tick and where it changes ("2021年1月 4月 7月
 * 10月 2022年1月"); otherwise only what changes.
 */
function tickText(t: number, unit: Granularity, withYear: boolean, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const d = new Date(t);
  if (unit === 'year') return String(d.getUTCFullYear());
  if (unit === 'month') {
    if (withYear) return formatDate(t, 'month', locale);
    return zh ? `${d.getUTCMonth() + 1}月` : dtf(locale, { month: 'short' }).format(t);
  }
  if (withYear) return formatDate(t, 'day', locale);
  return zh ? `${d.getUTCMonth() + 1}月${d.getUTCDate()}日` : dtf(locale, { month: 'short', day: 'numeric' }).format(t);
}

export interface TimeAxisInput {
  /** First and last instant (ms since 1970, UTC). */
  domain: readonly [number, number];
  range: readonly [number, number];
  /** The finest granularity in the data: no ticks finer than this. */
  granularity: Granularity;
  locale: Locale;
  font: string;
  measure: Measure;
  /** Pixels per tick to aim for. */
  spacing?: number;
}

/** Ticks for a calendar axis, positioned linearly between `range` ends. */
export function timeTicks(input: TimeAxisInput): Tick[] {
  const { domain, range, granularity, locale, font, measure } = input;
  const [t0, t1] = domain;
  const [r0, r1] = range;
  const pos = (t: number): number => (t1 === t0 ? (r0 + r1) / 2 : r0 + ((t - t0) / (t1 - t0)) * (r1 - r0));
  const length = Math.abs(r1 - r0);
  const spacing = input.spacing ?? 80;
  const wanted = Math.max(1, Math.floor(length / spacing));
  const allowed = CANDIDATES.filter((c) => RANK[c.unit] >= RANK[granularity] && (c.unit !== 'day' || c.interval === utcDay || granularity === 'day'));
  const span = Math.max(t1 - t0, 1);
  const found = allowed.findIndex((c) => span / c.ms <= wanted);
  for (let i = found < 0 ? allowed.length - 1 : found; i < allowed.length; i++) {
    const c = allowed[i] as Candidate;
    const dates = every(c).range(new Date(t0), new Date(t1 + 1));
    let lastYear = NaN;
    const ticks = dates.map((d, k): Tick => {
      const t = d.getTime();
      const year = d.getUTCFullYear();
      const text = tickText(t, c.unit, k === 0 || year !== lastYear, locale);
      lastYear = year;
      return { value: t, pos: pos(t), text };
    });
    const fits = ticks.every((t, k) => {
      const next = ticks[k + 1];
      return !next || Math.abs(next.pos - t.pos) >= (measure(t.text, font) + measure(next.text, font)) / 2 + 10;
    });
    if (fits && ticks.length > 0) return ticks;
  }
  // A single date or a span too short for any tick: label both ends.
  const ends = t1 === t0 ? [t0] : [t0, t1];
  return ends.map((t) => ({ value: t, pos: pos(t), text: formatDate(t, granularity, locale) }));
}
