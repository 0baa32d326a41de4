/**
 * The published form of a figure: how many decimals it was written with and in which multiplier
 * ("33064.8亿元" → 1 decimal, 亿). It travels with the value from the cell, attribute or article
 * text to every place the value is written, so the reader sees the article's number — the same
 * digits, 亿 staying 亿 — and not a rounded rescaling of it ("3.31万亿元", 35亿元 off).
 * Pure: no DOM.
 */
import type { Locale } from '../i18n/locale.js';
import { MULTIPLIERS, type NumeralMatch } from './numeral.js';

export interface Published {
  /** Digits written after the decimal mark: "33064.8" → 1, "8.0" → 1 (trailing zeros count). */
  decimals: number;
  /** The multiplier word written after the digits: "亿", "万", "million"; '' for none. */
  multiplier: string;
  /** The digits were grouped ("1,234") or not ("33064.8"); undefined: the locale's habit. */
  grouped?: boolean;
  /**
   * Trailing zeros say nothing (a difference or sum of published figures, written to the finest
   * of their decimals): "3.74亿", not "3.7400亿".
   */
  trim?: boolean;
}

/** The most decimals a JS number may have and still be taken as written (0.1 + 0.2 is not). */
const MAX_NUMBER_DECIMALS = 6;

const ENGLISH_WORD = /^[a-z]/i;

export function factorOf(multiplier: string): number {
  return MULTIPLIERS.find(([w]) => w === multiplier)?.[1] ?? 1;
}

/** The published form of what readNumeral read; undefined for Chinese numerals (两万, 三点五). */
export function publishedOf(m: Pick<NumeralMatch, 'decimals' | 'multiplier' | 'grouped'>): Published | undefined {
  if (m.decimals === undefined) return undefined;
  const p: Published = { decimals: m.decimals, multiplier: m.multiplier ?? '' };
  if (m.grouped !== undefined) p.grouped = m.grouped;
  return p;
}

/**
 * A number given as a JS number in a unit with a multiplier (unit="亿元": 33064.8 is 33064.8亿):
 * its shortest decimal form is how it was written.
 */
export function publishedOfNumber(n: number, multiplier = ''): Published | undefined {
  const s = String(Math.abs(n));
  if (!Number.isFinite(n) || /e/i.test(s)) return undefined;
  const dot = s.indexOf('.');
  const decimals = dot < 0 ? 0 : s.length - dot - 1;
  return decimals > MAX_NUMBER_DECIMALS ? undefined : { decimals, multiplier };
}

/** The same published form, read in a unit that carries `multiplier` (a column unit "亿元"). */
export function withMultiplier(p: Published | undefined, multiplier: string): Published | undefined {
  if (!p || !multiplier || p.multiplier) return p;
  // A bare number in a 亿元 column is the article's "33064.8亿元": digits written without separators.
  return { ...p, multiplier, grouped: p.grouped ?? false };
}

/**
 * How a figure computed from published ones (a difference, a total) is written: in the larger of
 * their multipliers, with as many decimals as it takes to keep every digit of the finer one, and
 * no trailing zeros. Undefined when any input has no published form.
 */
export function combined(...forms: readonly (Published | undefined)[]): Published | undefined {
  if (forms.length === 0 || forms.some((f) => f === undefined)) return undefined;
  const all = forms as readonly Published[];
  const chinese = all.filter((f) => !ENGLISH_WORD.test(f.multiplier));
  const pool = chinese.length > 0 ? chinese : all;
  const widest = pool.reduce((a, b) => (factorOf(b.multiplier) > factorOf(a.multiplier) ? b : a));
  const big = factorOf(widest.multiplier);
  const decimals = Math.max(...all.map((f) => f.decimals + Math.round(Math.log10(big / factorOf(f.multiplier)))));
  return { decimals: Math.min(10, Math.max(0, decimals)), multiplier: widest.multiplier, trim: true };
}

/** The digits to write and how: value ÷ factor, in [min, max] decimals, followed by `word`. */
export interface PublishedDigits {
  scaled: number;
  word: string;
  minimumFractionDigits: number;
  maximumFractionDigits: number;
  useGrouping: boolean | 'always' | 'min2' | 'auto';
}

