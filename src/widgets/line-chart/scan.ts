/**
 * One pass over a line's values, shared by everything that needs their shape: the y extent of
 * the layout, the summary's first/last/highest/lowest, the missing count and the keyboard's
 * first point. A million-point line is walked once for all of them, not once each; the result
 * is kept per Series object (a new one is made whenever the data changes).
 */
import type { Series } from './series.js';

export interface SeriesScan {
  /** Index of the first and last value present (-1 when none is). */
  first: number;
  last: number;
  /** Index of the lowest and highest value (the first of equals); -1 when none is present. */
  min: number;
  max: number;
  /** Values present, and missing (NaN). */
  present: number;
  missing: number;
}

const scans = new WeakMap<Series, SeriesScan>();

/** The scan of `s`, made on first use. */
export function scanSeries(s: Series): SeriesScan {
  let r = scans.get(s);
  if (!r) scans.set(s, (r = scanValues(s.y)));
  return r;
}

/** Keeps a scan made while reading the data (scanColumns) for the Series built from it. */
export function keepScan(s: Series, scan: SeriesScan): Series {
  scans.set(s, scan);
  return s;
}

export function scanValues(y: ArrayLike<number>): SeriesScan {
  // With no x, "in order" means nothing: leave it out rather than answer true.
  const { first, last, min, max, present, missing } = scanColumns(null, y);
  return { first, last, min, max, present, missing };
}

/**
 * scanValues and, when `x` is given, `ascending(x)` in the same pass, for columns read from
 * `.data`: a million points are read once before the reduction, not once per question.
 */
export function scanColumns(x: ArrayLike<number> | null, y: ArrayLike<number>): SeriesScan & { ascending: boolean } {
  const n = y.length;
  let first = -1;
  let last = -1;
  let min = -1;
  let max = -1;
  let lo = Infinity;
  let hi = -Infinity;
  let present = 0;
  let up = true;
  let prev = -Infinity;
  // Plain locals in one tight loop: the values are read once and never boxed.
  for (let i = 0; i < n; i++) {
    if (x !== null) {
      const xi = x[i] as number;
      // NaN fails this too: an x that is not a number is never "in order".
      if (!(xi > prev)) up = false;
      prev = xi;
    }
    const v = y[i] as number;
    if (v !== v) continue; // NaN: a missing value
    present++;
    if (first < 0) {
      first = i;
      min = max = i;
      lo = hi = v;
    } else if (v < lo) {
      lo = v;
      min = i;
    } else if (v > hi) {
      hi = v;
      max = i;
    }
    last = i;
  }
  return { first, last, min, max, present, missing: n - present, ascending: up };
}

/** True when `x` rises strictly (a sorted x with no duplicates). */
export function ascending(x: ArrayLike<number>): boolean {
  const n = x.length;
  let prev = x[0] as number;
  for (let i = 1; i < n; i++) {
    const v = x[i] as number;
    if (!(v > prev)) return false;
    prev = v;
  }
  return true;
}
