/**
 * The data a line chart draws: series of (x, y) in typed arrays, x sorted, NaN for a missing y.
 * Built from a typed table, wide (x column + one column per series) or long (x, series, value),
 * or from columns of numbers (`{ x, series }`) so a million points skip per-cell parsing.
 */
import { cellForMessage } from '../../core/data/cell-text.js';
import { chooseColumn, notANumber, type DataTable } from '../../core/data/typed.js';
import { DataError } from '../../core/data/errors.js';
import { requireOneUnit } from '../../core/data/worded.js';
import { commonForm, scaleBy, type Published } from '../../core/format/published.js';
import type { Cell } from '../../core/format/quantity.js';
import { headerUnit, readUnit } from '../../core/format/header-unit.js';
import { granularityOf, type Granularity } from '../../core/time-axis.js';
import { readForm, utcDay, type Period } from '../../core/format/period.js';
import { areYears, isYearName, namesQuantity, yearColumn } from '../../core/format/year.js';
import { readTimeX } from './dates.js';
import { ascending, keepScan, scanColumns, scanValues, type SeriesScan } from './scan.js';

export interface Series {
  name: string;
  /** Sorted ascending. Shared between the series of a wide table. */
  x: Float64Array;
  /** NaN where the value is missing: the line breaks there. */
  y: Float64Array;
  unit: string;
  /** How the line's values were written ("33064.8亿"), when they share a form: shown so. */
  published?: Published;
  /**
   * By point, how each value was written, when the line's points use different multipliers
   * ("990865亿元" … "126.06万亿元"): a point is then written as its own cell was, never in a
   * form another point chose. Aligned with x and y.
   */
  forms?: ReadonlyArray<Published | undefined>;
}

export interface LineData {
  /** time: x is ms at UTC midnight of calendar dates; number: a plain numeric x. */
  xType: 'time' | 'number';
  granularity: Granularity;
  series: Series[];
  /** What the x column is called (for the number axis caption and announcements). */
  xName: string;
  /**
   * By x: the period each point stands for, when x holds quarters, halves, cumulative spans or
   * ranges — ticks, tooltips and the summary then write the period as written ("2021年一季度"),
   * never the month its instant falls in. Absent for plain dates and numbers.
   */
  periods?: ReadonlyMap<number, Period> | null;
  /** The points are running totals from the start of each year (1-9月, 前三季度). */
  cumulative?: boolean;
  /**
   * A numeric x that is years (a 年份 / Year column read as numbers, x-type="number"): written
   * as years — "2019", never "2,019" — on the axis, in the tooltip and in the summary.
   */
  xYears?: boolean;
  /**
   * The unit every x cell carries ("1500米", "2000米"): x is a quantity in it, written with it in
   * the caption ("海拔（米）"), the tooltip and the summary ("海拔为1500米时").
   */
  xUnit?: string;
}

export interface SeriesOptions {
  /** The x column (header or 1-based number); default the first column. */
  x?: string | null;
  /** The column naming the series in a long table; when absent, the shape is detected. */
  series?: string | null;
  /** The value column of a long table. */
  value?: string | null;
  /** unit="亿元": bare values are in 亿元. */
  unit?: string | null;
  xType?: 'auto' | 'time' | 'number';
  /** The year of periods that name none (一季度 …): the caption's or heading's. */
  year?: number | null;
}

/** Columns of numbers, the fast input for large data: `{ x: [...], series: { 名称: [...] } }`. */
export interface LineColumns {
  x: ArrayLike<number> | readonly (string | number | Date)[];
  series: Record<string, ArrayLike<number | null>>;
  /** time when x holds ms timestamps (or dates); default: detected from the first x. */
  xType?: 'time' | 'number';
  unit?: string;
}

export function isLineColumns(v: unknown): v is LineColumns {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  return typeof r['x'] === 'object' && r['x'] !== null && 'length' in r['x'] && typeof r['series'] === 'object' && r['series'] !== null;
}

interface ReadX {
  x: Float64Array;
  type: 'time' | 'number';
  granularity: Granularity;
  periods: ReadonlyMap<number, Period> | null;
  cumulative: boolean;
}

