/**
 * Numbers as pasted: the core's `parseCell` (1,234 / 1.234,5 / 12% / 4.1亿 / 1.85万 / １２３ /
 * (1,234) / −1,234 / ¥ / 元) plus what spreadsheets from elsewhere add (1 234 567 and 1'234 with
 * space or apostrophe groups), and the evidence for which decimal mark a table uses.
 */
import { toHalfWidth } from '../core/format/numeral.js';

const WIDE_CHARS = /[\uFF01-\uFF5E\u3000\u2212\u2012\u2013\uFE63]/;
/** toHalfWidth, skipped for the usual cell that has nothing to convert (three scans saved per call). */
export const half = (s: string): string => (WIDE_CHARS.test(s) ? toHalfWidth(s) : s);
import { parseCell, splitUnit, type Cell } from '../core/format/quantity.js';
import { headerName, headerUnitText, unitWord } from '../core/format/header-unit.js';
import { changeCell } from '../core/data/worded.js';

/** Digit groups split by spaces, no-break or thin spaces, or apostrophes: 1 234 567, 1'234.5. */
const SPACED = /^([-+(]?\s*(?:[¥￥$€£]\s*)?)(\d{1,3}(?:[ \u00a0\u202f\u2009'’]\d{3})+)(?=$|[.,]\d|\D)/;

/** One cell as the builder reads it: a number with its unit, missing, or text. */
export function readNumber(raw: unknown, decimal: '.' | ','): Cell {
  if (typeof raw !== 'string') return parseCell(raw, { decimal });
  const s = half(raw).trim();
  const m = SPACED.exec(s);
  const joined = m ? `${m[1] ?? ''}${(m[2] ?? '').replace(/[^\d]/g, '')}${s.slice(m[0].length)}` : s;
  const cell = parseCell(joined, { decimal });
  // "下降4.9%", "比上年增长5.2%", "持平": the signed figure, as the elements read it (core/data/worded.ts).
  if (cell.kind === 'text') return changeCell(joined, { decimal }) ?? { kind: 'text', text: raw.trim() };
  return cell;
}

/**
 * A unit as an editor writes it in a header, a units row or a "单位：" line: its base unit and
 * multiplier — the library's own reader (core/format/header-unit.ts unitWord), so a table the
 * builder accepts is read the same way by the element its embed code makes, and the other way round.
 */
export function unitOf(text: string): { factor: number; unit: string } | null {
  const u = unitWord(text);
  return u ? { factor: u.factor, unit: u.unit } : null;
}

/**
 * "产值（亿元）" / "增速(%)" / "产量（万吨）" / "GDP (billion yuan)" → the name as written and the
 * unit as the element reads it (core headerUnitText: "万吨", "%", "billion yuan"); null when the
 * brackets hold no unit ("产值(估计)").
 */
export function headerUnit(header: string): { name: string; unit: string } | null {
  const unit = headerUnitText(header);
  return unit ? { name: headerName(header), unit } : null;
}

/** "亿元/%", "亿元、%", "万吨，%": several units, each known; null when any part is not one. */
function unitList(text: string): string[] | null {
  const parts = toHalfWidth(text).split(/[/／、，,;；]/).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 && parts.every((p) => unitOf(p) !== null) ? parts : null;
}

/**
 * "单位：亿元" / "单位:万元" / "Unit: %" / "单位：亿元/%" / a caption row that is only "亿元/%" —
 * a line that sets the units of bare numbers: one unit for all, or one for amounts and % for rates.
 */
export function unitLine(text: string): string[] | null {
  const t = toHalfWidth(text).trim();
  const m = /^(?:单位|计量单位|unit|units)\s*[:：]\s*(.+)$/i.exec(t);
  if (m) return unitList(m[1] ?? '');
  // A bare list needs two units or brackets to be a units line and not a one-word title.
  const bare = /^[（(]?\s*([^()（）]+?)\s*[)）]?$/.exec(t)?.[1] ?? '';
  const list = unitList(bare);
  return list && (list.length > 1 || /^[（(]/.test(t)) ? list : null;
}

/**
 * A row under the header that gives units ("亿元 | % | 万人", "单位" in the corner), or names with
 * units under a merged cell ("绝对量（亿元） | 同比增长（%）" under "3月 | | 1-3月 |"): per column
 * the unit as written and the sub-name, null where a cell is empty; null for the row when any
 * other cell is neither.
 */
export function unitsRow(cells: readonly string[]): Array<{ name: string; unit: string } | null> | null {
  const out = cells.map((c, j) => {
    const t = toHalfWidth(c).trim().replace(/^[（(]\s*(.*?)\s*[)）]$/, '$1');
    if (t === '' || (j === 0 && /^(?:单位|计量单位|unit|units|指\s*标)$/i.test(t))) return null;
    if (unitOf(t)) return { name: '', unit: t };
    return headerUnit(c) ?? undefined;
  });
  if (out.some((u) => u === undefined) || out.every((u) => u === null)) return null;
  return out as Array<{ name: string; unit: string } | null>;
}

/**
 * The unit a number cell is written in, multiplier kept: "4.1亿元" → "亿元", "1.85万平方米" →
 * "万平方米", "12%" → "%", "¥4.1亿" → "亿元", "1000亩以上" → "亩". Checked against the base
 * unit the cell read as; '' for a bare number.
 */
export function writtenUnit(raw: unknown, base: string): string {
  if (typeof raw !== 'string') return base;
  const tail = half(raw).trim().replace(/^\(|\)$/g, '').replace(/^.*?\d(?:[\d.,\s'’]*\d)?/, '').trim()
    .replace(/(?:以上|以下|以内|左右|多|余)$/, '').trim();
  for (const t of [tail, `${tail}${base}`]) if (t !== '' && splitUnit(t).unit === base) return t;
  return base;
}

export type DecimalEvidence = 'dot' | 'comma' | 'ambiguous-comma' | 'ambiguous-dot' | 'none';

/**
 * What one cell says about the decimal mark. 1,234.5 and 1,234,567 and 3.14 say '.'; 1.234,5
 * and 1.234.567 and 3,14 say ','; 1,234 and 1.234 could be either (a group of three after one mark).
 */
export function decimalEvidence(raw: string): DecimalEvidence {
  const m = /^[-+(]?\s*(?:[¥￥$€£]\s*)?(\d[\d.,]*\d|\d)/.exec(half(raw).trim());
  const num = m?.[1];
  if (!num) return 'none';
  const dots = num.split('.').length - 1;
  const commas = num.split(',').length - 1;
  if (dots && commas) return num.lastIndexOf('.') > num.lastIndexOf(',') ? 'dot' : 'comma';
  const groupsOf3 = (sep: string): boolean => num.split(sep).slice(1).every((g) => g.length === 3);
  if (commas) {
    if (commas > 1) return groupsOf3(',') ? 'dot' : 'none';
    return groupsOf3(',') ? 'ambiguous-comma' : 'comma';
  }
  if (dots) {
    if (dots > 1) return groupsOf3('.') ? 'comma' : 'none';
    return groupsOf3('.') ? 'ambiguous-dot' : 'dot';
  }
  return 'none';
}

export interface DecimalGuess {
  decimal: '.' | ',';
  /** A cell that reads differently under the two marks, when nothing in the table decides. */
  ambiguous: string | null;
}

/** The table's decimal mark from its cells; a semicolon-separated file leans to ','. */
export function guessDecimal(cells: readonly string[], semicolon: boolean): DecimalGuess {
  let dot = 0;
  let comma = 0;
  let sample: string | null = null;
  for (const c of cells) {
    const e = decimalEvidence(c);
    if (e === 'dot') dot++;
    else if (e === 'comma') comma++;
    else if (e !== 'none') sample ??= c;
  }
  if (dot > 0 && comma === 0) return { decimal: '.', ambiguous: null };
  if (comma > 0 && dot === 0) return { decimal: ',', ambiguous: null };
  const lean: '.' | ',' = semicolon ? ',' : '.';
  if (dot > 0 && comma > 0) {
    // Both marks decide somewhere: go with the majority and show a cell of the minority.
    const decimal: '.' | ',' = dot >= comma ? '.' : ',';
    return { decimal, ambiguous: cells.find((c) => decimalEvidence(c) === (decimal === '.' ? 'comma' : 'dot')) ?? null };
  }
  return { decimal: lean, ambiguous: sample };
}
