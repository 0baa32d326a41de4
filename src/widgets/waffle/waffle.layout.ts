/**
 * The waffle's geometry: categories + size → scene. Pure. One square stands for `unitSize` of
 * the unit; squares are whole, so shares are rounded by the largest-remainder method and always
 * add up to the rounded total. Two ways to read the rows:
 *   separate — independent categories side by side (A, B, C);
 *   part     — the first row is the whole and the others are parts of it ("80 projects over
 *              1亿, of which 10 over 10亿"): the parts are drawn inside the whole's squares.
 */
import { DataError } from '../../core/data/errors.js';
import { formatNumber, formatValue, type NumberStyle } from '../../core/format/number.js';
import type { Published } from '../../core/format/published.js';
import type { Locale } from '../../core/i18n/locale.js';
import { wrapLines, type Measure } from '../../core/measure.js';
import type { WidgetScene } from '../../core/scene.js';
import { largestRemainder } from './rounding.js';
import { typeScale } from '../../core/type-scale.js';
import { messages } from '../../core/i18n/messages.js';

export interface WaffleCategory {
  label: string;
  /** null: missing — listed with "no data", no squares. */
  value: number | null;
  unit: string;
  /** "≥" for "80个以上". */
  prefix?: string;
  /** How the value was written ("1.85万人"): shown so. */
  published?: Published;
}

export interface WaffleOptions {
  mode: 'part' | 'separate';
  /** What one square stands for, in the data's unit. */
  unitSize: number;
  /** How unit-size was written ("1万人"). */
  unitSizePublished?: Published;
  /** A bare unit-size is read in this multiple of the data's unit (a header's 亿元: 1e8), so a suggested one is too. */
  unitSizeFactor?: number;
  /** Squares per row; default from the count and the width. */
  columns?: number;
  locale: Locale;
  font: string;
  measure: Measure;
  missingText: string;
  /** The widget's `decimals` and `notation`; unset: as published. */
  numberStyle?: NumberStyle | undefined;
}

export interface WaffleSquare {
  x: number;
  y: number;
  /** Index of the category (item) the square belongs to. */
  item: number;
}

export interface WaffleItem {
  index: number;
  label: string;
  value: number | null;
  unit: string;
  valueText: string;
  /** Squares drawn for this category (for the whole in part mode: all of its squares). */
  units: number;
  /** Share of the whole, part mode only ("12.5%"). */
  shareText: string;
  aria: string;
  legendX: number;
  legendY: number;
  legendLines: string[];
  legendWidth: number;
}

export interface WaffleScene extends WidgetScene {
  width: number;
  height: number;
  cell: number;
  gap: number;
  columns: number;
  squares: WaffleSquare[];
  items: WaffleItem[];
  /** "每格代表 1 个" / "Each square = 1". */
  unitText: string;
  lineHeight: number;
  gridTop: number;
  mode: 'part' | 'separate';
  /** Under the chart: average or subtotal rows left out ("平均 12.5万人（未绘入图中）"); waffle.totals.ts. */
  note?: string;
}

/** Numbers in the errors: exact and grouped (252,116,400,000,000), never rounded to 万亿. */
const EXACT = { compact: false, maximumFractionDigits: 6 } as const;
/** A count of squares: grouped, and past 10²¹ (a value of 1e308 with unit-size 1) in powers of ten, not 300 digits. */
const squareCount = (n: number, locale: Locale): string =>
  n >= 1e21 ? new Intl.NumberFormat(locale, { notation: 'scientific', maximumFractionDigits: 2 }).format(n) : formatNumber(n, locale, EXACT);

/** More squares than this are noise, not a picture: the editor should choose a larger unit-size. */
export const MAX_SQUARES = 2500;

