/**
 * Cells and columns typed the way an editor reads a sheet: a column of "2021年1月, 2月, 3月" is
 * dates, a column of "4.1亿元, 1.8亿元" is numbers in 元, and a stray word in a number column is
 * a flagged cell, not a reason to call the whole column text.
 */
import { isMissing } from '../core/format/quantity.js';
import { parseBuilderDate } from './dates.js';
import { cellText } from './grid.js';
import { readNumber, unitOf } from './numbers.js';

/** 'year' is a bare 4-digit year (2021): a date in a date column, a number in a number column. */
export type CellClass = 'missing' | 'number' | 'year' | 'date' | 'text';

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

/** Headers that name a time: a column of bare years under them is dates. */
export const TIME_HEADER = /年|年份|年度|季度|月份|日期|时间|时期|期间|period|year|date|time|quarter|month/i;

/** Bare years in order, a few apart (2019, 2020, 2021): a time axis even under a neutral header. */
function yearSequence(values: number[]): boolean {
  if (values.length < 2) return false;
  const steps = values.slice(1).map((v, i) => v - (values[i] ?? v));
  return steps.every((d) => d > 0 && d <= 5) || steps.every((d) => d < 0 && d >= -5);
}

export function columnType(classes: readonly CellClass[], header: string, years: number[]): 'number' | 'date' | 'text' {
  const present = classes.filter((c) => c !== 'missing');
  if (present.length === 0) return 'text';
  const count = (k: CellClass): number => present.filter((c) => c === k).length;
  const [n, y, d] = [count('number'), count('year'), count('date')];
  const half = present.length / 2;
  if (d > 0 && d + y >= half && d + y >= n) return 'date';
  if (y > 0 && y === present.length && (TIME_HEADER.test(header) || yearSequence(years))) return 'date';
  if (n + y > 0 && n + y >= half) return 'number';
  return 'text';
}

/** The type of the cells under a row, for reading the header: like a column, without its name. */
export function restType(classes: readonly CellClass[]): CellClass {
  const present = classes.filter((c) => c !== 'missing');
  if (present.length === 0) return 'missing';
  const count = (k: CellClass): number => present.filter((c) => c === k).length;
  if (count('year') === present.length) return 'year';
  if (count('date') + count('year') >= present.length / 2 && count('date') > 0) return 'date';
  if (count('number') + count('year') >= present.length / 2) return 'number';
  return 'text';
}

/**
 * Whether the first row names the columns. Certain when a column has a word over numbers or
 * dates (a header) or any plain number in the first row (data); otherwise the editor is asked.
 */
/**
 * A number followed by words that are no unit ("2021年目标", "2020年实际"): a column's name that
 * happens to start with a year, not a value in the unit 年目标.
 */
function wordyNumber(text: string): boolean {
  const c = readNumber(text, '.');
  return c.kind === 'number' && /\p{Script=Han}{2,}/u.test(c.unit) && unitOf(c.unit) === null;
}

export function detectHeader(classes: readonly (readonly CellClass[])[], firstRow: readonly string[]): { header: boolean; ambiguous: boolean } {
  const first = (classes[0] ?? []).map((c, j): CellClass => (c === 'number' && wordyNumber(firstRow[j] ?? '') ? 'text' : c));
  if (classes.length < 2) return { header: first.every((c) => c === 'text'), ambiguous: false };
  if (first.some((c) => c === 'number')) return { header: false, ambiguous: false };
  let votes = 0;
  first.forEach((c, j) => {
    const rest = restType(classes.slice(1).map((r) => r[j] ?? 'missing'));
    if (c === 'text' && (rest === 'number' || rest === 'date' || rest === 'year')) votes++;
    else if ((c === 'year' || c === 'date') && rest === 'number') votes++;
  });
  if (votes > 0) return { header: true, ambiguous: false };
  if (first.every((c) => c !== 'text')) return { header: false, ambiguous: false };
  // All words: names are short, distinct and present in every column.
  const names = firstRow.filter((s) => s !== '');
  const plausible = names.length === firstRow.length && new Set(names).size === names.length;
  return { header: plausible, ambiguous: true };
}

/**
 * A wide table with dates across its first row and labels down its first column (地区 | 2019 |
 * 2020 …): the widgets want dates down a column, so it is flipped.
 */
export function isWide(classes: readonly (readonly CellClass[])[]): boolean {
  if (classes.length < 2) return false;
  const across = (classes[0] ?? []).slice(1).filter((c) => c !== 'missing');
  const down = classes.slice(1).map((r) => r[0] ?? 'missing');
  const dated = (c: CellClass): boolean => c === 'year' || c === 'date';
  const numbers = classes.slice(1).some((r) => r.slice(1).some((c) => c === 'number' || c === 'year'));
  return across.length >= 2 && across.every(dated) && !down.some(dated) && numbers;
}
