/**
 * The target board as a static SVG (WeChat, RSS, email, the PNG export): the rows the element
 * draws with HTML and CSS grid, redrawn as text and shapes with inline presentation attributes.
 * A static image has no tooltip, no screen reader text and no disclosure, so each row also spells
 * its comparator out ("≥ 1000亩" and "不少于1000亩"), and the roomy board keeps its quote line.
 */
import type { SvgContext } from '../../core/static-svg/context.js';
import { wrapText } from '../../core/static-svg/frame.js';
import { baseline, r1, SLACK } from '../../core/draw/metrics.js';
import { staticPen, type Pen } from '../../core/draw/pen.js';
import { s, type SvgBody, type SvgNode } from '../../core/static-svg/svg.js';
import { BODY, fontAt, paragraph, placeAt, SMALL, textBody, textLines } from '../../core/static-svg/text.js';
import { drawIcon, drawSpark, drawTrack, iconPaint } from './targets.draw.js';
import { truncate } from '../../core/measure.js';
import type { Spark, TargetRow, TargetsScene, Track } from './targets.layout.js';
import type { TargetStatus } from './targets.status.js';
import { TEXT } from './targets.text.js';

/** Row padding, label and state gaps, the state column: as targets.styles.ts lays them out. */
const PAD_X = 4;
const GAP = 12;
const STATE_W = 118;
const ICON = 16;
/** .state is 0.92em, .group 0.9em (.meta and .provenance 0.86em: SMALL). */
const STATE_SIZE = 13;
const GROUP_SIZE = 13;
const LH = BODY.lineHeight;

/** Status colours live with the one drawing; re-exported for the static drawing's users. */
export { statusColor } from './targets.draw.js';

/** The static drawing's pen: the context's paint and measure. */
const pen = (ctx: SvgContext): Pen => staticPen(ctx);

/** A status icon at (x, y). */
function icon(status: TargetStatus, x: number, y: number, ctx: SvgContext): SvgNode {
  return s('g', { transform: `translate(${r1(x)},${r1(y)})`, ...iconPaint(status, ctx.paint) }, drawIcon(status, pen(ctx)));
}

function trackNode(t: Track, x: number, y: number, ctx: SvgContext): SvgNode {
  return s('g', { transform: `translate(${r1(x)},${r1(y)})` }, drawTrack(t, pen(ctx)));
}

function sparkNode(sp: Spark, x: number, y: number, ctx: SvgContext): SvgNode {
  return s('g', { transform: `translate(${r1(x)},${r1(y)})` }, drawSpark(sp, pen(ctx)));
}

interface Piece {
  text: string;
  fill: string;
  weight?: number;
}

/** The meta line's pieces flowing like the element's wrapping flex row (gap 2px 12px). */
function flow(pieces: readonly Piece[], x: number, y: number, width: number, ctx: SvgContext): { nodes: SvgNode[]; height: number } {
  const font = (w?: number): string => fontAt(ctx, SMALL.size, w);
  const nodes: SvgNode[] = [];
  let cx = 0;
  let line = 0;
  for (const p of pieces) {
    const lines = wrapText(p.text, width * SLACK, font(p.weight), ctx.measure, 3);
    for (const [k, text] of lines.entries()) {
      const w = ctx.measure(text, font(p.weight));
      if ((cx > 0 && cx + w > width * SLACK) || k > 0) {
        line++;
        cx = 0;
      }
      const fill = p.fill === ctx.paint.muted ? undefined : p.fill;
      nodes.push(s('text', { x: r1(x + cx), y: baseline(y + line * (SMALL.lineHeight + 2) + SMALL.lineHeight / 2, SMALL.size), fill, 'font-weight': p.weight }, text));
      cx += w + GAP;
    }
  }
  return { nodes: [s('g', { fill: ctx.paint.muted, 'font-size': SMALL.size }, nodes)], height: pieces.length ? (line + 1) * (SMALL.lineHeight + 2) - 2 : 0 };
}

