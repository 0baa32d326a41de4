/**
 * Rows and columns that are the sum of the others, told by their figures where their name does
 * not say so: 规模以上港口 over 沿海港口 and 内河港口, 地区生产总值 beside 第一、二、三产业, 全国 over
 * the provinces. Stacked, such a row or column counts the whole twice; grouped, it dwarfs its
 * parts. The sum must hold within the rounding of the figures as published (4368.06 = 3941.96 +
 * 426.10 万TEU; 60465.3 = 1720.2 + 26613.4 + 32131.7 亿元) in every place it can be checked, and
 * in enough places that chance is no explanation: one column of small numbers (1, 2, 3) sums
 * by chance. Pure.
 */
import type { Cell } from '../format/quantity.js';
import { factorOf } from '../format/published.js';
import type { DataTable } from './typed.js';

/** Half a unit of the last digit written (60465.3亿 → 0.05亿); 0 for a number given as such. */
function slack(cell: Cell): number {
  if (cell.kind !== 'number' || !cell.published) return 0;
  return 0.5 * 10 ** -cell.published.decimals * factorOf(cell.published.multiplier);
}

const valueOf = (cell: Cell | undefined): number | null => (cell?.kind === 'number' ? cell.value : null);

/** Whether `total` is the sum of `parts` (at least two, all present), within their rounding. */
function sums(total: Cell | undefined, parts: readonly (Cell | undefined)[]): boolean | null {
  const t = valueOf(total);
  const v = parts.map(valueOf);
  if (t === null || parts.length < 2 || v.some((x) => x === null)) return null;
  const sum = (v as number[]).reduce((a, b) => a + b, 0);
  const room = slack(total as Cell) + parts.reduce((a, c) => a + slack(c as Cell), 0) + 1e-9 * Math.abs(t);
  return Math.abs(t - sum) <= room;
}

/**
 * The rows (indices into `rows`) that are the sum of all the other rows in each of `columns`:
 * checked in at least two columns, or over at least three other rows, and never a row of zeros.
 */
export function sumRows(table: DataTable, rows: readonly number[], columns: readonly number[]): number[] {
  if (rows.length < 3) return [];
  return rows.filter((r) => {
    const checks = columns.map((c) => sums(table.cells[r]?.[c], rows.filter((o) => o !== r).map((o) => table.cells[o]?.[c])));
    const held = checks.filter((x) => x === true).length;
    const nonzero = columns.some((c) => (valueOf(table.cells[r]?.[c]) ?? 0) !== 0);
    return nonzero && !checks.includes(false) && (held >= 2 || (held === 1 && rows.length >= 4));
  });
}

/**
 * The columns (of `columns`) that are the sum of all the others in every row of `rows`: checked
 * in at least two rows, or over at least three other columns, and never a column of zeros.
 */
export function sumColumns(table: DataTable, rows: readonly number[], columns: readonly number[]): number[] {
  if (columns.length < 3) return [];
  return columns.filter((c) => {
    const checks = rows.map((r) => sums(table.cells[r]?.[c], columns.filter((o) => o !== c).map((o) => table.cells[r]?.[o])));
    const held = checks.filter((x) => x === true).length;
    const nonzero = rows.some((r) => (valueOf(table.cells[r]?.[c]) ?? 0) !== 0);
    return nonzero && !checks.includes(false) && (held >= 2 || (held === 1 && columns.length >= 4));
  });
}
