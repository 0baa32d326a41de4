/**
 * The data as a real table, shown by every widget's "data" button: what a screen reader's table
 * mode reads, with each number exact, with its unit, in the reader's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataTable } from '../data/typed.js';
import { formatValue } from '../format/number.js';
import { scaleBy, type Published } from '../format/published.js';
import type { Cell } from '../format/quantity.js';
import { headerUnit, readUnit } from '../format/header-unit.js';
import { formatYear, isYearName, yearColumn } from '../format/year.js';
import type { Locale } from '../i18n/locale.js';

export interface DataTableText {
  caption: string;
  summary: string;
  /** The unit for numbers whose cell and column carry none (the widget's `unit`). */
  unit: string;
  locale: Locale;
}

/**
 * A value as the data table writes it: as published ("33064.8亿元"; "3,306.48 billion yuan"), or
 * exact to 10 decimals when its form is unknown. A unit with a multiplier (the column's or the
 * widget's "亿元") is applied to the bare number, so English reads "billion yuan", not "亿元".
 */
export function formatCell(value: number, unit: string, locale: Locale, published?: Published): string {
  const given = readUnit(unit);
  const scaled = scaleBy(value, published, given);
  return formatValue(scaled.value, given.unit, locale, { maximumFractionDigits: 10, compact: false, published: scaled.published });
}

/**
 * The columns whose numbers are years (core/format/year.ts): a column named as one (年份, Year),
 * or the first column — the labels, x or categories — when all its numbers are years.
 */
export function yearColumns(table: DataTable): boolean[] {
  return table.columns.map((col, c) => {
    if (col.type !== 'number' || (c !== 0 && !isYearName(col.name))) return false;
    // A cell with a unit of its own ("2000米") is a quantity: the column is not years.
    const cells = table.cells.map((row) => row[c]);
    if (cells.some((cell) => cell?.kind === 'number' && cell.unit !== '')) return false;
    const values = cells.flatMap((cell) => (cell?.kind === 'number' ? [cell.value] : []));
    return yearColumn(values, col.name, col.unit);
  });
}

/**
 * In Chinese, a figure under a header that names its unit ("地区生产总值（亿元）") is written as
 * the table published it, "60465.3", not "60465.3亿元" again; English writes every unit out
 * (the header's 亿元 is "billion yuan" only in the cell). undefined: write it with its unit.
 */
function underHeaderUnit(cell: Cell, header: string, locale: Locale): string | undefined {
  if (locale !== 'zh-CN' || cell.kind !== 'number' || !cell.published) return undefined;
  const hu = headerUnit(header);
  if (!hu || hu.unit !== cell.unit || hu.multiplier !== cell.published.multiplier) return undefined;
  const value = Number((cell.value / hu.factor).toPrecision(15));
  return formatValue(value, '', locale, { compact: false, published: { ...cell.published, multiplier: '' } });
}

export function renderDataTable(table: DataTable, text: DataTableText): TemplateResult {
  const years = yearColumns(table);
  return html`<div class="data-table-wrap" id="data-table">
    <table part="data-table">
      <caption>${text.caption}${text.summary ? html`<br /><span>${text.summary}</span>` : nothing}</caption>
      <thead><tr>${table.columns.map((c) => html`<th scope="col">${c.name}</th>`)}</tr></thead>
      <tbody>
        ${table.cells.map(
          (row) => html`<tr>
            ${row.map((cell, c) => {
              // A year is a name: "2019", never "2,019".
              if (cell.kind === 'number' && years[c]) return html`<td class="num">${formatYear(cell.value)}</td>`;
              // "下降6.8%" as the bulletin wrote it; English reads the signed figure.
              if (cell.kind === 'number' && cell.written && text.locale === 'zh-CN') return html`<td class="num">${cell.written}</td>`;
              if (cell.kind === 'number') {
                const unit = cell.unit || table.columns[c]?.unit || text.unit;
                const bare = underHeaderUnit(cell, table.columns[c]?.name ?? '', text.locale);
                return html`<td class="num">${bare ?? formatCell(cell.value, unit, text.locale, cell.published)}</td>`;
              }
              return html`<td>${cell.kind === 'text' ? cell.text : ''}</td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
