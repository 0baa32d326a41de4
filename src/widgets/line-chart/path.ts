/**
 * A reduced line (indices from reduce.ts, GAP where it breaks) traced into pixels and path
 * strings in one pass: no object per point, no accessor calls, one string for the line and one
 * for its area. The strings are what d3-shape's line and area (curveLinear, digits 2) write for
 * the same points, so a chart drawn before looks the same; the area closes along its baseline
 * with two points instead of one per data point (the same shape, fewer bytes).
 */
import { GAP } from './reduce.js';
import type { LinearMap } from './line-chart.scene.js';

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

/**
 * `v` rounded to hundredths and written as d3-path's `digits(2)` writes it (String(Math.round(v
 * * 100) / 100)), from integers: a double's shortest form costs more to find, thousands of times
 * per line.
 */
export function fixed2(v: number): string {
  const k = Math.round(v * 100);
  if (!(Math.abs(k) < 1e15)) return String(k / 100); // huge or not finite: the slow, exact way
  const a = k < 0 ? -k : k;
  const q = Math.floor(a / 100);
  const r = a - q * 100;
  const sign = k < 0 ? '-' : '';
  if (r === 0) return `${sign}${q}`;
  return `${sign}${q}.${r < 10 ? `0${r}` : r % 10 === 0 ? r / 10 : r}`;
}

/** One run of points [start, end) closed off: its line, and its area down to `base`. */
function closeRun(t: Trace, start: number, end: number, seg: string, parts: string[], areas: string[] | null, base: string): void {
  // d3 closes a lone point ("Mx,yZ") so round caps draw it.
  const head = `M${fixed2(t.px[start] as number)},${fixed2(t.py[start] as number)}`;
  const single = end - start === 1;
  parts.push(single ? `${head}Z` : head + seg);
  if (single) t.lone.push(start);
  if (areas) areas.push(`${head}${seg}L${fixed2(t.px[end - 1] as number)},${base}${single ? '' : `L${fixed2(t.px[start] as number)},${base}`}Z`);
}

export function tracePath(idx: readonly number[], xs: ArrayLike<number>, ys: ArrayLike<number>, x: LinearMap, y: LinearMap, base: number | null): Trace {
  const m = idx.length;
  const t: Trace = { px: new Float64Array(m), py: new Float64Array(m), path: '', area: null, lone: [], present: 0 };
  const { px, py } = t;
  const parts: string[] = [];
  const areas: string[] | null = base === null ? null : [];
  const b = base === null ? '' : fixed2(base);
  let present = 0;
  let start = -1; // first position of the run being traced
  let seg = ''; // the run's "L…" tail, shared by the line and the area
  // No closure over these locals: they stay in registers for the thousands of points.
  // mapValue's arithmetic, written out: this loop runs cold (once per drawing), where each call costs.
  const [xd0, xd1] = x.domain;
  const [xr0, xr1] = x.range;
  const [yd0, yd1] = y.domain;
  const [yr0, yr1] = y.range;
  const xSpan = xd1 - xd0;
  const ySpan = yd1 - yd0;
  for (let k = 0; k < m; k++) {
    const i = idx[k] as number;
    if (i === GAP) {
      px[k] = py[k] = NaN;
      if (start >= 0) closeRun(t, start, k, seg, parts, areas, b);
      start = -1;
      continue;
    }
    const vx = xSpan === 0 ? (xr0 + xr1) / 2 : xr0 + (((xs[i] as number) - xd0) / xSpan) * (xr1 - xr0);
    const vy = ySpan === 0 ? (yr0 + yr1) / 2 : yr0 + (((ys[i] as number) - yd0) / ySpan) * (yr1 - yr0);
    px[k] = vx;
    py[k] = vy;
    present++;
    if (start < 0) {
      start = k;
      seg = '';
    } else seg += `L${fixed2(vx)},${fixed2(vy)}`;
  }
  if (start >= 0) closeRun(t, start, m, seg, parts, areas, b);
  t.path = parts.join('');
  t.area = areas ? areas.join('') : null;
  t.present = present;
  return t;
}
