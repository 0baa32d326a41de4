/**
 * The tracker as a static SVG (WeChat, RSS, email, the PNG export): its one drawing
 * (./project-tracker.draw.ts) with colours as attributes, one `<g>` per row of the pipeline (the
 * items a test counts) in the last group; no hit areas, focus ring or tooltip.
 */
import { staticPen } from '../../core/draw/pen.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import { s, type SvgBody } from '../../core/static-svg/svg.js';
import { drawTracker } from './project-tracker.draw.js';
import type { TrackerScene } from './project-tracker.layout.js';

export function trackerSvg(scene: TrackerScene, ctx: SvgContext): SvgBody {
  const d = drawTracker(scene, staticPen(ctx));
  const size = Math.round(scene.lineHeight / 1.3);
  return { node: s('g', { fill: ctx.paint.fg, 'font-size': size }, d.back, s('g', {}, d.rows.map((r) => s('g', {}, r)))), height: scene.height };
}