/** A cell that is a plain number (2019, "2019", "1,500"): a year or a quantity, by its column. */
const plainNumber = (v: unknown): boolean => typeof v === 'number' || (typeof v === 'string' && /^\s*-?[\d,]+(?:\.\d+)?\s*$/.test(v));

/**
 * Reads the x column. `quantity`: the column says its numbers are a quantity (a unit in its
 * header or cells, core/format/year.ts), so 1000, 1500, 2000 are not read as years.
 */
function readX(raw: readonly unknown[], xType: SeriesOptions['xType'], column: string, year: number | null = null, quantity = false, unit = '', cells: readonly Cell[] = []): ReadX {
  // Every cell a number with the one unit ("1500米", "2000米") that no period reader takes (一季度
  // is a quarter, and asks for its year): a quantity, read from its typed cells.
  const withUnit = unit !== '' && xType !== 'time' && cells.length === raw.length && cells.every((c) => c.kind === 'number');
  if (withUnit && (xType === 'number' || !readTimeX(raw, column, year))) {
    return { x: Float64Array.from(cells, (c) => ('value' in c ? c.value : NaN)), type: 'number', granularity: 'year', periods: null, cumulative: false };
  }
  const asNumbers = xType === 'number' || (xType !== 'time' && quantity && !isYearName(column) && raw.every(plainNumber));
  const time = asNumbers ? null : readTimeX(raw, column, year);
  if (time) return { ...time, type: 'time' };
  if (xType === 'time') {
    const bad = Math.max(0, raw.findIndex((v) => !(v instanceof Date) && readForm(v) === null));
    throw new DataError(
      `Row ${bad + 1}: "${cellForMessage(raw[bad])}" in column "${column}" is not a date (write 2021, 2021-01, 2021-01-15, 2021年1月, 2021年一季度 or 1-9月).`,
      { input: 'columns', row: bad + 1 },
      `第 ${bad + 1} 行：“${column}”列的“${cellForMessage(raw[bad])}”不是日期（可写作 2021、2021-01、2021-01-15、2021年1月、2021年一季度或1-9月）。`,
    );
  }
  const x = new Float64Array(raw.length);
  raw.forEach((v, i) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.trim().replace(/,/g, '')) : NaN;
    if (!Number.isFinite(n)) {
      throw new DataError(
        `Row ${i + 1}: "${cellForMessage(v)}" in column "${column}" is neither a date nor a number.`,
        { input: 'columns', row: i + 1 },
        `第 ${i + 1} 行：“${column}”列的“${cellForMessage(v)}”既不是日期也不是数字。`,
      );
    }
    x[i] = n;
  });
  return { x, type: 'number', granularity: 'year', periods: null, cumulative: false };
}

/**
 * Sorts x (and every y with it) when the rows came in another order; duplicates are an error.
 * `sorted`: already known (series sharing one x check it once).
 */
function sortSeries(s: Series, xName: string, sorted = ascending(s.x)): Series {
  const n = s.x.length;
  if (sorted) return s;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (s.x[a] as number) - (s.x[b] as number));
  const x = Float64Array.from(order, (i) => s.x[i] as number);
  const forms = s.forms;
  for (let i = 1; i < n; i++) {
    if (x[i] === x[i - 1]) {
      throw new DataError(
        `Series "${s.name}" has two values for the same ${xName || 'x'}.`,
        { input: 'columns' },
        `“${s.name}”在同一${xName || '横轴值'}上有两个数值。`,
      );
    }
  }
  return { ...s, x, y: Float64Array.from(order, (i) => s.y[i] as number), ...(forms ? { forms: order.map((i) => forms[i]) } : {}) };
}

/**
 * A long table: besides x, one column of series names that repeat (every row names one) and one
 * numeric column. A text column of distinct notes beside a value column is a wide table.
 */
function isLong(table: DataTable, xi: number, o: SeriesOptions): boolean {
  if (o.series) return true;
  const rest = table.columns.map((c, i) => ({ c, i })).filter(({ i }) => i !== xi);
  if (rest.length !== 2) return false;
  const text = rest.find(({ c }) => c.type === 'text');
  if (!text || !rest.some(({ c }) => c.type === 'number')) return false;
  const names = table.cells.map((r) => r[text.i]);
  if (names.some((c) => c?.kind !== 'text')) return false;
  return new Set(names.map((c) => (c?.kind === 'text' ? c.text : ''))).size < names.length;
}

