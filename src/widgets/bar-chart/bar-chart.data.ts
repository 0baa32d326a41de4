/**
 * Typed table → what the bar layouts take: the columns to draw, one series (BarDatum[]) or
 * several (SeriesTable). Pure; errors name the row and column for the editor.
 */
import { isRankColumn } from '../../core/data/rank.js';
import { chooseColumn, notANumber, type DataTable } from '../../core/data/typed.js';
import { scaleBy, type Published } from '../../core/format/published.js';
import { qualifierSymbol, splitUnit } from '../../core/format/quantity.js';
import type { BarDatum } from './bar-chart.layout.js';
import type { SeriesTable } from './bar-chart.series.js';

export interface ColumnChoice {
  /** Column names from the `series` attribute. */
  series: readonly string[];
  value: string | null;
  label: string | null;
  /** The `unit` attribute, multiplier allowed ("亿元"). */
  unit: string | null;
}

/**
 * How the `unit` attribute is read: the element passes core/format/header-unit.ts readUnit (English
 * multiplier words too: unit="billion yuan"); the first paint, Chinese units only (splitUnit), and
 * leaves English ones to the element (bar-chart.paint.ts) — the words would cost its budget.
 */
export type UnitReader = (unit: string) => { factor: number; unit: string; multiplier: string };

/** The value columns: named by `series`, else `value`, else every numeric column but the label. */
export function valueColumns(table: DataTable, choice: ColumnChoice): number[] {
  if (choice.series.length) return choice.series.map((name) => chooseColumn(table, 'number', name));
  if (choice.value) return [chooseColumn(table, 'number', choice.value)];
  const label = choice.label ? chooseColumn(table, 'text', choice.label) : table.columns.findIndex((c) => c.type === 'text');
  // A rank column (排名, 序号) is a position, not a series to draw (core/data/rank.ts); named, it is drawn.
  const numeric = table.columns.flatMap((c, i) => (c.type === 'number' && i !== label && !isRankColumn(c.name) ? [i] : []));
  // Years or codes as labels: a numeric first column with no text column labels the rows.
  const values = label < 0 && numeric.length > 1 ? numeric.slice(1) : numeric;
  // One axis, one unit: beside "地区生产总值（亿元）" a "增长（%）" column is not drawn on the 亿元
  // scale (a 6.6% bar among 万亿元 ones); it stays in the data table. series= may still name both.
  const unit = table.columns[values[0] ?? -1]?.unit;
  return values.filter((c) => table.columns[c]?.unit === unit);
}

/** A row's label as written: a numeric label column (years, codes) is not reformatted. */
function labelOf(table: DataTable, r: number, li: number): string {
  const c = table.cells[r]?.[li];
  const raw = table.raw[r]?.[li];
  return c?.kind === 'text' ? c.text : typeof raw === 'string' ? raw.trim() : c?.kind === 'number' ? String(c.value) : '';
}

/**
 * One series. unit="亿元": values written bare ("4.1") are in 亿元; cells that carry their own
 * unit keep it. Qualifiers (以上, 不少于 …) become a sign before the value.
 */
export function barData(table: DataTable, vi: number, li: number, unitAttr: string | null, read: UnitReader = splitUnit): BarDatum[] {
  const valueCol = table.columns[vi];
  const given = read(unitAttr ?? '');
  return table.cells.map((row, r) => {
    const vc = row[vi];
    if (vc?.kind === 'text') throw notANumber(r, vc.text, valueCol?.name ?? '');
    const own = vc?.kind === 'number' && vc.unit !== '';
    // A bare number in unit="亿元" is written "4.1亿元" again, with its own decimals.
    const scaled = vc?.kind === 'number' ? scaleBy(vc.value, vc.published, own ? { factor: 1, multiplier: '' } : given) : null;
    const datum: BarDatum = {
      label: labelOf(table, r, li),
      value: scaled ? scaled.value : null,
      unit: own ? vc.unit : given.unit || valueCol?.unit || '',
    };
    if (scaled?.published) datum.published = scaled.published;
    const prefix = vc?.kind === 'number' ? qualifierSymbol(vc.qualifier) : '';
    if (prefix) datum.prefix = prefix;
    return datum;
  });
}

/** Several series, one per value column. */
export function seriesTable(table: DataTable, li: number, columns: readonly number[], unitAttr: string | null, read: UnitReader = splitUnit): SeriesTable {
  const given = read(unitAttr ?? '');
  const published: (Published | undefined)[][] = table.cells.map((row) =>
    columns.map((c) => {
      const cell = row[c];
      return cell?.kind === 'number' ? scaleBy(cell.value, cell.published, cell.unit ? { factor: 1, multiplier: '' } : given).published : undefined;
    }),
  );
  return {
    published,
    categories: table.cells.map((_, r) => labelOf(table, r, li)),
    series: columns.map((c) => ({ name: table.columns[c]?.name ?? '', unit: table.columns[c]?.unit || given.unit })),
    values: table.cells.map((row, r) =>
      columns.map((c) => {
        const cell = row[c];
        if (cell?.kind === 'text') throw notANumber(r, cell.text, table.columns[c]?.name ?? '');
        if (cell?.kind !== 'number') return null;
        return cell.unit ? cell.value : scaleBy(cell.value, undefined, given).value;
      }),
    ),
  };
}

/**
 * Categories of several series in the order `sort` asks for, in every mode: by the sum of the
 * visible series when stacked, by the first visible series' share when percent, by the first
 * visible series otherwise (grouped, diverging). Missing values sort last; ties keep their order.
 */
export function sortSeries(t: SeriesTable, sort: 'none' | 'ascending' | 'descending', mode: string, hidden: readonly string[]): SeriesTable {
  if (sort !== 'ascending' && sort !== 'descending') return t;
  const visible = t.series.map((s, i) => (hidden.includes(s.name) ? -1 : i)).filter((i) => i >= 0);
  const first = visible[0] ?? 0;
  const sum = (row: readonly (number | null)[]): number => visible.reduce((a, i) => a + (row[i] ?? 0), 0);
  const key = (row: readonly (number | null)[]): number | null => {
    if (mode === 'stacked') return visible.every((i) => row[i] === null) ? null : sum(row);
    const v = row[first] ?? null;
    if (mode === 'percent') return v === null || sum(row) === 0 ? null : v / sum(row);
    return v;
  };
  const sign = sort === 'ascending' ? 1 : -1;
  const order = t.categories.map((_, i) => i).sort((a, b) => {
    const ka = key(t.values[a] ?? []);
    const kb = key(t.values[b] ?? []);
    if (ka === null || kb === null) return ka === kb ? a - b : ka === null ? 1 : -1;
    return sign * (ka - kb) || a - b;
  });
  return { ...t, categories: order.map((i) => t.categories[i] ?? ''), values: order.map((i) => t.values[i] ?? []) };
}
