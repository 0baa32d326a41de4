/** The data as a CSV file the reader can open in a spreadsheet. */
import { formatRows } from './dsv.js';

/**
 * Cells that a spreadsheet would run as a formula (=, +, -, @ at the start of text) get a
 * leading apostrophe (OWASP "CSV injection"); numbers are written as numbers.
 */
function safeCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = typeof v === 'string' ? v : (JSON.stringify(v) as string | undefined) ?? '';
  return /^[=+\-@\t\r]/.test(s) && !/^[-+]?\d/.test(s) ? `'${s}` : s;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  // A BOM, so Excel reads the Chinese text as UTF-8.
  return `\uFEFF${formatRows([columns.map(safeCell), ...rows.map((r) => r.map(safeCell))])}\r\n`;
}

/** A file name from a title: keeps letters of any script, drops what file systems refuse. */
export function fileName(title: string, ext: string): string {
  const base = title.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\p{Cc}+/gu, ' ').trim().slice(0, 80) || 'data';
  return `${base}.${ext}`;
}

export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoke after the click has been handled; the browser has the blob by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
