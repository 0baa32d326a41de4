/**
 * Pasted text → a grid of raw cells. Spreadsheets put tabs between cells and quote a cell that
 * holds a line break or a quote (Excel, WPS and Google Sheets all do); CSV and semicolon files
 * follow RFC 4180; JSON is an array of objects or of arrays. A title line above the table becomes
 * the caption; empty rows and columns (a selection wider than the data) are dropped.
 * Stage 1 of reading a table: text → grid. Imports only leaves (cells, types, core).
 */
import { lineColumn } from '../core/data/errors.js';
import { parseRows } from '../core/data/dsv.js';
import { jsonErrorOffset } from '../core/data/json-locate.js';
import { cellText, widest } from './cells.js';
import type { CellIssue, InputKind } from './types.js';

export interface Grid {
  /** One-cell lines above the table (a title, "单位：亿元"). */
  caption: string[];
  /** One-cell lines below it that read as a source or a note ("资料来源：…", "注：…"). */
  footer: string[];
  /** JSON objects: the first row is their keys, a header whatever it looks like. */
  keyed: boolean;
  /** Raw cells: strings from text, any JSON value from JSON. Rows have equal length. */
  cells: unknown[][];
  issues: CellIssue[];
  /** Grid rows (0-based) with more cells than the table is wide: a stray delimiter. */
  ragged: Array<{ line: number; used: number; width: number }>;
}

const DELIMITERS: ReadonlyArray<[InputKind, string]> = [['tsv', '\t'], ['semicolon', ';'], ['csv', ',']];

const blank = (row: readonly unknown[]): boolean => row.every((c) => cellText(c) === '');

// "注：", "注1：", "【注】" (中商产业研究院), "(Source: …)": what a table's publisher writes under it.
const FOOTER = /^(?:[【[（(]\s*)?(?:注释|附注|注|备注|说明|来源|资料来源|数据来源|note|notes|source|sources)\s*\d*\s*(?:[】\]）)]|[:：])/i;

/** Cells up to the last non-empty one. */
const usedWidth = (r: readonly string[]): number => r.reduceRight((n, c, i) => (n === 0 && c !== '' ? i + 1 : n), 0);

/** Rows of a delimiter, blank rows dropped, and the leading one-cell rows (a title) apart. */
function split(text: string, delimiter: string): { caption: string[]; footer: string[]; rows: string[][] } {
  const rows = parseRows(text, delimiter).map((r) => r.map((c) => c.trim())).filter((r) => !blank(r));
  const width = usedWidth;
  const caption: string[] = [];
  while (rows.length > 2 && width(rows[0] ?? []) === 1 && rows.slice(1).some((r) => width(r) > 1)) caption.push((rows.shift() ?? [])[0] ?? '');
  const footer: string[] = [];
  for (let last = rows[rows.length - 1]; last && rows.length > 2 && width(last) === 1 && FOOTER.test(last[0] ?? ''); last = rows[rows.length - 1]) {
    footer.unshift(last[0] ?? '');
    rows.pop();
  }
  return { caption, footer, rows };
}

/** How regular the rows are for a delimiter: the share of rows with the most common width. */
function regularity(rows: string[][]): { width: number; score: number } {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let width = 0;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > width)) [width, best] = [w, n];
  return { width, score: rows.length ? best / rows.length : 0 };
}

