/**
 * Stage 3 of reading a table: each column's type, from its cells' classes and its name. A column
 * of "2021年1月, 2月, 3月" is dates, "4.1亿元, 1.8亿元" numbers; a stray word in a number column is a
 * flagged cell, not a reason to call the whole column text. A column of notes (备注: 上半年, 全年,
 * 受疫情影响…) is text, never dates or a series, whatever a few of its cells look like.
 */
import { cellText, type CellClass } from './cells.js';
import { half, readNumber } from './numbers.js';
import { TIME_HEADER } from './layout.js';
import type { ColumnChoice, ColumnType } from './types.js';
import { RANK_HEADER } from '../core/data/rank.js';

/** Headers of a notes column: what is under them explains, it is not measured. */
export const NOTE_HEADER = /^(?:备注|附注|注释|注|说明|情况说明|原因|备考|note|notes|remark|remarks|comment|comments)$/i;

// Headers of a rank or a row number: an order, not an amount (the widgets' rule too, core/data/rank.ts).
export { RANK_HEADER } from '../core/data/rank.js';

/** Bare years in order, a few apart (2019, 2020, 2021): a time axis even under a neutral header. */
function yearSequence(values: number[]): boolean {
  if (values.length < 2) return false;
  const steps = values.slice(1).map((v, i) => v - (values[i] ?? v));
  return steps.every((d) => d > 0 && d <= 5) || steps.every((d) => d < 0 && d >= -5);
}

/**
 * A header that is the name of a time axis by itself (TIME_HEADER also finds the period a figure
 * is for, "一季度GDP", "2023年产值": those columns hold amounts).
 */
const TIME_NAME = /^(?:时间|日期|月份|月|年月|期|期间|时期|统计期|报告期|period|date|time|month)$/i;

/** "2021.5": May 2021 as some sheets write months — or the figure 2021.5 (亿元), as every bulletin writes amounts. */
const DOTTED = /^(\d{4})\.(\d{1,2})$/;

/**
 * Months in a run — the same step each time, a month, a quarter, a half or a year (2021.1, 2021.2 …;
 * 2020.12, 2021.12): what a column of months looks like. Amounts (1839.4, 2456.7, 1180.3) never do.
 */
function monthRun(cells: readonly string[]): boolean {
  const at = cells.map((c) => {
    const m = DOTTED.exec(c);
    return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : NaN;
  });
  if (at.length < 2 || at.some((v) => Number.isNaN(v))) return false;
  const step = (at[1] ?? 0) - (at[0] ?? 0);
  return [1, 2, 3, 6, 12].includes(Math.abs(step)) && at.every((v, i) => i === 0 || v - (at[i - 1] ?? 0) === step);
}

/**
 * The cells read as dates only because "2021.5" may be a month (cells.ts classifies a cell
 * alone): they are numbers unless the header names a time or they run as months do. Without this
 * a city's budget revenue of 1839.4 亿元 became April 1839.
 */
function dottedAsNumbers(classes: readonly CellClass[], cells: readonly unknown[], header: string): CellClass[] {
  const texts = cells.map((c) => half(cellText(c)).trim());
  const dotted = classes.map((c, i) => c === 'date' && DOTTED.test(texts[i] ?? ''));
  if (!dotted.some(Boolean) || TIME_NAME.test(header.trim()) || monthRun(texts.filter((_, i) => dotted[i]))) return [...classes];
  return classes.map((c, i) => (dotted[i] ? 'number' : c));
}

/** The type of one column: numbers only when its cells are numbers, dates only when they are dates. */
export function columnType(classes: readonly CellClass[], header: string, years: number[]): ColumnType {
  const present = classes.filter((c) => c !== 'missing');
  if (present.length === 0 || NOTE_HEADER.test(header.trim())) return 'text';
  const count = (k: CellClass): number => present.filter((c) => c === k).length;
  const [n, y, d, t] = [count('number'), count('year'), count('date'), count('text')];
  const half = present.length / 2;
  // Words among the dates under a header that names no time ("上半年, 全年, 受疫情影响"): notes
  // that mention periods, not a time axis. Under 时间 a stray word is a flagged date.
  const datesOnly = t === 0 || TIME_HEADER.test(header) || d + y >= present.length * 0.8;
  if (d > 0 && d + y >= half && d + y >= n && datesOnly) return 'date';
  if (y > 0 && y === present.length && (TIME_HEADER.test(header) || yearSequence(years))) return 'date';
  if (n + y > 0 && n + y >= half && n + y > t) return 'number';
  return 'text';
}

export interface TypedColumn {
  name: string;
  type: ColumnType;
  /** The unit as written that bare numbers are in: the editor's, else the layout's. */
  unit: string | null;
  skipped: boolean;
}

/** Every column typed; the editor's choices (type, unit, skip) win over what was read. */
export function typeColumns(
  names: readonly string[],
  units: ReadonlyArray<string | null>,
  body: readonly (readonly unknown[])[],
  bodyClasses: readonly (readonly CellClass[])[],
  choices: Readonly<Record<string, ColumnChoice>> = {},
): TypedColumn[] {
  return names.map((name, j) => {
    const own = Object.hasOwn(choices, name) ? choices[name] : undefined;
    const classes = dottedAsNumbers(bodyClasses.map((r) => r[j] ?? 'missing'), body.map((r) => r[j]), name);
    const years = classes.flatMap((c, i) => (c === 'year' ? [Number(cellText(body[i]?.[j]))] : []));
    const unit = own?.unit ?? units[j] ?? null;
    // A unit over the column (产值（亿元）) says it holds amounts: 1200.5 there is a number, not
    // the year 1200, month 5.
    const amounts = unit !== null && !/^(?:|年|月|日|天|小时)$/.test(unit) && classes.filter((c) => c !== 'missing').length > 0
      && body.filter((r, i) => classes[i] !== 'missing' && readNumber(r[j], '.').kind === 'number').length >= classes.filter((c) => c !== 'missing').length / 2;
    const read = own?.type ?? (amounts ? 'number' : columnType(classes, name, years));
    // A column of ranks is left out of what is drawn (the rows keep their order), unless the
    // editor keeps it: its numbers are positions, never a series or the labels of bars.
    const rank = own?.type === undefined && read === 'number' && RANK_HEADER.test(name.trim());
    return { name, type: rank ? 'text' : read, unit, skipped: own?.skip ?? rank };
  });
}
