/**
 * Headline figures as a static SVG (WeChat, RSS, email, the PNG export): each figure in its final
 * count-up state, with its label, its comparison and the quote it came from, in the columns the
 * element's grid would give at this width. A picture has no disclosure to open, so the quote the
 * element keeps behind "原文" is drawn as a line.
 */
import type { SvgContext } from '../../core/static-svg/context.js';
import { wrapText } from '../../core/static-svg/frame.js';
import { s, type SvgBody, type SvgNode } from '../../core/static-svg/svg.js';
import type { BigFigure, BigScene } from './big-number.layout.js';
import { baseline, r1, SLACK } from '../../core/draw/metrics.js';

/** The element's grid: columns of at least 170 px, 24 px apart; rows 16 px apart. */
const MIN_COL = 170;
const COL_GAP = 24;
const ROW_GAP = 16;
const BASE = 14;
const LH = 20;
const SMALL = 12;
const SMALL_LH = 17;

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
  const font = (size: number, weight = 400): string => `${weight} ${size}px ${paint.font}`;
  const nodes: SvgNode[] = [];
  const size = numberSize(f.text, many, width, colW, ctx);
  const numberH = size * 1.1;
  nodes.push(s('text', { x: 0, y: baseline(numberH / 2, size), 'font-size': size, 'font-weight': 700 }, f.text));
  let y = numberH;
  if (f.label) {
    const lines = wrapText(f.label, colW * SLACK, font(BASE), measure, 3);
    y += 4;
    lines.forEach((line, i) => nodes.push(s('text', { x: 0, y: baseline(y + i * LH + LH / 2, BASE), fill: paint.muted }, line)));
    y += lines.length * LH;
  }
  const c = f.comparison;
  if (c) {
    y += 4;
    const color = c.direction === 'rise' ? paint.rise : c.direction === 'fall' ? paint.fall : paint.fg;
    const head = `${c.arrow} ${c.amount}`;
    const headW = measure(head, font(BASE, 600));
    const mid = y + LH / 2;
    nodes.push(s('text', { x: 0, y: baseline(mid, BASE), fill: color, 'font-weight': 600 }, head));
    // The element's words after the amount ("较2020年"); under it when the column is too narrow.
    const fits = headW + 4 + measure(c.against, font(BASE)) <= colW * SLACK;
    if (fits) nodes.push(s('text', { x: r1(headW + 4), y: baseline(mid, BASE), fill: paint.muted }, c.against));
    else nodes.push(s('text', { x: 0, y: baseline(mid + LH, BASE), fill: paint.muted }, c.against));
    y += fits ? LH : LH * 2;
  }
  if (f.provenance) {
    const sep = ctx.locale === 'zh-CN' ? '：' : ': ';
    const lines = wrapText(`${f.provenance.prefix}${sep}${f.provenance.text}`, colW * SLACK, font(SMALL), measure, 4);
    y += 6;
    lines.forEach((line, i) =>
      nodes.push(s('text', { x: 0, y: baseline(y + i * SMALL_LH + SMALL_LH / 2, SMALL), fill: paint.muted, 'font-size': SMALL }, line)),
    );
    y += lines.length * SMALL_LH;
  }
  return { node: s('g', {}, nodes), height: Math.ceil(y) };
}

/** The figures, one `<g>` each (the items a test counts), row by row in the grid's columns. */
export function bigNumberSvg(scene: BigScene, ctx: SvgContext): SvgBody {
  const { width, paint } = ctx;
  const many = scene.figures.length > 1;
  const cols = bigColumns(scene.figures.length, width);
  const colW = (width - (cols - 1) * COL_GAP) / cols;
  const children: SvgNode[] = [];
  let y = 0;
  for (let start = 0; start < scene.figures.length; start += cols) {
    const row = scene.figures.slice(start, start + cols).map((f) => figureNode(f, many, colW, ctx));
    row.forEach((fig, i) => {
      fig.node.attrs['transform'] = `translate(${r1(i * (colW + COL_GAP))},${y})`;
      children.push(fig.node);
    });
    y += Math.max(0, ...row.map((f) => f.height)) + ROW_GAP;
  }
  return { node: s('g', { fill: paint.fg, 'font-size': BASE }, children), height: Math.max(0, y - ROW_GAP) };
}
