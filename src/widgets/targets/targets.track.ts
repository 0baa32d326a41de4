/**
 * One row's scale on the targets board: the goal zone, the progress bar from the base, the marker,
 * the pace tick and the two labels under it (the base's and the target's figure, written only where
 * they read apart). Pure: text widths come from the caller's measure. Read by targets.layout.ts.
 */
import { formatValue, type NumberStyle } from '../../core/format/number.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Measure } from '../../core/measure.js';
import { scaleLinear } from '../../core/scale.js';
import type { TargetDatum } from './targets.data.js';
import type { Judgment } from './targets.judge.js';
import { TEXT } from './targets.text.js';
import type { TargetStatus } from './targets.status.js';

export interface Track {
  width: number;
  height: number;
  /** The scale's baseline (0, or the base year for growth). */
  zeroX: number;
  markerX: number;
  /** Open marker for a strict bound (>), filled otherwise: the number-line convention. */
  strict: boolean;
  /** The values that satisfy the target ("≥ 1000" → from the marker on), shaded. */
  zone: { x: number; width: number } | null;
  /** Coloured by the row's status (never by direction); `direction` is the geometry only. */
  bar: { x: number; width: number; direction: 'rise' | 'fall'; status: TargetStatus } | null;
  /** Where an amount should stand by the latest checkpoint. */
  paceX: number | null;
  labels: Array<{ x: number; text: string; anchor: 'start' | 'middle' | 'end' }>;
}

/** A target or actual as published ("4.1亿元", "8.0%"); computed ones (the base) to 2 decimals. */
export function valueText(v: number, d: TargetDatum, locale: Locale, signed = false, style?: NumberStyle): string {
  return formatValue(v, d.unit, locale, { signed, maximumFractionDigits: 2, published: d.published, style });
}

/** The scale's labels are 11 px (targets.styles.ts `.tick`): their widths at that size. */
const TICK_PX = 11;
/** A label's width in the scale's font: the row's font at the tick size. */
export function tickWidthOf(measure: Measure, font: string): (text: string) => number {
  const tickFont = font.replace(/\d+(?:\.\d+)?px/, `${TICK_PX}px`);
  return (text) => measure(text, tickFont);
}

/** Room kept between the scale's two labels. */
const LABEL_GAP = 6;

type Anchor = Track['labels'][number]['anchor'];

/** Where a label of width `w` at `x` stays inside the track: centred, else flush with the edge it would cross. */
function anchorFor(x: number, w: number, width: number): Anchor {
  if (x - w / 2 < 0) return 'start';
  if (x + w / 2 > width) return 'end';
  return 'middle';
}

/** A label's box on the track, from its anchor. */
function boxOf(x: number, w: number, anchor: Anchor): [number, number] {
  return anchor === 'start' ? [x, x + w] : anchor === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
}

export function track(d: TargetDatum, width: number, roomy: boolean, j: Judgment, locale: Locale, baseYear: number | null, style: NumberStyle | undefined, tickWidth: (text: string) => number): Track {
  const rate = j.measure === 'rate';
  const base = rate ? 0 : (d.baseline ?? 0);
  const values = d.checkpoints.map((c) => c.value);
  const hi = d.upper ?? d.target;
  const tol = Math.abs(d.target) * 0.05;
  let lo = Math.min(0, base, d.target, ...values);
  let top = Math.max(0, base, hi, ...values);
  if (j.mode === 'band') {
    top = Math.max(top, d.target + tol);
    lo = Math.min(lo, d.target - tol);
  }
  // Room past the marker, so a zone and a bar beyond the target are visible; a fall's scale
  // runs left of zero, so a fall is drawn as a fall.
  const span = top - lo || Math.abs(top) || 1;
  top += span * 0.12;
  if (lo < 0) lo -= span * 0.12;
  const pad = 8;
  const x = scaleLinear([lo, top], [pad, Math.max(pad + 1, width - pad)]);
  const markerX = x(d.target);
  const between = (a: number, b: number): Track['zone'] => ({ x: Math.min(x(a), x(b)), width: Math.abs(x(b) - x(a)) });
  let zone: Track['zone'] = null;
  // A ceiling worded 左右 is met anywhere under the top of its band.
  if (j.mode === 'band') zone = d.direction === 'cap' ? between(lo, d.target + tol) : between(d.target - tol, d.target + tol);
  else if (j.mode === 'cap') zone = between(lo, hi);
  else if (j.mode === 'floor') zone = between(d.target, top);
  else if (d.comparator === 'ge' || d.comparator === 'gt') zone = between(d.target, top);
  else if (d.comparator === 'le' || d.comparator === 'lt') zone = between(lo, d.target);
  else if (d.upper !== undefined) zone = between(d.target, d.upper);
  const latest = d.checkpoints[d.checkpoints.length - 1];
  const bar: Track['bar'] = latest
    ? { x: Math.min(x(base), x(latest.value)), width: Math.abs(x(latest.value) - x(base)), direction: latest.value >= base ? 'rise' : 'fall', status: j.status }
    : null;
  const labels: Track['labels'] = [];
  if (roomy) {
    const zeroText = d.kind === 'growth' ? TEXT[locale].baseYear(d.baseYear ?? baseYear) : valueText(base, d, locale, false, style);
    const zeroW = tickWidth(zeroText);
    const zeroAnchor = x(base) < width / 3 ? 'start' : anchorFor(x(base), zeroW, width);
    labels.push({ x: x(base), text: zeroText, anchor: zeroAnchor });
    // The target's figure beside the base's only where the two read apart, by their measured
    // widths: close figures ("3.79万公里" and "5万公里" on a phone) ran together into one string.
    const targetText = valueText(d.target, d, locale, d.kind === 'growth', style);
    const targetW = tickWidth(targetText);
    const anchor = anchorFor(markerX, targetW, width);
    const [a0, a1] = boxOf(x(base), zeroW, zeroAnchor);
    const [b0, b1] = boxOf(markerX, targetW, anchor);
    if (b0 >= a1 + LABEL_GAP || b1 <= a0 - LABEL_GAP) labels.push({ x: markerX, text: targetText, anchor });
  }
  return {
    width,
    height: roomy ? 40 : 22,
    zeroX: x(base),
    markerX,
    strict: d.comparator === 'gt' || d.comparator === 'lt',
    zone,
    bar,
    paceX: j.expected === null || rate ? null : x(j.expected),
    labels,
  };
}