function drawRow(row: TargetRow, scene: TargetsScene, ctx: SvgContext): { node: SvgNode; height: number } {
  const { paint, measure, width } = ctx;
  const roomy = scene.density === 'roomy';
  const inline = scene.inline;
  const right = width - PAD_X;
  const inner = right - PAD_X;
  const nodes: SvgNode[] = [];
  const padTop = roomy ? 10 : 6;
  const padBottom = roomy ? 12 : 6;

  const stateText = row.statusText;
  const stateTextW = measure(stateText, fontAt(ctx, STATE_SIZE));
  const stateW = ICON + 5 + stateTextW;
  // Inline rows give the state a column of its own (words longer than it move left rather than
  // off the picture); otherwise it sits at the end of the label's line.
  const stateX = inline ? Math.min(right - STATE_W, right - stateW) : right - stateW;
  const labelX = PAD_X;
  const labelW = inline ? scene.labelWidth : Math.max(40, inner - stateW - GAP);
  // The element cuts an inline label with an ellipsis and shows it whole in the tooltip; a picture
  // has no tooltip, so it wraps to a second line instead.
  const labelLines = wrapText(row.label, labelW * SLACK, fontAt(ctx, BODY.size, roomy ? 700 : undefined), measure, inline ? 2 : 3);
  const t = row.track;
  const sp = row.spark;
  const scaleX = inline ? PAD_X + scene.labelWidth + GAP : PAD_X;
  const scaleH = Math.max(t.height, sp?.height ?? 0);

  let y = padTop;
  // First line: label and state (and, inline, the scale), centred on one another as in the grid.
  const firstH = Math.max(labelLines.length * LH, LH, inline ? scaleH : 0);
  const labelTop = y + (firstH - labelLines.length * LH) / 2;
  nodes.push(...textLines(labelLines, labelX, labelTop, LH, BODY.size, { 'font-weight': roomy ? 700 : undefined }));
  const mid = y + firstH / 2;
  nodes.push(icon(row.status, stateX, mid - ICON / 2, ctx));
  // Outside the inline column, the words end at the row's edge whatever font draws them.
  const stateAttrs = inline ? { x: r1(stateX + ICON + 5) } : { x: r1(right), 'text-anchor': 'end' };
  nodes.push(s('text', { ...stateAttrs, y: baseline(mid, STATE_SIZE), 'font-size': STATE_SIZE }, stateText));
  if (inline) {
    nodes.push(trackNode(t, scaleX, mid - t.height / 2, ctx));
    if (sp) nodes.push(sparkNode(sp, scaleX + t.width + GAP, mid - sp.height / 2, ctx));
  }
  y += firstH;

  if (roomy) {
    y += 2;
    const words = paragraph(TEXT[ctx.locale].targetLine(row.targetWords), { x: PAD_X, top: y, width: inner, maxLines: 3 }, BODY, ctx, { fill: paint.muted });
    nodes.push(...words.nodes);
    y += words.height;
  }
  if (!inline) {
    y += roomy ? 2 : 0;
    nodes.push(trackNode(t, scaleX, y + (scaleH - t.height) / 2, ctx));
    if (sp) nodes.push(sparkNode(sp, scaleX + t.width + GAP, y + (scaleH - sp.height) / 2, ctx));
    y += scaleH;
  }

  // Meta: the target as the element writes it, the comparator in words (compact rows only show
  // it to screen readers; a picture shows it), the actual and the progress.
  const pieces: Piece[] = [{ text: row.targetText, fill: paint.fg, weight: 600 }];
  if (!roomy && row.targetWords !== row.targetText) pieces.push({ text: row.targetWords, fill: paint.muted });
  pieces.push({ text: row.actualText, fill: paint.muted });
  if (row.progressText) pieces.push({ text: row.progressText, fill: paint.muted });
  y += roomy ? 2 : 0;
  const metaX = inline ? scaleX : PAD_X;
  const meta = flow(pieces, metaX, y, right - metaX, ctx);
  nodes.push(...meta.nodes);
  y += meta.height;

  if (roomy && row.provenance) {
    y += 4;
    const prov = paragraph(row.provenance, { x: PAD_X, top: y, width: inner, maxLines: 4 }, SMALL, ctx);
    nodes.push(s('g', { fill: paint.muted, 'font-size': SMALL.size }, prov.nodes));
    y += prov.height;
  }
  y += padBottom;
  nodes.push(s('line', { x1: 0, x2: width, y1: r1(y - 0.5), y2: r1(y - 0.5), stroke: paint.grid }));
  return { node: s('g', {}, nodes), height: Math.ceil(y) };
}

/**
 * The board: group headings and rows, each row a `<g>` (the items a test counts), translated
 * to its place. Text inherits size and colour from the body group.
 */
export function targetsSvg(scene: TargetsScene, ctx: SvgContext): SvgBody {
  const { paint, measure, width } = ctx;
  const children: SvgNode[] = [];
  let y = 0;
  for (const [gi, group] of scene.groups.entries()) {
    if (group.name) {
      y += gi === 0 ? 4 : 12;
      const name = truncate(group.name, width, fontAt(ctx, GROUP_SIZE, 700), measure);
      children.push(s('text', { x: 0, y: baseline(y + 9, GROUP_SIZE), fill: paint.muted, 'font-size': GROUP_SIZE, 'font-weight': 700 }, name));
      y += 20;
    }
    for (const row of group.rows) {
      const drawn = drawRow(row, scene, ctx);
      children.push(placeAt(drawn.node, 0, y));
      y += drawn.height;
    }
  }
  return textBody(children, Math.ceil(y), ctx);
}