export function seriesFromTable(table: DataTable, o: SeriesOptions = {}): LineData {
  const xi = o.x ? chooseColumn(table, 'text', o.x) : 0;
  const xName = table.columns[xi]?.name ?? '';
  const given = readUnit(o.unit ?? '');
  const cellValue = (r: number, c: number): number => {
    const cell = table.cells[r]?.[c];
    if (!cell || cell.kind === 'missing') return NaN;
    if (cell.kind === 'text') throw notANumber(r, cell.text, table.columns[c]?.name ?? '');
    return cell.unit !== '' ? cell.value : scaleBy(cell.value, undefined, given).value;
  };
  // The published form of the line in column c over `rows`: its tooltips and summary write it so.
  const formOf = (c: number, rows: readonly number[]): { published?: Published; forms?: Array<Published | undefined> } => {
    const byRow = rows.map((r) => {
      const cell = table.cells[r]?.[c];
      return cell?.kind === 'number' ? scaleBy(cell.value, cell.published, cell.unit !== '' ? { factor: 1, multiplier: '' } : given).published : undefined;
    });
    const forms = byRow.filter((f, i) => f !== undefined || table.cells[rows[i] as number]?.[c]?.kind === 'number');
    const published = commonForm(forms);
    const mixed = new Set(forms.map((f) => f?.multiplier)).size > 1;
    return { ...(published ? { published } : {}), ...(mixed ? { forms: byRow } : {}) };
  };
  const unitOf = (c: number): string => table.columns[c]?.unit || given.unit;
  const rawX = table.raw.map((r) => r[xi]);
  const xCells = table.cells.map((r): Cell => r[xi] ?? { kind: 'missing' });
  // The unit the x cells carry themselves ("1500米"); bare numbers under "海拔（米）" stay as
  // written (the header is the caption), never scaled by the header's multiplier.
  const bare = rawX.every(plainNumber);
  const named = bare ? headerUnit(xName) : null;
  const xColumn = table.columns[xi];
  const xUnit = xColumn?.type !== 'number' ? '' : named ? `${named.multiplier}${named.unit}` : !bare ? xColumn.unit : '';
  const quantity = namesQuantity(xName) || xUnit !== '';
  const unitOfX = (type: 'time' | 'number'): { xUnit?: string } => (type === 'number' && xUnit ? { xUnit } : {});
  // Years typed as numbers under x-type="number": still written as years.
  const yearsOf = (type: 'time' | 'number', x: Float64Array): { xYears?: boolean } => (type === 'number' && isYearName(xName) && yearColumn(x, xName) ? { xYears: true } : {});
  if (isLong(table, xi, o)) {
    const vi = chooseColumn(table, 'number', o.value, xi);
    requireOneUnit(table, [vi]);
    const si = o.series ? chooseColumn(table, 'text', o.series) : table.columns.findIndex((c, i) => i !== xi && i !== vi && c.type === 'text');
    const { x, type, granularity, periods, cumulative } = readX(rawX, o.xType, xName, o.year ?? null, quantity, named ? '' : xUnit, xCells);
    const groups = new Map<string, number[]>();
    table.cells.forEach((row, r) => {
      const cell = row[si];
      const name = cell?.kind === 'text' ? cell.text : cell?.kind === 'number' ? String(cell.value) : '';
      let g = groups.get(name);
      if (!g) groups.set(name, (g = []));
      g.push(r);
    });
    const series = [...groups].map(([name, rows]) =>
      sortSeries({ name, x: Float64Array.from(rows, (r) => x[r] as number), y: Float64Array.from(rows, (r) => cellValue(r, vi)), unit: unitOf(vi), ...formOf(vi, rows) }, xName),
    );
    return { xType: type, granularity, series, xName, periods, cumulative, ...yearsOf(type, x), ...unitOfX(type) };
  }
  // A column with any number in it is a series: a stray word in it is then reported, not skipped.
  const cols = table.columns.map((c, i) => ({ c, i })).filter(({ i }) => i !== xi && table.cells.some((r) => r[i]?.kind === 'number'));
  if (cols.length === 0) chooseColumn(table, 'number', o.value, xi);
  // One axis, one unit (core/data/worded.ts): "5.2%" beside "回落0.8个百分点" is refused, not drawn.
  requireOneUnit(table, cols.map(({ i }) => i));
  const { x, type, granularity, periods, cumulative } = readX(rawX, o.xType, xName, o.year ?? null, quantity, named ? '' : xUnit, xCells);
  const every = table.cells.map((_, r) => r);
  const series = cols.map(({ c, i }) => sortSeries({ name: c.name, x, y: Float64Array.from(table.cells, (_, r) => cellValue(r, i)), unit: unitOf(i), ...formOf(i, every) }, xName));
  return { xType: type, granularity, series, xName, periods, cumulative, ...yearsOf(type, x), ...unitOfX(type) };
}

