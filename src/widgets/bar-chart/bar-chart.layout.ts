/**
 * The bar chart's geometry: data + size → scene. Pure: d3 does the maths, no DOM is touched,
 * and every string the element will show is decided here (so it is tested here).
 */
import { scaleBand } from 'd3-scale';
import { horizontalAxisInFrame, linearAxis, type LinearAxis } from '../../core/axis.js';
import { extremesSentence } from '../../core/a11y/summary.js';
import { formatValue } from '../../core/format/number.js';
import { sharedMultiplier, type Published } from '../../core/format/published.js';
import type { Locale } from '../../core/i18n/locale.js';
import { truncate, wrapLines } from '../../core/measure.js';
import { typeScale } from '../../core/type-scale.js';
import { messages } from '../../core/i18n/messages.js';
import type { BarDatum, BarMark, BarOptions, BarScene } from './bar-chart.scene.js';

export type { BarDatum, BarMark, BarOptions, BarScene } from './bar-chart.scene.js';

function order(data: readonly BarDatum[], sort: BarOptions['sort']): number[] {
  const idx = data.map((_, i) => i);
  if (sort === 'none') return idx;
  const dir = sort === 'ascending' ? 1 : -1;
  // Missing values go last either way; ties keep their input order (Array.sort is stable).
  return idx.sort((a, b) => {
    const va = data[a]?.value ?? null;
    const vb = data[b]?.value ?? null;
    if (va === null || vb === null) return (va === null ? 1 : 0) - (vb === null ? 1 : 0);
    return dir * (va - vb);
  });
}

/** What a screen reader says on reaching a bar: label, value with unit, and where it is. */
function announce(label: string, text: string, pos: number, count: number, locale: Locale): string {
  const t = messages(locale);
  return `${t.labelValue(label, text)}${t.aside(t.position(pos + 1, count))}`;
}

function commonUnit(data: readonly BarDatum[]): string {
  const units = new Set(data.filter((d) => d.value !== null).map((d) => d.unit));
  return units.size === 1 ? ([...units][0] ?? '') : '';
}

export function layoutBars(data: readonly BarDatum[], options: BarOptions, width: number): BarScene {
  const { locale, font } = options;
  const { fontSize, lineHeight } = typeScale(font);
  const values = data.map((d) => d.value).filter((v): v is number => v !== null);
  const extent: [number, number] = [Math.min(0, ...values), Math.max(0, ...values)];
  const unit = commonUnit(data);
  const valueTexts = data.map((d) => (d.value === null ? options.missingText : `${d.prefix ?? ''}${formatValue(d.value, d.unit, locale, { published: d.published, style: options.numberStyle })}`));
  const highlight = new Set(options.highlight);
  const ids = order(data, options.sort);
  // Spans of different lengths (一季度 … 全年) are not ranked: the element rewrites this (bar-chart.summary.ts `unranked`).
  const summary = extremesSentence(
    data.map((d, i) => ({ label: d.label, value: d.value, text: valueTexts[i] ?? '' })),
    locale,
  );
  // The bars' one published multiplier (11458.4亿元 …): the axis is written in it (单位：亿元).
  const published = sharedMultiplier(data.flatMap((d) => (d.value === null ? [] : [d.published])));
  const base = { ids, data, valueTexts, highlight, extent, unit, published, fontSize, lineHeight, summary };
  return options.orientation === 'vertical' ? vertical(options, width, base) : horizontal(options, width, base);
}

interface Shared {
  ids: number[];
  data: readonly BarDatum[];
  valueTexts: string[];
  highlight: Set<string>;
  extent: [number, number];
  unit: string;
  published: Published | undefined;
  fontSize: number;
  lineHeight: number;
  summary: string;
}

