/** Inline or fetched JSON → RawTable, with the line and column of a syntax error. */
import { DataError, lineColumn, type DataInput } from './errors.js';
import { fromRecords, type RawTable } from './raw-table.js';

export function parseJsonTable(text: string, input: DataInput): RawTable {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // V8 says "… at position N" or "… (line L column C)"; report both forms as line:column.
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const pos = /position (\d+)/.exec(msg);
    const where = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : pos ? lineColumn(text, Number(pos[1])) : undefined;
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    throw new DataError(`Invalid JSON${at}: ${msg.replace(/\s*\(line \d+ column \d+\)|,? at position \d+/g, '')}`, { input, ...where });
  }
  return fromRecords(data, input);
}
