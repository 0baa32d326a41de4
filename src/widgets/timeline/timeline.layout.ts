/**
 * The timeline's geometry: events + options + width → scene. Pure; horizontal and vertical
 * layouts live in their own files and share the words (dates, announcements, summary) decided here.
 */
import { max, min } from 'd3-array';
import { formatCalendarDate, formatDateRange, startTime, type CalendarDate } from '../../core/format/date.js';
import { formatPeriod } from '../../core/format/period-format.js';
import { formatDeadline } from '../../core/format/period-deadline.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Measure } from '../../core/measure.js';
import type { TimelineEvent } from './timeline.data.js';
import { layoutHorizontal } from './timeline.horizontal.js';
import { layoutVertical } from './timeline.vertical.js';
import { messages } from '../../core/i18n/messages.js';
import { typeScale } from '../../core/type-scale.js';

export interface TimelineOptions {
  locale: Locale;
  /** CSS font of labels, for `measure`. */
  font: string;
  measure: Measure;
  orientation: 'horizontal' | 'vertical';
  /** The "as of" / today marker; null for none. */
  asOf: CalendarDate | null;
  /** Named lanes in order ('' is the unnamed lane); empty: one band for everything. */
  lanes: readonly string[];
  /** Horizontal: the period in view, ms (zoomed and panned); default the whole domain. */
  view?: readonly [number, number];
  /** Vertical: how much taller than its natural height the list is drawn (zoom). */
  zoom?: number;
  /** Horizontal: rows of labels per lane before the rest collapse into counted clusters. */
  maxRows: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextMark {
  x: number;
  y: number;
  text: string;
  cls: 'date' | 'title';
  anchor: 'start' | 'end';
}

export interface EventMark {
  /** Row of the input. */
  index: number;
  /** Place in time order: the keyboard order. */
  pos: number;
  title: string;
  dateText: string;
  lane: string;
  kind: 'point' | 'range';
  /** Inside the period in view. Events out of view are not drawn until the view moves to them. */
  visible: boolean;
  /** Its label is drawn; false: it is counted in a cluster badge. */
  placed: boolean;
  cx: number;
  cy: number;
  bar: Box | null;
  texts: TextMark[];
  hit: Box;
  /** What a screen reader says: date, title, lane, position. */
  aria: string;
  tipX: number;
  tipY: number;
}

export interface ClusterMark {
  x: number;
  y: number;
  text: string;
  count: number;
  /** The period its members span: a click zooms to it. */
  t0: number;
  t1: number;
  hit: Box;
}

export interface TickMark {
  pos: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TimelineScene {
  orientation: 'horizontal' | 'vertical';
  width: number;
  height: number;
  lineHeight: number;
  /** In time order. */
  events: EventMark[];
  ticks: TickMark[];
  /** Where tick labels stand: y of a horizontal axis's labels, x of a vertical one's. */
  tickLabelAt: number;
  axis: Line;
  grid: Line[];
  lanes: Array<{ name: string; x: number; y: number; rule: Line | null }>;
  clusters: ClusterMark[];
  asOf: (Line & { text: string; tx: number; ty: number; anchor: 'start' | 'end' }) | null;
  /** The whole period, padded, ms. */
  domain: [number, number];
  /** The period in view, ms. */
  view: [number, number];
  plot: { left: number; right: number; top: number; bottom: number };
  summary: string;
}

/** What both orientations lay out from, decided once by `layoutTimeline`. */
export interface OrientedInput {
  events: readonly TimelineEvent[];
  o: TimelineOptions;
  width: number;
  /** The whole period, padded, ms. */
  domain: [number, number];
  /** Line height of the scene's text: the type scale of `o.font`. */
  lh: number;
}

/** What an orientation decides; width, line height, period and summary are the same for both. */
export type OrientedScene = Omit<TimelineScene, 'width' | 'lineHeight' | 'domain' | 'summary'>;

const DAY = 864e5;

/** The date of an event as shown: "2021年1月15日", a range "2021–2025年", a period as written "2021年一季度". */
export function eventDate(e: TimelineEvent, locale: Locale): string {
  if (e.period) return formatPeriod(e.period, locale);
  // A deadline as published: "2021年底" / "end of 2021", "2025年前" / "by 2025" (with its end, if any).
  if (e.deadline || e.endDeadline) {
    const from = e.deadline ? formatDeadline(e.deadline, locale) : formatCalendarDate(e.start, locale);
    const to = e.endDeadline ? formatDeadline(e.endDeadline, locale) : e.end ? formatCalendarDate(e.end, locale) : '';
    return to ? `${from}${locale === 'zh-CN' ? '–' : ' – '}${to}` : from;
  }
  return e.end ? formatDateRange(e.start, e.end, locale) : formatCalendarDate(e.start, locale);
}

/** "截至2021年1月15日" / "As of Jan 15, 2021". */
export function asOfText(d: CalendarDate, locale: Locale): string {
  return locale === 'zh-CN' ? `截至${formatCalendarDate(d, locale)}` : `As of ${formatCalendarDate(d, locale)}`;
}

export function announce(e: TimelineEvent, pos: number, count: number, locale: Locale): string {
  const t = messages(locale);
  return `${t.labelValue(eventDate(e, locale), e.title)}${e.lane ? t.aside(e.lane) : ''}${t.aside(t.position(pos + 1, count))}`;
}

/** The whole period with a margin, so the first and last markers do not sit on the frame. */
export function timeDomain(events: readonly TimelineEvent[], asOf: CalendarDate | null): [number, number] {
  const times = events.flatMap((e) => [e.t0, e.t1]);
  if (asOf) times.push(startTime(asOf));
  // d3's min/max, not Math.min(...times): spreading a long array into a call overflows the stack.
  const lo = min(times) ?? 0;
  const hi = max(times) ?? 0;
  const pad = Math.max((hi - lo) * 0.04, hi === lo ? 182 * DAY : 10 * DAY);
  return [lo - pad, hi + pad];
}

/** The sentence under every timeline: how many events, over what period, how many before the as-of date. */
export function summarize(events: readonly TimelineEvent[], asOf: CalendarDate | null, lanes: readonly string[], locale: Locale): string {
  const zh = locale === 'zh-CN';
  const n = events.length;
  const first = events[0];
  if (!first) return '';
  const last = events.reduce((a, e) => (e.t1 > a.t1 || (e.t1 === a.t1 && e.t0 > a.t0) ? e : a), first);
  const lastDate = last.end ?? last.start;
  const lastDeadline = last.endDeadline ?? (last.end ? undefined : last.deadline);
  let span = first.t0 === startTime(lastDate) && !last.end ? formatCalendarDate(first.start, locale) : formatDateRange(first.start, lastDate, locale);
  // A deadline at either end is written as published, never as the day it is placed on.
  if (first.deadline || lastDeadline) {
    const from = first.deadline ? formatDeadline(first.deadline, locale) : formatCalendarDate(first.start, locale);
    const to = lastDeadline ? formatDeadline(lastDeadline, locale) : formatCalendarDate(lastDate, locale);
    span = first === last && !last.end ? from : `${from}${zh ? '–' : ' – '}${to}`;
  }
  const ranges = events.filter((e) => e.end).length;
  const named = lanes.filter(Boolean).length;
  let s = zh
    ? `时间线：共 ${n} 个事件${ranges ? `（含 ${ranges} 个时段）` : ''}，${span}${named ? `，分 ${named} 类` : ''}`
    : `Timeline: ${n} ${n === 1 ? 'event' : 'events'}${ranges ? ` (${ranges} ${ranges === 1 ? 'period' : 'periods'})` : ''}, ${span}${named ? `, in ${named} lanes` : ''}`;
  if (asOf) {
    const t = startTime(asOf);
    // A point on the as-of day has happened; a period is under way until its last day is over.
    // A deadline is past only once its last day is over: 2021年底 is still to come on 31 December.
    const past = events.filter((e) => (e.deadline && !e.end ? (e.deadline.end ?? Infinity) <= t : e.end ? e.t1 <= t : e.t0 <= t)).length;
    const now = events.filter((e) => e.t0 <= t && (e.end ? e.t1 > t : false)).length;
    const future = n - past - now;
    s += zh
      ? `；${asOfText(asOf, locale)}，已过 ${past} 个${now ? `，进行中 ${now} 个` : ''}，未到 ${future} 个`
      : `; ${asOfText(asOf, locale).replace(/^A/, 'a')}, ${past} past${now ? `, ${now} under way` : ''}, ${future} to come`;
  }
  return s + (zh ? '。' : '.');
}

export function layoutTimeline(events: readonly TimelineEvent[], options: TimelineOptions, width: number): TimelineScene {
  const domain = timeDomain(events, options.asOf);
  const summary = summarize(events, options.asOf, options.lanes, options.locale);
  const input: OrientedInput = { events, o: options, width, domain, lh: typeScale(options.font).lineHeight };
  const part = options.orientation === 'vertical' ? layoutVertical(input) : layoutHorizontal(input);
  return { ...part, width, lineHeight: input.lh, domain, summary };
}

/** The event nearest a time: one whose period contains it, else the closest by distance; the earlier on a tie. */
export function nearestEvent(events: ReadonlyArray<{ t0: number; t1: number }>, t: number): number {
  let best = -1;
  let bestD = Infinity;
  events.forEach((e, i) => {
    const d = t < e.t0 ? e.t0 - t : t > e.t1 ? t - e.t1 : 0;
    if (d < bestD) {
      best = i;
      bestD = d;
    }
  });
  return best;
}
