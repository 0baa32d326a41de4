/**
 * The targets board's marks, drawn once (core/draw/pen.ts): the status icons, the scale (rail,
 * goal zone, progress bar, zero, pace tick, marker, labels) and the sparkline. The board itself
 * is HTML in the page (it reflows, reads in order, and its text is selectable); these small SVGs
 * sit in it, mounted with `drawn()`, and targets.svg.ts places the same nodes in the static image
 * with resolved paint. Their geometry (the scale's centre line included) is worked out here only.
 */
import { r1 } from '../../core/draw/metrics.js';
import { live, painted, type Pen } from '../../core/draw/pen.js';
import type { Paint } from '../../core/static-svg/paint.js';
import { s, type SvgAttrs, type SvgNode } from '../../core/static-svg/svg.js';
import type { Spark, Track } from './targets.layout.js';
import type { TargetStatus } from './targets.status.js';

/** Colour encodes status, as the element's --_st-* do: the same in every language. */
export function statusColor(status: TargetStatus, paint: Paint): string {
  if (status === 'achieved') return paint.green;
  if (status === 'on-track') return paint.accent;
  if (status === 'behind') return paint.highlight;
  if (status === 'missed') return paint.errorFg;
  return paint.muted;
}

/** [r, g, b] of "#rrggbb", "#rgb" or "rgb(r, g, b)"; null for anything else. */
function rgb(color: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const m = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*[,)/\s]/i.exec(color.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/**
 * The goal zone's fill: a pale accent, opaque like the element's --dj-target-zone so the rail
 * stays hidden under it; `opacity` only when a colour cannot be read.
 */
function zoneFill(paint: Paint): SvgAttrs {
  const a = rgb(paint.accent);
  const b = rgb(paint.bg);
  if (!a || !b) return { fill: paint.accent, opacity: 0.18 };
  const hex = a.map((v, i) => Math.round((b[i] ?? 0) + (v - (b[i] ?? 0)) * 0.16).toString(16).padStart(2, '0')).join('');
  return { fill: `#${hex}` };
}

/** The icon's outline paint, for the group that holds its shapes in a static image (the page: `.icon` CSS). */
export function iconPaint(status: TargetStatus, paint: Paint): SvgAttrs {
  return { fill: 'none', stroke: statusColor(status, paint), 'stroke-width': 1.6, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
}

/** The five status shapes in a 16 px box: the status never rests on colour alone. */
export function drawIcon(status: TargetStatus, pen: Pen): SvgNode[] {
  const fill = { ...live(pen, { class: 'fill' }), ...painted(pen, (p) => ({ fill: statusColor(status, p), stroke: 'none' })) };
  const onFill = { ...live(pen, { class: 'on-fill' }), ...painted(pen, (p) => ({ stroke: p.bg, 'stroke-width': 1.8 })) };
  switch (status) {
    case 'achieved':
      return [s('circle', { cx: 8, cy: 8, r: 7, ...fill }), s('path', { d: 'M4.5 8.2l2.4 2.4 4.6-5', ...onFill })];
    case 'on-track':
      return [s('circle', { cx: 8, cy: 8, r: 6.5 }), s('path', { d: 'M4.5 8h6M8 5l3 3-3 3' })];
    case 'behind':
      return [s('path', { d: 'M8 1.5l7 12.5H1z' }), s('path', { d: 'M8 6v4M8 11.6v.4' })];
    case 'missed':
      return [s('circle', { cx: 8, cy: 8, r: 7, ...fill }), s('path', { d: 'M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6', ...onFill })];
    default:
      return [s('circle', { cx: 8, cy: 8, r: 6.5, 'stroke-dasharray': '2.6 2' }), s('path', { d: 'M5.5 8h5' })];
  }
}

/** The scale, in a box of t.width × t.height: the centre line sits above the labels when there are any. */
export function drawTrack(t: Track, pen: Pen): SvgNode[] {
  const mid = t.height - (t.labels.length ? 22 : 11);
  const nodes: SvgNode[] = [s('line', { ...live(pen, { class: 'rail' }), x1: 8, x2: r1(t.width - 8), y1: mid, y2: mid, ...painted(pen, (p) => ({ stroke: p.grid, 'stroke-width': 2 })) })];
  if (t.zone) nodes.push(s('rect', { ...live(pen, { class: 'zone' }), x: r1(t.zone.x), y: mid - 7, width: r1(Math.max(0, t.zone.width)), height: 14, ...painted(pen, zoneFill) }));
  if (t.bar) {
    const bar = t.bar;
    nodes.push(s('rect', { ...live(pen, { class: `bar ${bar.direction} st-${bar.status}` }), x: r1(bar.x), y: mid - 4, width: r1(Math.max(1, bar.width)), height: 8, ...painted(pen, (p) => ({ fill: statusColor(bar.status, p) })) }));
  }
  nodes.push(s('line', { ...live(pen, { class: 'zero' }), x1: r1(t.zeroX), x2: r1(t.zeroX), y1: mid - 8, y2: mid + 8, ...painted(pen, (p) => ({ stroke: p.axis })) }));
  if (t.paceX !== null) nodes.push(s('path', { ...live(pen, { class: 'pace' }), d: `M${r1(t.paceX - 4)},${mid - 11}h8l-4,5z`, ...painted(pen, (p) => ({ fill: p.muted })) }));
  nodes.push(
    s('line', { ...live(pen, { class: 'marker-line' }), x1: r1(t.markerX), x2: r1(t.markerX), y1: mid - 9, y2: mid + 9, ...painted(pen, (p) => ({ stroke: p.fg, 'stroke-width': 1.5 })) }),
    s('circle', { ...live(pen, { class: t.strict ? 'marker strict' : 'marker' }), cx: r1(t.markerX), cy: mid, r: 4.5, ...painted(pen, (p) => ({ fill: t.strict ? p.bg : p.fg, stroke: p.fg, 'stroke-width': 1.5 })) }),
  );
  if (t.labels.length) {
    nodes.push(
      s(
        'g',
        painted(pen, (p) => ({ fill: p.muted, 'font-size': 11 })),
        t.labels.map((l) => s('text', { ...live(pen, { class: 'tick' }), x: r1(l.x), y: t.height - 4, 'text-anchor': l.anchor === 'start' ? null : l.anchor }, l.text)),
      ),
    );
  }
  return nodes;
}

/** The actuals so far against the target line, in a box of sp.width × sp.height. */
export function drawSpark(sp: Spark, pen: Pen): SvgNode[] {
  return [
    s('line', { ...live(pen, { class: 'spark-target' }), x1: 0, x2: sp.width, y1: sp.targetY, y2: sp.targetY, ...painted(pen, (p) => ({ stroke: p.fg, 'stroke-dasharray': '3 2' })) }),
    s('path', { d: sp.path, ...painted(pen, (p) => ({ fill: 'none', stroke: p.accent, 'stroke-width': 1.5 })) }),
    s('g', painted(pen, (p) => ({ fill: p.accent })), sp.dots.map((d) => s('circle', { cx: d.x, cy: d.y, r: 2 }))),
  ];
}
