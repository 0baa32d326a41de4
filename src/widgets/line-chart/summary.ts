/**
 * The sentence a line chart says about itself: for each line where it started and ended and by
 * how much it changed, then its highest and lowest points, in zh-CN or en. Pure.
 */
import { headerName } from '../../core/format/header-unit.js';
import { formatNumber, formatValue, type NumberStyle } from '../../core/format/number.js';
import { combined, type Published } from '../../core/format/published.js';
import type { Locale } from '../../core/i18n/locale.js';
import { monthsOf, periodYear } from '../../core/format/period.js';
import { formatPeriod } from '../../core/format/period-format.js';
import { formatDate } from '../../core/time-axis.js';
import { formatYear } from '../../core/format/year.js';
import { periodText } from './dates.js';
import { scanSeries, type SeriesScan } from './scan.js';
import type { LineData, Series } from './series.js';

/**
 * The x of a point as a sentence writes it: "2021年1月" / "Jan 2021", a period as written
 * ("2021年一季度" / "Q1 2021", "2021年1-9月" / "Jan–Sep 2021"), or "距离为5" / "distance 5".
 */
export function xText(data: LineData, x: number, locale: Locale): string {
  const p = data.periods?.get(x);
  if (p) return formatPeriod(p, locale);
  if (data.xType === 'time') return formatDate(x, data.granularity, locale);
  // A year read as a number is still a year: "2019年" / "2019", never "2,019".
  if (data.xYears) return locale === 'zh-CN' ? `${formatYear(x)}年` : formatYear(x);
  // A quantity with the unit its cells carry is written with it: "海拔为1500米", "altitude 1,500 m".
  const n = data.xUnit ? formatValue(x, data.xUnit, locale, { maximumFractionDigits: 6, compact: false }) : formatNumber(x, locale, { maximumFractionDigits: 6, compact: false });
  // The unit is written with the number, not again in the name: "海拔为1500米", not "海拔（米）为1500米";
  // a name that is the unit itself ("季度": "1季度") is not repeated.
  const name = data.xUnit ? headerName(data.xName) : data.xName;
  if (data.xUnit && name.includes(data.xUnit)) return n;
  if (!name) return data.xUnit ? n : `x = ${n}`;
  return locale === 'zh-CN' ? `${name}为${n}` : `${name} ${n}`;
}

/** A point's x for the tooltip and the screen reader: xText, and "（累计）" on a running total. */
export function pointText(data: LineData, x: number, locale: Locale): string {
  const p = data.periods?.get(x);
  return p ? periodText(p, data.cumulative === true, locale) : xText(data, x, locale);
}

/** A value of a line as published ("33064.8亿元"), when the line's values share a form; `style`: the widget's decimals. */
export function valueText(value: number, unit: string, locale: Locale, published?: Published, style?: NumberStyle): string {
  return formatValue(value, unit, locale, { published, style });
}

type Stats = SeriesScan;

/** A line as the sentence names it: "出口", not "出口（亿元）" — each value says its unit. */
const said = (s: Series): string => headerName(s.name);

/** Point i of a line as its cell was published (its own form when the line mixes 亿 and 万亿). */
export function pointValue(s: Series, i: number, locale: Locale, style?: NumberStyle): string {
  return valueText(s.y[i] as number, s.unit, locale, s.forms?.[i] ?? s.published, style);
}

/** The x is a time (a date, a period, a year): zh "2019年的…", not "年份为2019时的…". */
const isTime = (data: LineData): boolean => data.xType === 'time' || data.xYears === true;

/**
 * The English preposition before an x (point `x`, when one is meant): "in 2021" / "in Jan 2021" /
 * "in Q1 2021", "at end-2021", "on Jan 5, 2021" (a day, or a time of a day), "at distance 5" (a
 * number).
 */
function enPrep(data: LineData, x?: number): string {
  if (!isTime(data)) return 'at';
  // A year-end (month-end …) stands at a point of time: "at end-2023", not "in end-2023".
  if (x !== undefined && data.periods?.get(x)?.asAt) return 'at';
  return data.xType === 'time' && !data.periods && data.granularity !== 'year' && data.granularity !== 'month' ? 'on' : 'in';
}

/** The line's first, last, lowest and highest points and its missing count; null when it has none. */
export function seriesStats(s: Series): Stats | null {
  // The layout scanned the same Series for its extent: the summary reads that one pass.
  const st = scanSeries(s);
  return st.first < 0 ? null : st;
}

function change(s: Series, st: Pick<Stats, 'first' | 'last'>, locale: Locale, style: NumberStyle | undefined): string {
  const a = s.y[st.first] as number;
  const b = s.y[st.last] as number;
  const diff = Math.abs(b - a);
  // A difference of published values keeps their digits (in their multiplier), nothing rounded.
  const published = combined(s.published);
  if (s.unit === '%' || s.unit === '‰') {
    const n = formatNumber(diff, locale, { published, style });
    return locale === 'zh-CN' ? `${n}个百分点` : `${n} percentage ${diff === 1 ? 'point' : 'points'}`;
  }
  // A percentage of a negative or zero start says nothing: give the amount instead.
  if (a > 0) return `${formatNumber((diff / a) * 100, locale, { maximumFractionDigits: 1 })}%`;
  return formatValue(diff, s.unit, locale, { published, style });
}

