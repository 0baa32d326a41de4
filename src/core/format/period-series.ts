/**
 * A column of periods read together, as a table or a statistics bulletin writes them: a year
 * written once ("2021年一季度, 二季度, 三季度") is carried to its neighbours, rolling over where
 * the quarters start again, forwards or backwards as the table runs; and the column says what
 * it is — a run of like spans (quarters), a run of growing spans from the start of each year
 * (一季度, 上半年, 前三季度, 全年; 1-2月 … 1-11月), or a mix that no line or summary may join
 * (a year among quarters, 1-3月 among single months). Pure, time-zone free.
 */
import { periodYear, readForm, startsYear, type Period, type PeriodContext, type PeriodForm } from './period.js';

export interface PeriodSeries {
  /** One per value, in input order; null where the value is not a period or its year is unknown. */
  periods: Array<Period | null>;
  /** Indices of values that are not periods at all (empty values are skipped, not listed). */
  unread: number[];
  /** Some period named no year and neither a neighbour nor the context gave one. */
  needsYear: boolean;
  /**
   * Growing spans from the start of each year: some period is written as cumulative (1-9月,
   * 前三季度), or one year holds several spans that all begin on 1 January (一季度, 上半年).
   */
  cumulative: boolean;
  /** Spans of different lengths side by side outside a cumulative series: a year among quarters. */
  mixedSpans: boolean;
  /** Cumulative spans beside spans that do not start the year: 1-3月 among 4月, 5月. */
  mixedCumulative: boolean;
  /** The first value that breaks the series (the odd one out), for a located message; else null. */
  odd: number | null;
}

/**
 * The one year a caption or heading names ("2021年国内生产总值（分季度）" → 2021), the year of a
 * column of 一季度, 二季度 …; null when it names none or several (2020年与2021年 …).
 */
export function yearInText(text: string | null | undefined): number | null {
  if (!text) return null;
  const years = new Set(Array.from(text.matchAll(/(?<!\d)((?:1[89]|20)\d{2})(?=年|\s|$|[^\d%])/g), (m) => Number(m[1])));
  return years.size === 1 ? ([...years][0] as number) : null;
}

const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Where a period sits within its year, as if it were in one year (2000, a leap year). */
function inYear(f: PeriodForm): [number, number] | null {
  const p = f.make(2000);
  return p ? [p.end, p.start] : null;
}

