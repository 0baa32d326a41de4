/**
 * Rows of a category table that sum or average the others — 合计, 全省, 平均, Total — as
 * statistics tables label them. They are not items: drawn as a bar they win every ranking, and
 * counted as a part they double the whole. The builder leaves them out of the records it
 * generates; widgets that take a table directly ask here which rows they are. Pure.
 */
import type { DataTable } from './typed.js';

/**
 * Rows that sum or average the others, as statistics tables label them: 合计, 总计, 小计, 共计,
 * 全省/全市/全国/全区/全县 (the whole of which the other rows are parts), 平均, Total, Sum, Average.
 * Only a short label counts ("全市合计", "全省（平均）"), never a sentence that starts with 全
 * (全力推进) nor a period (全年). Budget tables name what they sum before 合计/总计 ("区级财政收入合计",
 * "收入总计" in a 区 2016 budget, www.hysgq.gov.cn): a short noun of Chinese characters, no digits or punctuation.
 */
export const TOTAL_ROW = /^(?:(?:全(?:国|省|市|区|县|州|盟|旗|镇|乡|部))(?:合计|总计|平均)?|[\u4e00-\u9fff]{0,10}(?:合计|总计)|小计|共计|总和|总数|平均(?:值|数)?|total|grand total|subtotal|sum|average|all)(?:\s*[（(][^()（）]{0,12}[)）])?$/i;

/** sum: the whole of the other rows (合计, 全省); subtotal: of some of them (小计); average: their mean (平均). */
export type TotalKind = 'sum' | 'subtotal' | 'average';

/** What kind of total a row label names, or null for an ordinary item. Spaces inside are ignored ("合 计"), or kept as one between words ("Grand total"). */
export function totalKind(label: string): TotalKind | null {
  const t = label.replace(/\s+/g, '');
  if (!TOTAL_ROW.test(t) && !TOTAL_ROW.test(label.trim().replace(/\s+/g, ' '))) return null;
  if (/平均|average/i.test(t)) return 'average';
  if (/小计|subtotal/i.test(t)) return 'subtotal';
  return 'sum';
}

/** "其中：第一产业", "其中:工业" — "of which": what follows is a part of the row before it. */
const OF_WHICH = /^\s*其中\s*[:：]?/;

/**
 * A 统计公报 table opens with its whole and writes its parts after it, the first of them marked
 * 其中 ("地区生产总值 2313.0" / "其中：第一产业 287.0" / "第二产业 714.1" …, 蚌埠市统计局 2025): its first
 * row is then the whole, not a peer of its parts. Only that layout, once: a 其中 further down names
 * parts of one row among others, which no flat chart shows truly either way, and stays as it is.
 * The builder's table reader asks the same (builder/layout.ts).
 */
export function wholeOfParts(labels: ReadonlyArray<string | null>): number | null {
  const ofWhich = labels.flatMap((l, r) => (l !== null && OF_WHICH.test(l) ? [r] : []));
  const first = labels[0];
  return ofWhich.length === 1 && ofWhich[0] === 1 && typeof first === 'string' && !OF_WHICH.test(first) ? 0 : null;
}

/** "一、共享收入", "（二）…": a heading numbered in Chinese numerals; "1、增值税", "2.营业税": a part numbered under it. */
const OUTLINE_HEAD = /^\s*[(（]?[一二三四五六七八九十]+\s*(?:[、.．]|[)）])/;
const OUTLINE_PART = /^\s*[(（]?\d+\s*(?:[、.．]|[)）])/;

/**
 * Budget and 决算 tables number their rows as an outline: "一、共享收入 24039" over "1、增值税 2319",
 * "2、营业税 8365" … — the heading row is the sum of the rows numbered under it (a 区's 2016 revenue
 * budget, www.hysgq.gov.cn). Drawn, it is one more bar, the largest, beside its own parts. The
 * headings whose next row is a part numbered 1 and that have two parts or more; none when any
 * heading has no parts (then the numbers are a plain list, not an outline).
 */
export function outlineHeads(labels: ReadonlyArray<string | null>): number[] {
  const heads = labels.flatMap((l, r) => (l !== null && OUTLINE_HEAD.test(l) ? [r] : []));
  const partsUnder = (r: number): number => {
    let n = 0;
    while (OUTLINE_PART.test(labels[r + 1 + n] ?? '')) n++;
    return n;
  };
  const opensWithOne = (r: number): boolean => /^\s*[(（]?1\s*\D/.test(labels[r + 1] ?? '');
  return heads.length > 0 && heads.every((r) => opensWithOne(r) && partsUnder(r) >= 2) ? heads : [];
}

/** A table split into the rows that are items and the total rows, each keeping its input row index. */
export interface TotalSplit {
  /** The item rows, as a table of their own (same columns). */
  items: DataTable;
  /** Input row indices of the items, in order. */
  itemRows: number[];
  /** The total rows, as a table of their own; empty when there are none. */
  totals: DataTable;
  /** Input row indices of the total rows, in order, with their kind. */
  totalRows: Array<{ row: number; kind: TotalKind }>;
}

function pick(table: DataTable, rows: readonly number[]): DataTable {
  return { ...table, cells: rows.map((r) => table.cells[r] ?? []), raw: rows.map((r) => table.raw[r] ?? []) };
}

/**
 * Splits off the total rows, read from the text cells of column `li` (a numeric label column —
 * years, codes — names no total), a whole its parts follow with 其中 (wholeOfParts) and the
 * numbered headings of an outline (outlineHeads). A table of nothing but totals is left whole: a chart of one
 * 全省 row is still that row, and an empty chart says nothing.
 */
export function splitTotals(table: DataTable, li: number): TotalSplit {
  const labels = table.cells.map((row) => {
    const c = row[li];
    return c?.kind === 'text' ? c.text : null;
  });
  const whole = wholeOfParts(labels);
  const heads = new Set(outlineHeads(labels));
  const kinds = labels.map((l, r): TotalKind | null => (r === whole ? 'sum' : heads.has(r) ? 'subtotal' : l === null ? null : totalKind(l)));
  const all = table.cells.map((_, r) => r);
  const itemRows = all.filter((r) => kinds[r] === null);
  if (itemRows.length === table.cells.length || itemRows.length === 0) {
    return { items: table, itemRows: all, totals: pick(table, []), totalRows: [] };
  }
  const totalRows = all.flatMap((r) => {
    const kind = kinds[r];
    return kind ? [{ row: r, kind }] : [];
  });
  return { items: pick(table, itemRows), itemRows, totals: pick(table, totalRows.map((t) => t.row)), totalRows };
}
