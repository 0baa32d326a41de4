/**
 * One cell of a targets table read for what it says beyond a number: a target written in words
 * ("增长5%以上", "控制在3%以内"), the base a quote names ("比2020年增长"), the text of any cell,
 * and actuals nested in one cell by code (an object keyed by date, a list, or either as JSON).
 */
import { DataError } from '../../core/data/errors.js';
import { parseCell, type Cell } from '../../core/format/quantity.js';
import { splitChange, type ChangeWording } from '../../core/format/vocabulary.js';

/** A target cell in words: the change words and the figure after them, read as a cell. */
export function targetWording(raw: unknown, cell: Cell | undefined): { words: ChangeWording; cell: Cell } | undefined {
  if (typeof raw !== 'string') return undefined;
  const words = splitChange(raw);
  if (!words) return undefined;
  const rest = parseCell(words.rest);
  // "控制在3%以内" is already a bound parseCell reads; the words only add the direction.
  if (rest.kind !== 'number') return cell?.kind === 'number' ? undefined : { words, cell: rest };
  // The cap word bounds the figure itself when nothing after it does ("控制在500家" is ≤ 500 家).
  if (!words.change && rest.qualifier === undefined) return { words, cell: { ...rest, qualifier: '控制在' } };
  return { words, cell: rest };
}

/** The base of a change named in the source sentence: "比2020年增长", "比上年下降". */
export function baseInQuote(quote: string): ChangeWording['base'] {
  const year = /(?:比|较)\s*(\d{4})\s*年/.exec(quote)?.[1];
  if (year) return { year: Number(year) };
  return /(?:比|较)\s*(?:上年|去年)/.test(quote) ? { previous: true } : undefined;
}

export const textOf = (raw: unknown, cell: Cell | undefined): string =>
  typeof raw === 'string' ? raw.trim() : cell?.kind === 'text' ? cell.text : cell?.kind === 'number' ? (typeof raw === 'number' ? String(raw) : String(cell.value)) : '';

/** Actuals from code: an object keyed by date, an array of {date, value}, or either as JSON text. */
export function nestedActuals(raw: unknown, row: number): Array<[string, unknown]> {
  let v = raw;
  if (typeof v === 'string') {
    const s = v.trim();
    if (s === '') return [];
    try {
      v = JSON.parse(s) as unknown;
    } catch {
      throw new DataError(`Row ${row + 1}: "actuals" is not JSON.`, { input: 'columns', row: row + 1 }, `第 ${row + 1} 行：“actuals”不是 JSON。`);
    }
  }
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) {
    return v.map((item) => {
      const o = (item ?? {}) as Record<string, unknown>;
      const date = o['date'] ?? o['period'];
      return [typeof date === 'string' || typeof date === 'number' ? String(date) : '', o['value'] ?? o['actual']];
    });
  }
  if (typeof v === 'object') return Object.entries(v as Record<string, unknown>);
  throw new DataError(`Row ${row + 1}: "actuals" must be an object or a list.`, { input: 'columns', row: row + 1 }, `第 ${row + 1} 行：“actuals”应为对象或列表。`);
}