/** "“营业收入”从2015年的1.2亿元增至2024年的3.4亿元，增长183.3%" / "Revenue rose from … to …, up 183.3%". */
function trendClause(data: LineData, s: Series, st: Stats, locale: Locale, style: NumberStyle | undefined): string {
  const zh = locale === 'zh-CN';
  const name = s.name ? (zh ? `“${said(s)}”` : said(s)) : zh ? '数值' : 'The value';
  const v = (i: number): string => pointValue(s, i, locale, style);
  const x = (i: number): string => xText(data, s.x[i] as number, locale);
  const at = (i: number): string => (zh ? (isTime(data) ? `${x(i)}的${v(i)}` : `${x(i)}时的${v(i)}`) : `${v(i)} ${enPrep(data, s.x[i])} ${x(i)}`);
  if (st.present === 1) return zh ? `${name}仅有 1 个数据：${at(st.first)}` : `${name} has one value: ${at(st.first)}`;
  const a = s.y[st.first] as number;
  const b = s.y[st.last] as number;
  if (a === b) return zh ? `${name}在${x(st.first)}与${x(st.last)}均为${v(st.first)}` : `${name} was ${v(st.first)} both ${enPrep(data)} ${x(st.first)} and ${x(st.last)}`;
  const up = b > a;
  const c = change(s, st, locale, style);
  return zh
    ? `${name}从${at(st.first)}${up ? '增至' : '降至'}${at(st.last)}，${up ? '增加' : '减少'}${c}`
    : `${name} ${up ? 'rose' : 'fell'} from ${at(st.first)} to ${at(st.last)}, ${up ? 'up' : 'down'} ${c}`;
}

/**
 * A series of running totals (1-2月 … 1-11月; 一季度, 上半年, 前三季度, 全年): its points cover
 * spans of different lengths, so the first and the last are never compared. It says what the
 * figures are, the latest, and the change from the same span a year before when the data has it.
 */
function cumulativeClause(data: LineData, s: Series, st: Stats, locale: Locale, style: NumberStyle | undefined): string {
  const zh = locale === 'zh-CN';
  const name = s.name ? (zh ? `“${said(s)}”` : said(s)) : zh ? '数值' : 'The values';
  const x = (i: number): string => xText(data, s.x[i] as number, locale);
  const v = (i: number): string => pointValue(s, i, locale, style);
  const head = zh ? `${name}为年内累计值，最新为${x(st.last)}的${v(st.last)}` : `${name} are year-to-date totals; the latest is ${v(st.last)} for ${x(st.last)}`;
  const last = data.periods?.get(s.x[st.last] as number);
  if (!last) return head;
  const span = monthsOf(last);
  let before = -1;
  for (let i = st.last - 1; i >= 0 && before < 0; i--) {
    const p = data.periods?.get(s.x[i] as number);
    const o = p ? monthsOf(p) : null;
    if (p && o && !Number.isNaN(s.y[i]) && periodYear(p) === periodYear(last) - 1 && o.m0 === span.m0 && o.m1 === span.m1) before = i;
  }
  if (before < 0) return head;
  const a = s.y[before] as number;
  const b = s.y[st.last] as number;
  if (a === b) return zh ? `${head}，与${x(before)}持平` : `${head}, level with ${x(before)}`;
  const c = change(s, { first: before, last: st.last }, locale, style);
  const up = b > a;
  return zh ? `${head}，比${x(before)}${up ? '增加' : '减少'}${c}` : `${head}, ${up ? 'up' : 'down'} ${c} on ${x(before)}`;
}

function extremesClause(data: LineData, items: ReadonlyArray<{ s: Series; i: number }>, named: boolean, locale: Locale, style: NumberStyle | undefined): string {
  const zh = locale === 'zh-CN';
  const [hi, lo] = items as [{ s: Series; i: number }, { s: Series; i: number }];
  const one = ({ s, i }: { s: Series; i: number }): string => {
    const v = pointValue(s, i, locale, style);
    const x = xText(data, s.x[i] as number, locale);
    const who = named && s.name ? (zh ? `“${said(s)}”` : `${said(s)} `) : '';
    if (zh) return `${who}${isTime(data) ? `${x}的` : `${x}时的`}${v}`;
    return `${who}${v} ${enPrep(data, s.x[i])} ${x}`.trim();
  };
  return zh ? `最高为${one(hi)}，最低为${one(lo)}` : `the highest was ${one(hi)}, the lowest ${one(lo)}`;
}

const MAX_LISTED = 4;

export function lineSummary(data: LineData, locale: Locale, style?: NumberStyle): string {
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
  const cumulative = data.cumulative === true;
  const listed = drawn.slice(0, MAX_LISTED).map(({ s, st }) => (cumulative && st.present > 1 ? cumulativeClause(data, s, st, locale, style) : trendClause(data, s, st, locale, style)));
  parts.push(...listed);
  if (drawn.length > MAX_LISTED) parts.push(zh ? `另有 ${drawn.length - MAX_LISTED} 条线` : `${drawn.length - MAX_LISTED} more lines`);
  // One line whose extremes are its two ends: the trend clause has said it all.
  const ends = drawn.length === 1 && [hi.i, lo.i].every((i) => i === head.st.first || i === head.st.last);
  // Running totals of different lengths have no comparable highest and lowest.
  if (!flat && !ends && !cumulative) parts.push(extremesClause(data, [hi, lo], data.series.length > 1, locale, style));
  const missing = drawn.reduce((n, { st }) => n + st.missing, 0) + withStats.filter((w) => !w.st).reduce((n, w) => n + w.s.y.length, 0);
  if (missing > 0) parts.push(zh ? `另有 ${missing} 个数据缺失` : `${missing} ${missing === 1 ? 'value is' : 'values are'} missing`);
  const text = parts.join(sep);
  // No capital forced on English: the sentence may open with a line's name as published
  // ("iPhone", "pH"); the words the summary writes itself begin with capitals already.
  return zh ? `${text}。` : `${text}.`;
}