function horizontal(o: BarOptions, width: number, s: Shared): BarScene {
  const { font, measure, locale } = o;
  const gap = 8;
  const labelWidths = s.data.map((d) => measure(d.label, font));
  const widest = Math.max(0, ...labelWidths);
  // Narrow screens: a label column would squeeze the bars, so labels go on their own line.
  const labelsAbove = widest > width * 0.38 && width < 560;
  const labelCol = labelsAbove ? 0 : Math.min(widest, width * 0.38) + gap;
  const valueW = o.values ? Math.max(0, ...s.valueTexts.map((t) => measure(t, font))) + 6 : 0;
  const hasNeg = s.extent[0] < 0;
  const hasPos = s.extent[1] > 0 || !hasNeg;
  const top = s.lineHeight + 6; // room for the unit caption
  const left = labelCol + (hasNeg && o.values ? valueW : 0);
  const right = width - (hasPos && o.values ? valueW : 0);
  const barH = Math.max(14, Math.round(s.fontSize * 1.45));
  const rowH = labelsAbove ? barH + s.lineHeight + 12 : barH + 10;
  const plotH = rowH * s.ids.length;
  const axisFor = (l: number, r: number): LinearAxis => linearAxis({ extent: s.extent, range: [l, Math.max(l + 40, r)], unit: s.unit, published: s.published, locale, font, measure, direction: 'horizontal' });
  // Tick labels are centred on their ticks: the end ones must not leave the frame (core/axis.ts).
  const axis = horizontalAxisInFrame(axisFor, left, right, width, measure, font);
  const x = axis.scale;
  const zero = x(0);
  const marks = s.ids.map((i, row): BarMark => {
    const d = s.data[i] as BarDatum;
    const rowTop = top + row * rowH;
    const barY = rowTop + (labelsAbove ? s.lineHeight + 4 : 5);
    const v = d.value;
    const x0 = v === null ? zero : Math.min(zero, x(v));
    const w = v === null ? 0 : Math.abs(x(v) - zero);
    const neg = v !== null && v < 0;
    const text = s.valueTexts[i] ?? '';
    // Outside the bar end when the margin allows it; else inside, in the on-mark colour. Without
    // value labels only the missing value's note is drawn, always outside: nothing to measure.
    const tw = o.values && v !== null ? measure(text, font) : 0;
    const room = neg ? x0 - left + (o.values ? valueW : 0) : right + (o.values ? valueW : 0) - (x0 + w);
    const inside = o.values && v !== null && room + 0.5 < tw + 6 && w > tw + 8;
    const end = neg ? x0 : x0 + w;
    const valueX = v === null ? zero + 4 : inside ? (neg ? end + 4 : end - 4) : neg ? end - 4 : end + 4;
    const valueAnchor: 'start' | 'end' = v !== null && inside !== neg ? 'end' : 'start';
    return {
      index: i,
      label: d.label,
      value: v,
      unit: d.unit,
      x: x0,
      y: barY,
      width: w,
      height: barH,
      labelLines: [truncate(d.label, labelsAbove ? width : labelCol - gap, font, measure)],
      labelX: labelsAbove ? 0 : labelCol - gap,
      labelY: labelsAbove ? rowTop + s.lineHeight / 2 + 2 : barY + barH / 2,
      labelAnchor: labelsAbove ? 'start' : 'end',
      valueText: text,
      valueX,
      valueY: barY + barH / 2,
      valueAnchor,
      valueInside: inside,
      highlighted: s.highlight.has(d.label),
      negative: neg,
      aria: announce(d.label, text, row, s.ids.length, locale),
      tipX: v === null ? zero : end,
      tipY: barY + barH / 2,
    };
  });
  const axisY = top + plotH + 4;
  return {
    width,
    height: axisY + s.lineHeight + 4,
    orientation: 'horizontal',
    marks,
    ticks: axis.ticks,
    plot: { left: x.range()[0], top, right: x.range()[1], bottom: top + plotH },
    zero,
    caption: { text: axis.caption, x: width, y: s.lineHeight / 2, anchor: 'end' },
    labelsAbove,
    lineHeight: s.lineHeight,
    summary: s.summary,
  };
}

function vertical(o: BarOptions, width: number, s: Shared): BarScene {
  const { font, measure, locale } = o;
  const height = o.height ?? Math.round(Math.min(420, Math.max(240, width * 0.6)));
  const top = s.lineHeight + 6 + (o.values ? s.lineHeight : 0);
  const labelBlock = s.lineHeight * 2 + 6;
  const hasNeg = s.extent[0] < 0;
  const bottom = height - labelBlock - (hasNeg && o.values ? s.lineHeight : 0);
  const axis = linearAxis({ extent: s.extent, range: [bottom, top], unit: s.unit, published: s.published, locale, font, measure, direction: 'vertical' });
  // The widest tick label sets the left margin.
  const left = Math.ceil(Math.max(...axis.ticks.map((t) => measure(t.text, font)))) + 8;
  const y = axis.scale;
  const zero = y(0);
  const band = scaleBand<number>()
    .domain(s.ids)
    .range([left, width])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const bw = band.bandwidth();
  const marks = s.ids.map((i, pos): BarMark => {
    const d = s.data[i] as BarDatum;
    const v = d.value;
    const bx = band(i) ?? left;
    const y0 = v === null ? zero : Math.min(zero, y(v));
    const h = v === null ? 0 : Math.abs(y(v) - zero);
    const neg = v !== null && v < 0;
    const text = s.valueTexts[i] ?? '';
    const cx = bx + bw / 2;
    return {
      index: i,
      label: d.label,
      value: v,
      unit: d.unit,
      x: bx,
      y: y0,
      width: bw,
      height: h,
      labelLines: wrapLines(d.label, band.step() - 4, font, measure, 2),
      labelX: cx,
      labelY: bottom + (hasNeg && o.values ? s.lineHeight : 0) + s.lineHeight,
      labelAnchor: 'middle',
      valueText: truncate(text, band.step(), font, measure),
      valueX: cx,
      valueY: v === null ? zero - s.lineHeight / 2 : neg ? y0 + h + s.lineHeight / 2 + 2 : y0 - s.lineHeight / 2,
      valueAnchor: 'middle',
      valueInside: false,
      highlighted: s.highlight.has(d.label),
      negative: neg,
      aria: announce(d.label, text, pos, s.ids.length, locale),
      tipX: cx,
      tipY: neg ? y0 + h : y0,
    };
  });
  return {
    width,
    height,
    orientation: 'vertical',
    marks,
    ticks: axis.ticks,
    plot: { left, top, right: width, bottom },
    zero,
    caption: { text: axis.caption, x: 0, y: s.lineHeight / 2, anchor: 'start' },
    labelsAbove: false,
    lineHeight: s.lineHeight,
    summary: s.summary,
  };
}
