/**
 * Headline figures: value with its unit in the reader's locale, a label, an optional comparison
 * (against a target or an earlier period) with sign, arrow and words, and the in-between texts
 * of a count-up. Pure: strings only, no DOM.
 */
import { provenanceParts } from '../../core/a11y/provenance.js';
import { decimalFormat, type NumberFormatter } from '../../core/format/decimal.js';
import { formatValue, type NumberStyle } from '../../core/format/number.js';
import { combined, type Published } from '../../core/format/published.js';
import type { Locale } from '../../core/i18n/locale.js';

export interface BigDatum {
  label: string;
  value: number;
  unit: string;
  /** How value, target and previous were written ("33064.8亿"): they are shown so. */
  published?: Published;
  targetPublished?: Published;
  previousPublished?: Published;
  /** Written before the value: "≥" for "1000亩以上". */
  prefix?: string;
  /** Compare with a target … */
  target?: number | null;
  /** … or with an earlier value (wins when both are given). */
  previous?: number | null;
  /** What the earlier value was: "2020年", "last year". */
  previousLabel?: string;
  quote?: string;
}

export interface Comparison {
  /** ▲, ▼ or = */
  arrow: string;
  /** rise / fall pick the locale's colour; flat is plain. */
  direction: 'rise' | 'fall' | 'flat';
  /** What is drawn: "+13.9%". */
  amount: string;
  /** What it is against, drawn after: "较2020年", "vs target". */
  against: string;
  /** The whole comparison in words, for screen readers: "比2020年增长13.9%". */
  words: string;
}

export interface BigFigure {
  index: number;
  label: string;
  /** The final figure as shown and copied: "≥ 4.1亿元". */
  text: string;
  /** The figure split around its number, for the count-up: "", "4.1", "亿元". */
  before: string;
  number: string;
  after: string;
  /** The number written in `number` is value / divisor (1e8 for 亿). */
  divisor: number;
  decimals: number;
  /** The number is written with group separators ("18,500"); the count-up writes them likewise. */
  grouped: boolean;
  comparison: Comparison | null;
  provenance: { prefix: string; text: string } | null;
}

export interface BigScene {
  summary: string;
  figures: BigFigure[];
}

export interface BigOptions {
  locale: Locale;
  source: string;
  date: string;
  /** The widget's `decimals` and `notation`; unset: as published. */
  numberStyle?: NumberStyle | undefined;
}

/** Any run of digits with its separators and decimal point: "4.1", "410", "18,500". */
const NUMBER = /\d[\d,.\u00a0\u202f\u2009]*/;

function split(text: string, value: number): Pick<BigFigure, 'before' | 'number' | 'after' | 'divisor' | 'decimals' | 'grouped'> {
  const m = NUMBER.exec(text);
  if (!m) return { before: text, number: '', after: '', divisor: 1, decimals: 0, grouped: false };
  const number = m[0].replace(/[,.\u00a0\u202f\u2009]$/, '');
  const plain = Number(number.replace(/[,\u00a0\u202f\u2009]/g, ''));
  const decimals = number.includes('.') ? number.length - number.indexOf('.') - 1 : 0;
  return {
    before: text.slice(0, m.index),
    number,
    after: text.slice(m.index + number.length),
    // Rounded: 410000000 / 4.1 is 100000000.00000001 in floating point.
    divisor: plain === 0 ? 1 : Number((Math.abs(value) / plain).toPrecision(12)),
    decimals,
    grouped: /[,\u00a0\u202f\u2009]/.test(number),
  };
}

// The core's number writer (Intl's output without a cold Intl object in the first frame), as every number elsewhere.
const formatters = new Map<string, NumberFormatter>();
function nf(locale: Locale, decimals: number, grouped: boolean): NumberFormatter {
  const key = `${locale}|${decimals}|${grouped}`;
  let f = formatters.get(key);
  if (!f) {
    // Grouped as the final figure is, so "33064.8亿元" does not count up through "12,345.6亿元".
    f = decimalFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped ? 'always' : false });
    formatters.set(key, f);
  }
  return f;
}

/**
 * The figure as it stands at `t` (0–1) of a count-up, in the final figure's own notation, so the
 * scale word does not jump ("0.5亿元 … 4.1亿元", never "5000万元"). t = 1 gives the final text.
 */
