/**
 * The bar chart's one-sentence summary. Bars of like items are ranked ("“A”最大，“B”最小"). Bars
 * whose labels are periods of different lengths — year-to-date totals 一季度, 上半年, 前三季度,
 * 全年 or 1-3月 … 1-12月, a year beside its quarters — are not: 全年 is "largest" only because it
 * is longest, which says nothing true. Those bars are listed as published instead (or the
 * first and the last, when there are many).
 */
import { extremesSentence, type SummaryItem } from '../../core/a11y/summary.js';
import { readPeriods } from '../../core/format/period-series.js';
import { monthsOf, readForm, type Period } from '../../core/format/period.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { BarDatum, BarScene } from './bar-chart.scene.js';

/** Listed one by one up to this many; past it, the first and the last. */
const LIST_ALL = 6;

/** A span's length as a calendar reads it: months for month-aligned spans, days for days. */
function spanLength(p: Period): string {
  if (p.precision === 'day') return `d${Math.round((p.end - p.start) / 864e5)}`;
  const { m0, m1 } = monthsOf(p);
  return `m${m1 - m0 + 1}`;
}

/**
 * True when every label is a period and they are not all of one length. A yearless column
 * (一季度 … 全年) is read in a stand-in year: only lengths are compared, never dates.
 */
export function unequalSpans(labels: readonly string[]): boolean {
  // Most bar charts are of places or items: one label that is no period settles it before the column is read.
  if (labels.length < 2 || readForm(labels[0]) === null) return false;
  const s = readPeriods(labels, { year: 2001 });
  if (s.unread.length > 0 || s.periods.some((p) => p === null)) return false;
  return new Set(s.periods.map((p) => spanLength(p as Period))).size > 1;
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
 * the period reader: it leaves tables that may be such spans to the element (bar-chart.spans-hint.ts).
 */
export function unranked(scene: BarScene, data: readonly BarDatum[], locale: Locale): BarScene {
  if (!unequalSpans(data.map((d) => d.label))) return scene;
  // Marks are in drawing order (sorted): back to the rows' order, as the summary lists them.
  const text = new Map(scene.marks.map((m) => [m.index, m.valueText]));
  const items = data.map((d, i) => ({ label: d.label, value: d.value, text: text.get(i) ?? '' }));
  return { ...scene, summary: barSummary(items, locale) };
}
