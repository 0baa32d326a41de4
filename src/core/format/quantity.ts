/**
 * A cell of data ("4.1亿元", "12%", "1,234", "-", "(3.5)") → a number with its unit, or missing,
 * or text. Missing is never zero: a chart must leave a gap, not draw a bar of 0.
 */
import { opensNumeral, readNumeral, toHalfWidth, type NumeralOptions } from './numeral.js';
import { BETWEEN_BOUNDS, COMPARATOR_SYMBOLS, comparatorOfWord, PREFIX_BOUNDS, SUFFIX_BOUNDS } from './bounds.js';
import { publishedOf, type Published } from './published.js';

/** How a blank cell is written in the tables and spreadsheets we read. */
const MISSING = new Set(['', '-', '--', '—', '–', '/', '…', '...', 'nan', 'null', 'undefined', 'n/a', 'na', '#n/a', '无', '暂无']);

/** Currency signs written before the number; they become the unit when nothing follows. */
const PREFIX_UNITS: Readonly<Record<string, string>> = { '¥': '元', '￥': '元', 'US$': '美元', '$': '$', '€': '€', '£': '£' };

/**
 * Qualifiers come from the one vocabulary (vocabulary.ts), so a cell reads a bound exactly as the
 * extractor reads it in prose: after the unit ("1000亩以上"), before the number ("不小于500家"),
 * or between the numeral and its unit ("1000余人").
 */
const QUALIFIERS = SUFFIX_BOUNDS.map((w) => w.word);
const BETWEEN_QUALIFIERS = BETWEEN_BOUNDS.map((w) => w.word);
const PREFIX_QUALIFIERS = PREFIX_BOUNDS.map((w) => w.word);

/** What else a cell's number may stand behind, by first character: "(" of "(3.5)", a qualifier before it, a currency sign. */
const PREFIX_OPENERS = new Set(['(', ...[...PREFIX_QUALIFIERS, ...Object.keys(PREFIX_UNITS)].map((w) => w.charAt(0))]);

/** The sign a chart writes before a qualified value: 以上 → ≥, 突破 → >, 左右 → ≈. */
export function qualifierSymbol(qualifier: string | undefined): string {
  const c = qualifier ? comparatorOfWord(qualifier) : undefined;
  return c ? COMPARATOR_SYMBOLS[c] : '';
}

export type Cell =
  /** `published`: how the number was written (decimals, 万/亿), so it is shown so again. */
  /**
   * `written`: the cell as published when its words say what the signed number says another way
   * ("下降6.8%" is −6.8: core/data/worded.ts); a Chinese data table writes it so again.
   */
  | { kind: 'number'; value: number; unit: string; qualifier?: string; published?: Published; written?: string }
  | { kind: 'missing' }
  | { kind: 'text'; text: string };

export type QuantityOptions = NumeralOptions;

/**
 * A unit as an editor may write it in an attribute, multiplier included: "亿元" → ×1e8 in 元,
 * "万平方米" → ×1e4 in 平方米, "%" → ×1 in %. Values given in such a unit are scaled by `factor`.
 */
export function splitUnit(unit: string): { factor: number; unit: string; multiplier: string } {
  const u = toHalfWidth(unit).trim();
  // Units whose name opens with a multiplier's character are one unit: 千瓦时 is not 1000 瓦时.
  if (/^(?:千(?:瓦|克|米|卡|分点)|百分点)/.test(u)) return { factor: 1, unit: u, multiplier: '' };
  const m = readNumeral(`1${u}`);
  if (m?.multiplier && /^[^a-z]/i.test(m.multiplier)) return { factor: m.value, unit: u.slice(m.multiplier.length).trim(), multiplier: m.multiplier };
  return { factor: 1, unit: u, multiplier: '' };
}

/** Footnote marks after a figure: ①…⑳, *, †, ‡, [1]. */
const FOOTNOTE_MARK = /(?:[\u2460-\u2473*†‡]|\[\d{1,2}\])+$/;

/** True for the ways tables write "no value". */
export function isMissing(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === 'number') return !Number.isFinite(raw);
  return typeof raw === 'string' && MISSING.has(toHalfWidth(raw).trim().toLowerCase());
}

/**
 * Reads one cell. Numbers stay numbers (NaN and ±Infinity are missing); strings are parsed:
 * full-width digits, separators, 万/亿 multipliers, %, a trailing unit, negatives written
 * "-3", "−3" or "(3)".
 */
const YEAR_TAIL = /^(?:年.*|[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:[T ]\d.*)?|[Qq][1-4]|[Hh][12]|[-–—~～－至到]\s*\d{4}年?)$/;
const MONTH_TAIL = /^(?:月份?|月\d{1,2}[日号]|[-–—~～－至到]\s*\d{1,2}\s*月份?)$/;

