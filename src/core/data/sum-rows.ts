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

/**
 * The lines (rows, or columns) that are the sum of all the other lines at each position across
 * them: checked in at least two places, or over at least three other lines, and never a line of zeros.
 * A line is the sum of the others where twice its figure is the sum of all, within the rounding of
 * every figure as written: one pass per place, not one per line and place (a 1,000-row table with
 * five series is checked in 5,000 steps, not 5,000,000).
 */
function sumLines(lines: readonly number[], across: readonly number[], at: (line: number, place: number) => Cell | undefined): number[] {
  if (lines.length < 3) return [];
  // Per place: the sum of all the lines' figures and of their rounding, or null when one is missing.
  const all = across.map((p) => {
    let sum = 0;
    let room = 0;
    for (const l of lines) {
      const cell = at(l, p);
      const v = valueOf(cell);
      if (v === null) return null;
      sum += v;
      room += slack(cell as Cell);
    }
    return { sum, room };
  });
  return lines.filter((l) => {
    let held = 0;
    let nonzero = false;
    for (let k = 0; k < across.length; k++) {
      const t = valueOf(at(l, across[k] as number));
      if (t !== null && t !== 0) nonzero = true;
      const a = all[k];
      if (t === null || !a) continue;
      if (Math.abs(t - (a.sum - t)) > a.room + 1e-9 * Math.abs(t)) return false;
      held++;
    }
    return nonzero && (held >= 2 || (held === 1 && lines.length >= 4));
  });
}

/** The rows (of `rows`) that are the sum of all the other rows in each of `columns`. */
export function sumRows(table: DataTable, rows: readonly number[], columns: readonly number[]): number[] {
  return sumLines(rows, columns, (r, c) => table.cells[r]?.[c]);
}

/** The columns (of `columns`) that are the sum of all the others in every row of `rows`. */
export function sumColumns(table: DataTable, rows: readonly number[], columns: readonly number[]): number[] {
  return sumLines(columns, rows, (c, r) => table.cells[r]?.[c]);
}
