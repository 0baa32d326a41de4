/**
 * The timeline's final state as static SVG, horizontal or vertical: grid, lanes, axis and
 * ticks, the as-of marker, periods and events with their dates and titles, and the "+N" badges
 * of events whose labels found no row. No zoom buttons, no details panel, no tooltip, no focus
 * ring, and no "current event" ring (it marks where the keyboard starts, which an image has not).
 */
import type { CalendarDate } from '../../core/format/date.js';
import type { SvgContext } from '../../core/static/context.js';
import { s, type SvgAttrs, type SvgBody, type SvgNode } from '../../core/static/svg.js';
import type { ReadResult } from './timeline.data.js';
import { layoutTimeline, type EventMark, type TimelineScene } from './timeline.layout.js';

/** What the element knows beyond its scene: its options, and the font its scene was measured in. */
export interface TimelineSvgOptions {
  orientation: 'auto' | 'horizontal' | 'vertical';
  asOf: CalendarDate | null;
  rows: number;
  /** The vertical zoom (1: none). */
  stretch: number;
  font: string;
}

/**
 * The scene a static drawing shows: the whole period, unzoomed, in the orientation its own
 * width calls for. The page's scene follows the reader's zoom and the element's width; when it
 * differs, the same pure layout runs again for the drawing.
 */
export function wholeTimeline(scene: TimelineScene, read: ReadResult, o: TimelineSvgOptions, ctx: SvgContext): TimelineScene {
  const orientation = o.orientation === 'auto' ? (ctx.width < 560 ? 'vertical' : 'horizontal') : o.orientation;
  const whole = scene.view[0] === scene.domain[0] && scene.view[1] === scene.domain[1] && o.stretch === 1;
  if (whole && scene.orientation === orientation) return scene;
  const options = { locale: ctx.locale, font: o.font, measure: ctx.measure, orientation, asOf: o.asOf, lanes: read.lanes, maxRows: Math.max(1, Math.floor(o.rows) || 3) };
  return layoutTimeline(read.events, options, ctx.width);
}

const text = (x: number, y: number, str: string, attrs: SvgAttrs = {}): SvgNode =>
  s('text', { x, y, 'dominant-baseline': 'central', ...attrs }, str);

const anchor = (a: 'start' | 'middle' | 'end'): string | null => (a === 'start' ? null : a);

/** Labels cross grid lines and the as-of line: a halo in the background colour, as in the page. */
const halo = (ctx: SvgContext): SvgAttrs => ({ stroke: ctx.paint.bg, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' });

/** One event; its group inherits the label halo, which its bar and dot opt out of. */
function eventSvg(m: EventMark, ctx: SvgContext): SvgNode {
  const { paint } = ctx;
  return s(
    'g',
    {},
    m.bar ? s('rect', { x: m.bar.x, y: m.bar.y, width: m.bar.width, height: m.bar.height, rx: 2, fill: paint.accent, stroke: 'none' }) : null,
    // A period is its bar (the page hides its dot); an event whose label found no row is a muted dot.
    m.kind === 'point'
      ? s('circle', { cx: m.cx, cy: m.cy, r: m.placed ? 5 : 3.5, fill: m.placed ? paint.accent : paint.muted, 'stroke-width': 2, 'paint-order': 'normal' })
      : null,
    m.texts.map((t) => text(t.x, t.y, t.text, { 'text-anchor': anchor(t.anchor), fill: t.cls === 'date' ? paint.muted : null })),
  );
}

export function timelineSvg(scene: TimelineScene, ctx: SvgContext): SvgBody {
  const { paint } = ctx;
  const horizontal = scene.orientation === 'horizontal';
  const crisp = { 'shape-rendering': 'crispEdges' };
  const { axis, asOf } = scene;
  const node = s(
    'g',
    {},
    s('g', { stroke: paint.grid, ...crisp }, scene.grid.map((g) => s('line', { ...g })), scene.lanes.map((l) => (l.rule ? s('line', { ...l.rule }) : null))),
    scene.lanes.length ? s('g', { fill: paint.muted, 'font-weight': 700 }, scene.lanes.map((l) => text(l.x, l.y, l.name))) : null,
    s('line', { ...axis, stroke: paint.axis, ...crisp }),
    horizontal ? s('g', { stroke: paint.axis, ...crisp }, scene.ticks.map((t) => s('line', { x1: t.pos, x2: t.pos, y1: axis.y1, y2: axis.y1 + 4 }))) : null,
    s(
      'g',
      { fill: paint.muted, ...halo(ctx) },
      scene.ticks.map((t) => (horizontal ? text(t.pos, scene.tickLabelAt, t.text, { 'text-anchor': anchor(t.anchor) }) : text(scene.tickLabelAt, t.pos, t.text, { 'text-anchor': 'end' }))),
    ),
    asOf
      ? s(
          'g',
          {},
          s('line', { x1: asOf.x1, y1: asOf.y1, x2: asOf.x2, y2: asOf.y2, stroke: paint.highlight, 'stroke-width': 2, 'stroke-dasharray': '4 3' }),
          text(asOf.tx, asOf.ty, asOf.text, { 'text-anchor': anchor(asOf.anchor), 'font-weight': 700, ...halo(ctx) }),
        )
      : null,
    s('g', halo(ctx), scene.events.filter((m) => m.visible).map((m) => eventSvg(m, ctx))),
    scene.clusters.length
      ? s(
          'g',
          {},
          scene.clusters.map((c) =>
            s(
              'g',
              {},
              s('rect', { x: c.hit.x, y: c.hit.y, width: c.hit.width, height: c.hit.height, rx: 3, fill: paint.bg, stroke: paint.axis }),
              text(c.x + 4, c.y, c.text, { fill: paint.muted, 'font-size': Math.round(paint.fontSize * 0.9 * 100) / 100 }),
            ),
          ),
        )
      : null,
  );
  return { node, height: scene.height };
}
