/**
 * Numbers and units in the reader's language, with Intl doing the work: 4.1亿元 and 1.85万平方米
 * in Chinese, "410 million yuan" and "18,500 m²" in English. Pure: no DOM.
 */
import type { Locale } from '../i18n/locale.js';
import { publishedDigits, type Published } from './published.js';
import { decimalFormat, type NumberFormatter } from './decimal.js';

export type { Published } from './published.js';

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
  '㎡': { en: 'm²' },
  平方公里: { en: 'km²' },
  公里: { en: 'km' },
  千米: { en: 'km' },
  立方米: { en: 'm³' },
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
  /**
   * Most decimals for a value with no published form (a share, a computed change); default 2, or
   * the widget's `decimals`. A published value keeps its own decimals.
   */
  maximumFractionDigits?: number;
  /**
   * Rescale large numbers to 万/亿/万亿 (zh) or million/billion (en), rounding to the decimals.
   * Default: a published value only under notation="compact" (else as published); a value with
   * no published form (computed) always. Axes pass true: ticks may say 1万亿.
   */
  compact?: boolean;
  /** Always show the sign ("+12%"), for growth and change. */
  signed?: boolean;
  /** How the value was written ("33064.8亿"): it is written so again, every digit kept. */
  published?: Published | undefined;
  /**
   * The widget's number style (its `decimals` and `notation`), handed to the layout as an
   * option and passed on here: two widgets laid out in one tick, or a tooltip written long
   * after its layout, each follow their own. Unset: as published, standard notation.
   */
  style?: NumberStyle | undefined;
}

const cache = new Map<string, NumberFormatter>();
/** Plain decimals are written without creating an Intl object (its first costs 15–40 ms: decimal.ts); the rest by Intl. */
function nf(locale: Locale, options: Intl.NumberFormatOptions): NumberFormatter {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = decimalFormat(locale, options);
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

/** The editor's number format for everything a widget's layout writes (its attributes). */
export interface NumberStyle {
  /** `decimals`: exactly this many decimals (0–6), trailing zeros kept ("8.0%"); null: as published. */
  decimals?: number | null | undefined;
  /** `notation="compact"`: rescale large values (33064.8亿 → 3.31万亿); otherwise as published. */
  notation?: string | null | undefined;
}

interface Resolved {
  decimals: number | null;
  compact: boolean;
}

const STANDARD: Resolved = { decimals: null, compact: false };

/** The style as formatNumber applies it: decimals clamped to 0–6, or null (as published). */
function resolve(next: NumberStyle): Resolved {
  const d = next.decimals;
  return {
    decimals: d === null || d === undefined || !Number.isFinite(d) ? null : Math.min(6, Math.max(0, Math.round(d))),
    compact: next.notation === 'compact',
  };
}

/**
 * The style of calls that pass none, set only by the deprecated `withNumberStyle`. The library
 * never sets it: layouts get the style as an option and pass it on (`FormatOptions.style`).
 */
let ambient: Resolved = STANDARD;

/**
 * Runs `fn` with `next` as the number format of every formatNumber/formatValue call in it that
 * passes no `style` of its own.
 * @deprecated Pass the style: `formatValue(v, unit, locale, { style: { decimals: 1 } })`.
 *
 * Kept for callers of 0.x; the widgets no longer use it: a module-wide style leaked between
 * widgets (a line chart's tooltip, written after its layout, lost its `decimals`).
 */
export function withNumberStyle<T>(next: NumberStyle, fn: () => T): T {
  const before = ambient;
  ambient = resolve(next);
  try {
    return fn();
  } finally {
    ambient = before;
  }
}

/**
 * A number alone, in the reader's locale. As published when its form is known: 33064.8亿 →
 * "33064.8亿" (zh-CN), "3,306.48 billion" (en); rescaled only when asked (`compact`, or the
 * widget's notation="compact"). A value with no published form (computed, or a bare JS number) is
 * written compactly unless `compact: false`: 410000000 → "4.1亿", "410 million".
 */
export function formatNumber(value: number, locale: Locale, options: FormatOptions = {}): string {
  const { signed = false, published } = options;
  // A figure with no published form (a share, a total) is written compactly unless told not to;
  // a published one only when the author asks (notation="compact").
  const style = options.style ? resolve(options.style) : ambient;
  const compact = options.compact ?? (style.compact || !published);
  const fixed = style.decimals;
  const signDisplay = signed ? 'exceptZero' : 'auto';
  if (compact && Math.abs(value) >= compactFrom(locale)) {
    const explicit = options.maximumFractionDigits;
    const max = explicit ?? fixed ?? 2;
    const min = explicit === undefined && fixed !== null ? fixed : 0;
    return nf(locale, { maximumFractionDigits: max, minimumFractionDigits: Math.min(min, max), signDisplay, useGrouping: grouping(locale), notation: 'compact', compactDisplay: 'long' }).format(value);
  }
  if (published) {
    const d = publishedDigits(value, published, locale);
    const n = nf(locale, {
      minimumFractionDigits: fixed ?? d.minimumFractionDigits,
      maximumFractionDigits: fixed ?? d.maximumFractionDigits,
      signDisplay,
      useGrouping: d.useGrouping,
    }).format(d.scaled);
    if (!d.word) return n;
    return locale === 'zh-CN' || !/^[a-z]/i.test(d.word) ? `${n}${d.word}` : `${n} ${d.word}`;
  }
  const explicit = options.maximumFractionDigits;
  const max = explicit ?? fixed ?? 2;
  const min = explicit === undefined && fixed !== null ? fixed : 0;
  return nf(locale, { maximumFractionDigits: max, minimumFractionDigits: Math.min(min, max), signDisplay, useGrouping: grouping(locale) }).format(value);
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
export function axisFormat(maxAbs: number, step: number, unit: string, locale: Locale, published?: Published): AxisFormat {
  const percent = unit === '%' || unit === '‰';
  const steps = locale === 'zh-CN' ? ZH_STEPS : EN_STEPS;
  // Figures published in one multiplier (11458.4亿元 …) are read against an axis in it — 单位：亿元,
  // 0 2,000 … 12,000 (en: the scale their labels take, "billion yuan") — while its ticks stay short:
  // up to 100,000, the round top d3 gives figures under it on a narrow axis (0 50,000 100,000), so
  // the unit does not flip with the chart's width.
  const own = published && !percent ? publishedDigits(maxAbs, published, locale) : null;
  const ownStep: readonly [number, string] | null = own?.word && own.scaled <= 1e5 ? [maxAbs / own.scaled, own.word] : null;
  const [divisor, word] = percent ? [1, ''] : (ownStep ?? steps.find(([d]) => maxAbs >= d) ?? [1, '']);
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
