/**
 * Typed rows → headline figures. Columns by name, as the extractor writes its records (`label,
 * value, unit, comparator, quote`), plus `target`, `previous` and `previous_label`; the label
 * and value columns may also be named by the label/value attributes.
 */
import { DataError } from '../../core/data/errors.js';
import { chooseColumn, notANumber, type DataTable } from '../../core/data/typed.js';
import { columnByAlias } from '../../core/data/columns.js';
import { scaleBy, type Published } from '../../core/format/published.js';
import { parseCell, qualifierSymbol, type Cell } from '../../core/format/quantity.js';
import { readUnit } from '../../core/format/header-unit.js';
import { splitChange } from '../../core/format/vocabulary.js';
import type { BigDatum } from './big-number.layout.js';

export interface BigReadOptions {
  unit: string;
  labelColumn: string | null;
  valueColumn: string | null;
  /** Attribute fallbacks for every row: "4亿元", "3.6亿元", "2020年", the quote. */
  target: string;
  previous: string;
  previousLabel: string;
  quote: string;
}

const COMPARATOR_SIGNS: Readonly<Record<string, string>> = { ge: '≥', gt: '>', le: '≤', approx: '≈' };

const find = columnByAlias;

const fail = (e: Error): never => {
  throw e;
};

export function readBigNumbers(table: DataTable, options: BigReadOptions): BigDatum[] {
  const named = (n: string | null, aliases: readonly string[], wanted: 'number' | 'text', exclude?: number): number => {
    if (n) return chooseColumn(table, wanted, n);
    const i = find(table, aliases);
    return i >= 0 ? i : chooseColumn(table, wanted, null, exclude);
  };
  const vi = named(options.valueColumn, ['value', '数值', '值'], 'number');
  const li = named(options.labelColumn, ['label', '指标', '名称', '项目'], 'text', vi);
  const ui = find(table, ['unit', '单位']);
  const ci = find(table, ['comparator']);
  const ti = find(table, ['target', '目标']);
  const pi = find(table, ['previous', '上期', '上年']);
  const pli = find(table, ['previous_label', 'previous-label']);
  const qi = find(table, ['quote', 'sentence', '原文']);
  return table.cells.map((row, r) => {
    const raw = table.raw[r] ?? [];
    const str = (i: number): string => (i >= 0 && typeof raw[i] === 'string' ? raw[i].trim() : i >= 0 && typeof raw[i] === 'number' ? String(raw[i]) : '');
    // The one reader of units (header-unit.ts readUnit), as the charts read the attribute: "trillion yuan" is ×1e12 元.
    const given = readUnit(str(ui) || options.unit);
    type Num = { value: number; unit: string; qualifier?: string; published?: Published; rise?: true };
    const num = (cell: Cell | undefined, col: string): Num | null => {
      if (!cell || cell.kind === 'missing') return null;
      if (cell.kind === 'text') return changeIn(cell.text) ?? fail(notANumber(r, cell.text, col));
      // A column of changes in words is typed as signed figures (core/data/worded.ts); a headline
      // reads the words again, so a rise keeps its "+" ("增长5.2%" is +5.2%, not a level of 5.2%).
      if (cell.written) {
        const worded = changeIn(cell.written);
        if (worded) return worded;
      }
      const own = cell.unit !== '';
      // A bare number takes the unit column's (or attribute's) multiplier: 33064.8 in 亿元 is 33064.8亿.
      const out: Num = { ...scaleBy(cell.value, cell.published, own ? { factor: 1, multiplier: '' } : given), unit: own ? cell.unit : given.unit };
      if (cell.qualifier) out.qualifier = cell.qualifier;
      return out;
    };
    /** "下降3.5%", "比上年增长5.2%": a change as written, its words kept as a sign (a fall below zero). */
    const changeIn = (text: string): Num | null => {
      const words = splitChange(text);
      const cell = words?.change ? parseCell(words.rest) : undefined;
      if (!words || cell?.kind !== 'number') return null;
      const n = num(cell, '');
      if (!n) return null;
      // "增长-3.5%" fell too: the sign as written wins over the word's direction.
      if (words.direction === 'fall' || n.value < 0) return { ...n, value: -Math.abs(n.value) };
      return { ...n, rise: true };
    };
    const v = num(row[vi], table.columns[vi]?.name ?? 'value');
    if (!v) throw new DataError(`Row ${r + 1}: the value is missing.`, { input: 'columns', row: r + 1 }, `第 ${r + 1} 行：缺少数值。`);
    const lc = row[li];
    const d: BigDatum = { label: lc?.kind === 'text' ? lc.text : str(li), value: v.value, unit: v.unit };
    if (v.published) d.published = v.published;
    const sign = COMPARATOR_SIGNS[str(ci)] ?? qualifierSymbol(v.qualifier);
    // A rise written in words keeps its word as "+": "增长5.2%" is not a level of 5.2%.
    const prefix = [sign, v.rise ? '+' : ''].filter(Boolean).join(' ');
    if (prefix) d.prefix = prefix;
    const other = (i: number, attr: string, col: string): Num | null => {
      const cell = i >= 0 && row[i]?.kind !== 'missing' ? row[i] : attr ? parseCell(attr) : undefined;
      const n = num(cell, col);
      if (n && n.unit !== v.unit && n.unit !== '') {
        throw new DataError(`Row ${r + 1}: ${col} is in ${n.unit}, the value in ${v.unit || 'no unit'}.`, { input: 'columns', row: r + 1 }, `第 ${r + 1} 行：${col}的单位（${n.unit}）与数值的单位（${v.unit || '无'}）不同。`);
      }
      return n;
    };
    const target = other(ti, options.target, 'target');
    if (target !== null) {
      d.target = target.value;
      if (target.published) d.targetPublished = target.published;
    }
    const previous = other(pi, options.previous, 'previous');
    if (previous !== null) {
      d.previous = previous.value;
      if (previous.published) d.previousPublished = previous.published;
    }
    const previousLabel = str(pli) || options.previousLabel;
    if (previousLabel) d.previousLabel = previousLabel;
    const quote = str(qi) || options.quote;
    if (quote) d.quote = quote;
    return d;
  });
}
