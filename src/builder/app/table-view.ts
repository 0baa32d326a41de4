/**
 * The parsed table as the editor checks and edits it: an accessible table (caption, column
 * headers with their type and unit, row numbers as row headers) with every bad cell marked in
 * three ways (a flag character, a text label for screen readers, the list above naming row and
 * column), and native controls, so all of it works from the keyboard: a checkbox per row and per
 * column to keep it in the chart, a type and a unit per column, and the switch for total rows.
 * Every choice is a reading option, so it is saved in the project.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BuilderTable, CellIssue, ColumnChoice, ColumnType, ParseOptions } from '../index.js';
import { pick, type Strings, type UiLang } from './i18n.js';

/** Enough to check a paste by eye; a longer table is read the same way, only not all shown. */
const MAX_ROWS = 200;

/** "第3行第2列：…": the parser's message, led by the cell's place unless it names it already. */
export function issueText(issue: CellIssue, s: Strings, lang: UiLang): string {
  const text = pick(lang, issue);
  if (/^(第\s*\d+\s*行|Row \d+)/i.test(text)) return text;
  return `${s.issueAt(issue.row, issue.column)}${lang === 'en' ? ': ' : '：'}${text}`;
}

export function renderIssues(table: BuilderTable, s: Strings, lang: UiLang): TemplateResult | typeof nothing {
  if (table.issues.length === 0) return nothing;
  return html`<h3 id="djb-issues-h" class="bad">${s.issues}${s.paren(table.issues.length)}</h3>
    <ul class="issues" aria-labelledby="djb-issues-h">
      ${table.issues.map((i) => html`<li>${issueText(i, s, lang)}</li>`)}
    </ul>`;
}

/** What the table view changes: reading options, merged into the project's. */
export type SendOptions = (options: ParseOptions) => void;

/** The rows left out and the switch that brings the totals back, in words. */
function renderSkipped(table: BuilderTable, options: ParseOptions, s: Strings, send: SendOptions): TemplateResult | typeof nothing {
  const totals = table.skipped.filter((r) => r.reason === 'total');
  const hasTotals = totals.length > 0 || options.totals === true;
  if (table.skipped.length === 0 && !hasTotals) return nothing;
  const why = (r: BuilderTable['skipped'][number]): string => s[`skipped_${r.reason}`];
  return html`<div class="skipped-note" id="djb-skipped">
    ${table.skipped.length > 0
      ? html`<p>${s.skippedRows(table.skipped.length)}${table.skipped.map((r, i) => html`${i > 0 ? s.listSep : ''}${s.rowN(r.row)}“${r.label}”${s.paren(why(r))}`)}</p>`
      : html`<p>${s.totalsKept}</p>`}
    ${hasTotals
      ? html`<label><input type="checkbox" id="djb-totals" .checked=${options.totals === true}
          @change=${(e: Event) => send({ totals: (e.target as HTMLInputElement).checked, keepRows: [] })} /> ${s.keepTotals}</label>`
      : nothing}
  </div>`;
}

function toggleRow(table: BuilderTable, options: ParseOptions, row: number, keep: boolean, send: SendOptions): void {
  const skipRows = new Set(options.skipRows ?? []);
  const keepRows = new Set(options.keepRows ?? []);
  const auto = table.skipped.find((r) => r.row === row && r.reason !== 'editor');
  if (keep) {
    skipRows.delete(row);
    if (auto) keepRows.add(row);
  } else {
    keepRows.delete(row);
    if (!auto) skipRows.add(row);
  }
  send({ skipRows: [...skipRows].sort((a, b) => a - b), keepRows: [...keepRows].sort((a, b) => a - b) });
}

function setColumn(options: ParseOptions, name: string, patch: ColumnChoice, send: SendOptions): void {
  const merged: ColumnChoice = { ...(options.columns?.[name] ?? {}), ...patch };
  // An undefined choice means "detect": the key goes, and a column with no choice left goes too.
  const next = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as ColumnChoice;
  const others = Object.entries(options.columns ?? {}).filter(([k]) => k !== name);
  send({ columns: Object.fromEntries(Object.keys(next).length > 0 ? [...others, [name, next]] : others) });
}