function cmpKey(a: [number, number], b: [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** The length class of a span: a precision, and for ranges their length in days. */
function spanClass(p: Period): string {
  return p.precision === 'range' ? `range:${Math.round((p.end - p.start) / 864e5)}` : p.precision;
}

/**
 * Reads a column of values as periods. Years missing from a value are taken from the nearest
 * value before it that names one (or after it, for values before the first), moving to the next
 * year where the span comes round again (四季度 → 一季度), or to the previous one when the
 * column runs newest first; with no year anywhere, the context year is the first value's.
 */
export function readPeriods(values: readonly unknown[], context: PeriodContext = {}): PeriodSeries {
  const forms = values.map((v) => (blank(v) ? null : readForm(v)));
  const unread = values.flatMap((v, i) => (!blank(v) && forms[i] === null ? [i] : []));
  const years = forms.map((f) => f?.year ?? null);
  // Only a column with yearless values needs its neighbours (most name every year).
  if (forms.some((f) => f !== null && f.year === null)) carryYears(forms, years, context);
  const periods = forms.map((f, i) => (f && years[i] !== null ? f.make(years[i] as number) : null));
  const needsYear = forms.some((f, i) => f !== null && years[i] === null);
  return { periods, unread, needsYear, ...judge(periods) };
}

/** Fills `years` of the values that name none, from their neighbours or the context. */
function carryYears(forms: ReadonlyArray<PeriodForm | null>, years: Array<number | null>, context: PeriodContext): void {
  const keys = forms.map((f) => (f ? inYear(f) : null));
  const present = forms.flatMap((f, i) => (f ? [i] : []));
  // Newest first when the written years fall, or (with no two years to go by) when the spans
  // run backwards through the year more often than forwards.
  const written = present.filter((i) => forms[i]?.year !== null).map((i) => forms[i]?.year as number);
  let up = 0;
  let down = 0;
  for (let k = 1; k < written.length; k++) {
    if ((written[k] as number) > (written[k - 1] as number)) up++;
    else if ((written[k] as number) < (written[k - 1] as number)) down++;
  }
  if (up === 0 && down === 0) {
    for (let k = 1; k < present.length; k++) {
      const c = cmpKey(keys[present[k] as number] as [number, number], keys[present[k - 1] as number] as [number, number]);
      if (c > 0) up++;
      else if (c < 0) down++;
    }
  }
  const step = down > up ? -1 : 1;
  const anchor = present.find((i) => years[i] !== null);
  // From `from` (whose year is known) to `to`, one neighbour at a time.
  const carry = (order: number[]): void => {
    for (let k = 1; k < order.length; k++) {
      const i = order[k] as number;
      const prev = order[k - 1] as number;
      if (forms[i]?.year !== null) continue;
      const y = years[prev];
      if (y === null || y === undefined) continue;
      const c = cmpKey(keys[i] as [number, number], keys[prev] as [number, number]);
      // Walking forwards in an oldest-first column, a span that does not come later in the
      // year is in the next year; walking backwards, one that does not come earlier is in the last.
      const forwards = order[1] !== undefined && (order[1]) > (order[0] as number);
      const dir = forwards ? step : -step;
      years[i] = dir > 0 ? (c <= 0 ? y + 1 : y) : c >= 0 ? y - 1 : y;
    }
  };
  if (anchor === undefined) {
    const y = context.year ?? null;
    const first = present[0];
    if (y !== null && first !== undefined) {
      years[first] = y;
      carry(present);
    }
  } else {
    carry(present.filter((i) => i >= anchor));
    carry(present.filter((i) => i <= anchor).reverse());
    // A later run of yearless values after another written year is carried by the first pass.
  }
}

/** What kind of series the periods make, and the first one that does not belong. */
function judge(periods: ReadonlyArray<Period | null>): Pick<PeriodSeries, 'cumulative' | 'mixedSpans' | 'mixedCumulative' | 'odd'> {
  const list = periods.flatMap((p, i) => (p ? [{ p, i }] : []));
  let written = false;
  let fromJan = true;
  let growing = false;
  // The end of the first span seen in each year: a second, different end there is growth.
  const firstEnd = new Map<number, number>();
  for (const { p } of list) {
    written ||= p.cumulative;
    const jan = startsYear(p);
    fromJan &&= jan && p.precision !== 'range' && p.precision !== 'day';
    if (!jan) continue;
    const y = periodYear(p);
    const e = firstEnd.get(y);
    if (e === undefined) firstEnd.set(y, p.end);
    else if (e !== p.end) growing = true;
  }
  const cumulative = list.length > 0 && fromJan && (written || growing);
  if (cumulative) return { cumulative, mixedSpans: false, mixedCumulative: false, odd: null };
  // Not cumulative: a written cumulative span among others is the odd one; else the minority span.
  if (written && list.length > 1) {
    const odd = list.find(({ p }) => !startsYear(p)) ?? list.find(({ p }) => p.cumulative);
    return { cumulative: false, mixedSpans: false, mixedCumulative: true, odd: odd?.i ?? null };
  }
  const counts = new Map<string, number>();
  for (const { p } of list) counts.set(spanClass(p), (counts.get(spanClass(p)) ?? 0) + 1);
  if (counts.size <= 1) return { cumulative: false, mixedSpans: false, mixedCumulative: false, odd: null };
  const major = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const odd = list.find(({ p }) => spanClass(p) !== major);
  return { cumulative: false, mixedSpans: true, mixedCumulative: false, odd: odd?.i ?? null };
}
