/**
 * The line chart's geometry: series + size → scene. Pure. Each line is reduced to at most four
 * points per pixel column (M4) before d3-shape writes its path, so a million points cost what a
 * few thousand do and draw the same pixels; the element keeps the full data for the tooltip.
 */
import { linearAxis, type Tick } from '../../core/axis.js';
import { DataError } from '../../core/data/errors.js';
import { formatNumber, unitFor } from '../../core/format/number.js';
import { sharedMultiplier } from '../../core/format/published.js';
import { legendNames } from '../../core/format/header-unit.js';
import { formatYear } from '../../core/format/year.js';
import { scaleLinear } from '../../core/scale.js';
import { timeTicks } from '../../core/time-axis.js';
import type { ResolvedAnnotation } from './annotations.js';
import { addToEnvelope, dodge, emptyEnvelope } from './labels.js';
import { periodTicks } from './period-axis.js';
import { placeAnnotations, type Plot } from './place.js';
import { mapValue, type AxisTick, type LegendItem, type LinearMap, type LineOptions, type LineScene, type SeriesMark } from './line-chart.scene.js';
import { tracePath } from './path.js';
import { GAP, reduceM4 } from './reduce.js';
import { scanSeries } from './scan.js';
import type { LineData } from './series.js';
import { lineSummary } from './summary.js';
import { typeScale } from '../../core/type-scale.js';

export { invertValue, mapValue, type AxisTick, type LegendItem, type LinearMap, type LineOptions, type LineScene, type SeriesMark } from './line-chart.scene.js';

function extents(data: LineData, notes: readonly ResolvedAnnotation[]): { x: [number, number]; y: [number, number] } {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const s of data.series) {
    if (s.x.length === 0) continue;
    x0 = Math.min(x0, s.x[0] as number);
    x1 = Math.max(x1, s.x[s.x.length - 1] as number);
    // The one pass the summary reads too (scan.ts).
    const st = scanSeries(s);
    if (st.present > 0) [y0, y1] = [Math.min(y0, s.y[st.min] as number), Math.max(y1, s.y[st.max] as number)];
  }
  for (const a of notes) if (a.kind === 'note') [y0, y1] = [Math.min(y0, a.y), Math.max(y1, a.y)];
  if (!Number.isFinite(x0)) [x0, x1] = [0, 1];
  if (!Number.isFinite(y0)) [y0, y1] = [0, 1];
  return { x: [x0, x1], y: [y0, y1] };
}

function numberTicks(domain: [number, number], range: [number, number], o: LineOptions, years = false, whole = false): Tick[] {
  const scale = scaleLinear(domain, range);
  for (let count = Math.max(2, Math.floor(Math.abs(range[1] - range[0]) / 80)); count >= 1; count--) {
    // Years: whole years only, written as years ("2019", not "2,019" or "2019.5"); whole units
    // likewise ("1季度" … "4季度": no tick at 1.5).
    const values = years || whole ? scale.ticks(count).filter(Number.isInteger) : scale.ticks(count);
    const step = values.length > 1 ? (values[1] as number) - (values[0] as number) : 1;
    const digits = Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
    const ticks = values.map((v) => ({ value: v, pos: scale(v), text: years ? formatYear(v) : formatNumber(v, o.locale, { maximumFractionDigits: digits, compact: true }) }));
    if (ticks.every((t, i) => !ticks[i + 1] || (ticks[i + 1] as Tick).pos - t.pos >= (o.measure(t.text, o.font) + o.measure((ticks[i + 1] as Tick).text, o.font)) / 2 + 10)) return ticks;
  }
  return [];
}

/** x counts in a unit its cells carry, every x a whole number ("1季度", "3号线"): ticks are whole too. */
function wholeUnits(data: LineData): boolean {
  return !!data.xUnit && data.series.every((s) => s.x.every(Number.isInteger));
}

/** A numeric x's caption: its header, with the unit its cells carry ("海拔（米）", "Altitude (m)"). */
function xCaptionOf(data: LineData, locale: LineOptions['locale']): string {
  const unit = data.xUnit ? unitFor(data.xUnit, locale).text || data.xUnit : '';
  // A header that names the unit already ("海拔（米）", "季度") is the caption as it stands.
  if (!unit || data.xName.includes(data.xUnit ?? '') || data.xName.includes(unit)) return data.xName;
  if (!data.xName) return unit;
  return locale === 'zh-CN' ? `${data.xName}（${unit}）` : `${data.xName} (${unit})`;
}

