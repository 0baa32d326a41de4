/** Inline or fetched JSON → RawTable, with the line and column of a syntax error. */
import { DataError, lineColumn, type DataInput } from './errors.js';
import { jsonErrorOffset } from './json-locate.js';
import { fromRecords, type RawTable } from './raw-table.js';

export function parseJsonTable(text: string, input: DataInput): RawTable {
  return parseJsonWith(text, input, located);
}

/**
 * The same without the line and column of a syntax error (json-locate.ts's ≈ 2 KB): for the first
 * paint, which never shows an error — on one it paints nothing and the element, reading the data
 * again with parseJsonTable, shows it located.
 */
export function parseJsonTableBare(text: string, input: DataInput): RawTable {
  return parseJsonWith(text, input, (e) => {
    throw new DataError(`Invalid JSON: ${e instanceof Error ? e.message : String(e)}`, { input }, 'JSON 格式有误');
  });
}

function parseJsonWith(text: string, input: DataInput, fail: (e: unknown, text: string, input: DataInput) => never): RawTable {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    fail(e, text, input);
  }
  return fromRecords(data, input);
}

/** A syntax error with where it is. */
function located(e: unknown, text: string, input: DataInput): never {
  const msg = e instanceof Error ? e.message : String(e);
  const offset = jsonErrorOffset(text.replace(/^\uFEFF/, ''));
  const where = offset >= 0 ? lineColumn(text.replace(/^\uFEFF/, ''), offset) : undefined;
  const at = where ? ` at line ${where.line}, column ${where.column}` : '';
  // V8's own message may repeat a long snippet of the input: keep it short.
  const reason = msg.replace(/\s*\(line \d+ column \d+\)|,? at position \d+/g, '').replace(/, ".*" is not valid JSON$/s, '');
  const atZh = where ? `（第 ${where.line} 行第 ${where.column} 列）` : '';
  throw new DataError(`Invalid JSON${at}: ${reason}`, { input, ...where }, `JSON 格式有误${atZh}：${reason}`);
}
