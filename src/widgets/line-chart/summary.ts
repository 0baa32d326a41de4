/**
 * The sentence a line chart says about itself: for each line where it started and ended and by
 * how much it changed, then its highest and lowest points, in zh-CN or en. Pure.
 */
import { formatNumber, formatValue } from '../../core/format/number.js';
import { combined, type Published } from '../../core/format/published.js';
import type { Locale } from '../../core/i18n/locale.js';
import { formatDate } from '../../core/time-axis.js';
import type { LineData, Series } from './series.js';

/** The x of a point as a sentence writes it: "2021年1月" / "Jan 2021", or "距离为5" / "distance 5". */
export function xText(data: LineData, x: number, locale: Locale): string {
  if (data.xType === 'time') return formatDate(x, data.granularity, locale);
  const n = formatNumber(x, locale, { maximumFractionDigits: 6, compact: false });
  if (!data.xName) return `x = ${n}`;
  return locale === 'zh-CN' ? `${data.xName}为${n}` : `${data.xName} ${n}`;
}

/** A value of a line as published ("33064.8亿元"), when the line's values share a form. */
export function valueText(value: number, unit: string, locale: Locale, published?: Published): string {
  return formatValue(value, unit, locale, { published });
}

interface Stats {
  first: number;
  last: number;
  min: number;
  max: number;
  present: number;
  missing: number;
}

export function seriesStats(s: Series): Stats | null {
  let first = -1;
  let last = -1;
  let min = -1;
  let max = -1;
  let present = 0;
  for (let i = 0; i < s.y.length; i++) {
    const v = s.y[i] as number;
    if (Number.isNaN(v)) continue;
    present++;
    if (first < 0) first = i;
    last = i;
    if (min < 0 || v < (s.y[min] as number)) min = i;
    if (max < 0 || v > (s.y[max] as number)) max = i;
  }
  return first < 0 ? null : { first, last, min, max, present, missing: s.y.length - present };
}

function change(s: Series, st: Stats, locale: Locale): string {
  const a = s.y[st.first] as number;
  const b = s.y[st.last] as number;
  const diff = Math.abs(b - a);
  // A difference of published values keeps their digits (in their multiplier), nothing rounded.
  const published = combined(s.published);
  if (s.unit === '%' || s.unit === '‰') {
    const n = formatNumber(diff, locale, { published });
    return locale === 'zh-CN' ? `${n}个百分点` : `${n} percentage ${diff === 1 ? 'point' : 'points'}`;
  }
  // A percentage of a negative or zero start says nothing: give the amount instead.
  if (a > 0) return `${formatNumber((diff / a) * 100, locale, { maximumFractionDigits: 1 })}%`;
  return formatValue(diff, s.unit, locale, { published });
}

/** "“营业收入”从2015年的1.2亿元增至2024年的3.4亿元，增长183.3%" / "Revenue rose from … to …, up 183.3%". */
function trendClause(data: LineData, s: Series, st: Stats, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const name = s.name ? (zh ? `“${s.name}”` : s.name) : zh ? '数值' : 'The value';
  const v = (i: number): string => valueText(s.y[i] as number, s.unit, locale, s.published);
  const x = (i: number): string => xText(data, s.x[i] as number, locale);
  const at = (i: number): string => (zh ? (data.xType === 'time' ? `${x(i)}的${v(i)}` : `${x(i)}时的${v(i)}`) : `${v(i)} ${data.xType === 'time' ? 'in' : 'at'} ${x(i)}`);
  if (st.present === 1) return zh ? `${name}仅有 1 个数据：${at(st.first)}` : `${name} has one value: ${at(st.first)}`;
  const a = s.y[st.first] as number;
  const b = s.y[st.last] as number;
  if (a === b) return zh ? `${name}在${x(st.first)}与${x(st.last)}均为${v(st.first)}` : `${name} was ${v(st.first)} both ${data.xType === 'time' ? 'in' : 'at'} ${x(st.first)} and ${x(st.last)}`;
  const up = b > a;
  const c = change(s, st, locale);
  return zh
    ? `${name}从${at(st.first)}${up ? '增至' : '降至'}${at(st.last)}，${up ? '增加' : '减少'}${c}`
    : `${name} ${up ? 'rose' : 'fell'} from ${at(st.first)} to ${at(st.last)}, ${up ? 'up' : 'down'} ${c}`;
}

function extremesClause(data: LineData, items: ReadonlyArray<{ s: Series; i: number }>, named: boolean, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const [hi, lo] = items as [{ s: Series; i: number }, { s: Series; i: number }];
  const one = ({ s, i }: { s: Series; i: number }): string => {
    const v = valueText(s.y[i] as number, s.unit, locale, s.published);
    const x = xText(data, s.x[i] as number, locale);
    const who = named && s.name ? (zh ? `“${s.name}”` : `${s.name} `) : '';
    if (zh) return `${who}${data.xType === 'time' ? `${x}的` : `${x}时的`}${v}`;
    return `${who}${v} ${data.xType === 'time' ? 'in' : 'at'} ${x}`.trim();
  };
  return zh ? `最高为${one(hi)}，最低为${one(lo)}` : `the highest was ${one(hi)}, the lowest ${one(lo)}`;
}

const MAX_LISTED = 4;

export function lineSummary(data: LineData, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const withStats = data.series.map((s) => ({ s, st: seriesStats(s) }));
  const drawn = withStats.filter((w): w is { s: Series; st: Stats } => w.st !== null);
  const head = drawn[0];
  if (!head) return zh ? '没有可显示的数据。' : 'No data to show.';
  let hi = { s: head.s, i: head.st.max };
  let lo = { s: head.s, i: head.st.min };
  for (const { s, st } of drawn) {
    if ((s.y[st.max] as number) > (hi.s.y[hi.i] as number)) hi = { s, i: st.max };
    if ((s.y[st.min] as number) < (lo.s.y[lo.i] as number)) lo = { s, i: st.min };
  }
  const flat = hi.s.y[hi.i] === lo.s.y[lo.i];
  const sep = zh ? '；' : '; ';
  const parts: string[] = [];
  if (data.series.length > 1) parts.push(zh ? `共 ${data.series.length} 条线` : `${data.series.length} lines`);
  const listed = drawn.slice(0, MAX_LISTED).map(({ s, st }) => trendClause(data, s, st, locale));
  parts.push(...listed);
  if (drawn.length > MAX_LISTED) parts.push(zh ? `另有 ${drawn.length - MAX_LISTED} 条线` : `${drawn.length - MAX_LISTED} more lines`);
  // One line whose extremes are its two ends: the trend clause has said it all.
  const ends = drawn.length === 1 && [hi.i, lo.i].every((i) => i === head.st.first || i === head.st.last);
  if (!flat && !ends) parts.push(extremesClause(data, [hi, lo], data.series.length > 1, locale));
  const missing = drawn.reduce((n, { st }) => n + st.missing, 0) + withStats.filter((w) => !w.st).reduce((n, w) => n + w.s.y.length, 0);
  if (missing > 0) parts.push(zh ? `另有 ${missing} 个数据缺失` : `${missing} ${missing === 1 ? 'value is' : 'values are'} missing`);
  const text = parts.join(sep);
  return zh ? `${text}。` : `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
