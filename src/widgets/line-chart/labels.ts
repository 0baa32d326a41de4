/**
 * Where text goes without covering the lines: labels at the line ends pushed apart vertically,
 * and the envelope of the drawn data per pixel column, which annotation notes must avoid.
 */

/**
 * Moves label centres apart so that no two are closer than `gap`, each as near its wanted
 * position as it can be, all inside [min, max]. Returns the positions in input order.
 * Labels that collide form a cluster centred on the mean of their wanted positions; clusters
 * that then collide merge, until none do (the way direct labels are placed by hand).
 */
export function dodge(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => (wanted[a] as number) - (wanted[b] as number) || a - b);
  interface Cluster { sum: number; n: number; top: number }
  const place = (c: Cluster): void => {
    const span = (c.n - 1) * gap;
    c.top = Math.max(min, Math.min(max - span, c.sum / c.n - span / 2));
  };
  const clusters: Cluster[] = [];
  for (const i of order) {
    const c: Cluster = { sum: wanted[i] as number, n: 1, top: 0 };
    place(c);
    clusters.push(c);
    // Merge backwards while the new cluster runs into the one above it.
    for (;;) {
      const last = clusters[clusters.length - 1] as Cluster;
      const prev = clusters[clusters.length - 2];
      if (!prev || prev.top + prev.n * gap <= last.top + 1e-9) break;
      clusters.pop();
      prev.sum += last.sum;
      prev.n += last.n;
      place(prev);
    }
  }
  const out = new Array<number>(wanted.length);
  let k = 0;
  for (const c of clusters) for (let j = 0; j < c.n; j++) out[order[k++] as number] = c.top + j * gap;
  return out;
}

/** Per pixel column of the plot, the lowest and highest pixel y any line passes through. */
export interface Envelope {
  left: number;
  top: Float64Array;
  bottom: Float64Array;
}

export function emptyEnvelope(left: number, width: number): Envelope {
  const n = Math.max(0, Math.ceil(width)) + 1;
  return { left, top: new Float64Array(n).fill(Infinity), bottom: new Float64Array(n).fill(-Infinity) };
}

/** Adds a polyline (pixel points; NaN breaks it) to the envelope, segments included. */
export function addToEnvelope(env: Envelope, px: ArrayLike<number>, py: ArrayLike<number>): void {
  const n = env.top.length;
  const mark = (c: number, y0: number, y1: number): void => {
    if (c < 0 || c >= n) return;
    env.top[c] = Math.min(env.top[c] as number, y0, y1);
    env.bottom[c] = Math.max(env.bottom[c] as number, y0, y1);
  };
  for (let i = 0; i < px.length; i++) {
    const x = (px[i] as number) - env.left;
    const y = py[i] as number;
    if (Number.isNaN(y)) continue;
    mark(Math.floor(x), y, y);
    const nx = (px[i + 1] ?? NaN) - env.left;
    const ny = py[i + 1] ?? NaN;
    if (Number.isNaN(ny) || Number.isNaN(nx)) continue;
    const c0 = Math.floor(Math.min(x, nx));
    const c1 = Math.floor(Math.max(x, nx));
    for (let c = c0; c <= c1; c++) {
      // The segment's y over this column's span [c, c + 1].
      const ya = interpolate(x, y, nx, ny, Math.max(c, Math.min(x, nx)));
      const yb = interpolate(x, y, nx, ny, Math.min(c + 1, Math.max(x, nx)));
      mark(c, ya, yb);
    }
  }
}

function interpolate(x0: number, y0: number, x1: number, y1: number, x: number): number {
  return x1 === x0 ? y0 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when a box, padded by `pad`, touches any line of the envelope. */
export function coversData(env: Envelope, box: Box, pad = 3): boolean {
  const c0 = Math.max(0, Math.floor(box.x - pad - env.left));
  const c1 = Math.min(env.top.length - 1, Math.floor(box.x + box.width + pad - env.left));
  for (let c = c0; c <= c1; c++) {
    if ((env.top[c] as number) <= box.y + box.height + pad && (env.bottom[c] as number) >= box.y - pad) return true;
  }
  return false;
}

export function overlaps(a: Box, b: Box, pad = 2): boolean {
  return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;
}
