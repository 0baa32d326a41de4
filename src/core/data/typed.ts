/**
 * RawTable → typed columns: each cell parsed once (numbers with units, missing, text), each
 * column typed by its cells, and the label and value columns chosen.
 */
import { publishedFromJson, scaleBy } from '../format/published.js';
import { headerName, headerUnit } from '../format/header-unit.js';
import { maxIndex } from 'd3-array';
import { parseCell, type Cell, type QuantityOptions } from '../format/quantity.js';
import { DataError } from './errors.js';
import { nameWithoutUnits, requireColumn } from './columns.js';
import { isYearName, yearColumn } from '../format/year.js';
import { isRankColumn } from './rank.js';
import { readWorded } from './worded.js';
import type { RawTable } from './raw-table.js';

export interface Column {
  name: string;
  /** number when every present cell is a number; text otherwise. */
  type: 'number' | 'text';
  /** The unit the column's numbers share ('' when none or mixed). */
  unit: string;
}

export interface DataTable {
  columns: Column[];
  /** Parsed cells, row by row, aligned with columns. */
  cells: Cell[][];
  /** The cells as given, for the data table and CSV download. */
  raw: unknown[][];
  caption?: string;
}

/**
 * Columns that say how another column's figures were published — the extractor's records carry
 * `published` beside `value` — and the column they describe.
 */
const FORM_COLUMNS: Readonly<Record<string, string>> = { published: 'value', targetPublished: 'target', upperPublished: 'upper' };

/** Moves `published`-style columns onto the cells they describe, and out of the table. */
function attachForms(raw: RawTable, cells: Cell[][]): RawTable {
  const forms = raw.columns.flatMap((name, i) => {
    const of = Object.hasOwn(FORM_COLUMNS, name) ? raw.columns.indexOf(FORM_COLUMNS[name] ?? '') : -1;
    return of >= 0 ? [{ i, of }] : [];
  });
  if (forms.length === 0) return raw;
  for (const { i, of } of forms) {
    cells.forEach((row, r) => {
      const cell = row[of];
      const form = publishedFromJson(raw.rows[r]?.[i]);
      if (cell?.kind === 'number' && !cell.published && form) cell.published = form;
    });
  }
  const keep = raw.columns.map((_, i) => !forms.some((f) => f.i === i));
  const pick = <T>(row: readonly T[]): T[] => row.filter((_, i) => keep[i]);
  cells.forEach((row, r) => (cells[r] = pick(row)));
  const out: RawTable = { columns: pick(raw.columns), rows: raw.rows.map(pick) };
  if (raw.caption) out.caption = raw.caption;
  return out;
}

/** A numeric column's unit: the one its numbers share, '' when they carry several. */
function columnUnit(cells: readonly Cell[][], c: number): string {
  const units = new Set<string>();
  for (const row of cells) {
    const cell = row[c];
    if (cell?.kind === 'number') units.add(cell.unit);
  }
  return units.size === 1 ? ([...units][0] ?? '') : '';
}

/**
 * The table typed as the cells alone say, without reading units from the headers: what the bar
 * chart's first paint reads (core/paint/paint.ts), held to the article's byte budget — it leaves a
 * table whose value header names a unit to the element (bar-chart.paint.ts).
 */
export function typeTableBare(input: RawTable, options: QuantityOptions = {}): DataTable {
  const cells = input.rows.map((r) => r.map((v) => parseCell(v, options)));
  const raw = attachForms(input, cells);
  const columns: Column[] = raw.columns.map((name, c) => {
    const present = cells.map((r) => r[c]).filter((x): x is Cell => !!x && x.kind !== 'missing');
    const numeric = present.length > 0 && present.every((x) => x.kind === 'number');
    return { name, type: numeric ? 'number' : 'text', unit: numeric ? columnUnit(cells, c) : '' };
  });
  const table: DataTable = { columns, cells, raw: raw.rows };
  if (raw.caption) table.caption = raw.caption;
  return table;
}

/**
 * The table typed: each cell parsed, each column typed, and bare numbers under a header that
 * names their unit ("地区生产总值（亿元）": 13501.7) read in it, as the unit attribute reads them:
 * 13501.7亿元, published in 亿 (header-unit.ts). Cells that carry a unit of their own keep it; the
 * raw cells (the data table, CSV) stay as published.
 */
