/**
 * The waffle's final state as static SVG: the unit line, the squares and the legend. The page
 * fills squares with <pattern>s; a static drawing cannot (WeChat strips the ids that url(#…)
 * needs), so each pattern is drawn as marks: the same 6 px tile, lined up on the same origin,
 * so the squares look as they do in the page. Marks that reach past a square's edge land in the
 * gap between squares, in the background colour, where they cannot be seen.
 */
import { PALETTE_SIZE } from '../../core/palette.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import { num, s, type SvgBody, type SvgNode } from '../../core/static-svg/svg.js';
import { paletteColor } from '../../core/static-svg/paint.js';
import type { WaffleScene } from './waffle.layout.js';

const TILE = 6;
/** The pattern's stroke (waffle.styles.ts: .pat-fg stroke-width 1.4). */
const STROKE = 1.4;
/** A dot of the tile: r 1.2, plus half the stroke around it. */
const DOT = 1.2 + STROKE / 2;

interface Box {
  x: number;
  y: number;
  size: number;
}

/** Lines x + sign·y ≡ 0 (mod 6) across a box: the tile's diagonals, continued from tile to tile. */
function diagonals(b: Box, sign: 1 | -1): string {
  let d = '';
  // Along the line, x runs over the box's x range where y stays in the box's y range.
  const kLo = Math.ceil((b.x + sign * (sign > 0 ? b.y : b.y + b.size)) / TILE);
  const kHi = Math.floor((b.x + b.size + sign * (sign > 0 ? b.y + b.size : b.y)) / TILE);
  for (let k = kLo; k <= kHi; k++) {
    const c = k * TILE;
    // y = sign·(c − x)
    const xs = sign > 0 ? [c - b.y - b.size, c - b.y] : [c + b.y, c + b.y + b.size];
    const x0 = Math.max(b.x, xs[0] as number);
    const x1 = Math.min(b.x + b.size, xs[1] as number);
    if (x1 - x0 < 0.01) continue;
    const y0 = sign * (c - x0);
    d += `M${num(x0)},${num(y0)}l${num(x1 - x0)},${num(-sign * (x1 - x0))}`;
  }
  return d;
}

/** Positions ≡ 3 (mod 6) from `lo` to `hi`, reaching `pad` past each end. */
function thirds(lo: number, hi: number, pad = 0): number[] {
  const out: number[] = [];
  for (let v = Math.ceil((lo - pad - 3) / TILE) * TILE + 3; v <= hi + pad; v += TILE) out.push(v);
  return out;
}

const rows = (b: Box): string => thirds(b.y, b.y + b.size).map((y) => `M${num(b.x)},${y}h${num(b.size)}`).join('');
const cols = (b: Box): string => thirds(b.x, b.x + b.size).map((x) => `M${x},${num(b.y)}v${num(b.size)}`).join('');

/** The marks of pattern `p` (waffle.ts PATTERNS) over one box, as path data; '' for the plain one. */
export function patternPath(p: number, b: Box): { d: string; dots: boolean } {
  switch (p % PALETTE_SIZE) {
    case 1:
      return { d: diagonals(b, 1), dots: false };
    case 2: {
      let d = '';
      for (const y of thirds(b.y, b.y + b.size, DOT)) for (const x of thirds(b.x, b.x + b.size, DOT)) d += `M${x},${y}h0`;
      return { d, dots: true };
    }
    case 3:
      return { d: rows(b), dots: false };
    case 4:
      return { d: diagonals(b, 1) + diagonals(b, -1), dots: false };
    case 5:
      return { d: cols(b), dots: false };
    case 6:
      return { d: rows(b) + cols(b), dots: false };
    default:
      return { d: '', dots: false };
  }
}

/** Boxes of one category: filled in its colour, then its pattern's marks in the background colour. */
function category(item: number, boxes: readonly Box[], ctx: SvgContext): SvgNode[] {
  if (boxes.length === 0) return [];
  const { paint } = ctx;
  const fill = s('path', { d: boxes.map((b) => `M${num(b.x)},${num(b.y)}h${num(b.size)}v${num(b.size)}h${num(-b.size)}z`).join(''), fill: paletteColor(paint, item) });
  let lines = '';
  let dots = '';
  for (const b of boxes) {
    const p = patternPath(item, b);
    if (p.dots) dots += p.d;
    else lines += p.d;
  }
  return [
    fill,
    lines ? s('path', { d: lines, fill: 'none', stroke: paint.bg, 'stroke-width': STROKE }) : null,
    // A zero-length segment with round caps is a dot of the cap's diameter.
    dots ? s('path', { d: dots, fill: 'none', stroke: paint.bg, 'stroke-width': DOT * 2, 'stroke-linecap': 'round' }) : null,
  ].filter((n): n is SvgNode => n !== null);
}

export function waffleSvg(scene: WaffleScene, ctx: SvgContext): SvgBody {
  const { paint } = ctx;
  const lh = scene.lineHeight;
  const byItem = scene.items.map(() => [] as Box[]);
  for (const q of scene.squares) byItem[q.item]?.push({ x: q.x, y: q.y, size: scene.cell });
  const text = (x: number, y: number, str: string, fill?: string): SvgNode => s('text', { x, y, 'dominant-baseline': 'central', fill }, str);
  const legend = scene.items.map((it, i) =>
    s(
      'g',
      {},
      category(i, [{ x: it.legendX, y: it.legendY + (lh - 14) / 2, size: 14 }], ctx),
      it.legendLines.map((l, k) => text(it.legendX + 22, it.legendY + k * lh + lh / 2, l)),
    ),
  );
  const node = s(
    'g',
    {},
    text(0, lh / 2, scene.unitText, paint.muted),
    s('g', {}, byItem.flatMap((boxes, i) => category(i, boxes, ctx))),
    s('g', {}, legend),
  );
  return { node, height: scene.height };
}
