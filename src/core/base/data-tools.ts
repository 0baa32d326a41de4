/**
 * The data tools in a chart's footer: the "data" toggle that shows the data as a table, the CSV
 * download, and the export menu beside them. State here (is the table open), markup from
 * a11y/data-table and the export button. The CSV writer and the menu load on first use (core/lazy.ts).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { renderDataTable } from '../a11y/data-table.js';
import type { DataTable } from '../data/typed.js';
import type { Locale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { renderExportMenu, toolFailed } from '../export/button.js';
import type { ExportMenuHost } from '../export/menu.js';
import { csvExport } from '../lazy.js';

type Host = ReactiveControllerHost & ExportMenuHost;

export class DataTools {
  /** The data table is open. */
  open = false;

  constructor(private readonly host: Host) {}

  private readonly toggle = (): void => {
    this.open = !this.open;
    this.host.requestUpdate();
  };

  /** The buttons, or nothing when there is no data to show. */
  buttons(table: DataTable | undefined, t: Messages, name: string): TemplateResult | typeof nothing {
    if (!table || table.cells.length === 0) return nothing;
    const csv = (): void => {
      csvExport().then(
        ({ download, fileName, toCsv }) => download(toCsv(table.columns.map((c) => c.name), table.raw), fileName(name, 'csv'), 'text/csv;charset=utf-8'),
        (e: unknown) => toolFailed(this.host, 'the CSV writer', e),
      );
    };
    return html`<div class="tools">
      <button type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="data-table" @click=${this.toggle}>
        ${this.open ? t.hideData : t.showData}
      </button>
      <button type="button" @click=${csv}>${t.downloadCsv}</button>
      ${renderExportMenu(this.host)}
    </div>`;
  }

  /** The open data table, or nothing. */
  table(table: DataTable | undefined, o: { caption: string; summary: string; unit: string; locale: Locale }): TemplateResult | typeof nothing {
    return this.open && table ? renderDataTable(table, o) : nothing;
  }
}
