/**
 * Placing annotation text so it covers no data: a note tries spots around its point, nearest
 * first, and takes the first that touches no line, no other note and stays in the plot; when
 * none is free it goes to the band above the plot with a leader line. Range labels always go to
 * that band. The band packs its texts into as few rows as keep them apart.
 */
import { truncate, wrapLines, type Measure } from '../../core/measure.js';
import type { ResolvedAnnotation } from './annotations.js';
import { coversData, overlaps, type Box, type Envelope } from './labels.js';

export interface NoteMark {
  lines: string[];
  /** The full text, for the accessible name. */
  text: string;
  box: Box;
  /** The annotated point, in px. */
  px: number;
  py: number;
  /** The leader from the point to the text. */
  leader: { x1: number; y1: number; x2: number; y2: number };
  inBand: boolean;
  series: number;
}

export interface RangeMark {
  x: number;
  width: number;
  text: string;
  /** Where the text sits (in the band), left-aligned. */
  label: Box & { line: string };
}

export interface Plot {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface PlaceInput {
  annotations: readonly ResolvedAnnotation[];
  xPx: (x: number) => number;
  yPx: (y: number) => number;
  plot: Plot;
  env: Envelope;
  /** Top of the band above the plot. */
  bandTop: number;
  lineHeight: number;
  font: string;
  measure: Measure;
}

export interface Placed {
  notes: NoteMark[];
  ranges: RangeMark[];
  /** Rows the band needed. */
  bandRows: number;
}

const OFFSETS = [14, 30, 52];

export function placeAnnotations(p: PlaceInput): Placed {
  const { plot, lineHeight: lh, font, measure } = p;
  const plotW = plot.right - plot.left;
  const maxW = Math.max(60, Math.min(170, plotW * 0.42));
  const taken: Box[] = [];
  const band: Array<{ box: Box; set: (row: number) => void }> = [];
  const ranges: RangeMark[] = [];
  const notes: NoteMark[] = [];
  for (const a of p.annotations) {
    if (a.kind !== 'range') continue;
    const x0 = Math.max(plot.left, Math.min(plot.right, p.xPx(a.from)));
    const x1 = Math.max(plot.left, Math.min(plot.right, p.xPx(a.to)));
    const line = truncate(a.text, Math.max(maxW, x1 - x0), font, measure);
    const w = measure(line, font);
    // Left-aligned on the range, pulled back inside the chart near the right edge.
    const bx = Math.max(plot.left, Math.min(x0 + 2, plot.right - w));
    const r: RangeMark = { x: x0, width: Math.max(1, x1 - x0), text: a.text, label: { x: bx, y: 0, width: w, height: lh, line } };
    ranges.push(r);
    band.push({ box: r.label, set: (row) => (r.label.y = p.bandTop + row * lh) });
  }
  for (const a of p.annotations) {
    if (a.kind !== 'note') continue;
    const px = p.xPx(a.x);
    const py = p.yPx(a.y);
    const lines = wrapLines(a.text, maxW, font, measure, 3);
    const w = Math.max(...lines.map((l) => measure(l, font)));
    const h = lines.length * lh;
    const marker: Box = { x: px - 5, y: py - 5, width: 10, height: 10 };
    let chosen: Box | null = null;
    for (const d of OFFSETS) {
      for (const dy of [-(d + h), d]) {
        for (const bx of [px - w / 2, px + 6, px - w - 6]) {
          const box = { x: bx, y: py + dy, width: w, height: h };
          const inside = box.x >= plot.left && box.x + w <= plot.right && box.y >= plot.top && box.y + h <= plot.bottom;
          if (inside && !coversData(p.env, box) && !taken.some((t) => overlaps(t, box)) && !overlaps(marker, box)) {
            chosen = box;
            break;
          }
        }
        if (chosen) break;
      }
      if (chosen) break;
    }
    const note: NoteMark = {
      lines,
      text: a.text,
      box: chosen ?? { x: Math.max(0, Math.min(px - w / 2, plot.right - w)), y: 0, width: w, height: h },
      px,
      py,
      leader: { x1: px, y1: py, x2: px, y2: py },
      inBand: !chosen,
      series: a.series,
    };
    notes.push(note);
    if (chosen) {
      taken.push(chosen);
      taken.push(marker);
      note.leader = leaderTo(px, py, chosen);
    } else {
      // The band holds one line per note: long notes are cut there, the full text stays in the label.
      note.lines = [truncate(a.text, maxW, font, measure)];
      note.box.width = measure(note.lines[0] ?? '', font);
      note.box.height = lh;
      note.box.x = Math.max(0, Math.min(px - note.box.width / 2, plot.right - note.box.width));
      band.push({
        box: note.box,
        set: (row) => {
          note.box.y = p.bandTop + row * lh;
          note.leader = { x1: px, y1: py - 5, x2: px, y2: note.box.y + lh };
        },
      });
    }
  }
  const rows: Box[][] = [];
  for (const item of band) {
    let row = rows.findIndex((r) => !r.some((b) => overlaps(b, item.box, 8)));
    if (row < 0) row = rows.push([]) - 1;
    rows[row]?.push({ ...item.box, y: 0 });
    item.set(row);
  }
  return { notes, ranges, bandRows: rows.length };
}

/** From the point to the nearest point of the box's edge, stopping short of both. */
function leaderTo(px: number, py: number, b: Box): NoteMark['leader'] {
  const cx = Math.max(b.x, Math.min(px, b.x + b.width));
  const cy = py < b.y ? b.y : b.y + b.height;
  const len = Math.hypot(cx - px, cy - py) || 1;
  const ux = (cx - px) / len;
  const uy = (cy - py) / len;
  return { x1: px + ux * 6, y1: py + uy * 6, x2: cx - ux * 2, y2: cy - uy * 2 };
}
