/**
 * Text blocks of the static-only drawings (big numbers, the target board): the HTML the element
 * lays out with CSS — a label, a quote line, a figure in a grid cell — redrawn as SVG <text>
 * lines. The image has no line box, so each block wraps its words, stacks the lines on its line
 * height and says how tall it came out; the drawings stack blocks with that height. One set of
 * sizes and one way to stack lines, where each drawing used to carry its own copy.
 */
import { baseline, r1, SLACK } from '../draw/metrics.js';
import type { SvgContext } from './context.js';
import { wrapText } from './frame.js';
import { s, type SvgAttrs, type SvgBody, type SvgNode } from './svg.js';

/**
 * The sizes the elements' styles give body text (14 px on 20 px lines) and small text
 * (0.86em: 12 px on 17 px lines: provenance, meta lines).
 */
export const BODY = { size: 14, lineHeight: 20 } as const;
export const SMALL = { size: 12, lineHeight: 17 } as const;

/** A font shorthand in the drawing's family, for measuring: `fontAt(ctx, 14, 700)`. */
export const fontAt = (ctx: SvgContext, size: number, weight?: number): string => `${weight ? `${weight} ` : ''}${size}px ${ctx.paint.font}`;

/** Lines stacked from `top`, each centred in its `lineHeight` box, one <text> each with `attrs`. */
export function textLines(lines: readonly string[], x: number, top: number, lineHeight: number, size: number, attrs: SvgAttrs = {}): SvgNode[] {
  return lines.map((line, i) => s('text', { x: r1(x), y: baseline(top + i * lineHeight + lineHeight / 2, size), ...attrs }, line));
}

export interface Paragraph {
  /** The <text> lines (empty for empty text). */
  nodes: SvgNode[];
  /** Lines × line height. */
  height: number;
}

/**
 * `text` wrapped to `width` (a little short of it: SLACK) in at most `maxLines` lines at
 * `scale`, drawn from (x, top). The caller adds `attrs` (fill, font-size) to each line.
 */
export function paragraph(
  text: string,
  at: { x: number; top: number; width: number; maxLines: number; weight?: number },
  scale: { size: number; lineHeight: number },
  ctx: SvgContext,
  attrs: SvgAttrs = {},
): Paragraph {
  const lines = wrapText(text, at.width * SLACK, fontAt(ctx, scale.size, at.weight), ctx.measure, at.maxLines);
  return { nodes: textLines(lines, at.x, at.top, scale.lineHeight, scale.size, attrs), height: lines.length * scale.lineHeight };
}

/** A block moved to (x, y): the one `<g>` per item that tests count and readers see. */
export function placeAt(node: SvgNode, x: number, y: number): SvgNode {
  node.attrs['transform'] = `translate(${x},${y})`;
  return node;
}

/** The drawing's body: its items in one group whose text inherits body size and colour. */
export function textBody(children: SvgNode[], height: number, ctx: SvgContext): SvgBody {
  return { node: s('g', { fill: ctx.paint.fg, 'font-size': BODY.size }, children), height };
}
