/**
 * Deadlines as Chinese plans and project news write them — "2025年底", "6月底", "三季度末",
 * "“十四五”末", "2025年前", "到2025年", "2023年6月30日前", "年内", "年初", "春节前" — read
 * for what they promise: the span they close and the instant the promise falls due.
 *
 * Why not the period reader alone: there "2021年末" is a stock figure's day (年末总人口, as at
 * 31 December), while a deadline "2025年底" is the end of the year 2025 — written back as
 * published ("2025年底" / "end of 2025"), never as the day "Dec 31, 2025". The rule, one for
 * every widget:
 * - X底 / X末 (X a year, month, quarter, half or plan): falls due at the end of X;
 * - X前 / X以前 / X之前 / 到X / 至X / 截至X: "by X", read at its latest — the end of X, so
 *   nothing is called overdue while the words still allow it (2023年6月30日前: after 30 June);
 * - 年内 / X年(以)内: by the end of that year; 年初: early in the year, and 2030年左右 / 前后: about
 *   that year, which end at no day the words name — their span is the year, their due instant unknown;
 * - 今年 / 明年 / 去年 (今年年底前): the context's year, the next, the last;
 * - 年中 (2025年年中): by 30 June of that year; 本月底 / 月底前: the end of the context's month;
 *   季末 / 本季度末: the end of its quarter — with no month known, words that name no day;
 * - 10月上旬 / 中旬 / 下旬 (新华社: "计划10月中旬地道部分具备通车条件"): by the last of those ten days;
 * - words that name no date (春节前, 汛期前): shown as written, no due instant, no status;
 * - anything the period reader reads (2025, 2024年9月, 上半年): falls due at that period's end.
 * Pure and time-zone free, as period.ts.
 */
import type { Locale } from '../i18n/locale.js';
import { parseChineseNumeral, toHalfWidth } from './numeral.js';
import { readPeriod, utcDay, type Period, type PeriodContext } from './period.js';
import { formatPeriod } from './period-format.js';

/** The board's date where it has one: the month 本月底 and 季末 are read against. */
export interface DeadlineContext extends PeriodContext {
  /** 1–12: the month of the context's date (the board's, the row's reported date). */
  month?: number | null;
}

export type DeadlineKind = 'end' | 'by' | 'within' | 'early' | 'about' | 'words' | 'period';

export interface Deadline {
  /** The cell as written, trimmed: what a zh-CN reader is shown. */
  label: string;
  kind: DeadlineKind;
  /** The span the words close (2025年底 → the year 2025); null when they name none (春节前). */
  span: Period | null;
  /** The first instant after the deadline (UTC ms); null when the words give no day to compute. */
  end: number | null;
  /** For `words`: the event named before 前 ("春节"), for the English wording. */
  event?: string;
  /** 上旬 / 中旬 / 下旬 (1, 2, 3): the ten days of a month the words name ("10月中旬通车"). */
  dekad?: 1 | 2 | 3;
  /** 年中, 本月底, 季末: the middle of a year, the end of the context's month or quarter, for the English. */
  relative?: 'mid' | 'month' | 'quarter';
}

const BY_BEFORE = /^(?:到|至|截至|截止到?)\s*/u;
const BY_AFTER = /\s*(?:以前|之前|前)$/u;
const END_OF = /(?:底|末)$/u;
const YEAR_ONLY = /^(\d{4})?\s*(?:年\s*)?年度?$/u;
const EARLY = /^(?:(\d{4})\s*年)?(?:初|年初)$/u;
const WITHIN = /^(?:(\d{4})\s*年)?(?:年|年度)?以?内$/u;
/** 2030年左右, 2025年前后: about a year, which ends at no day the words name. */
const ABOUT = /^(\d{4})\s*年?(?:左右|前后)$/u;
/** 今年, 明年, 去年: the context's year (the article's), the next, the last. */
const RELATIVE: Readonly<Record<string, number>> = { 今年: 0, 明年: 1, 去年: -1 };
/** 10月上旬, 2024年6月下旬: a month's first, middle or last ten days (上旬 1–10, 中旬 11–20, 下旬 21–end). */
const DEKAD = /^(?:(\d{4})年)?(\d{1,2})月(上|中|下)旬$/u;
/** 本月底, 当月末, 月底(前): the context's month. 季末, 本季度末: its quarter. 年中, 2025年(年)中: mid-year. */
const MONTH_END = /^(?:本|当)?月(?:底|末)$/u;
const QUARTER_END = /^(?:本|当)?季度?(?:底|末)$/u;
const MID_YEAR = /^(?:(\d{4})年)?年?中$/u;
const QUARTERS = ['一', '二', '三', '四'] as const;
/** An event of two or more characters before 前: 目前, 此前, 提前, 日前 (now, before, early, lately) name none. */
const WORDS = /^(?:(\d{4})\s*年)?\s*([\p{Script=Han}]{2,8})$/u;

