/** CSV/TSV text → RawTable, refusing ragged rows with their line number. */
import { parseRows } from './dsv.js';
import { DataError, type DataInput } from './errors.js';
import type { RawTable } from './raw-table.js';

export function parseDelimited(text: string, input: DataInput, delimiter: ',' | '\t' = ','): RawTable {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { columns: [], rows: [] };
  const rows = parseRows(body, delimiter);
  // A final newline yields no row, but blank lines inside do: drop wholly blank rows.
  const nonBlank = rows
    .map((r, i) => ({ r, line: i + 1 }))
    .filter(({ r }) => !(r.length === 1 && r[0]?.trim() === ''));
  const [header, ...data] = nonBlank;
  if (!header) return { columns: [], rows: [] };
  const columns = header.r.map((c) => c.trim());
  for (const { r, line } of data) {
    if (r.length !== columns.length) {
      // Lines count as written only when no quoted field spans lines; good enough to find the row.
      throw new DataError(
        `Row on line ${line} has ${r.length} field${r.length === 1 ? '' : 's'}, the header has ${columns.length}.`,
        { input, line, row: line - 1 },
        `第 ${line} 行有 ${r.length} 个字段，表头有 ${columns.length} 个。`,
      );
    }
  }
  return { columns, rows: data.map(({ r }) => r) };
}