/**
 * A number and the text after it that together name a period or a date, as the period reader
 * (period.ts) reads them — kept to two expressions here, as this runs in every chart's first paint:
 * a year (1000–2999) followed by 年…, -01, -01-05, Q1, H1 or -2025; a month (1–12) followed by 月,
 * 月5日 or -6月. "30年" (thirty years), "5个月", "12%" stay numbers.
 */
function namesPeriod(value: number, unit: string): boolean {
  if (!Number.isInteger(value)) return false;
  if (value >= 1000 && value <= 2999) return YEAR_TAIL.test(unit);
  return value >= 1 && value <= 12 && MONTH_TAIL.test(unit);
}

export function parseCell(raw: unknown, options: QuantityOptions = {}): Cell {
  if (isMissing(raw)) return { kind: 'missing' };
  // A JS number (JSON, .data) is a machine value, 410000000 rather than "4.1亿": no published form
  // of its own (a unit with a multiplier gives it one, see published.ts scaleBy).
  if (typeof raw === 'number') return { kind: 'number', value: raw, unit: '' };
  if (typeof raw === 'boolean' || typeof raw === 'bigint') return { kind: 'text', text: String(raw) };
  if (typeof raw !== 'string') return { kind: 'text', text: JSON.stringify(raw) };
  let s = toHalfWidth(raw).trim();
  // Most text cells (labels: "项目1", "北京市") cannot open a number at all: answered without
  // reading one (100 labels took 1.5–2 ms through the full reading in a chart's first paint).
  const first = s.charAt(0);
  if (!opensNumeral(first) && !PREFIX_OPENERS.has(first)) return { kind: 'text', text: raw.trim() };
  // "- 1.05", "- 55": a minus set apart from its figure, as a 2007 provincial wheat table typesets it.
  if (first === '-' && /^-\s+\d/.test(s)) s = `-${s.slice(1).trimStart()}`;
  let sign = 1;
  // Accounting negatives: "(1,234)".
  const paren = /^\((.+)\)$/.exec(s);
  if (paren?.[1]) {
    s = paren[1].trim();
    sign = -1;
  }
  let qualifier: string | undefined;
  const before = PREFIX_QUALIFIERS.find((q) => s.startsWith(q));
  if (before) {
    qualifier = before;
    s = s.slice(before.length).trim();
  }
  let prefix = '';
  for (const p of Object.keys(PREFIX_UNITS)) {
    const rest = s.replace(/^[-+]/, '');
    if (rest.startsWith(p)) {
      prefix = PREFIX_UNITS[p] ?? '';
      s = s.slice(0, s.length - rest.length) + rest.slice(p.length).trimStart();
      break;
    }
  }
  const m = readNumeral(s, options);
  if (!m) return { kind: 'text', text: raw.trim() };
  let unit = s.slice(m.length).trim();
  // "1222.62①", "5.6*", "12.3[1]": a footnote mark points to a note under the table; it is no unit
  // (read as one, the column's figures disagreed and the figure was dropped). The cell keeps it as
  // written, which a Chinese data table shows.
  const mark = unit === '' ? null : FOOTNOTE_MARK.exec(unit);
  if (mark) unit = unit.slice(0, mark.index).trim();
  // "2023年1月", "2021-01-05", "1-2月", "2023Q1" open with a number but name a period: text, so a
  // data table writes them as written (not "2,023 年1月") and no one sums them.
  // "一季度" (a Chinese numeral: no published digits) is the first quarter, not the figure 1 in 季度
  // ("1季度" stays a count a line's x may run in).
  if (unit !== '' && sign === 1 && !prefix && (namesPeriod(m.value, unit) || (unit === '季度' && m.decimals === undefined))) return { kind: 'text', text: raw.trim() };
  // A word after the figure is read even after one before it ("控制在3%以内"), and wins, as in prose.
  for (const q of QUALIFIERS) {
    if (unit.endsWith(q) && unit.length >= q.length) {
      qualifier = q;
      unit = unit.slice(0, -q.length).trim();
      break;
    }
  }
  const between = qualifier ? undefined : BETWEEN_QUALIFIERS.find((q) => unit.startsWith(q));
  if (between) {
    qualifier = between;
    unit = unit.slice(between.length).trim();
  }
  // A long tail means this is prose that happens to start with a number ("3 projects were late").
  // 、 and ) after the number number an item: budget tables head their rows "一、共享收入",
  // "1、增值税", "1)…" — a label, never the figure 1 in a unit "、增值税".
  if (unit.length > 6 || /[,;.!?，。；！？、)]/.test(unit)) return { kind: 'text', text: raw.trim() };
  // "3-5%", "6～8%": a range, two figures, not 3 in a unit "-5%" (periods such as 1-2月 are text above).
  if (/^[-–—~至到]\s*\d/.test(unit)) return { kind: 'text', text: raw.trim() };
  const cell: Cell = { kind: 'number', value: sign * m.value, unit: unit || prefix };
  if (qualifier) cell.qualifier = qualifier;
  if (mark) cell.written = raw.trim();
  const published = publishedOf(m);
  if (published) cell.published = published;
  return cell;
}
