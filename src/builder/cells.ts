/**
 * One cell, on its own: its text, and its class (missing, number, year, date or text). The leaf
 * every stage reads cells with; a cell is classed once, where it stands, whatever column it
 * ends up in.
 */
import { isMissing } from '../core/format/quantity.js';
import { parseBuilderDate } from './dates.js';
import { readNumber } from './numbers.js';

/** 'year' is a bare 4-digit year (2021): a date in a date column, a number in a number column. */
export type CellClass = 'missing' | 'number' | 'year' | 'date' | 'text';

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** The longest row's length; a loop, since spreading 100,000 rows into Math.max overflows the stack. */
export function widest(rows: readonly (readonly unknown[])[]): number {
  let w = 0;
  for (const r of rows) if (r.length > w) w = r.length;
  return w;
}

const isYear = (n: number): boolean => Number.isInteger(n) && n >= 1000 && n <= 2999;

/** A placeholder year, only to tell whether "一季度" or "1-6月" is a date at all. */
const ANY_YEAR = 2000;

export function classify(raw: unknown, decimal: '.' | ','): CellClass {
  if (isMissing(raw)) return 'missing';
  if (typeof raw === 'number') return isYear(raw) ? 'year' : 'number';
  const s = cellText(raw);
  if (/^[0-9０-９]{4}$/.test(s) && isYear(Number(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))))) return 'year';
  // Dates first: "2021年" and "1月" would otherwise read as numbers in the units 年 and 月.
  if (parseBuilderDate(s, { year: ANY_YEAR }) !== null) return 'date';
  return readNumber(raw, decimal).kind === 'number' ? 'number' : 'text';
}

/** The type of the cells in a run (a column, or the cells under a header cell). */
export function restType(classes: readonly CellClass[]): CellClass {
  const present = classes.filter((c) => c !== 'missing');
  if (present.length === 0) return 'missing';
  const count = (k: CellClass): number => present.filter((c) => c === k).length;
  if (count('year') === present.length) return 'year';
  if (count('date') + count('year') >= present.length / 2 && count('date') > 0) return 'date';
  if (count('number') + count('year') >= present.length / 2) return 'number';
  return 'text';
}
