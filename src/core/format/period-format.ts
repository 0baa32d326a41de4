/**
 * Periods written back for the reader: in zh-CN as the editor wrote them ("2021年一季度",
 * "1-9月", "前三季度"; a year taken from a neighbour is put in front: "一季度" → "2021年一季度"),
 * and in en in the house style of English statistics releases ("Q1 2021", "H1 2021",
 * "Jan–Sep 2021", "Q1–Q3 2021", "Mar 2021"). Never "2021年1月" for a quarter: the words say
 * which span a figure covers. Pure; dates in UTC.
 */
import type { Locale } from '../i18n/locale.js';
import { dtf } from './date.js';
import { monthsOf, periodYear, type Period } from './period.js';

const QUARTER_ZH = ['一', '二', '三', '四'];
const HAN = /[\u3400-\u9fff]/u;

export interface PeriodFormatOptions {
  /** Write the year (default true); false for an axis tick inside a year already named. */
  year?: boolean;
}

function monthName(m: number, locale: Locale): string {
  return locale === 'zh-CN' ? `${m}月` : dtf('en', { month: 'short' }).format(Date.UTC(2000, m - 1, 1));
}

/** The span without its year: "一季度" / "Q1", "1-9月" / "Jan–Sep", "上半年" / "H1", "3月" / "Mar". */
function body(p: Period, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const { m0, m1 } = monthsOf(p);
  const d = new Date(p.start);
  switch (p.precision) {
    case 'year':
      return zh ? '全年' : 'Full year';
    case 'half':
      return zh ? (m0 === 1 ? '上半年' : '下半年') : m0 === 1 ? 'H1' : 'H2';
    case 'quarter':
      if (p.cumulative) return zh ? `前${QUARTER_ZH[m1 / 3 - 1] ?? ''}季度` : `Q1–Q${m1 / 3}`;
      return zh ? `${QUARTER_ZH[(m0 - 1) / 3] ?? ''}季度` : `Q${(m0 + 2) / 3}`;
    case 'month':
      if (m0 === m1) return monthName(m0, locale);
      return zh ? `${m0}-${m1}月` : `${monthName(m0, locale)}–${monthName(m1, locale)}`;
    case 'day':
      return zh ? `${d.getUTCMonth() + 1}月${d.getUTCDate()}日` : dtf('en', { month: 'short', day: 'numeric' }).format(p.start);
    default:
      return zh ? `${m0}-${m1}月` : `${monthName(m0, locale)}–${monthName(m1, locale)}`;
  }
}

/** A range across years: "2021–2025年" / "2021–2025", "2021年1月–2022年6月" / "Jan 2021 – Jun 2022". */
function longRange(p: Period, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const a = new Date(p.start);
  const b = new Date(p.end - 1);
  const wholeYears = a.getUTCMonth() === 0 && a.getUTCDate() === 1 && b.getUTCMonth() === 11 && b.getUTCDate() === 31;
  if (wholeYears) return zh ? `${a.getUTCFullYear()}–${b.getUTCFullYear()}年` : `${a.getUTCFullYear()}–${b.getUTCFullYear()}`;
  const opts: Intl.DateTimeFormatOptions = { year: 'numeric', month: zh ? 'long' : 'short' };
  return `${dtf(locale, opts).format(p.start)}${zh ? '–' : ' – '}${dtf(locale, opts).format(b.getTime())}`;
}

/** True when the period stays inside one calendar year. */
function inOneYear(p: Period): boolean {
  return new Date(p.start).getUTCFullYear() === new Date(p.end - 1).getUTCFullYear();
}

/** "end-2020", "end-Jun 2024", "end-Q1 2024", "end-H1 2024" (without the year: "year-end", "end-Jun" …). */
function endOfText(p: Period, y: number, withYear: boolean): string {
  if (p.asAt === 'year') return withYear ? `end-${y}` : 'year-end';
  const m = new Date(p.start).getUTCMonth() + 1;
  const unit = p.asAt === 'month' ? monthName(m, 'en') : p.asAt === 'quarter' ? `Q${m / 3}` : `H${m / 6}`;
  return withYear ? `end-${unit} ${y}` : `end-${unit}`;
}

/**
 * The period in the reader's language. zh-CN keeps the editor's words when they are Chinese;
 * everything else is written out from the span, so "2021Q1" reads "2021年一季度" in zh-CN and
 * "2021年前三季度" reads "Q1–Q3 2021" in en.
 */
export function formatPeriod(p: Period, locale: Locale, options: PeriodFormatOptions = {}): string {
  const zh = locale === 'zh-CN';
  const withYear = options.year ?? true;
  if (!inOneYear(p)) return zh && HAN.test(p.label) ? p.label : longRange(p, locale);
  const y = periodYear(p);
  // 年末, 6月末: the figure as at the end of what was written, never "Dec 31" where the source
  // wrote a year; English as statistics releases write it: "end-2020", "end-Jun 2024", "end-Q1 2024".
  if (p.asAt && !zh) return endOfText(p, y, withYear);
  if (zh && HAN.test(p.label)) {
    const bare = p.label.replace(/^\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年(?:度)?\s*/u, '');
    if (!withYear) return bare === '' ? '全年' : p.asAt === 'year' && bare.length === 1 ? `年${bare}` : bare;
    return p.yearWritten ? p.label : `${y}年${p.label}`;
  }
  const b = body(p, locale);
  // A whole year on an axis that names its year already is the full year: 全年 / Full year.
  if (!withYear) return b;
  if (p.precision === 'year') return zh ? `${y}年` : String(y);
  if (p.precision === 'day') return zh ? `${y}年${b}` : `${b}, ${y}`;
  return zh ? `${y}年${b}` : `${b} ${y}`;
}

/** The word that marks a figure as a running total: "累计" / "year to date". */
export function cumulativeWord(locale: Locale): string {
  return locale === 'zh-CN' ? '累计' : 'year to date';
}