/**
 * Running totals start again each January: the line of a cumulative series breaks between years,
 * or 2020年1-12月 would be joined to 2021年1-6月 by a fall that never happened.
 */
function yearBreaks(idx: number[], xs: Float64Array, data: LineData): number[] {
  const periods = data.periods;
  if (!data.cumulative || !periods) return idx;
  const out: number[] = [];
  let year = NaN;
  for (const i of idx) {
    if (i === GAP) {
      out.push(i);
      continue;
    }
    const p = periods.get(xs[i] as number);
    const y = p ? new Date(p.start).getUTCFullYear() : year;
    if (!Number.isNaN(year) && y !== year && out[out.length - 1] !== GAP) out.push(GAP);
    year = y;
    out.push(i);
  }
  return out;
}

export function layoutLine(data: LineData, o: LineOptions, width: number): LineScene {
  const { font, measure } = o;
  const { lineHeight: lh } = typeScale(font);
  const height = o.height ?? Math.round(Math.min(420, Math.max(240, width * 0.56)));
  const ext = extents(data, o.annotations);
  const units = new Set(data.series.map((s) => s.unit));
  const unit = units.size === 1 ? ([...units][0] ?? '') : '';
  const multi = data.series.length > 1;
  // Lines named as the reader reads them: "增加值", not "增加值（亿元）" under an axis that says 单位：亿元.
  const names = legendNames(data.series.map((s) => s.name), unit);
  const labelW = multi ? Math.max(...names.map((n) => measure(n, font))) : 0;
  const bottomH = lh + 8 + (data.xType === 'number' && data.xName ? lh : 0);
  const fitsHeight = (top: number): boolean => data.series.length * lh <= height - top - bottomH;
  let direct = multi && o.labels === 'auto' && labelW <= Math.min(160, width * 0.3) && fitsHeight(lh * 2);
  const legend: LegendItem[] = [];
  let legendH = 0;
  if (multi && !direct) {
    let lx = 0;
    let row = 0;
    names.forEach((name, index) => {
      const w = 26 + measure(name, font) + 14;
      if (lx > 0 && lx + w > width) [lx, row] = [0, row + 1];
      legend.push({ index, name, x: lx, y: row * lh + lh / 2 });
      lx += w;
    });
    legendH = (row + 1) * lh + 6;
  }
  let bandRows = 0;
  let scene: (LineScene & { bandRows: number }) | undefined;
  // Annotation text above the plot shrinks it, which moves the lines: place again until stable.
  for (let pass = 0; pass < 3; pass++) {
    scene = build(data, o, width, { height, lh, legendH, bandRows, unit, ext, direct, labelW, bottomH, legend, names });
    const plotBottom = scene.plot.bottom;
    if (direct && scene.series.some((s) => s.label && s.label.y > plotBottom + 0.5)) {
      direct = false;
      return layoutLine(data, { ...o, labels: 'legend' }, width);
    }
    const rows = scene.bandRows;
    if (rows <= bandRows) break;
    bandRows = rows;
  }
  const out: LineScene & { bandRows?: number } = { ...(scene as LineScene & { bandRows: number }), summary: lineSummary(data, o.locale, o.numberStyle) };
  delete out.bandRows;
  return out;
}

interface Frame {
  height: number;
  lh: number;
  legendH: number;
  bandRows: number;
  unit: string;
  ext: { x: [number, number]; y: [number, number] };
  direct: boolean;
  labelW: number;
  bottomH: number;
  legend: LegendItem[];
  /** Each line's name as shown (legendNames). */
  names: readonly string[];
}

