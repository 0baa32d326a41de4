/**
 * A linear value axis every chart shares: d3 picks nice ticks, Intl writes them in one scale
 * for the whole axis (单位：亿元 / million yuan), and the count drops until no two labels touch.
 */
import { scaleLinearNice, type LinearScale } from './scale.js';
import { axisFormat } from './format/number.js';
import type { Published } from './format/published.js';
import type { Locale } from './i18n/locale.js';
import type { Measure } from './measure.js';
import { fontSizeOf } from './type-scale.js';

export interface Tick {
  value: number;
  /** Position in px along the axis. */
  pos: number;
  text: string;
}

export interface LinearAxis {
  scale: LinearScale;
  ticks: Tick[];
  /** What the numbers are in: "单位：亿元", "million yuan", or ''. */
  caption: string;
}

/** What every axis (value, time, period) is laid out with: its pixel range and how its labels are written and measured. */
export interface AxisBase {
  range: readonly [number, number];
  locale: Locale;
  font: string;
  measure: Measure;
}

export interface AxisInput extends AxisBase {
  /** Smallest and largest value to show; zero is always included for bars. */
  extent: readonly [number, number];
  unit: string;
  /** Labels run along the axis (horizontal axis) or stack across it (vertical). */
  direction: 'horizontal' | 'vertical';
  /** Pixels per tick to aim for. */
  spacing?: number;
  /** How the figures were published, when they share one form: the axis writes their multiplier (单位：亿元). */
  published?: Published | undefined;
}

export function linearAxis(input: AxisInput): LinearAxis {
  const { extent, range, unit, locale, font, measure, direction } = input;
  const lo = Math.min(0, extent[0]);
  let hi = Math.max(0, extent[1]);
  // All zero (or one value of 0): still draw a sensible axis from 0 to 1.
  if (lo === hi) hi = 1;
  const length = Math.abs(range[1] - range[0]);
  const spacing = input.spacing ?? (direction === 'horizontal' ? 80 : 44);
  const fontSize = fontSizeOf(font);
  // Past ten ticks an axis is read no better, only busier.
  const aim = Math.min(10, Math.max(2, Math.floor(length / spacing)));
  const build = (count: number): { axis: LinearAxis; fits: boolean; gap: number; over: number } => {
    const scale = scaleLinearNice([lo, hi], range, count);
    const values = scale.ticks(count);
    const step = values.length > 1 ? (values[1] ?? 0) - (values[0] ?? 0) : Math.abs(hi - lo);
    const [dlo, dhi] = scale.domain();
    const fmt = axisFormat(Math.max(Math.abs(dlo), Math.abs(dhi)), step, unit, locale, input.published);
    const ticks = values.map((value) => ({ value, pos: scale(value), text: fmt.format(value) }));
    let gap = Infinity;
    const fits = ticks.every((t, i) => {
      const next = ticks[i + 1];
      if (!next) return true;
      gap = Math.min(gap, Math.abs(next.pos - t.pos));
      const need = direction === 'horizontal' ? (measure(t.text, font) + measure(next.text, font)) / 2 + 8 : fontSize + 4;
      return Math.abs(next.pos - t.pos) >= need;
    });
    // How far the axis runs past the data, as a share of the data's span.
    const over = (dhi - hi + (lo - dlo)) / (hi - lo);
    return { axis: { scale, ticks, caption: fmt.caption }, fits, gap, over };
  };
  // The most ticks that fit, up to the aim; then a tick or two more where that ends an axis
  // running far past the data nearer to it (0–15 for a maximum of 12.8, not 0–20), as long as
  // they are not crowded.
  let chosen: ReturnType<typeof build> | null = null;
  for (let count = aim; count >= 1 && !chosen; count--) {
    const c = build(count);
    if (c.fits || count === 1) chosen = c;
  }
  // (A quarter of the span past the data is the usual price of round numbers; past that, look.)
  for (let count = aim + 1; chosen && chosen.over > 0.25 && count <= Math.min(10, aim + 2); count++) {
    const c = build(count);
    if (c.fits && c.gap >= spacing * 0.6 && c.over < chosen.over - 1e-9) chosen = c;
  }
  if (chosen) return chosen.axis;
  // Unreachable: the loop returns at count 1.
  throw new Error('linearAxis: no ticks');
}

/**
 * A horizontal axis whose end tick labels stay inside [0, width]: a label is centred on its tick,
 * so the 0 of an all-negative chart at the right edge, or 70,000 at the last pixel, would leave
 * the frame (and a drawing that pulls it back in lays it over its neighbour). The range moves in
 * by what sticks out; that may change the ticks, so up to three looks.
 */
export function horizontalAxisInFrame(axisFor: (left: number, right: number) => LinearAxis, left: number, right: number, width: number, measure: Measure, font: string): LinearAxis {
  const half = (t: Tick | undefined): number => (t ? measure(t.text, font) / 2 + 1 : 0);
  let [l, r] = [left, right];
  let axis = axisFor(l, r);
  for (let k = 0; k < 3; k++) {
    const first = axis.ticks[0];
    const last = axis.ticks[axis.ticks.length - 1];
    const inL = first ? Math.max(0, half(first) - first.pos) : 0;
    const inR = last ? Math.max(0, last.pos + half(last) - width) : 0;
    if (inL < 0.5 && inR < 0.5) break;
    [l, r] = [l + inL, r - inR];
    axis = axisFor(l, r);
  }
  return axis;
}
