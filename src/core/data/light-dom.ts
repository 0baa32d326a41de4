/**
 * The data an editor writes inside the element: a <table> (also what readers see without
 * JavaScript, in print and RSS) or a <script type="application/json">.
 */
import { DataError } from './errors.js';
import { parseJsonTable, parseJsonTableBare } from './json.js';
import type { RawTable } from './raw-table.js';

function cellText(cell: Element): string {
  // textContent, not innerText: no layout needed, works while hidden.
  return cell.textContent.replace(/\s+/g, ' ').trim();
}

/** Header row (<thead> or the first row) → column names; <caption> → caption. */
export function readTable(table: HTMLTableElement): RawTable {
  const caption = table.caption ? cellText(table.caption) : '';
  const allRows = Array.from(table.rows);
  const headRow = table.tHead?.rows[0] ?? allRows[0];
  if (!headRow) throw new DataError('The table has no rows.', { input: 'table' }, '表格没有任何行。');
  const columns = Array.from(headRow.cells).map(cellText);
  const body = allRows.filter((r) => r !== headRow && r.parentElement !== table.tHead);
  const rows = body.map((r, i) => {
    const cells = Array.from(r.cells);
    if (cells.length !== columns.length) {
      throw new DataError(
        `Table row ${i + 1} has ${cells.length} cells, the header has ${columns.length}.`,
        { input: 'table', row: i + 1 },
        `表格第 ${i + 1} 行有 ${cells.length} 个单元格，表头有 ${columns.length} 个。`,
      );
    }
    return cells.map((c) => c.getAttribute('data-value') ?? cellText(c));
  });
  const table_: RawTable = { columns, rows };
  if (caption) table_.caption = caption;
  return table_;
}

/**
 * The data written inside the element. A JSON script wins over a table: the table is usually
 * the no-JavaScript fallback, the JSON the exact data.
 */
export function readLightDom(host: Element): { table: RawTable; input: 'json' | 'table' } | null {
  return readLightDomWith(host, parseJsonTable);
}

/** As readLightDom, without locating a JSON syntax error (for the first paint, which shows no errors: json.ts). */
export function readLightDomBare(host: Element): { table: RawTable; input: 'json' | 'table' } | null {
  return readLightDomWith(host, parseJsonTableBare);
}

function readLightDomWith(host: Element, parseJson: typeof parseJsonTable): { table: RawTable; input: 'json' | 'table' } | null {
  const children = Array.from(host.children);
  // A data-annotations script carries a widget's notes, not its data.
  const script = children.find(
    (c): c is HTMLScriptElement => c instanceof HTMLScriptElement && c.type === 'application/json' && !c.hasAttribute('data-annotations'),
  );
  if (script) return { table: parseJson(script.textContent, 'json'), input: 'json' };
  const table = children.find((c): c is HTMLTableElement => c instanceof HTMLTableElement);
  if (table) return { table: readTable(table), input: 'table' };
  return null;
}
