/**
 * The timeline as static SVG: its one drawing (./timeline.draw.ts) with resolved paint, of the
 * whole period (the page's scene follows the reader's zoom). No zoom buttons, no details panel, no tooltip, no focus
 * ring, and no "current event" ring (it marks where the keyboard starts, which an image has not).
 */
import type { CalendarDate } from '../../core/format/date.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import { staticPen } from '../../core/draw/pen.js';
import { s, type SvgBody } from '../../core/static-svg/svg.js';
import { drawTimeline } from './timeline.draw.js';
import type { ReadResult } from './timeline.data.js';
import { layoutTimeline, type TimelineScene } from './timeline.layout.js';

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

/** The body: the drawing's background, events and badges, each in its group as in the page. */
export function timelineSvg(scene: TimelineScene, ctx: SvgContext): SvgBody {
  const d = drawTimeline(scene, staticPen(ctx));
  const node = s(
    'g',
    {},
    d.back,
    s('g', {}, d.events.map((e) => s('g', {}, e.nodes))),
    d.clusters.length ? s('g', {}, d.clusters.map((c) => s('g', {}, c.nodes))) : null,
  );
  return { node, height: scene.height };
}