const looksJson = (t: string): boolean => /^[[{]/.test(t.trim());

/** The kind of the text, and whether another reading was nearly as good (the editor is asked). */
export function detectKind(text: string): { kind: InputKind; ambiguous: boolean } {
  const t = text.replace(/^\uFEFF/, '');
  if (t.trim() === '') return { kind: 'paragraph', ambiguous: false };
  if (looksJson(t)) {
    try {
      JSON.parse(t);
      return { kind: 'json', ambiguous: false };
    } catch {
      // Broken JSON is still JSON to the editor: the error is shown where it is.
      return { kind: 'json', ambiguous: false };
    }
  }
  const score = ([kind, d]: readonly [InputKind, string]): { kind: InputKind; width: number; score: number; rows: number; meanLength: number } => {
    const { rows } = split(t, d);
    const { width, score } = regularity(rows);
    const cells = rows.flat().filter((c) => c !== '');
    // Han characters count double: a 12-character Chinese clause says as much as a long English one.
    const meanLength = cells.reduce((n, c) => n + c.length + (c.match(/\p{Script=Han}/gu)?.length ?? 0), 0) / Math.max(1, cells.length);
    return { kind, width, score, rows: rows.length, meanLength };
  };
  const usable = (s: ReturnType<typeof score>): boolean => s.width >= 2 && s.rows >= 2;
  // Tabs only come from spreadsheets: a regular tab layout wins without trying the others.
  const tabs = t.includes('\t') ? score(DELIMITERS[0] as [InputKind, string]) : null;
  const scored = tabs && usable(tabs) && tabs.score >= 0.5 ? [tabs] : DELIMITERS.map(score).filter(usable);
  // Then a semicolon file (whose commas are decimal marks) before a comma one, on a tie.
  const best = [...scored].sort((a, b) => b.score - a.score)[0];
  if (best?.kind === 'tsv') return { kind: 'tsv', ambiguous: best.score < 0.9 };
  // Article text has commas too (the seed article uses ASCII ones): prose is long cells and
  // sentence ends. When the lines are also perfectly regular, both readings hold: ask.
  // A field opening with an ASCII quote is CSV's own mark: no prose starts a clause that way.
  const quoted = /(?:^|[,;])"/m.test(t);
  const prose = !quoted && /[。！？]|[a-z][.!?](?:\s|$)/.test(t) && (best === undefined || best.meanLength > 15);
  // Sentences with long clauses are prose even when their commas line up by chance (the article's
  // two target paragraphs do): no question then.
  if (!best || best.score < 0.6) return { kind: 'paragraph', ambiguous: !prose && !!best && best.score >= 0.5 };
  if (prose) return { kind: 'paragraph', ambiguous: best.score >= 0.9 && best.rows >= 3 };
  return { kind: best.kind, ambiguous: best.score < 0.9 };
}

function jsonIssue(text: string, message: string, zh: string): CellIssue {
  const offset = jsonErrorOffset(text);
  const where = offset >= 0 ? lineColumn(text, offset) : { line: 1, column: 1 };
  return { row: where.line, column: where.column, value: text.slice(Math.max(0, offset), Math.max(0, offset) + 20), en: message, zh };
}

function fromJson(text: string): Grid {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).replace(/,? at position \d+.*$|\s*\(line \d+ column \d+\).*$/s, '');
    const at = (t: string): string => { const offset = jsonErrorOffset(t); const w = offset >= 0 ? lineColumn(t, offset) : null; return w ? `${w.line}:${w.column}` : ''; };
    return { caption: [], footer: [], keyed: false, cells: [], ragged: [], issues: [jsonIssue(text, `Invalid JSON (line:column ${at(text)}): ${reason}`, `JSON 格式有误（行:列 ${at(text)}）：${reason}`)] };
  }
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && Array.isArray((data as Record<string, unknown>)['data'])) {
    data = (data as Record<string, unknown>)['data'];
  }
  if (!Array.isArray(data)) {
    return { caption: [], footer: [], keyed: false, cells: [], ragged: [], issues: [{ row: 1, column: 1, value: '', en: 'The JSON must be an array of rows (objects or arrays).', zh: 'JSON 应为由行（对象或数组）组成的数组。' }] };
  }
  const issues: CellIssue[] = [];
  if (data.every((r) => Array.isArray(r))) return { caption: [], footer: [], keyed: false, cells: square(data as unknown[][]), issues, ragged: [] };
  const keys: string[] = [];
  const seen = new Set<string>();
  const objects: Array<Record<string, unknown>> = [];
  data.forEach((r, i) => {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      issues.push({ row: i + 1, column: 1, value: cellText(r), en: `Row ${i + 1} is not an object like the others.`, zh: `第 ${i + 1} 行不是与其他行一样的对象。` });
      return;
    }
    const o = r as Record<string, unknown>;
    objects.push(o);
    for (const k of Object.keys(o)) if (!seen.has(k)) { seen.add(k); keys.push(k); }
  });
  // Own keys only: a row's "__proto__" or "constructor" is a column, never Object.prototype's.
  const rows = objects.map((o) => keys.map((k) => (Object.hasOwn(o, k) ? o[k] : null)));
  return { caption: [], footer: [], keyed: true, cells: [keys, ...rows], issues, ragged: [] };
}

/** Rows padded to one width; columns empty in every row dropped. */
function square(rows: unknown[][]): unknown[][] {
  const width = widest(rows);
  const padded = rows.filter((r) => !blank(r)).map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
  const keep = Array.from({ length: width }, (_, j) => padded.some((r) => cellText(r[j]) !== ''));
  return padded.map((r) => r.filter((_, j) => keep[j]));
}

/** Text of a known kind → its grid, with the lines wider than the table (their cells are kept). */
export function readGrid(text: string, kind: InputKind): Grid {
  const t = text.replace(/^\uFEFF/, '');
  if (kind === 'paragraph') return { caption: [], footer: [], keyed: false, cells: [], issues: [], ragged: [] };
  if (kind === 'json') return fromJson(t);
  const delimiter = DELIMITERS.find(([k]) => k === kind)?.[1] ?? ',';
  const { caption, footer, rows } = split(t, delimiter);
  const used = rows.map(usedWidth);
  const { width } = regularity(rows.map((r, i) => r.slice(0, used[i])));
  const ragged = used.flatMap((u, line) => (u > width && width > 0 ? [{ line, used: u, width }] : []));
  return { caption, footer, keyed: false, cells: square(rows), issues: [], ragged };
}
