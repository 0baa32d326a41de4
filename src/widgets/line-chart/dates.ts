/**
 * The x column of a line chart read as periods by the one period reader (core/format/period),
 * as instants the scales can place. Calendar days are UTC midnights: a reader in another time
 * zone never sees a point move to the previous day. Numbers count as years only from 1000 to
 * 2999: a numeric x of 1, 2, 3 is a number, not the first years of the Common Era.
 *
 * Where a period stands on the axis: years, months and days at their start (as before, and as
 * d3 and Datawrapper read "2021" and "2021-03"); quarters and halves also at their start, so a
 * quarterly line spaces its points like a monthly one three months apart (Datawrapper reads
 * "2021Q1" as 1 January 2021 the same way). A cumulative series (1-2月 … 1-11月; 一季度, 上半年,
 * 前三季度, 全年) stands at the END of each span: the figure is the total as at that day, and at
 * their starts every span of a year would stack on 1 January.
 */
import { cellForMessage } from '../../core/data/cell-text.js';
import { DataError } from '../../core/data/errors.js';
import { parseDateTime, type ClockTime } from '../../core/format/date.js';
import { periodYear, readPeriod, type Period } from '../../core/format/period.js';
import { formatPeriod } from '../../core/format/period-format.js';
import { readPeriods } from '../../core/format/period-series.js';
import { granularityOf, type Granularity } from '../../core/time-axis.js';

export interface CalendarDate {
  /** ms since 1970 at UTC midnight of the first day the text names. */
  time: number;
  granularity: Granularity;
}

export interface TimeX {
  x: Float64Array;
  granularity: Granularity;
  /**
   * By x: the period each point stands for, when the column holds spans the calendar axis cannot
   * name (quarters, halves, cumulative spans, ranges); null for plain years, months and days.
   */
  periods: Map<number, Period> | null;
  cumulative: boolean;
}

const isYearNumber = (raw: unknown): boolean => typeof raw !== 'number' || (Number.isInteger(raw) && raw >= 1000 && raw <= 2999);

/** Reads one calendar date, or null when it is not one. Impossible dates ("2021-02-30") are null. */
export function parseCalendarDate(raw: unknown): CalendarDate | null {
  if (raw instanceof Date) {
    const t = raw.getTime();
    return Number.isFinite(t) ? { time: Date.UTC(raw.getUTCFullYear(), raw.getUTCMonth(), raw.getUTCDate()), granularity: 'day' } : null;
  }
  if (!isYearNumber(raw)) return null;
  const p = readPeriod(raw);
  if (!p || (p.precision !== 'year' && p.precision !== 'month' && p.precision !== 'day')) return null;
  return { time: p.start, granularity: p.precision };
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

const PLAIN = new Set(['year', 'month', 'day']);

function mixError(row: number, value: string, column: string, cumulative: boolean): DataError {
  return cumulative
    ? new DataError(
        `Row ${row + 1}: "${value}" in column "${column}" mixes cumulative spans (1-9月, 前三季度) with single periods; a line joins like with like — chart them separately.`,
        { input: 'columns', row: row + 1 },
        `第 ${row + 1} 行：“${column}”列的“${value}”使累计期（如1-9月、前三季度）与单期混在一起；一条线只能连接同类数据，请分开作图。`,
      )
    : new DataError(
        `Row ${row + 1}: "${value}" in column "${column}" is a span of another length than its neighbours (a year among quarters); a line joins like with like — chart them separately.`,
        { input: 'columns', row: row + 1 },
        `第 ${row + 1} 行：“${column}”列的“${value}”与相邻数据的时间跨度不同（如季度中夹着全年）；一条线只能连接同类数据，请分开作图。`,
      );
}

/**
 * Reads the whole x column as periods, or returns null when some value is not a period (the
 * caller then tries numbers). Throws a located error when the periods cannot share a line:
 * spans of different lengths, cumulative beside single spans, or no year for 一季度. `year` is
 * the caption's, for a column that names none (一季度, 二季度 … under "2021年…").
 */
export function readTimeX(raw: readonly unknown[], column: string, year: number | null = null): TimeX | null {
  if (raw.some((v) => v instanceof Date)) {
    // A Date is an instant: its UTC day, and its UTC clock time when it has one (Date.UTC(2021, 0, 5, 14, 30)).
    if (!raw.every((v) => v instanceof Date && Number.isFinite(v.getTime()))) return null;
    const x = Float64Array.from(raw as Date[], (d) => d.getTime());
    const g = granularityOf(x);
    if (g !== 'day') return { x, granularity: g, periods: null, cumulative: false };
    const dates = raw.map(parseCalendarDate) as CalendarDate[];
    return { x: Float64Array.from(dates, (d) => d.time), granularity: finest(dates), periods: null, cumulative: false };
  }
  const clock = readClockTimes(raw, column);
  if (clock) return clock;
  if (!raw.every(isYearNumber)) return null;
  const read = readPeriods(raw, { year });
  if (read.unread.length > 0) return null;
  if (read.needsYear) {
    const i = read.periods.findIndex((p) => p === null);
    throw new DataError(
      `Row ${i + 1}: "${String(raw[i])}" in column "${column}" names no year; write it on the first row (2021年一季度, then 二季度 …).`,
      { input: 'columns', row: i + 1 },
      `第 ${i + 1} 行：“${column}”列的“${String(raw[i])}”没有年份；请在第一行写明年份（如“2021年一季度”，其后可写“二季度”……）。`,
    );
  }
  // An empty x is neither a date nor a number: the caller says so for its row.
  if (read.periods.some((p) => p === null)) return null;
  const periods = read.periods as Period[];
  const yearly = yearEnds(periods);
  if (yearly) return yearly;
  if (read.mixedSpans || read.mixedCumulative) {
    const i = read.odd ?? 0;
    throw mixError(i, String(raw[i]), column, read.mixedCumulative);
  }
  // A stock as at a month's or quarter's end (6月末, 一季度末; 2023年末 among them) stands on its day
  // but is labelled as written: a calendar axis would write "6月30日".
  const plain = !read.cumulative && periods.every((p) => PLAIN.has(p.precision) && !p.asAt);
  if (plain) {
    const dates = periods.map((p): CalendarDate => ({ time: p.start, granularity: p.precision as Granularity }));
    return { x: Float64Array.from(dates, (d) => d.time), granularity: finest(dates), periods: null, cumulative: false };
  }
  const at = (p: Period): number => (read.cumulative ? p.end : p.start);
  const map = new Map<number, Period>();
  periods.forEach((p) => map.set(at(p), p));
  return { x: Float64Array.from(periods, at), granularity: 'month', periods: map, cumulative: read.cumulative };
}

/**
 * A line of years with 年末 / 年底 among them or throughout (a 统计公报's 年末常住人口: "2019年,
 * 2020年末, 2021年末"; "2020年末, 2021年末"): one yearly series. Each point stands where its year
 * does — evenly spaced, as the source's own chart of 年末 figures is — and keeps its words for ticks
 * and tooltips ("2020年末" / "end-2020"); at 31 December the year-ends would stand a year from a
 * "2019年" beside them and their ticks would read "12月31日". null when the column is not such a line
 * (年末 among months or days stays the day it names).
 */
function yearEnds(periods: readonly Period[]): TimeX | null {
  if (!periods.some((p) => p.asAt === 'year') || !periods.every((p) => p.asAt === 'year' || (p.precision === 'year' && !p.cumulative))) return null;
  const map = new Map<number, Period>();
  const x = new Float64Array(periods.length);
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i] as Period;
    const t = Date.UTC(periodYear(p), 0, 1);
    // "2020年" and "2020年末" in one column are two figures of one year: not a yearly line.
    if (map.has(t) && map.get(t)?.label !== p.label) return null;
    map.set(t, p);
    x[i] = t;
  }
  return { x, granularity: 'year', periods: map, cumulative: false };
}

