/**
 * Total rows of a bar chart's table (合计, 全省, 平均, Total — core/data/total-rows.ts): not
 * bars. Drawn, a 合计 bar dwarfs its parts and tops every ranking ("合计最大"), which says
 * nothing true. The chart leaves them out of the bars, the sort and the summary, and says so
 * under the plot ("合计 1,234亿元（未绘入图中）"); the data table keeps every row as published.
 * `keep-totals` draws them as bars, for the rare chart that wants them. The element and the
 * first paint both go through here, so the painted chart says the same.
 */
import { css } from 'lit';
import { splitTotals, totalKind } from '../../core/data/total-rows.js';
import { sumColumns, sumRows } from '../../core/data/sum-rows.js';
import { headerName } from '../../core/format/header-unit.js';
import { spanMonths } from './bar-chart.summary.js';
import type { DataTable } from '../../core/data/typed.js';
import { formatValue, type NumberStyle } from '../../core/format/number.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { BarDatum, BarScene } from './bar-chart.scene.js';

/** The note's look: a quiet line under the plot. The element's only — the first paint leaves tables with totals to it. */
export const totalsNoteStyles = css`
  .totals-note {
    margin: 4px 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;

export interface BarRows {
  /** The rows drawn as bars. */
  items: DataTable;
  /** Input row index of each drawn row (a dj-select names the row as published). */
  itemRows: number[];
  /** The total rows left out; empty when none or when kept. */
  totals: DataTable;
}

/** The rows to draw: all with `keep`, else all but the total rows in label column `li`. */
export function barRows(table: DataTable, li: number, keep: boolean): BarRows {
  if (keep) return { items: table, itemRows: table.cells.map((_, r) => r), totals: { ...table, cells: [], raw: [] } };
  const s = splitTotals(table, li);
  return { items: s.items, itemRows: s.itemRows, totals: s.totals };
}

/** Several series: the rows drawn, and the value columns drawn with the total ones left out. */
export interface SeriesRows extends BarRows {
  /** The value columns drawn. */
  columns: number[];
  /** The names of the rows and columns left out as totals, for the note under the plot. */
  left: string[];
}

/**
 * Several series (`columns`): the total rows by their label (合计, 全国) or, unnamed, by their
 * figures (规模以上港口 = 沿海港口 + 内河港口 in every column: core/data/sum-rows.ts); and, when the
 * series were not named by the author (`chosen`), a total column by its name (合计, Total — not
 * 全国, which may be a region beside others) or its figures (地区生产总值 = the three 产业).
 */
export function seriesRows(table: DataTable, li: number, columns: readonly number[], keep: boolean, chosen: boolean): SeriesRows {
  const byLabel = barRows(table, li, keep);
  if (keep) return { ...byLabel, columns: [...columns], left: [] };
  const label = (r: number): string => {
    const c = table.cells[r]?.[li];
    return c?.kind === 'text' ? c.text : '';
  };
  // 上半年 beside 一季度 and 二季度 is their sum too, but a longer span the author drew on purpose
  // (its summary leaves it unranked, bar-chart.summary.ts): among periods, a sum is no total row.
  const periods = byLabel.itemRows.filter((r) => spanMonths(label(r)) !== null).length;
  const sumsOf = new Set(periods >= 2 ? [] : sumRows(table, byLabel.itemRows, columns));
  const itemRows = byLabel.itemRows.filter((r) => !sumsOf.has(r));
  const items = new Set(itemRows);
  const totalRows = table.cells.map((_, r) => r).filter((r) => !items.has(r));
  const named = (c: number): boolean => {
    const name = headerName(table.columns[c]?.name ?? '').replace(/\s+/g, '');
    return totalKind(name) !== null && !name.startsWith('全');
  };
  const sumCols = chosen ? [] : [...new Set([...columns.filter(named), ...sumColumns(table, itemRows, columns)])];
  const drawn = columns.filter((c) => !sumCols.includes(c));
  const pick = (rows: readonly number[]): DataTable => ({ ...table, cells: rows.map((r) => table.cells[r] ?? []), raw: rows.map((r) => table.raw[r] ?? []) });
  return {
    items: pick(itemRows),
    itemRows,
    totals: pick(totalRows),
    // A single series left is still drawn as series (its legend says which); never none.
    columns: drawn.length > 0 ? drawn : [...columns],
    left: [...totalRows.map(label), ...(drawn.length > 0 ? sumCols.map((c) => headerName(table.columns[c]?.name ?? '')) : [])],
  };
}

/** "合计 1,234亿元（未绘入图中）" / "Total 1,234 (not drawn)"; several joined; '' for none. */
export function totalsNote(totals: readonly BarDatum[], locale: Locale, style?: NumberStyle): string {
  if (totals.length === 0) return '';
  const zh = locale === 'zh-CN';
  const parts = totals.map((d) => {
    const value = d.value === null ? '' : ` ${d.prefix ?? ''}${formatValue(d.value, d.unit, locale, { published: d.published, style })}`;
    return `${d.label}${value}`;
  });
  return zh ? `${parts.join('；')}（未绘入图中）` : `${parts.join('; ')} (not drawn)`;
}

/** Several series: the total rows by name only — their values are in the data table. */
export function totalsNoteByName(labels: readonly string[], locale: Locale): string {
  if (labels.length === 0) return '';
  return locale === 'zh-CN' ? `${labels.join('、')}（未绘入图中，见数据表）` : `${labels.join(', ')} (not drawn; see the data table)`;
}

/** The scene with its note, which the summary also reads out (the note is shown; the summary is what a screen reader hears). */
export function noted(scene: BarScene, note: string, locale: Locale): BarScene {
  if (!note) return scene;
  const summary = locale === 'zh-CN' ? `${scene.summary}${note}。` : `${scene.summary}${scene.summary ? ' ' : ''}${note}.`;
  return { ...scene, note, summary };
}
