/**
 * Total rows of a waffle's table (合计, 全省, 平均, a whole before 其中, an outline's numbered
 * headings — core/data/total-rows.ts). Counted as a
 * category, a 合计 row doubles the whole: the squares say twice what was published. A waffle
 * takes its one sum row (合计, 全省, Total) as the whole and the other rows as its parts
 * (mode "part", the total drawn first whatever its place in the table), when the parts do not
 * exceed it; else a located error. Averages and subtotals are not parts: left out and noted.
 * `keep-totals` keeps the rows as given. Pure.
 */
import { DataError } from '../../core/data/errors.js';
import { outlineHeads, totalKind, wholeOfParts } from '../../core/data/total-rows.js';
import { formatNumber, formatValue, type NumberStyle } from '../../core/format/number.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { WaffleCategory } from './waffle.layout.js';

export interface WaffleRows {
  /** The categories to draw, the whole first in part mode. */
  cats: WaffleCategory[];
  /** Input row of each category drawn. */
  rows: number[];
  mode: 'part' | 'separate';
  /** Average and subtotal rows left out. */
  left: WaffleCategory[];
}

/** Exact and grouped (15,000; 60,431.09), never 1.5万: two sums that differ a little must not read alike. */
const exact = { compact: false, maximumFractionDigits: 6 } as const;
const zhNumber = (v: number): string => formatNumber(v, 'zh-CN', exact);
const enNumber = (v: number): string => formatNumber(v, 'en', exact);

export function waffleRows(cats: readonly WaffleCategory[], mode: 'part' | 'separate', keep: boolean): WaffleRows {
  const all = cats.map((_, r) => r);
  // As the bar chart reads them (core/data/total-rows.ts): a whole its parts follow with 其中 (蚌埠 2024:
  // 地区生产总值 over 其中：第一产业 …) is the whole, and an outline's numbered headings (一、共享收入
  // over 1、增值税 …) are subtotals; counted as parts, either doubled the squares of what it sums.
  const labels = cats.map((c) => c.label);
  const opening = keep ? null : wholeOfParts(labels);
  const heads = new Set(keep ? [] : outlineHeads(labels));
  const kinds = cats.map((c, r) => (keep ? null : r === opening ? 'sum' : heads.has(r) ? 'subtotal' : totalKind(c.label)));
  const items = all.filter((r) => kinds[r] === null);
  // Nothing but totals (one 全省 row): that row is the chart.
  if (items.length === cats.length || items.length === 0) return { cats: [...cats], rows: all, mode, left: [] };
  const sums = all.filter((r) => kinds[r] === 'sum');
  const left = all.filter((r) => kinds[r] === 'average' || kinds[r] === 'subtotal').map((r) => cats[r] as WaffleCategory);
  if (sums.length > 1) {
    const [a = 0, b = 0] = sums;
    const la = cats[a]?.label ?? '';
    const lb = cats[b]?.label ?? '';
    throw new DataError(
      `Rows ${a + 1} ("${la}") and ${b + 1} ("${lb}") are both totals: a waffle has one whole. Remove one, or set keep-totals to draw the rows as they are.`,
      { input: 'columns', row: b + 1 },
      `第 ${a + 1} 行“${la}”和第 ${b + 1} 行“${lb}”都是合计：方格图只能有一个整体。请删去其一，或设置 keep-totals 按原样绘制。`,
    );
  }
  const whole = sums[0];
  if (whole === undefined) return { cats: items.map((r) => cats[r] as WaffleCategory), rows: items, mode, left };
  const total = cats[whole] as WaffleCategory;
  const parts = items.reduce((a, r) => a + (cats[r]?.value ?? 0), 0);
  if (total.value === null || parts > total.value) {
    const w = total.value;
    throw new DataError(
      w === null
        ? `Row ${whole + 1} ("${total.label}") is the whole of the other rows but has no value.`
        : `Row ${whole + 1} ("${total.label}") is the whole of the other rows, but they add up to more (${enNumber(parts)} > ${enNumber(w)}). Check the figures, or set keep-totals to draw the rows as they are.`,
      { input: 'columns', row: whole + 1 },
      w === null
        ? `第 ${whole + 1} 行“${total.label}”是其余各行的合计，却没有数值。`
        : `第 ${whole + 1} 行“${total.label}”是其余各行的合计，但其余各行之和（${zhNumber(parts)}）超过了它（${zhNumber(w)}）。请核对数据，或设置 keep-totals 按原样绘制。`,
    );
  }
  const rows = [whole, ...items];
  return { cats: rows.map((r) => cats[r] as WaffleCategory), rows, mode: 'part', left };
}

/** "平均 12.5万人（未绘入图中）" / "Average 12.5 (not drawn)"; '' for none. */
export function leftNote(left: readonly WaffleCategory[], locale: Locale, style?: NumberStyle): string {
  if (left.length === 0) return '';
  const zh = locale === 'zh-CN';
  const parts = left.map((c) => `${c.label}${c.value === null ? '' : ` ${c.prefix ?? ''}${formatValue(c.value, c.unit, locale, { published: c.published, style })}`}`);
  return zh ? `${parts.join('；')}（未绘入图中）` : `${parts.join('; ')} (not drawn)`;
}