export function typeTable(input: RawTable, options: QuantityOptions = {}): DataTable {
  const table = typeTableBare(input, options);
  // Figures written with their direction word ("下降4.9%", "持平"), as bulletins write growth: signed
  // numbers here (worded.ts); the first paint's bare table leaves them text, and the chart to the element.
  const worded = readWorded(table, options);
  // The names an attribute may give the columns without their units (columns.ts); kept off the
  // first paint's bare table, so its byte budget never carries the header reader.
  nameWithoutUnits(table, table.columns.map((col) => headerName(col.name)));
  table.columns.forEach((col, c) => {
    const hu = col.type === 'number' ? headerUnit(col.name) : null;
    if (worded.includes(c)) col.unit = columnUnit(table.cells, c);
    if (!hu) return;
    for (const row of table.cells) {
      const cell = row[c];
      if (cell?.kind !== 'number' || cell.unit !== '') continue;
      const scaled = scaleBy(cell.value, cell.published, hu);
      cell.value = scaled.value;
      cell.unit = hu.unit;
      if (scaled.published) cell.published = scaled.published;
    }
    col.unit = columnUnit(table.cells, c);
  });
  return table;
}

/** A value cell that is not a number: named by row (1-based) and column for the editor. */
export function notANumber(row: number, text: string, column: string): DataError {
  return new DataError(`Row ${row + 1}: "${text}" in column "${column}" is not a number.`, { input: 'columns', row: row + 1 }, `第 ${row + 1} 行：“${column}”列的“${text}”不是数字。`);
}

/** A numeric column of years (core/format/year.ts): named as one, or the first column, all years with no unit. */
function yearLike(table: DataTable, c: number): boolean {
  const col = table.columns[c];
  if (!col || (c !== 0 && !isYearName(col.name))) return false;
  const cells = table.cells.map((r) => r[c]);
  if (cells.some((x) => x?.kind === 'number' && x.unit !== '')) return false;
  return yearColumn(cells.flatMap((x) => (x?.kind === 'number' ? [x.value] : [])), col.name, col.unit);
}

/**
 * The column an attribute names (by header text, or 1-based number: see columns.ts), else the first of the
 * wanted type. A name that matches nothing is an error that lists the columns there are.
 */
export function chooseColumn(table: DataTable, wanted: 'number' | 'text', name?: string | null, exclude?: number): number {
  if (name) return requireColumn(table, name);
  // Years are labels, never summed as values: a 年份 column of 2019, 2020 beside a column of
  // shares gives the shares (a waffle drew 4,039 squares of 2019 + 2020).
  // Ranks neither (core/data/rank.ts): 排名 1…5 drawn as values made the fifth the largest.
  const years = wanted === 'number' ? table.columns.findIndex((c, idx) => c.type === 'number' && idx !== exclude && !yearLike(table, idx) && !isRankColumn(c.name)) : -1;
  if (years >= 0) return years;
  const i = table.columns.findIndex((c, idx) => c.type === wanted && idx !== exclude && !(wanted === 'number' && isRankColumn(c.name)));
  if (i >= 0) return i;
  if (wanted === 'number') {
    // No clean numeric column: blame the first stray cell of the most numeric one.
    const counts = table.columns.map((_, c) => table.cells.filter((r) => r[c]?.kind === 'number').length);
    const best = maxIndex(counts);
    if ((counts[best] ?? 0) > 0) {
      const row = table.cells.findIndex((r) => r[best]?.kind === 'text');
      const cell = table.cells[row]?.[best];
      const text = cell?.kind === 'text' ? cell.text : '';
      throw notANumber(row, text, table.columns[best]?.name ?? '');
    }
  }
  if (wanted === 'text') {
    // No text column: label by the first column that is not the value.
    const other = table.columns.findIndex((_, idx) => idx !== exclude);
    if (other >= 0) return other;
  }
  throw wanted === 'number'
    ? new DataError('No column holds numbers; name one with the value attribute.', { input: 'columns' }, '没有包含数字的列；请用 value 属性指定一列。')
    : new DataError('No column to label the rows with.', { input: 'columns' }, '没有可用作标签的列。');
}
