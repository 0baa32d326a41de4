/**
 * RawTable → typed columns: each cell parsed once (numbers with units, missing, text), each
 * column typed by its cells, and the label and value columns chosen.
 */
import { maxIndex } from 'd3-array';
import { parseCell, type Cell, type QuantityOptions } from '../format/quantity.js';
import { DataError } from './errors.js';
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

export function typeTable(raw: RawTable, options: QuantityOptions = {}): DataTable {
  const cells = raw.rows.map((r) => r.map((v) => parseCell(v, options)));
  const columns: Column[] = raw.columns.map((name, c) => {
    const present = cells.map((r) => r[c]).filter((x): x is Cell => !!x && x.kind !== 'missing');
    const numeric = present.length > 0 && present.every((x) => x.kind === 'number');
    const units = new Set(present.map((x) => (x.kind === 'number' ? x.unit : '')));
    return { name, type: numeric ? 'number' : 'text', unit: numeric && units.size === 1 ? ([...units][0] ?? '') : '' };
  });
  const table: DataTable = { columns, cells, raw: raw.rows };
  if (raw.caption) table.caption = raw.caption;
  return table;
}

/** A value cell that is not a number: named by row (1-based) and column for the editor. */
export function notANumber(row: number, text: string, column: string): DataError {
  return new DataError(`Row ${row + 1}: "${text}" in column "${column}" is not a number.`, { input: 'columns', row: row + 1 }, `第 ${row + 1} 行：“${column}”列的“${text}”不是数字。`);
}

/**
 * The column an attribute names (by header text, or 1-based number), else the first of the
 * wanted type. A name that matches nothing is an error that lists the columns there are.
 */
export function chooseColumn(table: DataTable, wanted: 'number' | 'text', name?: string | null, exclude?: number): number {
  if (name) {
    const byName = table.columns.findIndex((c) => c.name === name);
    if (byName >= 0) return byName;
    const n = Number(name);
    if (Number.isInteger(n) && n >= 1 && n <= table.columns.length) return n - 1;
    throw new DataError(
      `No column "${name}"; the columns are: ${table.columns.map((c) => `"${c.name}"`).join(', ')}.`,
      { input: 'columns' },
      `没有名为“${name}”的列；现有的列：${table.columns.map((c) => `“${c.name}”`).join('、')}。`,
    );
  }
  const i = table.columns.findIndex((c, idx) => c.type === wanted && idx !== exclude);
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