export function countUpText(f: BigFigure, value: number, t: number, locale: Locale): string {
  if (t >= 1 || !f.number) return f.text;
  const n = (Math.abs(value) * Math.max(0, t)) / f.divisor;
  return `${f.before}${nf(locale, f.decimals, f.grouped).format(n)}${f.after}`;
}

/** An ease-out: fast start, gentle landing (cubic). */
export function easeOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return 1 - (1 - c) ** 3;
}

function compare(d: BigDatum, locale: Locale, style: NumberStyle | undefined): Comparison | null {
  const zh = locale === 'zh-CN';
  const vsPrevious = d.previous !== undefined && d.previous !== null;
  const base = vsPrevious ? d.previous : d.target;
  // A difference of published figures is written in their multiplier, every digit kept.
  const published = combined(d.published, vsPrevious ? d.previousPublished : d.targetPublished);
  if (base === undefined || base === null) return null;
  const diff = d.value - base;
  const direction = diff > 0 ? 'rise' : diff < 0 ? 'fall' : 'flat';
  const arrow = diff > 0 ? '▲' : diff < 0 ? '▼' : '=';
  const rate = d.unit === '%' || d.unit === '‰';
  let amount: string;
  let plain: string;
  if (vsPrevious && !rate && base !== 0) {
    const pct = (diff / Math.abs(base)) * 100;
    amount = formatValue(pct, '%', locale, { signed: true, maximumFractionDigits: 1, style });
    plain = formatValue(Math.abs(pct), '%', locale, { maximumFractionDigits: 1, style });
  } else {
    // A rate changes by percentage points; a target is missed or beaten by an amount.
    const unit = rate ? '个百分点' : d.unit;
    amount = formatValue(diff, unit, locale, { signed: true, published, style });
    plain = formatValue(Math.abs(diff), unit, locale, { published, style });
  }
  if (vsPrevious) {
    const when = d.previousLabel ?? '';
    const against = zh ? `较${when || '上期'}` : `vs ${when || 'previous'}`;
    const words = direction === 'flat'
      ? (zh ? `与${when || '上期'}持平` : `unchanged from ${when || 'the previous period'}`)
      : zh ? `比${when || '上期'}${direction === 'rise' ? '增长' : '下降'}${plain}` : `${direction === 'rise' ? 'up' : 'down'} ${plain} on ${when || 'the previous period'}`;
    return { arrow, direction, amount, against, words };
  }
  const words = direction === 'flat'
    ? (zh ? '与目标持平' : 'exactly on target')
    : zh ? `比目标${direction === 'rise' ? '高' : '低'}${plain}` : `${plain} ${direction === 'rise' ? 'above' : 'below'} target`;
  return { arrow, direction, amount, against: zh ? '较目标' : 'vs target', words };
}

export function layoutBigNumbers(data: readonly BigDatum[], options: BigOptions): BigScene {
  const { locale, numberStyle: style } = options;
  const figures = data.map((d, index): BigFigure => {
    const value = formatValue(d.value, d.unit, locale, { published: d.published, style });
    // A sign sits on its number ("+5.2%"); a bound word stands apart ("≥ 4.1亿元").
    const text = d.prefix ? `${d.prefix}${d.prefix.endsWith('+') ? '' : ' '}${value}` : value;
    const p = provenanceParts({ quote: d.quote, source: options.source, date: options.date }, locale);
    return {
      index,
      label: d.label,
      text,
      ...split(text, d.value),
      comparison: compare(d, locale, style),
      provenance: p ? { prefix: p.prefix, text: `${p.quote}${p.cite}` } : null,
    };
  });
  const zh = locale === 'zh-CN';
  const parts = figures.map((f) => {
    const head = zh ? `${f.label}${f.label ? ' ' : ''}${f.text}` : f.label ? `${f.label}: ${f.text}` : f.text;
    return f.comparison ? `${head}${zh ? '，' : ', '}${f.comparison.words}` : head;
  });
  const summary = parts.length === 0 ? '' : zh ? `${parts.join('；')}。` : `${parts.join('; ')}.`;
  return { summary, figures };
}