/** Events plans set deadlines by that name no date; their English names. */
const EVENTS: Readonly<Record<string, string>> = {
  春节: 'the Spring Festival', 汛期: 'the flood season', 主汛期: 'the main flood season', 汛前: 'the flood season',
  国庆: 'National Day', 国庆节: 'National Day', 中秋: 'the Mid-Autumn Festival', 中秋节: 'the Mid-Autumn Festival',
  五一: 'May Day', 入冬: 'winter', 冬季: 'winter', 供暖季: 'the heating season', 采暖季: 'the heating season', 雨季: 'the rainy season',
};

function yearSpan(y: number, label: string): Period | null {
  const p = readPeriod(y);
  return p ? { ...p, label } : null;
}

/** The year written in `m[1]`, else the context's, else null. */
const yearOf = (written: string | undefined, context: PeriodContext): number | null => (written ? Number(written) : context.year ?? null);

function endOf(rest: string, label: string, context: PeriodContext): Deadline | null {
  // "年底" alone is the end of the context's year; "2025年底" of 2025; "6月底" of June.
  const y = YEAR_ONLY.exec(rest);
  const year = y ? yearOf(y[1], context) : null;
  const span = y ? (year === null ? null : yearSpan(year, label)) : readPeriod(rest, context);
  if (!span) return null;
  return { label, kind: 'end', span, end: span.end };
}

/** "10月中旬(前)", "到6月下旬": due by the last of its ten days, read at its latest as 前 is. */
function dekadDeadline(m: RegExpExecArray, label: string, context: PeriodContext): Deadline | null {
  const year = yearOf(m[1], context);
  const month = Number(m[2]);
  const n = ({ 上: 1, 中: 2, 下: 3 } as const)[m[3] as '上' | '中' | '下'];
  if (year === null || !(month >= 1 && month <= 12)) return null;
  const start = utcDay(year, month - 1, n * 10 - 9);
  const end = n === 3 ? utcDay(year, month, 1) : utcDay(year, month - 1, n * 10 + 1);
  return { label, kind: 'by', span: { start, end, precision: 'range', cumulative: false, label, yearWritten: m[1] !== undefined }, end, dekad: n };
}

/**
 * 年中, 本月底, 季末 (core: the words without 到 / 前): due at the end of the year's first half, of
 * the context's month, of its quarter. A month or quarter the context does not give is not
 * guessed: the words are kept and name no day, as 今年 with no year is.
 */
function relativeDeadline(core: string, label: string, context: DeadlineContext): Deadline | null {
  const mid = core === '中' ? null : MID_YEAR.exec(core);
  const month = context.month != null && context.month >= 1 && context.month <= 12 ? context.month : null;
  const which = mid ? 'mid' : MONTH_END.test(core) ? 'month' : QUARTER_END.test(core) ? 'quarter' : null;
  if (!which) return null;
  const year = mid ? yearOf(mid[1], context) : month === null ? null : context.year ?? null;
  if (year === null) return { label, kind: 'words', span: null, end: null, relative: which };
  const unit = which === 'mid' ? '上半年' : which === 'month' ? `${month}月` : `${QUARTERS[Math.floor(((month ?? 1) - 1) / 3)]}季度`;
  const span = readPeriod(`${year}年${unit}`);
  return span ? { label, kind: 'end', span: { ...span, label, yearWritten: !!mid?.[1] }, end: span.end, relative: which } : null;
}

/**
 * A deadline as written, or null when the text is none of the forms above (then it is not a
 * deadline the library can show truthfully, and callers report it).
 */
