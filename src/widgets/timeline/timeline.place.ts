/**
 * Where labels go so that none overlaps another: boxes packed into rows first-fit (in time order,
 * so earlier events take the upper rows), and what does not fit collapses into counted clusters.
 * Pure geometry on intervals; no dates, no DOM.
 */

export interface Span {
  /** Left edge of the label box, px. */
  x0: number;
  /** Right edge, px. */
  x1: number;
}

/**
 * First-fit row packing: each box goes into the first row whose last box ends `gap` px before it
 * starts; -1 when all `maxRows` rows are taken there. Boxes must come in the order to place them.
 */
export function packRows(boxes: readonly Span[], maxRows: number, gap: number): number[] {
  const ends: number[] = [];
  return boxes.map((b) => {
    for (let r = 0; r < maxRows; r++) {
      const end = ends[r];
      if (end === undefined || b.x0 >= end + gap) {
        ends[r] = b.x1;
        return r;
      }
    }
    return -1;
  });
}

export interface Cluster {
  /** Positions (into the `xs` given) of the members, left to right. */
  members: number[];
  /** Where the badge's box starts and ends. */
  x0: number;
  x1: number;
}

/**
 * Groups points (already in ascending x) into clusters whose badges do not overlap: a badge for
 * n members is `width(n)` px wide and starts at its first member; a point that falls under the
 * previous badge (plus `gap`) joins it, and the badge grows with its count.
 */
export function clusterPoints(xs: readonly number[], width: (count: number) => number, gap: number, right: number): Cluster[] {
  const out: Cluster[] = [];
  xs.forEach((x, i) => {
    const last = out[out.length - 1];
    if (last && x < last.x1 + gap) {
      last.members.push(i);
      last.x1 = last.x0 + width(last.members.length);
      return;
    }
    out.push({ members: [i], x0: x, x1: x + width(1) });
  });
  // A badge past the right edge moves left; if it then meets its neighbour, they merge.
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i] as Cluster;
    if (c.x1 > right) {
      const w = c.x1 - c.x0;
      c.x1 = right;
      c.x0 = right - w;
    }
    const prev = out[i - 1];
    if (prev && prev.x1 + gap > c.x0) {
      prev.members.push(...c.members);
      prev.x1 = Math.min(right, prev.x0 + width(prev.members.length));
      out.splice(i, 1);
    }
  }
  return out;
}

/** Whether any two spans in the same row overlap (for tests and assertions). */
export function overlaps(spans: ReadonlyArray<Span & { row: number }>): boolean {
  const byRow = new Map<number, Span[]>();
  for (const s of spans) byRow.set(s.row, [...(byRow.get(s.row) ?? []), s]);
  for (const row of byRow.values()) {
    const sorted = [...row].sort((a, b) => a.x0 - b.x0);
    for (let i = 1; i < sorted.length; i++) if ((sorted[i] as Span).x0 < (sorted[i - 1] as Span).x1) return true;
  }
  return false;
}
