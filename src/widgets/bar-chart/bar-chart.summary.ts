/**
 * The bar chart's one-sentence summary. Bars of like items are ranked ("“A”最大，“B”最小"). Bars
 * whose labels are periods of different lengths — year-to-date totals 一季度, 上半年, 前三季度,
 * 全年 or 1-3月 … 1-12月, a year beside its quarters — are not: 全年 is "largest" only because it
 * is longest, which says nothing true. Those bars are listed as published instead (or the
 * first and the last, when there are many).
 */
import { extremesSentence, type SummaryItem } from '../../core/a11y/summary.js';
import { parseChineseNumeral } from '../../core/format/numeral.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { BarDatum, BarScene } from './bar-chart.scene.js';

/** Listed one by one up to this many; past it, the first and the last. */
const LIST_ALL = 6;

/** 1–12 written either way: "9", "九", "十一", "两" (the library's numeral reader). */
const count = (n: string): number => (/^\d+$/.test(n) ? Number(n) : (parseChineseNumeral(n) ?? -1));

/**
 * How many months a label spans, read as statistics bulletins write periods — 2023年 / 全年 12,
 * 上半年 6, 一季度 / Q1 3, 3月 1, 前三季度 9, 1-9月 9, 前两个月 2, 年初至9月 9 — or null when
 * it is no such period. A year in front (2023年一季度) does not change the length. Written for
 * this one question with a few expressions rather than the period reader (core/format/period.ts),
 * which would add the time chunk to every page with a bar chart.
 */
export function spanMonths(label: string): number | null {
  const bare = label.replace(/\s+/g, '');
  if (/^(?:19|20)\d{2}年?$/.test(bare)) return 12;
  const t = bare.replace(/^(?:19|20)\d{2}(?:年|-|\/)?/, '').replace(/(?:累计|份)$/, '');
  if (/^(?:全年|年度)$/.test(t)) return 12;
  if (/^[上下]半年$|^H[12]$/i.test(t)) return 6;
  if (/^(?:第?[一二三四1-4]季度|Q[1-4])$/i.test(t)) return 3;
  let m = /^前([一二两三四1-4])(?:个)?季度$/.exec(t);
  if (m) return 3 * count(m[1] as string);
  m = /^(?:前([一二两三四五六七八九十]{1,2}|\d{1,2})个?月|年初至(\d{1,2}|[一二三四五六七八九十]{1,2})月)$/.exec(t);
  if (m) return count((m[1] ?? m[2]) as string);
  m = /^(\d{1,2})[-—–~～至](\d{1,2})月$/.exec(t);
  if (m) return Number(m[2]) - Number(m[1]) + 1;
  if (/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月$/.test(t)) return 1;
  return null;
}

/** True when every label is such a period and they are not all of one length. */
export function unequalSpans(labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  const lengths = new Set<number>();
  for (const l of labels) {
    const n = spanMonths(l);
    // One label that is no period (a place, an item): a ranking of like things.
    if (n === null || !(n > 0)) return false;
    lengths.add(n);
  }
  return lengths.size > 1;
}

function listed(items: readonly SummaryItem[], locale: Locale): string {
  const zh = locale === 'zh-CN';
  const one = (i: SummaryItem): string => (zh ? `“${i.label}”${i.text}` : `${i.label}: ${i.text}`);
  if (items.length <= LIST_ALL) return items.map(one).join(zh ? '，' : '; ');
  const first = items[0] as SummaryItem;
  const last = items[items.length - 1] as SummaryItem;
  return zh ? `${one(first)} …… ${one(last)}` : `${one(first)} … ${one(last)}`;
}

export function barSummary(items: readonly SummaryItem[], locale: Locale): string {
  if (!unequalSpans(items.map((i) => i.label))) return extremesSentence(items, locale);
  return locale === 'zh-CN'
    ? `共 ${items.length} 项，时段长短不一，不作大小比较：${listed(items, locale)}。`
    : `${items.length} periods of different lengths, not ranked: ${listed(items, locale)}.`;
}

/**
 * The scene of `layoutBars` with its summary read again for spans of different lengths. Kept out
 * of the layout so the first paint (bar-chart.paint.ts), which must stay small, does not carry
 * the period reader: it leaves tables that may be such spans to the element (bar-chart.paint-hint.ts).
 */
export function unranked(scene: BarScene, data: readonly BarDatum[], locale: Locale): BarScene {
  if (!unequalSpans(data.map((d) => d.label))) return scene;
  // Marks are in drawing order (sorted): back to the rows' order, as the summary lists them.
  const text = new Map(scene.marks.map((m) => [m.index, m.valueText]));
  const items = data.map((d, i) => ({ label: d.label, value: d.value, text: text.get(i) ?? '' }));
  return { ...scene, summary: barSummary(items, locale) };
}
