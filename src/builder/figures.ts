/**
 * Paragraph mode: the extractor's figures as an editable table the editor confirms row by row,
 * and the records the widgets take from it. Every row keeps its quote through every edit, so a
 * published figure can always be traced to the words it came from.
 */
import type { Published } from '../core/format/published.js';
import { extractFigures } from '../extract/index.js';

/** One figure, as the editor sees and edits it. */
export interface FigureRow {
  /** Stable within one extraction: "f1", "f2" … in reading order. */
  id: string;
  label: string;
  /** Base units (4.1亿元 → 410000000 with unit 元); null when the editor cleared it. */
  value: number | null;
  unit: string;
  /** eq | ge | gt | le | approx (the extractor's Comparator). */
  comparator: string;
  /** level | growth | share | progress (the extractor's FigureKind). */
  kind: string;
  /** The clause of the text the figure stands in, verbatim. */
  quote: string;
  /** Offsets of the quote in the pasted text (UTF-16, end exclusive). */
  start: number;
  end: number;
  /** The editor keeps it in the chart. */
  include: boolean;
  /** A range's upper bound ("增长5%-8%"), in the unit of `value`. */
  upper?: number;
  /** For `progress`: the target the actual is measured against. */
  target?: number;
  /** For `growth`: 'down' when the text says it fell (下降3%). */
  direction?: 'up' | 'down';
  /** How the value was written ("33064.8亿"): the widgets show it so, not "3.31万亿". */
  published?: Published;
}

/** A record for the widgets: a published form rides along as `published` (see core/data/typed.ts). */
export type WidgetRecord = Record<string, string | number | Published>;

/** Every figure in the text, in reading order, all included. Never throws on a string. */
export function figuresFromText(text: string): FigureRow[] {
  if (typeof text !== 'string') return [];
  return extractFigures(text).map((f, i) => {
    const row: FigureRow = {
      id: `f${i + 1}`, label: f.label, value: f.value, unit: f.unit, comparator: f.comparator, kind: f.kind,
      quote: f.quote, start: f.start, end: f.end, include: true,
    };
    if (f.upper !== undefined) row.upper = f.upper;
    if (f.target !== undefined) row.target = f.target;
    if (f.direction !== undefined) row.direction = f.direction;
    if (f.published !== undefined) row.published = f.published;
    return row;
  });
}

const usable = (rows: readonly FigureRow[]): FigureRow[] =>
  rows.filter((r) => r.include && typeof r.value === 'number' && Number.isFinite(r.value));

/**
 * The included rows as `<dj-targets>` records: the extractor's own shape (label, value, unit,
 * comparator, kind, quote; upper, target and direction where the text gave them), which the
 * targets widget reads as it stands. Rows without a value are left out: a target needs a number.
 */
export function figuresToTargets(rows: readonly FigureRow[]): WidgetRecord[] {
  return usable(rows).map((r) => {
    const out: WidgetRecord = {
      id: r.id, label: r.label, value: r.value ?? 0, unit: r.unit, comparator: r.comparator, kind: r.kind, quote: r.quote,
    };
    if (r.upper !== undefined) out['upper'] = r.upper;
    if (r.target !== undefined) out['target'] = r.target;
    if (r.direction !== undefined) out['direction'] = r.direction;
    if (r.published !== undefined) out['published'] = r.published;
    return out;
  });
}

/**
 * A change as a number on an axis: a fall is below zero. The extractor keeps the figure as written
 * ("下降57.3%" is 57.3 with direction down, "增长-8.92%" is -8.92 down), which the targets board
 * reads with its direction; bars, squares and big numbers have no direction column, so without
 * the sign "煤炭出口同比下降57.3%" would be drawn as the tallest rise.
 */
function signedValue(r: FigureRow): number {
  const v = r.value ?? 0;
  return r.kind === 'growth' && r.direction === 'down' ? -Math.abs(v) : v;
}

