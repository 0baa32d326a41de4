/**
 * A linear scale from d3-array's tick maths. d3-scale's scaleLinear would do the same, but it
 * drags in d3-interpolate, d3-color and d3-format (≈ 9 KiB gzip) for colour interpolation and
 * tick formats we never use (our ticks are written by Intl, our ranges are pixels).
 */
import { nice, ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  range(): [number, number];
  /** Nice round values inside the domain, about `count` of them. */
  ticks(count: number): number[];
}

export function scaleLinear(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((v: number) => (k === 0 ? (r0 + r1) / 2 : r0 + (v - d0) * k)) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.range = () => [r0, r1];
  scale.ticks = (count: number) => ticks(d0, d1, count);
  return scale;
}

/** A scale whose domain is widened to round values for about `count` ticks (d3's nice()). */
export function scaleLinearNice(domain: readonly [number, number], range: readonly [number, number], count: number): LinearScale {
  // d3's nice() never settles on one tick for a span across zero: both ends widen without end
  // (−0.4…0.1 went to ±1e308), and a narrow bar chart of PMI changes drew every bar at zero under
  // an axis of "NaN" (trillion percentage points). Such a span takes the round values for two ticks.
  const [lo, hi] = nice(domain[0], domain[1], domain[0] < 0 && domain[1] > 0 ? Math.max(2, count) : count);
  return scaleLinear([lo, hi], range);
}
