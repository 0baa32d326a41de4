/**
 * The one CSV writer and the one file-name rule: every CSV the library writes (the widgets'
 * "Download CSV") goes through `toCsv`, every downloaded file's name through `fileName`.
 */

import { cellText } from './cell-text.js';
import { replaceLoneSurrogates } from '../escape.js';

/**
 * A cell a spreadsheet reads as a number, never as a formula: an optional sign, digits with or
 * without thousands commas, a decimal part, an exponent or a percent sign. "-3.5", "+1",
 * "-1,234.5", "-12%" stay numbers: Excel, WPS, LibreOffice and Google Sheets read a signed
 * numeric literal as its value, and no operand follows the sign that could call anything.
 */
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?%?$/;
const isNumberLiteral = (s: string): boolean => /\d/.test(s) && NUMBER.test(s);

/**
 * OWASP CSV Injection: a cell that starts with =, +, -, @, tab or carriage return is run as a
 * formula by Excel, WPS, LibreOffice or Google Sheets (`+1+cmd|' /C calc'!A0`). Such a cell is
 * written with a leading apostrophe and always quoted, so the spreadsheet shows it as text.
 * A lone "-" (statistics tables' "no data") is kept: with no operand it cannot be a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(s: string): { text: string; quoted: boolean } {
  if (!FORMULA_START.test(s) || s === '-' || isNumberLiteral(s)) return { text: s, quoted: false };
  return { text: `'${s}`, quoted: true };
}

/** A lone UTF-16 surrogate cannot be written as UTF-8: it becomes U+FFFD, as TextEncoder would. */
const wellFormed = replaceLoneSurrogates;

function field(v: unknown): string {
  const { text, quoted } = neutralise(wellFormed(cellText(v)));
  // RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled.
  return quoted || /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Columns and rows → CSV text: RFC 4180 (comma, CRLF), UTF-8 with a BOM so Excel reads Chinese
 * text as UTF-8, every cell neutralised (see `neutralise`).
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [columns, ...rows].map((r) => r.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Names Windows refuses for a file, whatever the extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name from a title: keeps letters of any script; drops what file systems refuse
 * (\ / : * ? " < > |), control and format characters (NUL, tabs, bidi overrides such as U+202E
 * that would show "gpj.exe" as "exe.jpg", zero-width joiners) and lone surrogates; no leading or
 * trailing dots or spaces; at most 80 characters, never cutting a character in two.
 */
export function fileName(title: string, ext: string): string {
  const cleaned = wellFormed(title)
    .replace(/\uFFFD/g, ' ')
    .replace(/[\\/:*?"<>|\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  let base = Array.from(cleaned).slice(0, 80).join('').replace(/[\s.]+$/, '');
  if (RESERVED.test(base)) base = `${base}_`;
  return `${base || 'data'}.${ext}`;
}

/** Saves text as a file: a temporary object URL and a download link (export/actions.ts saveBlob for blobs). */
export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoke after the click has been handled; the browser has the blob by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
