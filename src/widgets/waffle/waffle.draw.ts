/**
 * The waffle's one drawing (core/draw/pen.ts): unit line, each category's squares with its
 * texture, and each legend key and label, from the finished scene. The page mounts it with
 * `drawn()` (classes; CSS colours it) inside the element's interactive groups; `toSvg()`
 * serialises it with resolved paint (./waffle.svg.ts).
 *
 * Textures are marks, not `<pattern>` fills. A pattern is referenced by `url(#id)`: WeChat and
 * CMS sanitisers strip ids and <defs>, two static drawings on one page clash on the same id, and
 * a fill that cannot be resolved falls back to black or nothing. Observable Plot's waffle uses a
 * pattern per waffle under a per-render unique id, which fixes the clash but not the sanitiser.
 * Drawn marks need no id at all: the same 6 px tile (./waffle.texture.ts) is laid over each
 * square in the background colour, so the picture is the one a pattern gave, in every channel,
 * and categories still differ without colour (WCAG 1.4.1). One path per category for the
 * squares and one for its texture keeps 2,500 squares to a handful of elements.
 */
import { live, painted, type Pen } from '../../core/draw/pen.js';
import { colorClass } from '../../core/palette.js';
import { paletteColor } from '../../core/static-svg/paint.js';
import { num, s, type SvgAttrs, type SvgNode } from '../../core/static-svg/svg.js';
import { DOT, STROKE, texturePath, type Box } from './waffle.texture.js';
import type { WaffleScene } from './waffle.layout.js';

/** The legend key's side, px. */
export const KEY = 14;

export interface WaffleDrawing {
  /** "每格代表 1个" above the grid. */
  unit: SvgNode;
  /** Per category (scene.items order): its squares and their texture; empty when it has none. */
  squares: SvgNode[][];
  /** Per category: legend key (a square with the texture) and the label's lines. */
  legend: SvgNode[][];
}

/** Boxes of one category: filled in its colour, then its texture's marks in the background colour. */
function category(item: number, boxes: readonly Box[], pen: Pen, cls: SvgAttrs): SvgNode[] {
  if (boxes.length === 0) return [];
  let lines = '';
  let dots = '';
  for (const b of boxes) {
    const p = texturePath(item, b);
    if (p.dots) dots += p.d;
    else lines += p.d;
  }
  const ink = painted(pen, (p) => ({ stroke: p.bg }));
  const texture = live(pen, { class: 'texture' });
  return [
    s('path', { ...cls, d: boxes.map((b) => `M${num(b.x)},${num(b.y)}h${num(b.size)}v${num(b.size)}h${num(-b.size)}z`).join(''), ...painted(pen, (p) => ({ fill: paletteColor(p, item) })) }),
    lines ? s('path', { ...texture, d: lines, fill: 'none', 'stroke-width': STROKE, ...ink }) : null,
    // A zero-length segment with round caps is a dot of the cap's diameter.
    dots ? s('path', { ...texture, d: dots, fill: 'none', 'stroke-width': DOT * 2, 'stroke-linecap': 'round', ...ink }) : null,
  ].filter((n): n is SvgNode => n !== null);
}

/** The waffle's drawing from its scene. */
export function drawWaffle(scene: WaffleScene, pen: Pen): WaffleDrawing {
  const lh = scene.lineHeight;
  const byItem = scene.items.map(() => [] as Box[]);
  for (const q of scene.squares) byItem[q.item]?.push({ x: q.x, y: q.y, size: scene.cell });
  const text = (x: number, y: number, str: string, attrs: SvgAttrs = {}): SvgNode => s('text', { x, y, 'dominant-baseline': 'central', ...attrs }, str);
  return {
    unit: text(0, lh / 2, scene.unitText, { ...live(pen, { class: 'unit-text', 'aria-hidden': 'true' }), ...painted(pen, (p) => ({ fill: p.muted })) }),
    squares: byItem.map((boxes, i) => category(i, boxes, pen, live(pen, { class: `square ${colorClass(i)}`, part: 'square' }))),
    legend: scene.items.map((it, i) => [
      ...category(i, [{ x: it.legendX, y: it.legendY + (lh - KEY) / 2, size: KEY }], pen, live(pen, { class: `key ${colorClass(i)}` })),
      ...it.legendLines.map((l, k) => text(it.legendX + 22, it.legendY + k * lh + lh / 2, l, live(pen, { 'aria-hidden': 'true' }))),
    ]),
  };
}