/** Squares per category, in drawing order, rounded to add up. */
export function waffleUnits(values: ReadonlyArray<number | null>, mode: 'part' | 'separate', unitSize: number): number[] {
  const v = values.map((x) => x ?? 0);
  if (mode === 'separate' || v.length < 2) {
    const quotas = v.map((x) => x / unitSize);
    return largestRemainder(quotas, Math.round(quotas.reduce((a, b) => a + b, 0)));
  }
  const [whole = 0, ...parts] = v;
  const rest = whole - parts.reduce((a, b) => a + b, 0);
  const quotas = [...parts, rest].map((x) => x / unitSize);
  const shares = largestRemainder(quotas, Math.round(whole / unitSize));
  // The whole owns every square; each part owns its share of them.
  return [shares.reduce((a, b) => a + b, 0), ...shares.slice(0, parts.length)];
}

export function layoutWaffle(cats: readonly WaffleCategory[], o: WaffleOptions, width: number): WaffleScene {
  const { locale, font, measure } = o;
  const zh = locale === 'zh-CN';
  if (!(o.unitSize > 0)) throw new DataError(`unit-size must be a positive number, not ${o.unitSize}.`, { input: 'columns' }, `unit-size 应为正数，而不是 ${o.unitSize}。`);
  cats.forEach((c, i) => {
    if (c.value !== null && c.value < 0) {
      throw new DataError(`Row ${i + 1}: a waffle cannot show the negative value ${c.value}.`, { input: 'columns', row: i + 1 }, `第 ${i + 1} 行：方格图无法表示负数 ${c.value}。`);
    }
  });
  const mode = cats.length < 2 ? 'separate' : o.mode;
  if (mode === 'part') {
    const whole = cats[0]?.value ?? 0;
    const parts = cats.slice(1).reduce((a, c) => a + (c.value ?? 0), 0);
    if (parts > whole) {
      throw new DataError(
        `In mode="part" the first row is the whole: its parts (${formatNumber(parts, 'en', EXACT)}) exceed it (${formatNumber(whole, 'en', EXACT)}).`,
        { input: 'columns' },
        `mode="part" 时第一行是整体：其余各行之和（${formatNumber(parts, 'zh-CN', EXACT)}）超过了整体（${formatNumber(whole, 'zh-CN', EXACT)}）。`,
      );
    }
  }
  const units = waffleUnits(cats.map((c) => c.value), mode, o.unitSize);
  const total = mode === 'part' ? (units[0] ?? 0) : units.reduce((a, b) => a + b, 0);
  if (total > MAX_SQUARES) {
    const suggest = 10 ** Math.ceil(Math.log10((total * o.unitSize) / (o.unitSizeFactor ?? 1) / 500));
    throw new DataError(
      // Grouped as the reader reads numbers (252,116,400,000,000): the count can be huge when unit-size is left at 1.
      `${squareCount(total, 'en')} squares are too many to read (at most ${formatNumber(MAX_SQUARES, 'en', EXACT)}); set unit-size, e.g. unit-size="${suggest}".`,
      { input: 'columns' },
      `${squareCount(total, 'zh-CN')} 个方格太多，难以阅读（最多 ${formatNumber(MAX_SQUARES, 'zh-CN', EXACT)} 个）；请设置 unit-size，例如 unit-size="${suggest}"。`,
    );
  }
  const unit = cats.find((c) => c.value !== null)?.unit ?? '';
  const { lineHeight: lh } = typeScale(font);
  const gap = 2;
  const side = width >= 520;
  const gridMax = side ? Math.min(width * 0.58, 560) : width;
  let columns = o.columns && o.columns > 0 ? Math.floor(o.columns) : total <= 100 ? 10 : total <= 400 ? 20 : Math.floor((gridMax + gap) / (10 + gap));
  columns = Math.max(1, Math.min(columns, Math.floor((gridMax + gap) / (5 + gap))));
  const cell = Math.max(5, Math.min(28, Math.floor((gridMax - gap * (columns - 1)) / columns)));
  const rows = Math.ceil(total / columns);
  const gridTop = lh + 8;
  const gridW = columns * (cell + gap) - gap;
  const gridH = rows > 0 ? rows * (cell + gap) - gap : 0;
  // Drawing order: in part mode the parts first, then what is left of the whole.
  const order = mode === 'part' ? [...cats.slice(1).map((_, i) => i + 1), 0] : cats.map((_, i) => i);
  const counts = mode === 'part' ? [...units.slice(1), (units[0] ?? 0) - units.slice(1).reduce((a, b) => a + b, 0)] : units;
  const squares: WaffleSquare[] = [];
  order.forEach((item, k) => {
    for (let j = 0; j < (counts[k] ?? 0); j++) {
      const n = squares.length;
      squares.push({ x: (n % columns) * (cell + gap), y: gridTop + Math.floor(n / columns) * (cell + gap), item });
    }
  });
  const unitOne = formatValue(o.unitSize, unit, locale, { published: o.unitSizePublished, style: o.numberStyle });
  const unitText = zh ? `每格代表 ${unitOne}` : `Each square = ${unitOne}`;
  const whole = cats[0]?.value ?? 0;
  const legendX = side ? gridW + 28 : 0;
  const legendW = Math.max(80, (side ? width - legendX : width) - 22);
  let ly = side ? gridTop : gridTop + gridH + 14;
  const items = cats.map((c, i): WaffleItem => {
    const valueText = c.value === null ? o.missingText : `${c.prefix ?? ''}${formatValue(c.value, c.unit, locale, { published: c.published, style: o.numberStyle })}`;
    const share = mode === 'part' && i > 0 && c.value !== null && whole > 0 ? `${formatNumber((c.value / whole) * 100, locale, { maximumFractionDigits: 1 })}%` : '';
    const label = mode === 'part' && i > 0 ? (zh ? `其中：${c.label}` : `of which: ${c.label}`) : c.label;
    const text = `${label} ${valueText}${share ? (zh ? `（占 ${share}）` : ` (${share})`) : ''}`;
    const lines = wrapLines(text, legendW, font, measure, 2);
    const n = units[i] ?? 0;
    const m = messages(locale);
    const pos = m.aside(m.position(i + 1, cats.length));
    const aria = zh
      ? `${label}：${valueText}${share ? `，占 ${share}` : ''}，${n} 格，每格代表 ${unitOne}${pos}`
      : `${label}: ${valueText}${share ? `, ${share}` : ''}, ${n} ${n === 1 ? 'square' : 'squares'} of ${unitOne} each${pos}`;
    const item: WaffleItem = {
      index: i, label: c.label, value: c.value, unit: c.unit, valueText, units: n, shareText: share, aria,
      legendX, legendY: ly, legendLines: lines, legendWidth: 22 + Math.max(...lines.map((l) => measure(l, font))),
    };
    ly += lines.length * lh + 6;
    return item;
  });
  const rounded = cats.some((c, i) => c.value !== null && Math.abs((units[i] ?? 0) * o.unitSize - c.value) > 1e-9 * Math.max(1, c.value));
  return {
    width,
    height: Math.ceil(Math.max(gridTop + gridH, ly - 6) + 4),
    cell,
    gap,
    columns,
    squares,
    items,
    unitText,
    lineHeight: lh,
    gridTop,
    mode,
    summary: waffleSummary(items, mode, unitOne, rounded, locale),
  };
}

function waffleSummary(items: readonly WaffleItem[], mode: 'part' | 'separate', unitOne: string, rounded: boolean, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const tail = zh ? `每格代表 ${unitOne}${rounded ? '，方格数已四舍五入' : ''}。` : `each square is ${unitOne}${rounded ? ' (squares rounded)' : ''}.`;
  const [first, ...rest] = items;
  if (!first) return '';
  if (mode === 'part') {
    const parts = rest.map((p) => (zh ? `“${p.label}”${p.valueText}${p.shareText ? `，占 ${p.shareText}` : ''}` : `${p.label}: ${p.valueText}${p.shareText ? ` (${p.shareText})` : ''}`));
    return zh ? `“${first.label}”共 ${first.valueText}，其中${parts.join('，')}；${tail}` : `${first.label}: ${first.valueText}, of which ${parts.join(', ')}; ${tail}`;
  }
  const list = items.map((p) => (zh ? `“${p.label}”${p.valueText}` : `${p.label}: ${p.valueText}`));
  return zh ? `共 ${items.length} 类：${list.join('，')}；${tail}` : `${items.length} ${items.length === 1 ? 'category' : 'categories'}: ${list.join(', ')}; ${tail}`;
}
