/**
 * Figures written with their direction word, as 统计公报 and NBS releases write a change instead of
 * a signed number: "下降4.9%", "比上年增长5.2%", "减少3.1", "比上月回落0.8个百分点", "环比上涨0.1%",
 * "持平". Read by the elements' full typing (typed.ts typeTable), not by the first paint, which
 * leaves such a table to the element (its bare typing sees text there and shows less).
 *
 * The word sets the sign (a fall is below zero, as the chart draws it) and the figure after it keeps
 * its unit and published form; the data table keeps the cell as published. Only what the word
 * explains is read: a bound after a fall ("下降5%以上": the fall is at least 5%, the figure at most
 * −5%), "基本持平", "约" or a range stay as today (text), since a sign before them would say
 * something the source does not.
 */
import { parseCell, type Cell, type QuantityOptions } from '../format/quantity.js';
import { toHalfWidth } from '../format/numeral.js';
import { CHANGE_UNITS, CHANGE_WORDS, RATE_UNITS, splitChange } from '../format/change-words.js';
import { unitWord } from '../format/header-unit.js';
import { cellForMessage } from './cell-text.js';
import { DataError } from './errors.js';
import type { DataTable } from './typed.js';

type NumberCell = Extract<Cell, { kind: 'number' }>;

/**
 * What a change is measured against, before the word: the year before (the vocabulary's own
 * splitChange reads these with a year), and the month, quarter or period before, as monthly and
 * quarterly releases write it ("比上月回落0.9个百分点", PMI June 2017), and 环比 (CPI releases).
 */
const BASE = /^(?:(?:比|较|与)\s*(?:上年同期|去年同期|上年末|上年|去年|上月|上季度|上季|上期|前一年|\d{4}\s*年(?:同期|末)?)\s*(?:相比)?\s*)?(?:同比|环比|年均)?\s*/;

/** "持平", "与上年持平", "同比持平": no change, as published (not "基本持平", which is only about none). */
const FLAT = /^持平$/;

/**
 * A first look that compiles no regular expression: a change word or 持平 somewhere in the cell.
 * Every chart types its table through here, and a label column ("项目1" …) is not worded: the
 * readers' regular expressions (compiled on their first use, ≈ 1 ms in a fresh page) are then
 * never run on a page with no such cell.
 */
const mayBeWorded = (text: string): boolean => text.includes('持平') || CHANGE_WORDS.some(([w]) => text.includes(w));

/**
 * One cell written with its direction word → the signed figure, or undefined when it is not one
 * (or says more than the word explains).
 */
export function changeCell(raw: unknown, options: QuantityOptions = {}): NumberCell | undefined {
  return readChange(raw, options)?.cell;
}

/** changeCell, and whether the cell said 持平 (a 0 with no unit of its own: readWorded gives it the column's). */
function readChange(raw: unknown, options: QuantityOptions): { cell: NumberCell; flat: boolean } | undefined {
  if (typeof raw !== 'string' || !mayBeWorded(raw)) return undefined;
  const rest = toHalfWidth(raw).trim().replace(BASE, '');
  // No change: 0, written "0" (with the column's unit, see readWorded).
  if (FLAT.test(rest)) return { cell: { kind: 'number', value: 0, unit: '', published: { decimals: 0, multiplier: '' }, written: raw.trim() }, flat: true };
  // The base is read above, so the word opens what is left; splitChange names its direction.
  const words = splitChange(rest);
  if (!words?.change) return undefined;
  const cell = parseCell(words.rest, options);
  // What follows the figure must be a unit ("3%-5%" is a range, "3个项目" prose): the library's one reader of units.
  if (cell.kind !== 'number' || cell.qualifier || (cell.unit !== '' && !CHANGE_UNITS.has(cell.unit) && !unitWord(cell.unit))) return undefined;
  // As published (full-width digits too): the Chinese data table writes it so again.
  const written = raw.trim();
  if (words.direction === 'rise') return { cell: { ...cell, written }, flat: false };
  // "下降-2%" says the sign twice and not which way: left as written.
  if (cell.value < 0) return undefined;
  return { cell: { ...cell, value: cell.value === 0 ? 0 : -cell.value, written }, flat: false };
}

/**
 * Columns that are figures once their worded cells are read: every present cell a number or a
 * figure with its direction word, at least one so. Their cells become the signed figures (the
 * raw cells stay as published) and the column a number column; a column with any other text
 * stays as it was — all or nothing, so a column of notes that opens with "增长" stays notes.
 * Returns the columns turned.
 */
export function readWorded(table: DataTable, options: QuantityOptions = {}): number[] {
  const turned: number[] = [];
  table.columns.forEach((col, c) => {
    if (col.type !== 'text') return;
    // All or nothing, so the first text cell that is not a worded figure ends the column's reading:
    // a label column ("项目1" …) costs one cell, not a pass over every row.
    const read: Array<{ cell: NumberCell; flat: boolean } | undefined> = [];
    for (let r = 0; r < table.cells.length; r++) {
      if (table.cells[r]?.[c]?.kind !== 'text') {
        read.push(undefined);
        continue;
      }
      const change = readChange(table.raw[r]?.[c], options);
      if (!change) return;
      read.push(change);
    }
    if (!read.some(Boolean)) return;
    // "持平" has no unit of its own: it takes the one the column's other figures share.
    const units = new Set(table.cells.flatMap((row, r) => {
      const cell = read[r]?.cell ?? row[c];
      return cell?.kind === 'number' && cell.unit !== '' ? [cell.unit] : [];
    }));
    const shared = units.size === 1 ? [...units][0] ?? '' : '';
    table.cells.forEach((row, r) => {
      const change = read[r];
      if (change) row[c] = change.flat ? { ...change.cell, unit: shared } : change.cell;
    });
    col.type = 'number';
    turned.push(c);
  });
  return turned;
}

/**
 * One axis, one unit: a drawn column whose figures mix a rate with another unit — "5.2%" beside
 * "回落0.8个百分点", "12‰" beside "3%" — cannot be drawn on one scale truly. The error names the
 * first figure in another unit than the column's first, by row and column.
 */
export function requireOneUnit(table: DataTable, columns: readonly number[]): void {
  for (const c of columns) {
    let first = '';
    table.cells.forEach((row, r) => {
      const cell = row[c];
      if (cell?.kind !== 'number' || cell.unit === '') return;
      if (first === '') first = cell.unit;
      else if (cell.unit !== first && (RATE_UNITS.has(cell.unit) || RATE_UNITS.has(first))) throw mixedUnits(table, r, c, cell.unit, first);
    });
  }
}

function mixedUnits(table: DataTable, r: number, c: number, unit: string, other: string): DataError {
  const text = cellForMessage(table.raw[r]?.[c]).trim();
  const name = table.columns[c]?.name ?? '';
  return new DataError(
    `Row ${r + 1}: "${text}" in column "${name}" is in ${unit}, the column's other figures in ${other}; one axis cannot show both — draw them as separate charts.`,
    { input: 'columns', row: r + 1 },
    `第 ${r + 1} 行：“${name}”列的“${text}”单位是“${unit}”，该列其他数字的单位是“${other}”，不能共用一条坐标轴；请分开作图。`,
  );
}
