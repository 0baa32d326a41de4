/**
 * The bar chart's scene, as data: the rows it reads (BarDatum), the options of the layout, and
 * every bar, label, value text and tick position the layout decides.
 */
import type { Tick } from '../../core/axis.js';
import type { NumberStyle } from '../../core/format/number.js';
import type { Published } from '../../core/format/published.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Measure } from '../../core/measure.js';

export interface BarDatum {
  label: string;
  /** null: missing — the row is listed with "no data", never drawn as zero. */
  value: number | null;
  unit: string;
  /** Written before the value: "≥" for "20栋以上", from the cell's qualifier. */
  prefix?: string;
  /** How the value was written ("4.1亿"): its label, tooltip and summary write it so. */
  published?: Published;
}

export interface BarOptions {
  orientation: 'horizontal' | 'vertical';
  sort: 'none' | 'ascending' | 'descending';
  /** Labels of the bars to draw in the highlight colour. */
  highlight: readonly string[];
  /** Write each bar's value next to it. */
  values: boolean;
  locale: Locale;
  /** CSS font of labels, e.g. "13px system-ui"; used with `measure`. */
  font: string;
  measure: Measure;
  /** Height of a vertical chart; default from the width. */
  height?: number;
  /** Text for a missing value ("无数据"). */
  missingText: string;
  /** The widget's `decimals` and `notation`; unset: as published. */
  numberStyle?: NumberStyle | undefined;
}

export interface BarMark {
  /** Index in the input rows (stable under sorting). */
  index: number;
  label: string;
  /** With several series: which one (index into the columns given) and its name. */
  series?: number;
  seriesName?: string;
  /** Tooltip lines when they say more than the value label (series name, share). */
  tipLines?: string[];
  value: number | null;
  unit: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label as drawn: truncated or wrapped to fit; the full label is in `label`. */
  labelLines: string[];
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
  valueText: string;
  valueX: number;
  valueY: number;
  valueAnchor: 'start' | 'middle' | 'end';
  /** The value label sits inside the bar (drawn in the on-mark colour). */
  valueInside: boolean;
  highlighted: boolean;
  negative: boolean;
  /** What a screen reader says for this bar. */
  aria: string;
  /** Where the tooltip points. */
  tipX: number;
  tipY: number;
}

export interface BarScene {
  width: number;
  height: number;
  orientation: 'horizontal' | 'vertical';
  marks: BarMark[];
  ticks: Tick[];
  /** Where grid lines and ticks run across the plot. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** Position of the zero line on the value axis. */
  zero: number;
  caption: { text: string; x: number; y: number; anchor: 'start' | 'end' };
  /** Labels stand on their own line above each bar (narrow screens). */
  labelsAbove: boolean;
  lineHeight: number;
  summary: string;
  /** Several series: each series' name as the legend writes it (header-unit.ts legendNames), in the table's order. */
  legend?: string[];
  /** Under the plot: the total rows left out of the bars ("合计 1,234亿元（未绘入图中）"); bar-chart.totals.ts. */
  note?: string;
}
