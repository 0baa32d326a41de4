/**
 * Bars for several series: grouped, stacked, stacked to 100 % and diverging. Pure like the
 * single-series layout, and it returns the same scene, so the element draws both one way.
 */
import { scaleBand } from 'd3-scale';
import { horizontalAxisInFrame, linearAxis, type LinearAxis } from '../../core/axis.js';
import { DataError } from '../../core/data/errors.js';
import { headerName, legendNames } from '../../core/format/header-unit.js';
import { formatValue } from '../../core/format/number.js';
import { sharedMultiplier, type Published } from '../../core/format/published.js';
import { truncate, wrapLines } from '../../core/measure.js';
import type { BarMark, BarOptions, BarScene } from './bar-chart.layout.js';
import { typeScale } from '../../core/type-scale.js';
import { messages } from '../../core/i18n/messages.js';
import { unequalSpans } from './bar-chart.summary.js';

export type SeriesMode = 'grouped' | 'stacked' | 'percent' | 'diverging';

export interface SeriesTable {
  categories: string[];
  series: { name: string; unit: string }[];
  /** values[category][series]; null is missing. */
  values: (number | null)[][];
  /** How each value was written (published[category][series]), so it is shown so. */
  published?: (Published | undefined)[][];
}

export interface SeriesOptions extends BarOptions {
  mode: SeriesMode;
  /** Series the reader switched off in the legend. */
  hidden: readonly string[];
  /** Diverging: the series drawn to the left of zero (default: the first half). */
  left?: readonly string[];
}

interface Segment {
  cat: number;
  series: number;
  value: number;
  /** Extent along the value axis. */
  v0: number;
  v1: number;
  text: string;
}

function seriesText(value: number, unit: string, o: SeriesOptions, published: Published | undefined, share?: number): string {
  const v = formatValue(value, unit, o.locale, { published, style: o.numberStyle });
  if (share === undefined) return v;
  const p = formatValue(share, '%', o.locale, { maximumFractionDigits: 1, style: o.numberStyle });
  return o.locale === 'zh-CN' ? `${p}（${v}）` : `${p} (${v})`;
}

/** Where each visible value sits along the value axis, for the mode. */
function segments(t: SeriesTable, o: SeriesOptions, visible: number[]): Segment[] {
  const out: Segment[] = [];
  const leftSet = new Set(o.left ?? t.series.slice(0, Math.floor(t.series.length / 2)).map((s) => s.name));
  t.values.forEach((row, cat) => {
    let pos = 0;
    let neg = 0;
    const total = visible.reduce((sum, s) => sum + Math.abs(row[s] ?? 0), 0);
    for (const s of visible) {
      const v = row[s];
      if (v === null || v === undefined) continue;
      const unit = t.series[s]?.unit ?? '';
      if (o.mode === 'grouped') {
        out.push({ cat, series: s, value: v, v0: Math.min(0, v), v1: Math.max(0, v), text: seriesText(v, unit, o, t.published?.[cat]?.[s]) });
        continue;
      }
      let d = o.mode === 'percent' ? (total === 0 ? 0 : (Math.abs(v) / total) * 100) : v;
      if (o.mode === 'diverging') d = leftSet.has(t.series[s]?.name ?? '') ? -Math.abs(v) : Math.abs(v);
      const text = o.mode === 'percent' ? seriesText(v, unit, o, t.published?.[cat]?.[s], d) : seriesText(v, unit, o, t.published?.[cat]?.[s]);
      if (d >= 0) {
        out.push({ cat, series: s, value: v, v0: pos, v1: pos + d, text });
        pos += d;
      } else {
        out.push({ cat, series: s, value: v, v0: neg + d, v1: neg, text });
        neg += d;
      }
    }
  });
  return out;
}