function build(data: LineData, o: LineOptions, width: number, f: Frame): LineScene & { bandRows: number } {
  const { font, measure, locale } = o;
  const { lh, height } = f;
  const captionY = f.legendH + lh / 2;
  const bandTop = f.legendH + lh + 4;
  const top = bandTop + f.bandRows * lh + (f.bandRows > 0 ? 6 : 4);
  const bottom = height - f.bottomH;
  // Lines published in one multiplier (8477.26万人 …): the axis in it too (单位：万人), as their labels.
  const published = data.series.some((s) => s.forms) ? undefined : sharedMultiplier(data.series.map((s) => s.published));
  const yAxis = linearAxis({ extent: f.ext.y, range: [bottom, top], unit: f.unit, published, locale, font, measure, direction: 'vertical' });
  const left = Math.ceil(Math.max(0, ...yAxis.ticks.map((t) => measure(t.text, font)))) + 8;
  const right = width - (f.direct ? f.labelW + 12 : 8);
  const x: LinearMap = { domain: f.ext.x, range: [left, Math.max(left + 20, right)] };
  const y: LinearMap = { domain: yAxis.scale.domain(), range: [bottom, top] };
  // Near Number.MAX_VALUE the rounded-out axis overflows to Infinity: no line could be drawn.
  if (!Number.isFinite(y.domain[1] - y.domain[0])) {
    const big = Math.max(Math.abs(f.ext.y[0]), Math.abs(f.ext.y[1]));
    throw new DataError(`A value is too large to draw (${big}); give the values in a larger unit.`, { input: 'columns' }, `数值过大（${big}），无法绘制；请换用更大的单位。`);
  }
  const plot: Plot = { left, top, right: x.range[1], bottom };
  const rawTicks = data.periods
    ? periodTicks({ periods: data.periods, domain: f.ext.x, range: x.range, locale, font, measure, width })
    : data.xType === 'time'
      ? timeTicks({ domain: f.ext.x, range: x.range, granularity: data.granularity, locale, font, measure, bounds: [0, width] })
      : numberTicks(f.ext.x, x.range, o, data.xYears === true, wholeUnits(data));
  const xTicks = rawTicks.map((t): AxisTick => {
    const w = measure(t.text, font);
    return { ...t, anchor: t.pos - w / 2 < 0 ? 'start' : t.pos + w / 2 > width ? 'end' : 'middle' };
  });
  const [ylo, yhi] = y.domain;
  const zeroY = ylo <= 0 && yhi >= 0 ? mapValue(y, 0) : null;
  const env = emptyEnvelope(left, plot.right - left);
  const notes = o.annotations.some((a) => a.kind === 'note');
  // Two columns per device pixel: with the 2 px anti-aliased stroke, one per pixel leaves a pixel's
  // worth of ink off at some peaks (measured in line-chart.big.test.ts); two keep it to a shade.
  const d = 2 * Math.min(4, Math.max(1, o.density ?? 1));
  const columns: [number, number] = [x.range[0] * d, x.range[1] * d];
  const series = data.series.map((s, index): SeriesMark => {
    const idx = yearBreaks(reduceM4(s.x, s.y, x.domain, columns), s.x, data);
    const base = o.area ? (zeroY ?? bottom) : null;
    const { px, py, path, area: areaPath, lone, present } = tracePath(idx, s.x, s.y, x, y, base);
    // Only notes read the envelope (they must not cover a line): no notes, no per-segment walk.
    if (notes) {
      addToEnvelope(env, px, py);
      if (base !== null) addToEnvelope(env, px, px.map(() => base));
    }
    // Few points are each drawn as a dot (when the reduction dropped none); else only lone ones.
    const few = present <= Math.min(60, (plot.right - left) / 14) && present === scanSeries(s).present;
    const dots = few ? idx.flatMap((i, k) => (i === GAP ? [] : [{ x: px[k] as number, y: py[k] as number }])) : lone.map((k) => ({ x: px[k] as number, y: py[k] as number }));
    let lastK = idx.length - 1;
    while (lastK >= 0 && idx[lastK] === GAP) lastK--;
    const name = f.names[index] ?? s.name;
    const label = f.direct && lastK >= 0 ? { text: name, x: plot.right + 8, y: py[lastK] as number, lineY: py[lastK] as number } : null;
    return { index, name, path, area: areaPath, dots, drawnPoints: present, dense: present > plot.right - left, label };
  });
  if (f.direct) {
    const labels = series.map((s) => s.label).filter((l): l is NonNullable<SeriesMark['label']> => l !== null);
    const ys = dodge(labels.map((l) => l.lineY), lh, top + lh / 2 - 2, bottom);
    labels.forEach((l, k) => (l.y = ys[k] as number));
  }
  const placed = placeAnnotations({
    annotations: o.annotations,
    xPx: (v) => mapValue(x, v),
    yPx: (v) => mapValue(y, v),
    plot,
    env,
    bandTop,
    lineHeight: lh,
    font,
    measure,
  });
  return {
    width,
    height,
    lineHeight: lh,
    plot,
    x,
    y,
    xTicks,
    yTicks: yAxis.ticks,
    yCaption: yAxis.caption,
    captionY,
    xCaption: data.xType === 'number' ? xCaptionOf(data, o.locale) : '',
    zeroY,
    series,
    legend: f.legend,
    notes: placed.notes,
    ranges: placed.ranges,
    bandTop,
    bandRows: placed.bandRows,
    summary: '',
  };
}
