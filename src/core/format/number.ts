/**
 * Numbers and units in the reader's language, with Intl doing the work: 4.1亿元 and 1.85万平方米
 * in Chinese, "410 million yuan" and "18,500 m²" in English. Pure: no DOM.
 */
import type { Locale } from '../i18n/locale.js';

interface UnitInfo {
  /** English for the unit; '' drops it (Chinese counters: the label already names the thing). */
  en: string;
  /** English singular, when it differs. */
  enOne?: string;
  /** Written before the number ("US$80 million"). */
  prefix?: boolean;
  /** Written against the number without a space ("12%"). */
  tight?: boolean;
}

const UNITS: Readonly<Record<string, UnitInfo>> = {
  元: { en: 'yuan' },
  美元: { en: 'US$', prefix: true },
  $: { en: '$', prefix: true },
  '€': { en: '€', prefix: true },
  '£': { en: '£', prefix: true },
  亩: { en: 'mu' },
  平方米: { en: 'm²' },
  公顷: { en: 'hectares', enOne: 'hectare' },
  吨: { en: 'tonnes', enOne: 'tonne' },
  斤: { en: 'jin' },
  千瓦: { en: 'kW' },
  人: { en: 'people', enOne: 'person' },
  件: { en: 'units', enOne: 'unit' },
  栋: { en: 'buildings', enOne: 'building' },
  '%': { en: '%', tight: true },
  '‰': { en: '‰', tight: true },
  个百分点: { en: 'percentage points', enOne: 'percentage point' },
  家: { en: '' },
  个: { en: '' },
  项: { en: '' },
};

export interface FormatOptions {
  /** Most decimals to show; default 2 (or the widget's `decimals`, see withDecimals). */
  maximumFractionDigits?: number;
  /** Write large numbers with 万/亿 (zh) or million/billion (en); default true. */
  compact?: boolean;
  /** Always show the sign ("+12%"), for growth and change. */
  signed?: boolean;
}

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/**
 * Chinese copy writes four-digit numbers without a separator ("1000亩", GB/T 15835) and groups
 * from five digits; English groups from four.
 */
function grouping(locale: Locale): 'min2' | 'auto' {
  return locale === 'zh-CN' ? 'min2' : 'auto';
}

/** The threshold from which a number is written compactly: 万 is natural in Chinese from 1万. */
function compactFrom(locale: Locale): number {
  return locale === 'zh-CN' ? 1e4 : 1e6;
}

let defaultDigits = 2;

/**
 * Runs `fn` with `digits` as the most decimals any number gets by default (a widget's
 * `decimals` attribute: the editor's number format, applied to everything its layout writes).
 */
export function withDecimals<T>(digits: number | null | undefined, fn: () => T): T {
  if (digits === null || digits === undefined || !Number.isFinite(digits)) return fn();
  const before = defaultDigits;
  defaultDigits = Math.min(6, Math.max(0, Math.round(digits)));
  try {
    return fn();
  } finally {
    defaultDigits = before;
  }
}

/** A number alone, in the reader's locale: 410000000 → "4.1亿" (zh-CN) or "410 million" (en). */
export function formatNumber(value: number, locale: Locale, options: FormatOptions = {}): string {
  const { maximumFractionDigits = defaultDigits, compact = true, signed = false } = options;
  const base: Intl.NumberFormatOptions = { maximumFractionDigits, signDisplay: signed ? 'exceptZero' : 'auto', useGrouping: grouping(locale) };
  if (compact && Math.abs(value) >= compactFrom(locale)) {
    return nf(locale, { ...base, notation: 'compact', compactDisplay: 'long' }).format(value);
  }
  return nf(locale, base).format(value);
}

/** The unit as the reader's locale writes it, and where. */
export function unitFor(unit: string, locale: Locale, value = 2): { text: string; prefix: boolean; tight: boolean } {
  const info = UNITS[unit];
  if (locale === 'zh-CN' || !info) {
    // Chinese units sit against the number; unknown units are kept as written.
    return { text: unit, prefix: false, tight: locale === 'zh-CN' || unit === '' };
  }
  const text = Math.abs(value) === 1 && info.enOne ? info.enOne : info.en;
  return { text, prefix: !!info.prefix, tight: !!info.tight || !!info.prefix || text === '' };
}

/** A value with its unit: "4.1亿元", "1.85万平方米", "410 million yuan", "US$80 million", "+12%". */
export function formatValue(value: number, unit: string, locale: Locale, options: FormatOptions = {}): string {
  const n = formatNumber(value, locale, options);
  if (!unit) return n;
  const u = unitFor(unit, locale, value);
  if (u.text === '') return n;
  if (u.prefix) {
    // Keep the sign outside the currency: "-US$3 million".
    const sign = /^[-+−]/.exec(n)?.[0] ?? '';
    return `${sign}${u.text}${n.slice(sign.length)}`;
  }
  return u.tight ? `${n}${u.text}` : `${n} ${u.text}`;
}

export interface AxisFormat {
  /** Tick values are divided by this before they are written (1e8 for 亿). */
  divisor: number;
  /** What the axis says its numbers are in: "单位：亿元", "million yuan"; '' when ticks carry it. */
  caption: string;
  /** Writes one tick. */
  format: (value: number) => string;
}

const ZH_STEPS: ReadonlyArray<readonly [number, string]> = [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']];
const EN_STEPS: ReadonlyArray<readonly [number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/**
 * One scale for every tick of an axis, as Chinese charts write it: "单位：亿元" above plain
 * numbers 0 1 2 3 4, rather than "1亿元 2亿元 …" on every tick; likewise "million yuan" in
 * English. Percentages keep their sign on each tick. `step` is the tick spacing, for decimals.
 */
export function axisFormat(maxAbs: number, step: number, unit: string, locale: Locale): AxisFormat {
  const percent = unit === '%' || unit === '‰';
  const steps = locale === 'zh-CN' ? ZH_STEPS : EN_STEPS;
  const [divisor, word] = percent ? [1, ''] : (steps.find(([d]) => maxAbs >= d) ?? [1, '']);
  const scaledStep = step / divisor;
  const decimals = scaledStep > 0 && Number.isFinite(scaledStep) ? Math.max(0, Math.min(6, -Math.floor(Math.log10(scaledStep) + 1e-9))) : 0;
  const f = nf(locale, { maximumFractionDigits: decimals, minimumFractionDigits: 0, useGrouping: grouping(locale) });
  const format = (v: number): string => {
    const n = f.format(v / divisor);
    return percent ? `${n}${unit}` : n;
  };
  let caption = '';
  if (!percent && (word || unit)) {
    if (locale === 'zh-CN') caption = `单位：${word}${unit}`;
    else {
      const u = unitFor(unit, locale);
      caption = u.prefix ? `${u.text} ${word}`.trim() : [word, u.text].filter(Boolean).join(' ');
    }
  }
  return { divisor, caption, format };
}
