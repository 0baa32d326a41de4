/**
 * The timeline's one drawing (core/draw/pen.ts), horizontal or vertical: grid, lanes, axis and
 * ticks, the as-of marker, each event's bar, dot, date and title, and the "+N" badges of events
 * whose labels found no row. The page mounts it with `drawn()` inside its own interactive event
 * and badge groups (focus, expand, zoom); `toSvg()` serialises it with resolved paint.
 */
import { live, painted, type Pen } from '../../core/draw/pen.js';
import type { Paint } from '../../core/static-svg/paint.js';
import { s, type SvgAttrs, type SvgChild, type SvgNode } from '../../core/static-svg/svg.js';
import type { ClusterMark, EventMark, TimelineScene } from './timeline.layout.js';

export interface TimelineDrawing {
  /** Everything under the events: grid, lanes, axis, ticks, as-of marker. */
  back: SvgNode[];
  /** Visible events in time order: the mark, and what it shows. */
  events: Array<{ mark: EventMark; nodes: SvgChild[] }>;
  /** Per badge: its box and count. */
  clusters: Array<{ mark: ClusterMark; nodes: SvgNode[] }>;
}

const text = (x: number, y: number, str: string, attrs: SvgAttrs = {}): SvgNode => s('text', { x, y, 'text-anchor': null, 'dominant-baseline': 'central', ...attrs }, str);
const anchor = (a: 'start' | 'middle' | 'end'): string | null => (a === 'start' ? null : a);
const crisp = (stroke: (p: Paint) => string) => (p: Paint): SvgAttrs => ({ stroke: stroke(p), 'shape-rendering': 'crispEdges' });
/** Labels cross grid lines and the as-of line: a halo in the background colour (the page: CSS). */
const halo = (p: Paint): SvgAttrs => ({ stroke: p.bg, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' });

function back(scene: TimelineScene, pen: Pen): SvgNode[] {
  const horizontal = scene.orientation === 'horizontal';
  const hidden = live(pen, { 'aria-hidden': 'true' });
  const axisPaint = painted(pen, crisp((p) => p.axis));
  const tickText = painted(pen, (p) => ({ fill: p.muted, ...halo(p) }));
  const { axis, asOf } = scene;
  return [
    s('g', { ...live(pen, { class: 'grid', 'aria-hidden': 'true' }), ...painted(pen, crisp((p) => p.grid)) }, scene.grid.map((g) => s('line', { ...g }))),
    s(
      'g',
      hidden,
      scene.lanes.map((l) => [
        l.rule ? s('line', { ...live(pen, { class: 'lane-rule' }), ...l.rule, ...painted(pen, crisp((p) => p.grid)) }) : null,
        text(l.x, l.y, l.name, { ...live(pen, { class: 'lane-name' }), ...painted(pen, (p) => ({ fill: p.muted, 'font-weight': 700 })) }),
      ]),
    ),
    s('line', { ...live(pen, { class: 'axis', 'aria-hidden': 'true' }), ...axis, ...axisPaint }),
    s(
      'g',
      live(pen, { class: 'ticks', 'aria-hidden': 'true' }),
      scene.ticks.map((t) =>
        horizontal
          ? s('g', live(pen, { class: 'tick' }), s('line', { ...live(pen, { class: 'axis' }), x1: t.pos, x2: t.pos, y1: axis.y1, y2: axis.y1 + 4, ...axisPaint }), text(t.pos, scene.tickLabelAt, t.text, { 'text-anchor': anchor(t.anchor), ...tickText }))
          : s('g', live(pen, { class: 'tick' }), text(scene.tickLabelAt, t.pos, t.text, { 'text-anchor': 'end', ...tickText })),
      ),
    ),
    ...(asOf
      ? [
          s(
            'g',
            live(pen, { class: 'as-of', 'aria-hidden': 'true' }),
            s('line', { x1: asOf.x1, y1: asOf.y1, x2: asOf.x2, y2: asOf.y2, ...painted(pen, (p) => ({ stroke: p.highlight, 'stroke-width': 2, 'stroke-dasharray': '4 3' })) }),
            text(asOf.tx, asOf.ty, asOf.text, { 'text-anchor': anchor(asOf.anchor), ...painted(pen, (p) => ({ 'font-weight': 700, ...halo(p) })) }),
          ),
        ]
      : []),
  ];
}

function event(m: EventMark, pen: Pen): SvgChild[] {
  const out: SvgChild[] = [];
  if (m.bar) out.push(s('rect', { ...live(pen, { class: 'bar' }), x: m.bar.x, y: m.bar.y, width: m.bar.width, height: m.bar.height, rx: 2, ...painted(pen, (p) => ({ fill: p.accent })) }));
  // A period is its bar; an event whose label found no row is a smaller, muted dot.
  if (m.kind === 'point') {
    out.push(s('circle', { ...live(pen, { class: 'dot' }), cx: m.cx, cy: m.cy, r: m.placed ? 5 : 3.5, ...painted(pen, (p) => ({ fill: m.placed ? p.accent : p.muted, stroke: p.bg, 'stroke-width': 2 })) }));
  }
  for (const t of m.texts) {
    out.push(text(t.x, t.y, t.text, { ...live(pen, { class: `ev-${t.cls}`, 'aria-hidden': 'true' }), 'text-anchor': anchor(t.anchor), ...painted(pen, (p) => ({ fill: t.cls === 'date' ? p.muted : null, ...halo(p) })) }));
    // In the page, a space after each line (not drawn): without it the group's text reads
    // "20202020年成绩单", which no accessible name can contain (axe label-content-name-mismatch).
    if (!pen.paint) out.push(' ');
  }
  return out;
}

function cluster(c: ClusterMark, pen: Pen): SvgNode[] {
  return [
    s('rect', { x: c.hit.x, y: c.hit.y, width: c.hit.width, height: c.hit.height, rx: 3, ...painted(pen, (p) => ({ fill: p.bg, stroke: p.axis })) }),
    text(c.x + 4, c.y, c.text, painted(pen, (p) => ({ fill: p.muted, 'font-size': Math.round(p.fontSize * 0.9 * 100) / 100 }))),
  ];
}

export function drawTimeline(scene: TimelineScene, pen: Pen): TimelineDrawing {
  return {
    back: back(scene, pen),
    events: scene.events.filter((m) => m.visible).map((mark) => ({ mark, nodes: event(mark, pen) })),
    clusters: scene.clusters.map((mark) => ({ mark, nodes: cluster(mark, pen) })),
  };
}
