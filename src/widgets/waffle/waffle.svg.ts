/**
 * The waffle as static SVG (WeChat, RSS, email, PNG export): the page's one drawing
 * (./waffle.draw.ts) with resolved paint, in the page's order — unit line, squares, legend. No
 * focus ring, no tooltip, no dimming: what a reader of a printed page would see.
 */
import { staticPen } from '../../core/draw/pen.js';
import { wrapLines } from '../../core/measure.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import { s, type SvgBody } from '../../core/static-svg/svg.js';
import { drawWaffle } from './waffle.draw.js';
import type { WaffleScene } from './waffle.layout.js';

export function waffleSvg(scene: WaffleScene, ctx: SvgContext): SvgBody {
  const d = drawWaffle(scene, staticPen(ctx));
  const node = s('g', {}, d.unit, s('g', {}, d.squares.flat()), s('g', {}, d.legend.map((nodes) => s('g', {}, nodes))));
  // Rows left out of the squares (平均 …), said under them as the page says them (waffle.totals.ts).
  const lines = scene.note ? wrapLines(scene.note, ctx.width, ctx.font, ctx.measure, 3) : [];
  const note = lines.map((line, i) => s('text', { x: 0, y: scene.height + 4 + (i + 0.5) * scene.lineHeight, 'dominant-baseline': 'central', fill: ctx.paint.muted }, line));
  return { node: s('g', {}, node, ...note), height: scene.height + (lines.length ? lines.length * scene.lineHeight + 8 : 0) };
}