export function layoutSeries(t: SeriesTable, o: SeriesOptions, width: number): BarScene {
  const { font, measure, locale } = o;
  const { fontSize, lineHeight } = typeScale(font);
  const hidden = new Set(o.hidden);
  const visible = t.series.map((_, i) => i).filter((i) => !hidden.has(t.series[i]?.name ?? ''));
  const segs = segments(t, o, visible);
  const extent: [number, number] = [Math.min(0, ...segs.map((s) => s.v0)), Math.max(0, ...segs.map((s) => s.v1))];
  const units = new Set(visible.map((i) => t.series[i]?.unit ?? ''));
  // One axis, one unit: 亿元 and % bars on one scale compare nothing (a 6.3% bar beside 1.1万亿元
  // ones is a line, under an axis of bare "万亿"). A share of each category (percent) is unitless.
  if (o.mode !== 'percent' && units.size > 1) {
    // Named by series, one of each unit: the header says its unit as published ("（亿元）"), 元 would not.
    const names = [...units].map((u) => t.series[visible.find((i) => (t.series[i]?.unit ?? '') === u) ?? 0]?.name ?? '');
    throw new DataError(
      `The series ${names.map((n) => `"${n}"`).join(' and ')} are in different units and cannot share one axis; draw them as separate charts, or name the series of one unit in the series attribute.`,
      { input: 'columns' },
      `系列${names.map((n) => `“${n}”`).join('与')}的单位不同，不能共用一条坐标轴；请分成几张图，或在 series 属性中只列同一单位的系列。`,
    );
  }
  const axisUnit = o.mode === 'percent' ? '%' : ([...units][0] ?? '');
  // The legend and the dj-select event name a series as the reader reads it: "增加值", not
  // "增加值（亿元）" under an axis that says 单位：亿元; a share of each category keeps the header's unit.
  const legend = legendNames(t.series.map((x) => x.name), o.mode === 'percent' ? '' : axisUnit);
  // The one-series rule (bar-chart.layout.ts): figures drawn that share one published multiplier
  // (1720.2亿元, 26613.4亿元 …) put the axis in it (单位：亿元); a share of each category has none.
  const published = o.mode === 'percent' ? undefined : sharedMultiplier(segs.map((s) => t.published?.[s.cat]?.[s.series]));
  const horizontal = o.orientation !== 'vertical';
  const grouped = o.mode === 'grouped';
  const nSub = grouped ? Math.max(1, visible.length) : 1;
  const top = lineHeight + 6;
  const count = t.categories.length;
  const total = segs.length;
  const m = messages(locale);
  const announce = (cat: string, series: string, text: string, pos: number): string => `${m.labelValue(`${cat} · ${series}`, text)}${m.aside(m.position(pos + 1, total))}`;
  const summary = seriesSummary(t, o, visible);
  const sep = locale === 'zh-CN' ? '：' : ': ';

  if (horizontal) {
    const widest = Math.max(0, ...t.categories.map((c) => measure(c, font)));
    const labelsAbove = widest > width * 0.38 && width < 560;
    const labelCol = labelsAbove ? 0 : Math.min(widest, width * 0.38) + 8;
    const subH = grouped ? Math.max(10, Math.round(fontSize * 1.1)) : Math.max(14, Math.round(fontSize * 1.45));
    const barBlock = subH * nSub + (grouped ? 2 * (nSub - 1) : 0);
    const rowH = barBlock + (labelsAbove ? lineHeight + 12 : 12);
    const valueRoom = grouped ? Math.max(0, ...segs.map((s) => measure(s.text, font))) + 6 : 0;
    const left = labelCol + (extent[0] < 0 && grouped ? valueRoom : 0);
    const right = width - (grouped ? valueRoom : 8);
    const axisFor = (l: number, r: number): LinearAxis => linearAxis({ extent, range: [l, Math.max(l + 40, r)], unit: axisUnit, published, locale, font, measure, direction: 'horizontal' });
    // End tick labels stay in the frame, as one series' do ("70,000" at the last pixel would be pulled over "60,000").
    const axis = horizontalAxisInFrame(axisFor, left, right, width, measure, font);
    const x = axis.scale;
    if (o.mode === 'diverging') absoluteTicks(axis.ticks);
    const marks = segs.map((s, pos): BarMark => {
      const rowTop = top + s.cat * rowH + (labelsAbove ? lineHeight + 4 : 6);
      const sub = grouped ? visible.indexOf(s.series) : 0;
      const y = rowTop + sub * (subH + 2);
      const x0 = x(s.v0);
      const w = x(s.v1) - x0;
      const tw = measure(s.text, font);
      const inside = !grouped && w >= tw + 8;
      const neg = s.v1 <= 0 && s.v0 < 0;
      const cat = t.categories[s.cat] ?? '';
      const seriesName = legend[s.series] ?? '';
      const said = headerName(seriesName);
      return {
        index: s.cat, label: cat, value: s.value, unit: t.series[s.series]?.unit ?? '', series: s.series, seriesName,
        x: x0, y, width: w, height: subH,
        labelLines: sub === 0 && segs.findIndex((q) => q.cat === s.cat) === pos ? [truncate(cat, labelsAbove ? width : labelCol - 8, font, measure)] : [],
        labelX: labelsAbove ? 0 : labelCol - 8,
        labelY: labelsAbove ? top + s.cat * rowH + lineHeight / 2 + 2 : top + s.cat * rowH + 6 + barBlock / 2,
        labelAnchor: labelsAbove ? 'start' : 'end',
        valueText: grouped || inside ? s.text : '',
        valueX: grouped ? (neg ? x0 - 4 : x0 + w + 4) : x0 + w / 2,
        valueY: y + subH / 2,
        valueAnchor: grouped ? (neg ? 'end' : 'start') : 'middle',
        valueInside: inside,
        highlighted: o.highlight.includes(cat),
        negative: neg,
        aria: announce(cat, said, s.text, pos),
        tipLines: [`${said}${sep}${s.text}`],
        tipX: neg ? x0 : x0 + w,
        tipY: y + subH / 2,
      };
    });
    const plotBottom = top + count * rowH;
    return {
      width, height: plotBottom + lineHeight + 8, orientation: 'horizontal', marks, ticks: axis.ticks,
      plot: { left: x.range()[0], top, right: x.range()[1], bottom: plotBottom }, zero: x(0),
      caption: { text: axis.caption, x: width, y: lineHeight / 2, anchor: 'end' }, labelsAbove, lineHeight, summary, legend,
    };
  }

  const height = o.height ?? Math.round(Math.min(420, Math.max(240, width * 0.6)));
  const bottom = height - (lineHeight * 2 + 6);
  const axis = linearAxis({ extent, range: [bottom, top + (grouped ? lineHeight : 0)], unit: axisUnit, published, locale, font, measure, direction: 'vertical' });
  const y = axis.scale;
  if (o.mode === 'diverging') absoluteTicks(axis.ticks);
  const left = Math.ceil(Math.max(...axis.ticks.map((tk) => measure(tk.text, font)))) + 8;
  const band = scaleBand<number>().domain(t.categories.map((_, i) => i)).range([left, width]).paddingInner(0.2).paddingOuter(0.1);
  const inner = scaleBand<number>().domain(grouped ? visible : [0]).range([0, band.bandwidth()]).paddingInner(0.08);
  const marks = segs.map((s, pos): BarMark => {
    const bx = (band(s.cat) ?? left) + (inner(grouped ? s.series : 0) ?? 0);
    const bw = inner.bandwidth();
    const y0 = y(s.v1);
    const h = y(s.v0) - y0;
    const cat = t.categories[s.cat] ?? '';
    const seriesName = legend[s.series] ?? '';
    const said = headerName(seriesName);
    const fits = grouped ? measure(s.text, font) <= inner.step() + 2 : h >= lineHeight && measure(s.text, font) <= bw - 4;
    const first = segs.findIndex((q) => q.cat === s.cat) === pos;
    const cx = (band(s.cat) ?? left) + band.bandwidth() / 2;
    return {
      index: s.cat, label: cat, value: s.value, unit: t.series[s.series]?.unit ?? '', series: s.series, seriesName,
      x: bx, y: y0, width: bw, height: h,
      labelLines: first ? wrapLines(cat, band.step() - 4, font, measure, 2) : [],
      labelX: cx, labelY: bottom + lineHeight, labelAnchor: 'middle',
      valueText: fits ? s.text : '',
      valueX: bx + bw / 2,
      valueY: grouped ? (s.value < 0 ? y0 + h + lineHeight / 2 + 2 : y0 - lineHeight / 2) : y0 + h / 2,
      valueAnchor: 'middle', valueInside: !grouped,
      highlighted: o.highlight.includes(cat), negative: s.value < 0,
      aria: announce(cat, said, s.text, pos),
      tipLines: [`${said}${sep}${s.text}`],
      tipX: bx + bw / 2, tipY: y0,
    };
  });
  return {
    width, height, orientation: 'vertical', marks, ticks: axis.ticks, plot: { left, top, right: width, bottom }, zero: y(0),
    caption: { text: axis.caption, x: 0, y: lineHeight / 2, anchor: 'start' }, labelsAbove: false, lineHeight, summary, legend,
  };
}

