/**
 * The one-sentence summaries widgets generate, in both languages. Pure: the layouts call these
 * with numbers already written for the reader.
 */
import type { Locale } from '../i18n/locale.js';

export interface SummaryItem {
  label: string;
  value: number | null;
  /** The value as the chart writes it, unit included. */
  text: string;
}

/** "共 8 项：“A”最大（4.1亿元），“B”最小（3个）。" / "8 items: A is the largest (…), B the smallest (…)." */
export function extremesSentence(items: readonly SummaryItem[], locale: Locale): string {
  const present = items.filter((i): i is SummaryItem & { value: number } => i.value !== null);
  const missing = items.length - present.length;
  const zh = locale === 'zh-CN';
  const missingText = missing === 0 ? '' : zh ? `，另有 ${missing} 项无数据` : `; ${missing} ${missing === 1 ? 'has' : 'have'} no data`;
  if (present.length === 0) return zh ? `共 ${items.length} 项，均无数据。` : `${items.length} ${items.length === 1 ? 'item' : 'items'}, none with data.`;
  let max = present[0] as SummaryItem & { value: number };
  let min = max;
  for (const i of present) {
    if (i.value > max.value) max = i;
    if (i.value < min.value) min = i;
  }
  if (present.length === 1) {
    return zh ? `仅 1 项有数据：“${max.label}”，${max.text}${missingText}。` : `Only one item has data: ${max.label}, ${max.text}${missingText}.`;
  }
  if (max.value === min.value) {
    return zh
      ? `共 ${items.length} 项，数值均为 ${max.text}${missingText}。`
      : `${items.length} items, all at ${max.text}${missingText}.`;
  }
  return zh
    ? `共 ${items.length} 项：“${max.label}”最大（${max.text}），“${min.label}”最小（${min.text}）${missingText}。`
    : `${items.length} items: ${max.label} is the largest (${max.text}), ${min.label} the smallest (${min.text})${missingText}.`;
}
