/**
 * The unit a column's header names in brackets, as statistics tables write it: "地区生产总值（亿元）",
 * "常住人口（万人）", "增速（%）", "GDP (billion yuan)", "Distance [km]", "（单位：万元）". The
 * cells of such a column are bare numbers ("13501.7") in that unit: read as 13501.7亿元, so every
 * place the figure is written (bar, tooltip, summary, axis) says 亿元, and no axis says a bare
 * "单位：万" (万 of what?).
 *
 * A bracket is a unit only when it reads as one — a reader must never see a year, a period or
 * a note as a unit ("（2023年）", "（1-6月）", "（平均）", "（现价）", "(est.)" are not):
 * - Chinese: an optional multiplier (万, 亿, 万亿, 千 …) and a unit the library writes in both
 *   languages (元, 人, %, 平方米, 个百分点 …), or one ending in a measure word (…辆, …户,
 *   …千瓦时, …人次), or a compound with "/" (元/人, 元/平方米);
 * - English: million/billion/trillion/thousand and a unit (yuan, US$, people, %, tonnes …),
 *   in either order, or the multiplier alone ("(million)").
 * Pure: no DOM.
 */
import { toHalfWidth } from './numeral.js';
import { splitUnit } from './quantity.js';
import { EN_MULTIPLIER_WORDS, EN_UNIT_WORDS } from './unit-words.js';
import { TRAILING_RATE } from './year.js';

export interface HeaderUnit {
  /** Multiply a bare cell by this to get the value in `unit` (亿元 → 1e8). */
  factor: number;
  /** The unit without its multiplier: "元", "人", "%". */
  unit: string;
  /** The multiplier as the header wrote it ("亿", "billion"), kept as the figures' published form. */
  multiplier: string;
}

const BRACKET = /[（(［[]\s*(?:单位\s*[:：]\s*)?([^()（）［［\]］]{1,14}?)\s*[)）］\]]\s*$/;

/** Units the library writes in both languages (number.ts), rates, and 度 (kWh: 亿度) — alone, not as the end of 进度 or 力度. */
const KNOWN = /^(?:度|元|美元|欧元|港元|英镑|[$€£%‰㎡℃]|°C|亩|平方米|平方公里|公里|千米|立方米|公顷|吨|斤|千瓦|人|件|栋|家|个|项|个?百分点|个?千分点)$/;

/** The last character of a Chinese unit of count or measure: 辆, 户, 千瓦时, 人次, 标箱, 桶 … */
const MEASURE_END = /[元人吨个家户辆台座所亩米里克斤升瓦时件套项张床册次只头部间栋幢顷箱桶方位名篇场架艘匹块株条点天岁份]$/;

/**
 * The unit a text names, as a header's brackets, a "单位：" line, a units row or the builder's unit
 * field write it: "亿元", "万人", "%", "万吨", "元/平方米", "万TEU", "billion yuan", "US$ million";
 * a Chinese multiplier alone ("万") or an English one ("million") is a unit of count. null when
 * the text is no unit (a year, a period, a note: "2023年", "1-6月", "平均", "est.").
 * The one reader of units for the library's elements and the builder.
 */
export function unitWord(text: string): HeaderUnit | null {
  const inner = toHalfWidth(text).trim();
  if (!inner || /\d/.test(inner)) return null;
  const s = splitUnit(inner);
  if (/[a-z]/i.test(s.unit)) {
    // English words, or a Chinese multiplier before one ("万TEU"); never two multipliers.
    const en = englishUnit(s.unit);
    if (!en || (en.multiplier && s.multiplier)) return null;
    return en.multiplier ? en : { factor: s.factor, unit: en.unit, multiplier: s.multiplier };
  }
  const unit = s.unit;
  if (!unit) return s.multiplier ? { factor: s.factor, unit: '', multiplier: s.multiplier } : null;
  if (KNOWN.test(unit) || (unit.length <= 6 && /^[\p{Script=Han}]+$/u.test(unit) && MEASURE_END.test(unit)) || /^[^/\s]{1,6}\/[^/\s]{1,6}$/.test(unit)) {
    return { factor: s.factor, unit, multiplier: s.multiplier };
  }
  return null;
}

