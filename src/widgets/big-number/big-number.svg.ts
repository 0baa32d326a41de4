/**
 * Headline figures as a static SVG (WeChat, RSS, email, the PNG export): each figure in its final
 * count-up state, with its label, its comparison and the quote it came from, in the columns the
 * element's grid would give at this width. A picture has no disclosure to open, so the quote the
 * element keeps behind "原文" is drawn as a line.
 */
import type { SvgContext } from '../../core/static-svg/context.js';
import { s, type SvgBody, type SvgNode } from '../../core/static-svg/svg.js';
import { BODY, fontAt, paragraph, placeAt, SMALL, textBody } from '../../core/static-svg/text.js';
import type { BigFigure, BigScene } from './big-number.layout.js';
import { baseline, r1, SLACK } from '../../core/draw/metrics.js';

/** The element's grid: columns of at least 170 px, 24 px apart; rows 16 px apart. */
const MIN_COL = 170;
const COL_GAP = 24;
const ROW_GAP = 16;

/** As `repeat(auto-fit, minmax(min(100%, 170px), 1fr))` with a 24 px gap lays them out. */
export function bigColumns(count: number, width: number): number {
  if (count <= 1) return 1;
  const fit = Math.floor((width + COL_GAP) / (Math.min(width, MIN_COL) + COL_GAP));
  return Math.max(1, Math.min(count, fit));
}

/** The number's size: the element's clamp() on the container width (cqi), shrunk to fit its column. */
function numberSize(text: string, many: boolean, width: number, colW: number, ctx: SvgContext): number {
  const wanted = many ? Math.min(33.6, Math.max(21, width * 0.036)) : Math.min(44.8, Math.max(28, width * 0.09));
  const w = ctx.measure(text, `700 ${wanted}px ${ctx.paint.font}`);
  return w <= colW * SLACK ? r1(wanted) : Math.max(10, Math.floor((wanted * colW * SLACK) / w));
}

function figureNode(f: BigFigure, many: boolean, colW: number, ctx: SvgContext): { node: SvgNode; height: number } {
  const { paint, measure, width } = ctx;
  const nodes: SvgNode[] = [];
  const size = numberSize(f.text, many, width, colW, ctx);
  const numberH = size * 1.1;
  nodes.push(s('text', { x: 0, y: baseline(numberH / 2, size), 'font-size': size, 'font-weight': 700 }, f.text));
  let y = numberH;
  if (f.label) {
    y += 4;
    const label = paragraph(f.label, { x: 0, top: y, width: colW, maxLines: 3 }, BODY, ctx, { fill: paint.muted });
    nodes.push(...label.nodes);
    y += label.height;
  }
  const c = f.comparison;
  if (c) {
    y += 4;
    const color = c.direction === 'rise' ? paint.rise : c.direction === 'fall' ? paint.fall : paint.fg;
    const head = `${c.arrow} ${c.amount}`;
    const headW = measure(head, fontAt(ctx, BODY.size, 600));
    const mid = y + BODY.lineHeight / 2;
    nodes.push(s('text', { x: 0, y: baseline(mid, BODY.size), fill: color, 'font-weight': 600 }, head));
    // The element's words after the amount ("较2020年"); under it when the column is too narrow.
    const fits = headW + 4 + measure(c.against, fontAt(ctx, BODY.size)) <= colW * SLACK;
    if (fits) nodes.push(s('text', { x: r1(headW + 4), y: baseline(mid, BODY.size), fill: paint.muted }, c.against));
    else nodes.push(s('text', { x: 0, y: baseline(mid + BODY.lineHeight, BODY.size), fill: paint.muted }, c.against));
    y += fits ? BODY.lineHeight : BODY.lineHeight * 2;
  }
  if (f.provenance) {
    const sep = ctx.locale === 'zh-CN' ? '：' : ': ';
    y += 6;
    const text = `${f.provenance.prefix}${sep}${f.provenance.text}`;
    const prov = paragraph(text, { x: 0, top: y, width: colW, maxLines: 4 }, SMALL, ctx, { fill: paint.muted, 'font-size': SMALL.size });
    nodes.push(...prov.nodes);
    y += prov.height;
  }
  return { node: s('g', {}, nodes), height: Math.ceil(y) };
}

/** The figures, one `<g>` each (the items a test counts), row by row in the grid's columns. */
export function bigNumberSvg(scene: BigScene, ctx: SvgContext): SvgBody {
  const { width } = ctx;
  const many = scene.figures.length > 1;
  const cols = bigColumns(scene.figures.length, width);
  const colW = (width - (cols - 1) * COL_GAP) / cols;
  const children: SvgNode[] = [];
  let y = 0;
  for (let start = 0; start < scene.figures.length; start += cols) {
    const row = scene.figures.slice(start, start + cols).map((f) => figureNode(f, many, colW, ctx));
    row.forEach((fig, i) => children.push(placeAt(fig.node, r1(i * (colW + COL_GAP)), y)));
    y += Math.max(0, ...row.map((f) => f.height)) + ROW_GAP;
  }
  return textBody(children, Math.max(0, y - ROW_GAP), ctx);
}
