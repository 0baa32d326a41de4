/**
 * The data as a real table, shown by every widget's "data" button: what a screen reader's table
 * mode reads, with each number exact, with its unit, in the reader's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataTable } from '../data/typed.js';
import { formatValue } from '../format/number.js';
import type { Locale } from '../i18n/locale.js';

export interface DataTableText {
  caption: string;
  summary: string;
  /** The unit for numbers whose cell and column carry none (the widget's `unit`). */
  unit: string;
  locale: Locale;
}

/** A value as the data table writes it: exact (up to 10 decimals), 万/亿 in Chinese. */
export function formatCell(value: number, unit: string, locale: Locale): string {
  return formatValue(value, unit, locale, { maximumFractionDigits: 10, compact: locale === 'zh-CN' });
}

export function renderDataTable(table: DataTable, text: DataTableText): TemplateResult {
  return html`<div class="data-table-wrap" id="data-table">
    <table part="data-table">
      <caption>${text.caption}${text.summary ? html`<br /><span>${text.summary}</span>` : nothing}</caption>
      <thead><tr>${table.columns.map((c) => html`<th scope="col">${c.name}</th>`)}</tr></thead>
      <tbody>
        ${table.cells.map(
          (row) => html`<tr>
            ${row.map((cell, c) => {
              if (cell.kind === 'number') {
                const unit = cell.unit || table.columns[c]?.unit || text.unit;
                return html`<td class="num">${formatCell(cell.value, unit, text.locale)}</td>`;
              }
              return html`<td>${cell.kind === 'text' ? cell.text : ''}</td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
