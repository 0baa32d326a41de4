/**
 * Finding a table's columns: by the name an attribute gives, or by the headers a role usually
 * goes by ("date", "日期", "开始日期" …). One rule for every reader, with one bilingual error, so
 * `label="标题"` finds the same column in a timeline, a targets board and a bar chart.
 */
import { DataError } from './errors.js';
import type { DataTable } from './typed.js';

/** A header as matched: a header cell's stray spaces and an editor's capitals do not count. */
const key = (name: string): string => name.trim().toLowerCase();

/**
 * Each typed table's headers without the units their brackets name (set by typeTable), keyed by
 * its columns: a table without its total rows (total-rows.ts) shares them, and so the names.
 */
const WITHOUT_UNITS = new WeakMap<DataTable['columns'], readonly string[]>();

/**
 * Records the names a table's columns go by without their units ("地区生产总值（亿元）" →
 * "地区生产总值"): typeTable passes them in, so this module never imports the header reader and
 * the first paint (which types tables without it) stays within its byte budget.
 */
export function nameWithoutUnits(table: DataTable, names: readonly string[]): void {
  WITHOUT_UNITS.set(table.columns, names);
}

/** The first column whose header is one of `aliases` (written lower-case), or -1. */
export function columnByAlias(table: DataTable, aliases: readonly string[]): number {
  return table.columns.findIndex((c) => aliases.includes(key(c.name)));
}

/**
 * The column `name` names, or -1: its header exactly, else the header as matched (trimmed, any
 * case), else the header without the unit its brackets name — a developer names a column as a
 * reader reads it: value="地区生产总值" is "地区生产总值（亿元）", "GDP" is "GDP (billion yuan)"; the
 * column keeps its unit — else a 1-based column number ("2"). Two headers that match only
 * without their units are an error that names both, never a guess.
 */
export function columnNamed(table: DataTable, name: string): number {
  const exact = table.columns.findIndex((c) => c.name === name);
  if (exact >= 0) return exact;
  const loose = table.columns.findIndex((c) => key(c.name) === key(name));
  if (loose >= 0) return loose;
  // typeTable's headerName: only a bracket that reads as a unit is set aside, so "（2023年）" and
  // "(est.)" stay part of the name.
  const names = WITHOUT_UNITS.get(table.columns) ?? [];
  const bare = names.flatMap((n, i) => (key(n) === key(name) ? [i] : []));
  if (bare.length > 1) throw whichColumn(table, name, bare);
  if (bare.length === 1) return bare[0] as number;
  const n = Number(name);
  return Number.isInteger(n) && n >= 1 && n <= table.columns.length ? n - 1 : -1;
}

/** The error for a name that matches no column: it lists the columns there are. */
export function noSuchColumn(table: DataTable, name: string): DataError {
  return new DataError(
    `No column "${name}"; the columns are: ${table.columns.map((c) => `"${c.name}"`).join(', ')}.`,
    { input: 'columns' },
    `没有名为“${name}”的列；现有的列：${table.columns.map((c) => `“${c.name}”`).join('、')}。`,
  );
}

/** Two or more headers that are `name` once their units are set aside: the editor must say which. */
function whichColumn(table: DataTable, name: string, at: readonly number[]): DataError {
  const names = at.map((i) => table.columns[i]?.name ?? '');
  return new DataError(
    `Which column is "${name}"? ${names.map((n) => `"${n}"`).join(' and ')} both are, in different units; write the header in full.`,
    { input: 'columns' },
    `“${name}”是哪一列？${names.map((n) => `“${n}”`).join('和')}都是，单位不同；请写出完整的列名。`,
  );
}

/** The column `name` names; a name that matches nothing is an error, never a silent guess. */
export function requireColumn(table: DataTable, name: string): number {
  const i = columnNamed(table, name);
  if (i < 0) throw noSuchColumn(table, name);
  return i;
}

/**
 * A role's column: the one an attribute names (which must exist), else the first whose header
 * is one of the role's aliases, else -1 (the reader decides what an absent role means).
 */
export function findColumn(table: DataTable, aliases: readonly string[], named?: string | null): number {
  return named ? requireColumn(table, named) : columnByAlias(table, aliases);
}
