/**
 * A reduced line (indices from reduce.ts, GAP where it breaks) traced into pixels and path
 * strings in one pass: no object per point, no accessor calls, one string for the line and one
 * for its area. The strings are what d3-shape's line and area (curveLinear, digits 2) write for
 * the same points, so a chart drawn before looks the same; the area closes along its baseline
 * with two points instead of one per data point (the same shape, fewer bytes).
 */
import { GAP } from './reduce.js';
import { mapValue, type LinearMap } from './line-chart.scene.js';

export interface Trace {
  /** Pixel positions of the reduced points; NaN at a GAP. */
  px: Float64Array;
  py: Float64Array;
  /** The line's path ("" when no point is present). */
  path: string;
  /** The area down to `base` (null unless asked for). */
  area: string | null;
  /** Positions (in px/py) of points with no neighbour: a lone point is drawn as a dot. */
  lone: number[];
  /** Points present (not GAP). */
  present: number;
}

/** Rounds as d3-path's `digits(2)` does. */
const r2 = (v: number): number => Math.round(v * 100) / 100;

export function tracePath(idx: readonly number[], xs: ArrayLike<number>, ys: ArrayLike<number>, x: LinearMap, y: LinearMap, base: number | null): Trace {
  const m = idx.length;
  const px = new Float64Array(m);
  const py = new Float64Array(m);
  const lone: number[] = [];
  const parts: string[] = [];
  const areas: string[] = [];
  const b = base === null ? '' : `${r2(base)}`;
  let present = 0;
  let start = -1; // first position of the segment being traced
  let seg = ''; // the segment's "L…" tail, shared by the line and the area
  const close = (end: number): void => {
    // A segment [start, end): d3 closes a lone point ("Mx,yZ") so round caps draw it.
    const head = `M${r2(px[start] as number)},${r2(py[start] as number)}`;
    const single = end - start === 1;
    parts.push(single ? `${head}Z` : head + seg);
    if (single) lone.push(start);
    if (base !== null) areas.push(`${head}${seg}L${r2(px[end - 1] as number)},${b}${single ? '' : `L${r2(px[start] as number)},${b}`}Z`);
  };
  for (let k = 0; k < m; k++) {
    const i = idx[k] as number;
    if (i === GAP) {
      px[k] = py[k] = NaN;
      if (start >= 0) close(k);
      start = -1;
      continue;
    }
    const vx = mapValue(x, xs[i] as number);
    const vy = mapValue(y, ys[i] as number);
    px[k] = vx;
    py[k] = vy;
    present++;
    if (start < 0) {
      start = k;
      seg = '';
    } else seg += `L${r2(vx)},${r2(vy)}`;
  }
  if (start >= 0) close(m);
  return { px, py, path: parts.join(''), area: base === null ? null : areas.join(''), lone, present };
}
