/**
 * The line chart's scene, as data: what the layout returns (plot, ticks, series paths, labels,
 * notes) and the options it takes, with the plain-number linear maps the element uses to turn
 * a pointer position back into a value.
 */
import type { Tick } from '../../core/axis.js';
import type { NumberStyle } from '../../core/format/number.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Measure } from '../../core/measure.js';
import type { WidgetScene } from '../../core/scene.js';
import type { ResolvedAnnotation } from './annotations.js';
import type { NoteMark, Plot, RangeMark } from './place.js';

export interface LineOptions {
  locale: Locale;
  font: string;
  measure: Measure;
  /** Fill the area between each line and zero. */
  area: boolean;
  annotations: readonly ResolvedAnnotation[];
  /** auto: labels at the line ends where they fit, else a legend; legend: always a legend. */
  labels: 'auto' | 'legend';
  height?: number;
  /** The widget's `decimals` and `notation` for the values its summary writes; unset: as published. */
  numberStyle?: NumberStyle | undefined;
  /**
   * Device pixels per CSS pixel (default 1): lines are reduced per device pixel column, so a
   * phone's screen (2–3) shows the same line as the full data would.
   */
  density?: number;
}

export interface AxisTick extends Tick {
  anchor: 'start' | 'middle' | 'end';
}

export interface SeriesMark {
  index: number;
  name: string;
  path: string;
  area: string | null;
  /** Points drawn as dots: every point when there are few, else points with no neighbour. */
  dots: Array<{ x: number; y: number }>;
  /** Points the path goes through after the reduction. */
  drawnPoints: number;
  /**
   * More points than CSS pixels across the plot: its joins are narrower than a pixel, so it is drawn
   * with bevel joins — the same picture, rasterised without an arc at each of thousands of vertices
   * (a 100k-point line: 5,656 segments; round joins cost ≈ 10 ms more to raster in software, issue #16).
   */
  dense: boolean;
  label: { text: string; x: number; y: number; lineY: number } | null;
}

export interface LegendItem {
  index: number;
  name: string;
  x: number;
  y: number;
}

/** A linear map as plain numbers, so the scene stays data. */
export interface LinearMap {
  domain: [number, number];
  range: [number, number];
}

export interface LineScene extends WidgetScene {
  width: number;
  height: number;
  lineHeight: number;
  plot: Plot;
  x: LinearMap;
  y: LinearMap;
  xTicks: AxisTick[];
  yTicks: Tick[];
  yCaption: string;
  /** Baseline middle of the unit caption ("单位：亿元"), above the plot at the left. */
  captionY: number;
  xCaption: string;
  /** Pixel y of the zero line, when zero is inside the plot. */
  zeroY: number | null;
  series: SeriesMark[];
  legend: LegendItem[];
  notes: NoteMark[];
  ranges: RangeMark[];
  /** Top of the annotation band (above the plot). */
  bandTop: number;
}

export function mapValue(m: LinearMap, v: number): number {
  const [d0, d1] = m.domain;
  const [r0, r1] = m.range;
  // Divide first: (v − d0)·(r1 − r0) overflows to Infinity for values near Number.MAX_VALUE.
  return d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

export function invertValue(m: LinearMap, px: number): number {
  const [d0, d1] = m.domain;
  const [r0, r1] = m.range;
  return r1 === r0 ? d0 : d0 + ((px - r0) * (d1 - d0)) / (r1 - r0);
}
