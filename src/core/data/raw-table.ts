/**
 * The one shape every input is turned into before typing: column names and rows of cells.
 * Rows are arrays, not objects, so a column called "__proto__" is just a name.
 */
import { DataError, type DataInput } from './errors.js';

export interface RawTable {
  columns: string[];
  rows: unknown[][];
  /** A title the data carried with it (a <table>'s <caption>). */
  caption?: string;
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Array of objects (columns in first-seen key order) or array of arrays (first row is the
 * header) → RawTable. Anything else is a DataError naming the offending row.
 */
export function fromRecords(data: unknown, input: DataInput): RawTable {
  if (isPlainRecord(data) && Array.isArray(data['data'])) return fromRecords(data['data'], input);
  if (!Array.isArray(data)) {
    const got = data === null ? 'null' : typeof data;
    throw new DataError(`Expected an array of rows, got ${got}.`, { input }, `数据应为由行组成的数组，实际是 ${got}。`);
  }
  if (data.length === 0) return { columns: [], rows: [] };
  if (Array.isArray(data[0])) {
    const [header, ...body] = data as unknown[][];
    const columns = (header ?? []).map((h) => (typeof h === 'string' ? h : h === null || h === undefined ? '' : JSON.stringify(h)));
    body.forEach((r, i) => {
      if (!Array.isArray(r)) throw new DataError(`Row ${i + 1} is not an array like the header.`, { input, row: i + 1 }, `第 ${i + 1} 行不是与表头一样的数组。`);
    });
    return { columns, rows: body.map((r) => columns.map((_, c) => r[c])) };
  }
  const columns: string[] = [];
  const seen = new Set<string>();
  data.forEach((r, i) => {
    if (!isPlainRecord(r)) throw new DataError(`Row ${i + 1} is not an object.`, { input, row: i + 1 }, `第 ${i + 1} 行不是对象。`);
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
    }
  });
  const rows = (data as Array<Record<string, unknown>>).map((r) =>
    columns.map((c) => (Object.prototype.hasOwnProperty.call(r, c) ? r[c] : undefined)),
  );
  return { columns, rows };
}