export function readDeadline(raw: unknown, context: DeadlineContext = {}): Deadline | null {
  if (typeof raw === 'number') {
    const p = readPeriod(raw, context);
    return p ? { label: String(raw), kind: 'period', span: p, end: p.end } : null;
  }
  if (typeof raw !== 'string') return null;
  const label = raw.trim();
  if (label === '' || label.length > 40) return null;
  let s = toHalfWidth(label).replace(/\s+/g, '');
  // "今年年底前" in a plan of 2024 is the end of 2024: the year is the context's, written out.
  const rel = RELATIVE[s.slice(0, 2)];
  if (rel !== undefined && context.year != null) s = `${context.year + rel}年${s.slice(2)}`;
  const early = EARLY.exec(s) ?? ABOUT.exec(s);
  if (early) {
    const year = yearOf(early[1], context);
    return { label, kind: /[初]$/u.test(s) ? 'early' : 'about', span: year === null ? null : yearSpan(year, label), end: null };
  }
  const within = WITHIN.exec(s);
  if (within) {
    const year = yearOf(within[1], context);
    const span = year === null ? null : yearSpan(year, label);
    return { label, kind: 'within', span, end: span?.end ?? null };
  }
  const before = BY_BEFORE.test(s);
  const after = BY_AFTER.test(s);
  // "2025年底前" is by the end of 2025: 前 adds nothing to 底.
  const rest = s.replace(BY_BEFORE, '').replace(BY_AFTER, '');
  const relative = relativeDeadline(rest, label, context);
  if (relative) return relative;
  const dekad = DEKAD.exec(rest);
  if (dekad) return dekadDeadline(dekad, label, context);
  if (END_OF.test(rest)) {
    const d = endOf(rest.replace(END_OF, ''), label, context);
    if (d) return d;
  }
  if (before || after) {
    const span = readPeriod(rest, context);
    if (span) return { label, kind: 'by', span, end: span.end };
    // "春节前", "2026年春节前": an event with no date; its year, when written, is still its span.
    const w = after ? WORDS.exec(rest) : null;
    if (w?.[2] && !/[年月日季]$/u.test(w[2])) {
      const year = w[1] ? Number(w[1]) : null;
      return { label, kind: 'words', span: year === null ? null : yearSpan(year, label), end: null, event: w[2] };
    }
    return null;
  }
  const p = readPeriod(s, context);
  return p ? { label, kind: 'period', span: p, end: p.end } : null;
}

/** "early Oct 2024", "mid-Oct 2024", "late Oct 2024": 上旬, 中旬, 下旬 as English writes them. */
function dekadText(span: Period, n: 1 | 2 | 3): string {
  const a = new Date(span.start);
  const month = formatPeriod({ ...span, end: utcDay(a.getUTCFullYear(), a.getUTCMonth() + 1, 1), precision: 'month', label: '' }, 'en');
  return n === 2 ? `mid-${month}` : `${n === 1 ? 'early' : 'late'} ${month}`;
}

/** 年中 → "mid-2025", 本月底 → "end of Mar 2025"; with no day known, "mid-year", "end of the month". */
function relativeText(d: Deadline, span: Period | null): string {
  if (d.relative === 'mid') return span ? `mid-${new Date(span.start).getUTCFullYear()}` : 'mid-year';
  return span ? `end of ${formatPeriod(span, 'en')}` : `end of the ${d.relative}`;
}

/** "14th": the plan's number in English. */
function ordinal(n: number): string {
  const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${n}${suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th'}`;
}

/** The plan a span is ("十四五" → 14), from its words. */
function planNumber(label: string): number | null {
  const m = /([一二三四五六七八九十]{1,3})五/u.exec(label);
  return m?.[1] ? parseChineseNumeral(m[1]) : null;
}

/**
 * The deadline in the reader's language: zh-CN as published; en in words that promise no more
 * than the Chinese ("end of 2025", "by Jun 30, 2023", "within 2025", "before the Spring
 * Festival"). A deadline English has no name for stays as written.
 */
export function formatDeadline(d: Deadline, locale: Locale): string {
  if (locale === 'zh-CN') return d.label;
  const span = d.span;
  if (d.relative) return relativeText(d, span);
  const plan = span && span.precision === 'range' ? planNumber(d.label) : null;
  const what = !span ? '' : d.dekad ? dekadText(span, d.dekad) : plan !== null ? `the ${ordinal(plan)} Five-Year Plan (${formatPeriod(span, 'en')})` : formatPeriod(span, 'en');
  switch (d.kind) {
    case 'end':
      return `end of ${what}`;
    case 'by':
      return `by ${what}`;
    case 'within':
      return span ? `within ${what}` : 'within the year';
    case 'about':
      return `around ${what}`;
    case 'early':
      return span ? `early ${what}` : 'early in the year';
    case 'words': {
      const name = d.event ? EVENTS[d.event] : undefined;
      if (!name) return d.label;
      return `before ${name}${span ? ` ${what}` : ''}`;
    }
    default:
      return span ? (plan !== null ? what : formatPeriod(span, 'en')) : d.label;
  }
}

/** Deadlines in time order: by when they fall due, then by their span; those with neither last. */
export function deadlineOrder(d: Deadline): number {
  return d.end ?? d.span?.end ?? Number.POSITIVE_INFINITY;
}

/** Whether the deadline has passed at instant `t`: null when the words give no day to tell. */
export function deadlinePassed(d: Deadline, t: number): boolean | null {
  return d.end === null ? null : t >= d.end;
}
