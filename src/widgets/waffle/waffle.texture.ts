/**
 * The waffle's textures, drawn as marks (./waffle.draw.ts says why not <pattern>): per category a
 * 6 px tile — plain, diagonals, dots, rows, cross-hatch, columns, grid — continued from square to
 * square on the same origin, so neighbouring squares of a category read as one surface. Lines are
 * cut at the square's edge; a dot is drawn only when its centre is inside the square, and its
 * radius (1.9 px) is under the 2 px gap, so no mark of one square reaches into the next.
 */
import { PALETTE_SIZE } from '../../core/palette.js';
import { num } from '../../core/static-svg/svg.js';

/** The tile's side, px: a texture repeats every 6 px, lined up on the drawing's origin. */
const TILE = 6;
/** The texture's line width, px. */
export const STROKE = 1.4;
/** A dot's radius, px: r 1.2, plus half the stroke around it. */
export const DOT = 1.2 + STROKE / 2;

export interface Box {
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

/** Positions ≡ 3 (mod 6) from `lo` to `hi`. */
function thirds(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let v = Math.ceil((lo - 3) / TILE) * TILE + 3; v <= hi; v += TILE) out.push(v);
  return out;
}

const rows = (b: Box): string => thirds(b.y, b.y + b.size).map((y) => `M${num(b.x)},${y}h${num(b.size)}`).join('');
const cols = (b: Box): string => thirds(b.x, b.x + b.size).map((x) => `M${x},${num(b.y)}v${num(b.size)}`).join('');

/** The marks of texture `p` (category p, cycling with the palette) over one box, as path data; '' for the plain one. */
export function texturePath(p: number, b: Box): { d: string; dots: boolean } {
  switch (p % PALETTE_SIZE) {
    case 1:
      return { d: diagonals(b, 1), dots: false };
    case 2: {
      let d = '';
      for (const y of thirds(b.y, b.y + b.size)) for (const x of thirds(b.x, b.x + b.size)) d += `M${x},${y}h0`;
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