/**
 * What a bar or a big number is called. The extractor's label names what is counted, not the
 * period or the change: four bars all called "中国国内生产总值" (前三季度, 一季度, 二季度, 三季度)
 * or "原煤产量 8.9%" for "原煤产量同比增长8.9%" would tell the reader a level or nothing. A label
 * shared by several figures, and a change, are named by their clause as written (which says
 * 二季度增长9.5%), with the label before it when the clause does not hold it.
 */
function nameOf(r: FigureRow, shared: boolean): string {
  if (!r.label) return r.quote;
  if (!shared && r.kind !== 'growth') return r.label;
  // The figure itself ends most clauses; the bar's own value label says it, so the name stops before it.
  const words = r.quote.replace(figureAtEnd(r.unit), '').trim().replace(/(?:达到|为|达|是|[:：])$/, '') || r.quote;
  return words.toLowerCase().includes(r.label.toLowerCase()) ? words : `${r.label} ${words}`;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "11913.2亿元", "9.4%", "1200万人以上" at the end of a clause, in the row's unit. */
const figureAtEnd = (unit: string): RegExp =>
  new RegExp(`[-+−]?\\d[\\d,.]*\\s*(?:万亿|亿|万|千|百)?\\s*${escape(unit)}(?:以上|左右|以内|以下|多|余)?\\s*$`);

/**
 * The included rows as label/value records for `<dj-bar-chart>`, `<dj-waffle>` and
 * `<dj-big-number>`: value in base units, the unit and bound alongside, and the quote kept.
 * A row with no label is named by its quote, so no bar goes unnamed.
 */
export function figuresToTable(rows: readonly FigureRow[]): WidgetRecord[] {
  const kept = usable(rows);
  const uses = new Map<string, number>();
  for (const r of kept) uses.set(r.label, (uses.get(r.label) ?? 0) + 1);
  return kept.map((r) => {
    const out: WidgetRecord = { label: nameOf(r, (uses.get(r.label) ?? 0) > 1), value: signedValue(r), unit: r.unit, comparator: r.comparator, quote: r.quote };
    if (r.published !== undefined) out['published'] = r.published;
    return out;
  });
}

/** Widgets whose figures share one axis or one whole: a figure in another unit has no place on it. */
const ONE_UNIT = new Set(['dj-bar-chart', 'dj-waffle', 'dj-line-chart']);

/**
 * The included figures a widget draws. Bars share one axis, so of figures in several units
 * ("投资154.21亿元", "累计投资完成率44.04%") only the unit most of them are in is drawn (the first
 * such on a tie): 44.04 next to 154.21亿 under 单位：亿 would read as 44.04亿. The suggestion says
 * which unit is drawn; the editor unticks figures to draw another. Other widgets draw them all.
 */
export function chartedFigures(rows: readonly FigureRow[], widget: string): FigureRow[] {
  const kept = usable(rows);
  if (!ONE_UNIT.has(widget)) return kept;
  const unit = mainUnit(kept);
  return kept.filter((r) => axisUnit(r) === unit);
}

/** 人均, per capita: a figure per head, not a part of the totals beside it. */
const PER_HEAD = /^(?:人均|户均|亩均|per[ -]capita|per head)/i;

/**
 * The unit a figure is measured on an axis in: "人均地区生产总值70908元" is 元 per head, never a
 * bar beside 2313亿元 of the whole (where it would stand as a sliver of the total it divides).
 */
export function axisUnit(r: FigureRow): string {
  return r.kind !== 'growth' && PER_HEAD.test(r.label) ? `${r.unit}/${r.label.startsWith('亩') ? '亩' : '人'}` : r.unit;
}

/** The unit most of the figures are in, the first such on a tie; '' for none. */
export function mainUnit(rows: readonly FigureRow[]): string {
  const count = new Map<string, number>();
  for (const r of rows) count.set(axisUnit(r), (count.get(axisUnit(r)) ?? 0) + 1);
  let best = '';
  let most = 0;
  for (const [unit, n] of count) if (n > most) [best, most] = [unit, n];
  return best;
}
