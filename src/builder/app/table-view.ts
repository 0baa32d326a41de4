/**
 * The parsed table as the editor checks it: an accessible table (caption, column headers with
 * their type and unit, row numbers as row headers) with every bad cell marked in three ways:
 * a flag character, a text label for screen readers, and the list above naming row and column.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BuilderTable, CellIssue } from '../index.js';
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
  return html`<h3 id="djb-issues-h" class="bad">${s.issues}（${table.issues.length}）</h3>
    <ul class="issues" aria-labelledby="djb-issues-h">
      ${table.issues.map((i) => html`<li>${issueText(i, s, lang)}</li>`)}
    </ul>`;
}

export function renderTable(table: BuilderTable, s: Strings, lang: UiLang): TemplateResult {
  const bad = new Map<string, CellIssue>();
  for (const i of table.issues) bad.set(`${i.row}:${i.column}`, i);
  const rows = table.rows.slice(0, MAX_ROWS);
  const type = (t: 'number' | 'date' | 'text'): string => s[`colType_${t}`];
  return html`<div class="scroll" tabindex="0" role="region" aria-labelledby="djb-table-cap">
      <table class="data" id="djb-table">
        <caption id="djb-table-cap">${s.tableCaption(table.rows.length, table.allColumns.length)}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            ${table.allColumns.map(
              (c) => html`<th scope="col">${c.name}<small>${type(c.type)}${c.unit ? ` · ${c.unit}` : ''}</small></th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r, ri) => html`<tr>
              <th scope="row">${ri + 1}</th>
              ${table.allColumns.map((c, ci) => {
                const issue = bad.get(`${ri + 1}:${ci + 1}`);
                const cls = [c.type === 'number' ? 'num' : '', issue ? 'flag' : ''].join(' ').trim();
                return html`<td class=${cls || nothing}>
                  ${r[ci] ?? ''}${issue
                    ? html`<span class="mark" aria-hidden="true">⚠</span><span class="sr-only">（${s.issueMark}：${pick(lang, issue)}）</span>`
                    : nothing}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${table.rows.length > MAX_ROWS ? html`<p class="help">${s.tableMore(MAX_ROWS, table.rows.length)}</p>` : nothing}`;
}