/**
 * A column of dates with clock times ("2021-01-05 14:30", "2021年1月5日 14时"), or null when
 * none has one. Every value must then have one: a date alone among times (a day among minutes)
 * is reported, as a year among quarters is. Times all at midnight are days (a spreadsheet's
 * "2021-01-05 00:00:00" for a daily series): the caller reads them as days.
 */
function readClockTimes(raw: readonly unknown[], column: string): TimeX | null {
  // A cheap look first: most date columns have no clock, and a million cells should not be parsed twice.
  const first = raw.findIndex((v) => typeof v === 'string' && /\d\s*[:：时点]/.test(v) && parseDateTime(v) !== null);
  if (first < 0) return null;
  const times: ClockTime[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = parseDateTime(raw[i]);
    if (!t) {
      const v = cellForMessage(raw[i]);
      throw new DataError(
        `Row ${i + 1}: "${v}" in column "${column}" has no time of day, but row ${first + 1} has one; write every row with its time (2021-01-05 14:30), or only dates.`,
        { input: 'columns', row: i + 1 },
        `第 ${i + 1} 行：“${column}”列的“${v}”没有时刻，而第 ${first + 1} 行有；请每行都写明时刻（如 2021-01-05 14:30），或都只写日期。`,
      );
    }
    times.push(t);
  }
  // Clocks are kept as written: two offsets in one column would put points out of order.
  const zoned = times.findIndex((t) => t.offset !== (times[0] as ClockTime).offset);
  if (zoned >= 0) {
    throw new DataError(
      `Row ${zoned + 1}: "${cellForMessage(raw[zoned])}" in column "${column}" is in another time zone than row 1; write every time in one zone.`,
      { input: 'columns', row: zoned + 1 },
      `第 ${zoned + 1} 行：“${column}”列的“${cellForMessage(raw[zoned])}”与第 1 行的时区不同；请用同一时区书写全部时刻。`,
    );
  }
  const x = Float64Array.from(times, (t) => t.time);
  const granularity = times.some((t) => t.seconds) ? 'second' : granularityOf(x) === 'day' ? null : 'minute';
  return granularity ? { x, granularity, periods: null, cumulative: false } : null;
}

/** A point's period as the reader sees it: "2021年一季度" / "Q1 2021"; "（累计）" marks a running total. */
export function periodText(p: Period, cumulative: boolean, locale: 'zh-CN' | 'en'): string {
  const text = formatPeriod(p, locale);
  if (!cumulative || /累计/.test(p.label)) return text;
  return locale === 'zh-CN' ? `${text}（累计）` : `${text} (year to date)`;
}