/** Diverging bars grow both ways from zero, but both sides count up: no minus signs on ticks. */
function absoluteTicks(ticks: { text: string }[]): void {
  for (const t of ticks) t.text = t.text.replace(/^[-\u2212]/, '');
}

/** "3 项、2 个系列：…" — the category with the largest total and the largest single value. */
function seriesSummary(t: SeriesTable, o: SeriesOptions, visible: number[]): string {
  const zh = o.locale === 'zh-CN';
  // "第三产业（亿元）" is said "第三产业": each value says its unit, once.
  const names = visible.map((i) => headerName(t.series[i]?.name ?? ''));
  let best = { cat: -1, series: -1, value: -Infinity };
  t.values.forEach((row, cat) => {
    for (const s of visible) {
      const v = row[s];
      if (v !== null && v !== undefined && v > best.value) best = { cat, series: s, value: v };
    }
  });
  const head = zh
    ? `共 ${t.categories.length} 项、${visible.length} 个系列（${names.join('、')}）`
    : `${t.categories.length} ${t.categories.length === 1 ? 'item' : 'items'} in ${visible.length} series (${names.join(', ')})`;
  if (best.cat < 0) return zh ? `${head}，均无数据。` : `${head}, none with data.`;
  // 全年 beside 一季度 is largest only because it is longest: spans of different lengths are not ranked.
  if (unequalSpans(t.categories)) return zh ? `${head}，时段长短不一，不作大小比较。` : `${head}, periods of different lengths, not ranked.`;
  const text = formatValue(best.value, t.series[best.series]?.unit ?? '', o.locale, { published: t.published?.[best.cat]?.[best.series], style: o.numberStyle });
  const cat = t.categories[best.cat] ?? '';
  const series = headerName(t.series[best.series]?.name ?? '');
  return zh ? `${head}；最大值是“${cat}”的${series}（${text}）。` : `${head}; the largest value is ${cat}, ${series} (${text}).`;
}
