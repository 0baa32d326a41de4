/**
 * M4 reduction (Jugel et al., "M4: A Visualization-Oriented Time Series Data Aggregation",
 * VLDB 2014): of all the points that fall in one pixel column, a polyline drawn through only the
 * first, the last, the lowest and the highest rasterizes to the same pixels as one drawn through
 * all of them. So a million points become at most four per column before d3 builds the path,
 * and the picture does not change. Pure and allocation-light: it runs on every resize.
 */

/** Marks a break in the reduced sequence: a missing value between two runs of points. */
export const GAP = -1;

/**
 * Indices (ascending) of the points to draw, with GAP where a missing value (NaN in `y`)
 * breaks the line. `x` must be sorted ascending; `domain` → `range` is the linear map from x
 * to pixels, and points share a column when they share `Math.floor` of their pixel position.
 */
export function reduceM4(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  domain: readonly [number, number],
  range: readonly [number, number],
): number[] {
  const n = Math.min(x.length, y.length);
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const out: number[] = [];
  // The column's state lives in plain locals of this one loop (no closure over them): a closure
  // would move them to the heap and make each of a million iterations read and write memory.
  let col = NaN;
  let first = -1;
  let last = -1;
  let lo = -1;
  let hi = -1;
  let loY = 0;
  let hiY = 0;
  for (let i = 0; i <= n; i++) {
    const yi = i < n ? (y[i] as number) : NaN;
    const c = yi === yi ? Math.floor(r0 + ((x[i] as number) - d0) * k) : NaN;
    if (c === col) {
      last = i;
      if (yi < loY) {
        loY = yi;
        lo = i;
      } else if (yi > hiY) {
        hiY = yi;
        hi = i;
      }
      continue;
    }
    if (first >= 0) {
      // The column ends: its four in index order, each once (the line must run left to right).
      let b = lo < hi ? lo : hi;
      let m = lo < hi ? hi : lo;
      if (b === first) b = -1;
      if (m === first || m === b) m = -1;
      out.push(first);
      if (b >= 0 && b !== last) out.push(b);
      if (m >= 0 && m !== last) out.push(m);
      if (last !== first) out.push(last);
      first = -1;
    }
    if (c !== c) {
      // A missing value (or the end): the line breaks here, once however many are missing.
      col = NaN;
      if (i < n && out.length > 0 && out[out.length - 1] !== GAP) out.push(GAP);
      continue;
    }
    col = c;
    first = last = lo = hi = i;
    loY = hiY = yi;
  }
  if (out[out.length - 1] === GAP) out.pop();
  return out;
}

/**
 * The index of the point whose x is nearest `target` (ties go left), by binary search on the
 * full sorted data: the tooltip reports a real point, not one of the reduction's.
 * Returns -1 for empty data.
 */
export function nearestIndex(x: ArrayLike<number>, target: number): number {
  const n = x.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((x[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && target - (x[lo - 1] as number) <= (x[lo] as number) - target) return lo - 1;
  return lo;
}

/** Like nearestIndex, but skips missing values (NaN in `y`): the nearest point that has data. */
export function nearestDefined(x: ArrayLike<number>, y: ArrayLike<number>, target: number): number {
  const i = nearestIndex(x, target);
  if (i < 0 || !Number.isNaN(y[i])) return i;
  let left = i - 1;
  let right = i + 1;
  while (left >= 0 || right < x.length) {
    const dl = left >= 0 && !Number.isNaN(y[left]) ? target - (x[left] as number) : Infinity;
    const dr = right < x.length && !Number.isNaN(y[right]) ? (x[right] as number) - target : Infinity;
    if (dl !== Infinity || dr !== Infinity) return dl <= dr ? left : right;
    left--;
    right++;
  }
  return -1;
}
