/**
 * Typed rows → headline figures. Columns by name, as the extractor writes its records (`label,
 * value, unit, comparator, quote`), plus `target`, `previous` and `previous_label`; the label
 * and value columns may also be named by the label/value attributes.
 */
import { DataError } from '../../core/data/errors.js';
import { chooseColumn, notANumber, type DataTable } from '../../core/data/typed.js';
import { parseCell, qualifierSymbol, splitUnit, type Cell } from '../../core/format/quantity.js';
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

function find(table: DataTable, names: readonly string[]): number {
  return table.columns.findIndex((c) => names.includes(c.name.trim().toLowerCase()));
}

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
    const given = splitUnit(str(ui) || options.unit);
    const num = (cell: Cell | undefined, col: string): { value: number; unit: string; qualifier?: string } | null => {
      if (!cell || cell.kind === 'missing') return null;
      if (cell.kind === 'text') throw notANumber(r, cell.text, col);
      const own = cell.unit !== '';
      const out: { value: number; unit: string; qualifier?: string } = { value: own ? cell.value : cell.value * given.factor, unit: own ? cell.unit : given.unit };
      if (cell.qualifier) out.qualifier = cell.qualifier;
      return out;
    };
    const v = num(row[vi], table.columns[vi]?.name ?? 'value');
    if (!v) throw new DataError(`Row ${r + 1}: the value is missing.`, { input: 'columns', row: r + 1 }, `第 ${r + 1} 行：缺少数值。`);
    const lc = row[li];
    const d: BigDatum = { label: lc?.kind === 'text' ? lc.text : str(li), value: v.value, unit: v.unit };
    const sign = COMPARATOR_SIGNS[str(ci)] ?? qualifierSymbol(v.qualifier);
    if (sign) d.prefix = sign;
    const other = (i: number, attr: string, col: string): number | null => {
      const cell = i >= 0 && row[i]?.kind !== 'missing' ? row[i] : attr ? parseCell(attr) : undefined;
      const n = num(cell, col);
      if (n && n.unit !== v.unit && n.unit !== '') {
        throw new DataError(`Row ${r + 1}: ${col} is in ${n.unit}, the value in ${v.unit || 'no unit'}.`, { input: 'columns', row: r + 1 }, `第 ${r + 1} 行：${col}的单位（${n.unit}）与数值的单位（${v.unit || '无'}）不同。`);
      }
      return n ? n.value : null;
    };
    const target = other(ti, options.target, 'target');
    if (target !== null) d.target = target;
    const previous = other(pi, options.previous, 'previous');
    if (previous !== null) d.previous = previous;
    const previousLabel = str(pli) || options.previousLabel;
    if (previousLabel) d.previousLabel = previousLabel;
    const quote = str(qi) || options.quote;
    if (quote) d.quote = quote;
    return d;
  });
}
