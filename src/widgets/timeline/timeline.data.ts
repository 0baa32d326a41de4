/**
 * Rows → timeline events. Pure: the columns are found by name (English or Chinese), dates are
 * read as calendar dates at their written precision, and links and images that are not
 * http(s) or relative are dropped — reported back as warnings for the element to log.
 */
import { DataError } from '../../core/data/errors.js';
import { safeUrl, urlWarning } from '../../core/url.js';
import type { DataTable } from '../../core/data/typed.js';
import { findColumn as findRoleColumn } from '../../core/data/columns.js';
import { compareDates, dateAt, startTime, type CalendarDate } from '../../core/format/date.js';
import { readForm, readPeriod, type Period } from '../../core/format/period.js';
import { readPeriods } from '../../core/format/period-series.js';
import { readDeadline, type Deadline } from '../../core/format/period-deadline.js';

export interface TimelineEvent {
  /** Row in the input (0-based). */
  index: number;
  start: CalendarDate;
  /** Last date of a range, included ("2025" means to the end of 2025); absent for a point. */
  end?: CalendarDate;
  title: string;
  text: string;
  lane: string;
  /** A safe URL or ''. */
  image: string;
  link: string;
  /** Start and (exclusive) end of the period in ms: t1 === t0 for a point. */
  t0: number;
  t1: number;
  /**
   * The period as written when the date cell names a span a calendar date cannot (a quarter, a
   * half, 1-6月, 2021-2025): shown as written ("2021年一季度" / "Q1 2021"), never as its months.
   */
  period?: Period;
  /**
   * The date cell as a deadline ("2021年底", "6月底", "2025年前"): a point on the last day it
   * allows, shown as written ("2021年底" / "end of 2021"), never as a day it does not name.
   */
  deadline?: Deadline;
  /** The end cell as a deadline ("2025年底"): shown as written, as `deadline`. */
  endDeadline?: Deadline;
}

const DAY = 864e5;

/**
 * A date cell that names when something falls due rather than a date: 年底/末, 前/以前, 到…, 年内.
 * Words with no day (春节前, 年初) are none: a timeline cannot place them without inventing one.
 */
function deadlineCell(raw: unknown, year: number | null): Deadline | null {
  const d = readDeadline(raw, { year });
  return d && d.kind !== 'period' && d.end !== null ? d : null;
}

const PLAIN = new Set(['year', 'month', 'day']);

/** A period a calendar date says exactly (2021, 2021-03, 2021-03-15), or null. */
function asDate(p: Period): CalendarDate | null {
  if (!PLAIN.has(p.precision) || p.cumulative) return null;
  return dateAt(p.start, p.precision as CalendarDate['precision']);
}

/** The names each role's column may go by; the first column whose header matches wins. */
export const TIMELINE_COLUMNS = {
  date: ['date', 'start', 'time', 'when', '日期', '时间', '开始', '开始日期', '起始'],
  end: ['end', 'until', 'to', '结束', '结束日期', '截止', '止'],
  title: ['title', 'event', 'headline', 'label', 'name', '标题', '事件', '名称', '项目'],
  text: ['text', 'description', 'details', 'body', '说明', '内容', '描述', '详情'],
  lane: ['lane', 'group', 'category', 'track', '分组', '类别', '泳道', '分类'],
  image: ['image', 'img', 'picture', 'photo', '图片', '图像'],
  link: ['link', 'url', 'href', '链接', '网址'],
} as const;

export type TimelineRole = keyof typeof TIMELINE_COLUMNS;


function findColumn(table: DataTable, role: TimelineRole, given?: string | null): number {
  return findRoleColumn(table, TIMELINE_COLUMNS[role], given);
}

function cellString(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return JSON.stringify(raw);
}

function notADate(row: number, text: string, column: string): DataError {
  return new DataError(
    `Row ${row + 1}: "${text}" in column "${column}" is not a date; write 2021, 2021-01 or 2021-01-15 (or 2021年1月15日).`,
    { input: 'columns', row: row + 1 },
    `第 ${row + 1} 行：“${column}”列的“${text}”不是日期；请写作 2021、2021-01、2021-01-15 或 2021年1月15日。`,
  );
}

export interface ReadResult {
  events: TimelineEvent[];
  /** One line per dropped link or image, for console.warn. */
  warnings: string[];
  lanes: string[];
}

/**
 * Reads the events, sorted in time order (start, then the longer period first, then input order).
 * `titleColumn` is the widget's `label` attribute: it names the title column when given.
 */
