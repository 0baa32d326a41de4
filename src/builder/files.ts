/**
 * Files an editor opens (picker or drag-and-drop), read in the browser — nothing is uploaded —
 * into the text the builder reads, so a project saves what was opened like what was pasted.
 * CSV/TSV/JSON in UTF-8 or GB18030/GBK (Chinese statistics files are often GBK: the browser's
 * TextDecoder reads it); spreadsheets (.xlsx, .xls, .ods) through SheetJS, loaded only when a
 * spreadsheet is opened, so neither the builder's first load nor any widget bundle carries it.
 */
import type { InputKind } from './types.js';

export interface OpenedFile {
  /** The table as text the builder reads (a sheet as tab-separated cells, as a spreadsheet copies it). */
  text: string;
  /** The format the name says, when it settles it; otherwise detected from the text. */
  kind?: InputKind;
  /** 'utf-8', 'utf-16' or 'gb18030' for text files; '' for spreadsheets. */
  encoding: string;
  /** A workbook's sheet names, in order; [] for text files. */
  sheets: string[];
  /** The sheet read. */
  sheet: string;
}

/** A file the builder refuses, in both languages. */
export class FileError extends Error {
  readonly zh: string;
  constructor(en: string, zh: string) {
    super(en);
    this.name = 'FileError';
    this.zh = zh;
  }
}

/** Larger files are not tables an editor charts: refused before they are read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const SPREADSHEET = /\.(?:xlsx|xlsm|xls|ods)$/i;
const TEXT = /\.(?:csv|tsv|tab|txt|json)$/i;

/** UTF-8 when the bytes are valid UTF-8 (a BOM says so too), UTF-16 by its BOM, else GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** One cell as tab-separated text: quoted (RFC 4180 style, as spreadsheets copy) when it holds a tab, a line break or a quote. */
const tsvCell = (s: string): string => (/[\t\r\n"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function readWorkbook(bytes: Uint8Array, sheet: string | undefined): Promise<OpenedFile> {
  const XLSX = await import('@e965/xlsx');
  let book: ReturnType<typeof XLSX.read>;
  try {
    // Formulas are not evaluated or kept: the cached values, formatted as the sheet shows them.
    book = XLSX.read(bytes, { type: 'array', cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new FileError(`This spreadsheet cannot be read (${reason}).`, `无法读取此电子表格（${reason}）。`);
  }
  const sheets = book.SheetNames;
  const name = sheet !== undefined && sheets.includes(sheet) ? sheet : (sheets[0] ?? '');
  const ws = book.Sheets[name];
  if (!ws) throw new FileError('The workbook has no sheets.', '该工作簿没有工作表。');
  // raw: false — each cell as the sheet displays it (8,900.44, 12.5%), i.e. as written.
  const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: false, defval: '', blankrows: false });
  const text = rows.map((r) => r.map((c) => tsvCell(typeof c === 'string' ? c : typeof c === 'number' || typeof c === 'boolean' ? String(c) : '')).join('\t')).join('\n');
  return { text, kind: 'tsv', encoding: '', sheets, sheet: name };
}

/** A file's bytes → the text to read. `sheet`: which sheet of a workbook (default: the first). */
export async function readFileBytes(name: string, bytes: Uint8Array, sheet?: string): Promise<OpenedFile> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    throw new FileError(`"${name}" is ${mb} MB; the builder opens files up to 20 MB.`, `“${name}”有 ${mb} MB；本工具只能打开 20 MB 以内的文件。`);
  }
  if (SPREADSHEET.test(name)) return readWorkbook(bytes, sheet);
  if (!TEXT.test(name)) {
    throw new FileError(`"${name}" is not a table file: open .csv, .tsv, .json, .xlsx or .xls.`, `“${name}”不是表格文件：请打开 .csv、.tsv、.json、.xlsx 或 .xls 文件。`);
  }
  const { text, encoding } = decodeText(bytes);
  const kind: InputKind | undefined = /\.json$/i.test(name) ? 'json' : /\.(?:tsv|tab)$/i.test(name) ? 'tsv' : undefined;
  return { text, ...(kind ? { kind } : {}), encoding, sheets: [], sheet: '' };
}

/** A File from the picker or a drop → its text. */
export async function readFile(file: File, sheet?: string): Promise<OpenedFile> {
  if (file.size > MAX_FILE_BYTES) return readFileBytes(file.name, new Uint8Array(MAX_FILE_BYTES + 1), sheet);
  return readFileBytes(file.name, new Uint8Array(await file.arrayBuffer()), sheet);
}
