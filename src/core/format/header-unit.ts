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

export interface HeaderUnit {
  /** Multiply a bare cell by this to get the value in `unit` (亿元 → 1e8). */
  factor: number;
  /** The unit without its multiplier: "元", "人", "%". */
  unit: string;
  /** The multiplier as the header wrote it ("亿", "billion"), kept as the figures' published form. */
  multiplier: string;
}

const BRACKET = /[（(［[]\s*(?:单位\s*[:：]\s*)?([^()（）［［\]］]{1,14}?)\s*[)）］\]]\s*$/;

/** Units the library writes in both languages (number.ts), and rates. */
const KNOWN = /^(?:元|美元|欧元|港元|英镑|[$€£%‰㎡℃]|°C|亩|平方米|平方公里|公里|千米|立方米|公顷|吨|斤|千瓦|人|件|栋|家|个|项|个?百分点|个?千分点)$/;

/** The last character of a Chinese unit of count or measure: 辆, 户, 千瓦时, 人次, 标箱, 桶 … */
const MEASURE_END = /[元人吨个家户辆台座所亩米里克斤升瓦时件套项张床册次只头部间栋幢顷箱桶方位名篇场架艘匹块株条点天岁份]$/;

/** English unit words → the unit as the library keeps it, so zh-CN and en both write it. */
const EN_UNITS: Readonly<Record<string, string>> = {
  yuan: '元', rmb: '元', cny: '元', 'us$': '美元', usd: '美元', 'us dollars': '美元', '$': '$', '%': '%', percent: '%', 'per cent': '%',
  people: '人', persons: '人', tonnes: '吨', tons: '吨', hectares: '公顷', mu: '亩', km: '公里', 'km²': '平方公里', 'sq km': '平方公里', 'm²': '平方米', 'sq m': '平方米',
};
const EN_MULTIPLIERS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

/** The unit named in brackets at the end of `header`, or null when there is none or it is not a unit. */
export function headerUnit(header: string): HeaderUnit | null {
  const m = BRACKET.exec(toHalfWidth(header).trim());
  const inner = m?.[1]?.trim() ?? '';
  if (!inner || /\d/.test(inner)) return null;
  if (/[a-z]/i.test(inner)) return englishUnit(inner.toLowerCase());
  const s = splitUnit(inner);
  if (!s.unit) return null;
  const unit = s.unit;
  if (KNOWN.test(unit) || (unit.length <= 6 && /^[\p{Script=Han}]+$/u.test(unit) && MEASURE_END.test(unit)) || /^[^/\s]{1,6}\/[^/\s]{1,6}$/.test(unit)) {
    return { factor: s.factor, unit, multiplier: s.multiplier };
  }
  return null;
}

/** The header without the unit its brackets name ("目标（亿元）" → "目标"); the header as it is when they name none. */
export function headerName(header: string): string {
  return headerUnit(header) ? header.trim().replace(/\s*[（(［[][^（()）［\]］]*[)）］\]]\s*$/, '') : header.trim();
}

/** "billion yuan", "US$ million", "million", "%", "people". */
function englishUnit(inner: string): HeaderUnit | null {
  const words = inner.split(/\s+/);
  const at = words.findIndex((w) => w in EN_MULTIPLIERS);
  const multiplier = at >= 0 ? (words[at] ?? '') : '';
  const rest = words.filter((_, i) => i !== at).join(' ');
  const unit = rest === '' ? (multiplier ? '' : null) : EN_UNITS[rest];
  if (unit === undefined || unit === null) return null;
  // "mn"/"bn" are written as the word the library knows (published forms name million, billion).
  const word = multiplier === 'mn' ? 'million' : multiplier === 'bn' ? 'billion' : multiplier;
  return { factor: multiplier ? (EN_MULTIPLIERS[multiplier] ?? 1) : 1, unit, multiplier: word };
}