export function readEvents(table: DataTable, titleColumn?: string | null): ReadResult {
  let di = findColumn(table, 'date');
  if (di < 0) {
    // No column named like a date: the first whose every present cell reads as one.
    di = table.columns.findIndex((_, c) => {
      const cells = table.raw.map((r) => r[c]).filter((v) => cellString(v) !== '');
      return cells.length > 0 && cells.every((v) => readForm(v) !== null || deadlineCell(v, null) !== null);
    });
  }
  if (di < 0) {
    throw new DataError(
      'No date column: name one "date" (or 日期) with dates like 2021, 2021-01 or 2021-01-15.',
      { input: 'columns' },
      '没有日期列：请将一列命名为“日期”（或 date），写入 2021、2021-01 或 2021-01-15 这样的日期。',
    );
  }
  const ei = findColumn(table, 'end');
  let ti = findColumn(table, 'title', titleColumn);
  if (ti < 0) ti = table.columns.findIndex((_, c) => c !== di && c !== ei);
  if (ti < 0) {
    throw new DataError('No column with the events\' titles.', { input: 'columns' }, '没有可用作事件标题的列。');
  }
  const xi = findColumn(table, 'text');
  const li = findColumn(table, 'lane');
  const ii = findColumn(table, 'image');
  const ki = findColumn(table, 'link');
  const colName = (c: number): string => table.columns[c]?.name ?? '';
  const warnings: string[] = [];
  // The date column is read as a series: "2021年一季度, 二季度" takes its year from above.
  const starts = readPeriods(table.raw.map((row) => (typeof row[di] === 'number' ? row[di] : cellString(row[di]))));
  // The year of "6月底" written under "2021年5月18日": the nearest row above that names one.
  let year: number | null = null;
  const events = table.raw.map((row, r): TimelineEvent => {
    const rawDate = row[di];
    const deadline = deadlineCell(typeof rawDate === 'number' ? rawDate : cellString(rawDate), year);
    const startPeriod: Period | undefined | null = deadline?.end
      ? { start: deadline.end - DAY, end: deadline.end, precision: 'day', cumulative: false, label: deadline.label, yearWritten: true }
      : starts.periods[r];
    if (!startPeriod) throw notADate(r, cellString(rawDate), colName(di));
    year = new Date(startPeriod.start).getUTCFullYear();
    const startDate = asDate(startPeriod);
    const start = startDate ?? dateAt(startPeriod.start, 'month');
    const rawEnd = ei >= 0 ? cellString(row[ei]) : '';
    let end: CalendarDate | undefined;
    let ends: Deadline | undefined;
    let t1 = startDate ? startTime(startDate) : startPeriod.end;
    if (!startDate) end = dateAt(startPeriod.end - 864e5, 'month');
    if (rawEnd) {
      const endDeadline = deadlineCell(rawEnd, new Date(startPeriod.start).getUTCFullYear());
      const ep = endDeadline?.end ? { start: endDeadline.end - DAY, end: endDeadline.end, precision: 'day' as const, cumulative: false, label: endDeadline.label, yearWritten: true } : readPeriod(rawEnd, { year: new Date(startPeriod.start).getUTCFullYear() });
      if (endDeadline) ends = endDeadline;
      if (!ep) throw notADate(r, rawEnd, colName(ei));
      if (ep.end <= startPeriod.start) {
        throw new DataError(
          `Row ${r + 1}: the end "${rawEnd}" comes before the start "${cellString(rawDate)}".`,
          { input: 'columns', row: r + 1 },
          `第 ${r + 1} 行：结束日期“${rawEnd}”早于开始日期“${cellString(rawDate)}”。`,
        );
      }
      end = asDate(ep) ?? dateAt(ep.end - 864e5, 'month');
      t1 = ep.end;
    }
    const title = cellString(row[ti]);
    if (!title) {
      throw new DataError(`Row ${r + 1} has no title.`, { input: 'columns', row: r + 1 }, `第 ${r + 1} 行没有标题。`);
    }
    const url = (c: number, what: string): string => {
      const u = c >= 0 ? cellString(row[c]) : '';
      if (!u) return '';
      // The one URL policy (core/url.ts): an image is fetched, a link followed, only under it.
      const ok = safeUrl(u);
      if (ok !== null) return ok;
      warnings.push(urlWarning(`Row ${r + 1}`, `the ${what} (column "${colName(c)}")`, u));
      return '';
    };
    const event: TimelineEvent = {
      index: r,
      start,
      title,
      text: xi >= 0 ? cellString(row[xi]) : '',
      lane: li >= 0 ? cellString(row[li]) : '',
      image: url(ii, 'image'),
      link: url(ki, 'link'),
      t0: startPeriod.start,
      t1,
    };
    if (end) event.end = end;
    // Shown as written only when nothing else (an end column) says where the span ends.
    if (!startDate && !rawEnd) event.period = startPeriod;
    if (deadline) event.deadline = deadline;
    if (ends) event.endDeadline = ends;
    return event;
  });
  // Lanes in the order the editor first wrote them, not in time order.
  const lanes: string[] = [];
  for (const e of events) if (e.lane && !lanes.includes(e.lane)) lanes.push(e.lane);
  events.sort((a, b) => compareDates(a.start, b.start) || b.t1 - a.t1 || a.index - b.index);
  // Events without a lane, among laned ones, share an unnamed lane listed last.
  if (lanes.length > 0 && events.some((e) => !e.lane)) lanes.push('');
  return { events, warnings, lanes };
}

/**
 * A timeline holds no quantities ("2021-01-15" is not 2021 with a unit): its data table shows
 * every cell as written. Rewrites the typed table in place, as the element keeps it for the
 * data view and the CSV.
 */
export function cellsAsWritten(table: DataTable): void {
  table.cells = table.raw.map((row) =>
    row.map((v) => {
      const text = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
      return text ? { kind: 'text' as const, text } : { kind: 'missing' as const };
    }),
  );
  table.columns = table.columns.map((c) => ({ ...c, type: 'text' as const, unit: '' }));
}