const TYPES: ColumnType[] = ['number', 'date', 'text'];

function renderHead(table: BuilderTable, options: ParseOptions, s: Strings, send: SendOptions): TemplateResult {
  return html`<tr>
    <th scope="col">#</th>
    ${table.allColumns.map((c, j) => {
      const own = options.columns?.[c.name] ?? {};
      const id = `djb-col-${j}`;
      return html`<th scope="col" class=${c.skipped ? 'skipped' : nothing}>
        <span class="col-name">${c.name}</span><small>${s[`colType_${c.type}`]}${c.unit ? ` · ${c.unit}` : ''}</small>
        <span class="col-controls">
          <label><input type="checkbox" id=${`${id}-keep`} .checked=${!c.skipped} aria-label=${s.keepColumn(c.name)}
            @change=${(e: Event) => setColumn(options, c.name, { skip: (e.target as HTMLInputElement).checked ? undefined : true }, send)} /></label>
          <select id=${`${id}-type`} aria-label=${s.columnType(c.name)}
            @change=${(e: Event) => setColumn(options, c.name, { type: ((e.target as HTMLSelectElement).value || undefined) as ColumnType | undefined }, send)}>
            <option value="" ?selected=${own.type === undefined}>${s.typeAuto}</option>
            ${TYPES.map((t) => html`<option value=${t} ?selected=${own.type === t}>${s[`colType_${t}`]}</option>`)}
          </select>
          ${c.type === 'number'
            ? html`<input type="text" class="unit" id=${`${id}-unit`} aria-label=${s.columnUnit(c.name)} placeholder=${s.unit} .value=${own.unit ?? c.unit}
                @change=${(e: Event) => {
                  const v = (e.target as HTMLInputElement).value.trim();
                  setColumn(options, c.name, { unit: v === c.unit && own.unit === undefined ? undefined : v }, send);
                }} />`
            : nothing}
        </span>
      </th>`;
    })}
  </tr>`;
}

/** A row's name for its switch: its first non-empty cell, so a screen reader says which row it keeps. */
const rowName = (r: readonly string[]): string => r.find((c) => c.trim() !== '')?.trim().slice(0, 40) ?? '';

export function renderTable(table: BuilderTable, s: Strings, lang: UiLang, options: ParseOptions = {}, send: SendOptions = () => undefined): TemplateResult {
  const bad = new Map<string, CellIssue>();
  for (const i of table.issues) bad.set(`${i.row}:${i.column}`, i);
  const skipped = new Map(table.skipped.map((r) => [r.row, r]));
  const rows = table.rows.slice(0, MAX_ROWS);
  return html`${renderSkipped(table, options, s, send)}
    <p class="help">${s.tableEditHelp}</p>
    <div class="scroll" tabindex="0" role="region" aria-labelledby="djb-table-cap">
      <table class="data" id="djb-table">
        <caption id="djb-table-cap">${s.tableCaption(table.rows.length, table.allColumns.length)}</caption>
        <thead>${renderHead(table, options, s, send)}</thead>
        <tbody>
          ${rows.map((r, ri) => {
            const row = ri + 1;
            const out = skipped.get(row);
            return html`<tr class=${out ? 'skipped' : nothing}>
              <th scope="row"><label><input type="checkbox" .checked=${!out} aria-label=${s.keepRow(row, rowName(r))}
                @change=${(e: Event) => toggleRow(table, options, row, (e.target as HTMLInputElement).checked, send)} /> ${row}</label></th>
              ${table.allColumns.map((c, ci) => {
                const issue = bad.get(`${row}:${ci + 1}`);
                const cls = [c.type === 'number' ? 'num' : '', issue ? 'flag' : '', c.skipped ? 'skipped' : ''].join(' ').trim();
                return html`<td class=${cls || nothing}>
                  ${r[ci] ?? ''}${issue
                    ? html`<span class="mark" aria-hidden="true">⚠</span><span class="sr-only">${s.paren(`${s.issueMark}${s.colon}${pick(lang, issue)}`)}</span>`
                    : nothing}
                </td>`;
              })}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${table.rows.length > MAX_ROWS ? html`<p class="help">${s.tableMore(MAX_ROWS, table.rows.length)}</p>` : nothing}`;
}