/** The unit named in brackets at the end of `header` (or a trailing %), or null when there is none or it is not a unit. */
export function headerUnit(header: string): HeaderUnit | null {
  const h = toHalfWidth(header).trim();
  const m = BRACKET.exec(h);
  if (m) return unitWord(m[1] ?? '');
  const rate = TRAILING_RATE.exec(h)?.[1];
  return rate ? { factor: 1, unit: rate, multiplier: '' } : null;
}

/**
 * The unit a header names, as a unit attribute writes it: "亿元", "万TEU", "元" for "(yuan)",
 * "billion yuan" as written (an English multiplier has no Chinese word); '' when it names none.
 * splitUnit reads it back to the factor and unit headerUnit gives (the builder publishes it so).
 */
export function headerUnitText(header: string): string {
  const h = toHalfWidth(header).trim();
  if (!BRACKET.test(h)) return TRAILING_RATE.exec(h)?.[1] ?? '';
  const inner = BRACKET.exec(h)?.[1]?.trim() ?? '';
  const u = unitWord(inner);
  if (!u) return '';
  return /^[a-z]/i.test(u.multiplier) ? inner : `${u.multiplier}${u.unit}`;
}

/** The header without the unit its brackets name ("目标（亿元）" → "目标"); the header as it is when they name none. */
export function headerName(header: string): string {
  if (!headerUnit(header)) return header.trim();
  const h = header.trim();
  return BRACKET.test(toHalfWidth(h)) ? h.replace(/\s*[（(［[][^（()）［\]］]*[)）］\]]\s*$/, '') : h.replace(/\s*[%‰％]$/, '');
}

/**
 * Series names as a legend writes them: without the unit their brackets name ("增加值（亿元）" →
 * "增加值") where the chart states that unit elsewhere — `stated`, the unit its axis caption writes
 * (单位：亿元) — as the names as published where it states none (a share of each category), where a
 * bracket names another unit, or where two names would then read alike ("产值（亿元）", "产值（万元）").
 */
export function legendNames(names: readonly string[], stated: string): string[] {
  if (!stated) return [...names];
  const shown = names.map((n) => (headerUnit(n)?.unit === stated ? headerName(n) : n));
  return new Set(shown).size === shown.length ? shown : [...names];
}

/**
 * An English unit: a multiplier word (million, billion …) and a unit word the library knows, in
 * either order ("billion yuan", "US$ million"), or either alone ("(million)", "(yuan)"); null
 * for anything else ("est.", "current prices").
 */
export function englishUnit(text: string): { factor: number; unit: string; multiplier: string } | null {
  const words = text.trim().toLowerCase().split(/\s+/);
  const at = words.findIndex((w) => w in EN_MULTIPLIER_WORDS);
  const [factor, multiplier] = at >= 0 ? (EN_MULTIPLIER_WORDS[words[at] ?? ''] ?? [1, '']) : [1, ''];
  const rest = words.filter((_, i) => i !== at).join(' ');
  const unit = rest === '' ? (multiplier ? '' : undefined) : EN_UNIT_WORDS[rest];
  return unit === undefined ? null : { factor, unit, multiplier };
}

/**
 * A unit as an attribute or the builder writes it, multiplier included: splitUnit ("亿元" → ×1e8
 * 元, "万TEU"), and English multiplier words ("billion yuan" → ×1e9 元, "US$ million"), so
 * unit="billion yuan" from the builder is read as the header "(billion yuan)" is. Kept out of
 * splitUnit: the first paint reads Chinese units only (bar-chart.paint.ts leaves English ones to
 * the element), and these words would cost its budget.
 */
export function readUnit(text: string): { factor: number; unit: string; multiplier: string } {
  const en = /[a-z]/i.test(text) ? englishUnit(toHalfWidth(text)) : null;
  return en?.multiplier ? en : splitUnit(text);
}