const yearStart = (y: number): number => utcDay(y, 0, 1);

/** Every x of columns must be a finite number: the first that is not is reported where it is. */
function checkX(x: Float64Array): void {
  const bad = x.findIndex((v) => !Number.isFinite(v));
  if (bad < 0) return;
  throw new DataError(
    `x value ${bad + 1} (${x[bad]}) is not a finite number.`,
    { input: 'data', row: bad + 1 },
    `横轴第 ${bad + 1} 个值（${x[bad]}）不是有限数字。`,
  );
}

export function seriesFromColumns(data: LineColumns): LineData {
  const n = data.x.length;
  const first = data.x[0];
  // Integers 1000–2999 are years, as in a table (core/format/year.ts): { x: [2019, 2020] } is a
  // yearly line, never "x = 2,019". x-type "number" keeps them numbers.
  const years = data.xType === undefined && typeof first === 'number' && areYears(data.x as ArrayLike<number>);
  const xType = data.xType ?? (first instanceof Date || typeof first === 'string' || years ? 'time' : 'number');
  let x: Float64Array;
  let granularity: Granularity = 'day';
  let periods: ReadonlyMap<number, Period> | null = null;
  let cumulative = false;
  if (years) {
    x = Float64Array.from(data.x as ArrayLike<number>, (y) => yearStart(y));
    granularity = 'year';
  } else if (data.x instanceof Float64Array) x = data.x;
  else if (xType === 'time' && (first instanceof Date || typeof first === 'string')) {
    const r = readX(Array.from(data.x as ArrayLike<unknown>), 'time', 'x');
    ({ x, granularity, periods, cumulative } = r);
  } else x = Float64Array.from(data.x as ArrayLike<number>, Number);
  // Timestamps name their own granularity: midnights are days, others a clock time (the summary
  // and tooltip then write "14:30", not only the day).
  if (xType === 'time' && !years && !periods && (data.x instanceof Float64Array || typeof first === 'number')) granularity = granularityOf(x);
  // x is shared: the first line's pass also tells whether x is in order (scan.ts).
  let sorted: boolean | null = null;
  const series = Object.entries(data.series).map(([name, ys]) => {
    if (ys.length !== n) {
      throw new DataError(`Series "${name}" has ${ys.length} values for ${n} x values.`, { input: 'data' }, `“${name}”有 ${ys.length} 个数值，而横轴有 ${n} 个。`);
    }
    const y = ys instanceof Float64Array ? ys : Float64Array.from(ys, (v) => v ?? NaN);
    let scan: SeriesScan;
    if (sorted === null) {
      const r = scanColumns(x, y);
      sorted = r.ascending;
      scan = r;
    } else scan = scanValues(y);
    if (!sorted || !Number.isFinite(x[0] ?? 0) || !Number.isFinite(x[n - 1] ?? 0)) checkX(x);
    const s = sortSeries({ name, x, y, unit: data.unit ?? '' }, 'x', sorted);
    // Sorting made new arrays; else the pass above describes this line as it is.
    return s.y === y ? keepScan(s, scan) : s;
  });
  return { xType, granularity, series, xName: '', periods, cumulative };
}