const ZH_STEPS: ReadonlyArray<readonly [number, string]> = [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']];
const EN_STEPS: ReadonlyArray<readonly [number, string]> = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

/**
 * The published form in the reader's locale, every digit kept. Chinese keeps the multiplier as
 * written (an English one becomes 万/亿/万亿). English writes 万 and 亿 in its own scale: the
 * largest of million/billion/trillion the value reaches, but no more than ten times the Chinese
 * multiplier, so 33064.8亿 is "3,306.48 billion" (the digits the reader can find), 8000万 is
 * "80 million", 1.85万 is "18,500"; decimals move with the scale, so nothing is rounded away.
 */
export function publishedDigits(value: number, p: Published, locale: Locale): PublishedDigits {
  const factor = factorOf(p.multiplier);
  const english = ENGLISH_WORD.test(p.multiplier);
  const abs = Math.abs(value);
  let target: readonly [number, string] = [factor, p.multiplier];
  if (locale === 'zh-CN' && english) {
    target = ZH_STEPS.find(([d]) => abs >= d) ?? [1, ''];
  } else if (locale !== 'zh-CN' && !english && p.multiplier !== '') {
    const cap = factor >= 1e4 ? Math.max(1e6, factor * 10) : 0;
    target = EN_STEPS.find(([d]) => d <= cap && abs >= d) ?? [1, ''];
  }
  const shift = Math.round(Math.log10(factor / target[0]));
  const max = Math.min(20, Math.max(0, p.decimals - shift));
  // Trailing zeros written after the decimal mark are precision ("8.0%"); zeros that only come
  // from moving the scale (8000万 → 80.00 million) are not.
  const min = p.trim || p.decimals === 0 ? 0 : max;
  // Chinese groups from five digits (GB/T 15835: "1,234" is written 1234); digits published
  // without separators ("33064.8亿元") stay without, so the reader finds the very string.
  const useGrouping = locale !== 'zh-CN' ? 'auto' : p.grouped === false ? false : 'min2';
  return { scaled: target[0] === 1 ? value : value / target[0], word: target[1], minimumFractionDigits: min, maximumFractionDigits: max, useGrouping };
}

/**
 * A number cell read in a unit that carries a multiplier (unit="亿元", a 单位 column "万平方米"):
 * the value in base units, and its published form in that multiplier (33064.8 in 亿元 → 33064.8亿).
 */
export function scaleBy(value: number, published: Published | undefined, given: { factor: number; multiplier: string }): { value: number; published?: Published } {
  if (given.factor === 1) return published ? { value, published } : { value };
  // 33064.8 × 1e8 is 3306480000000.0005 in binary: 15 significant digits give back what was written.
  const scaled = Number((value * given.factor).toPrecision(15));
  // A JS number (or 两万) in a 亿元 column was written as that number of 亿.
  const p = withMultiplier(published ?? publishedOfNumber(value), given.multiplier);
  return p ? { value: scaled, published: p } : { value: scaled };
}

/**
 * The form of figures that all share one multiplier (11458.4亿元, 12821.3亿元 …): an axis over them
 * is written in it (单位：亿元, core/format/number.ts axisFormat). undefined when their multipliers
 * differ or none was published. Only the multiplier counts, so the first form stands for all.
 */
export function sharedMultiplier(forms: readonly (Published | undefined)[]): Published | undefined {
  const first = forms[0];
  return forms.every((f) => f?.multiplier === first?.multiplier) ? first : undefined;
}

/**
 * One form for a run of figures written alike (a line's points): their multiplier and decimals
 * when they share them — "8.0%, 7.5%" stays "8.0%" — else the finest that keeps every digit.
 */
export function commonForm(forms: readonly (Published | undefined)[]): Published | undefined {
  const first = forms[0];
  if (!first || forms.some((f) => f === undefined)) return undefined;
  const all = forms as readonly Published[];
  if (all.some((f) => f.multiplier !== first.multiplier)) return combined(...all);
  const decimals = Math.max(...all.map((f) => f.decimals));
  const p: Published = { decimals, multiplier: first.multiplier };
  if (all.some((f) => f.decimals !== decimals)) p.trim = true;
  if (all.every((f) => f.grouped === first.grouped) && first.grouped !== undefined) p.grouped = first.grouped;
  return p;
}

/**
 * A published form given as data (the extractor's records as JSON: `{ "decimals": 1,
 * "multiplier": "亿" }`), checked field by field; anything else is no form (the value is then
 * written as a computed one), never an error and never text on the page.
 */
export function publishedFromJson(raw: unknown): Published | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const { decimals, multiplier, grouped, trim } = r;
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 20) return undefined;
  if (multiplier !== undefined && (typeof multiplier !== 'string' || (multiplier !== '' && !MULTIPLIERS.some(([w]) => w === multiplier)))) return undefined;
  const p: Published = { decimals, multiplier: typeof multiplier === 'string' ? multiplier : '' };
  if (typeof grouped === 'boolean') p.grouped = grouped;
  if (trim === true) p.trim = true;
  return p;
}
