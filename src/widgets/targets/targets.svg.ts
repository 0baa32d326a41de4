/**
 * The target board as a static SVG (WeChat, RSS, email, the PNG export): the rows the element
 * draws with HTML and CSS grid, redrawn as text and shapes with inline presentation attributes.
 * A static image has no tooltip, no screen reader text and no disclosure, so each row also spells
 * its comparator out ("≥ 1000亩" and "不少于1000亩"), and the roomy board keeps its quote line.
 */
import type { SvgContext } from '../../core/static/context.js';
import { wrapText } from '../../core/static/frame.js';
import { baseline, r1, SLACK } from '../../core/draw/metrics.js';
import { s, type SvgBody, type SvgNode } from '../../core/static/svg.js';
import { truncate } from '../../core/measure.js';
import type { Paint } from '../../core/static/paint.js';
import type { Spark, TargetRow, TargetsScene, Track } from './targets.layout.js';
import type { TargetStatus } from './targets.status.js';
import { TEXT } from './targets.text.js';

/** Row padding, label and state gaps, the state column: as targets.styles.ts lays them out. */
const PAD_X = 4;
const GAP = 12;
const STATE_W = 118;
const ICON = 16;
const BASE = 14;
const LH = 20;
/** .state is 0.92em, .meta and .provenance 0.86em, .group 0.9em. */
const STATE_SIZE = 13;
const SMALL = 12;
const SMALL_LH = 17;
const GROUP_SIZE = 13;

/** Colour encodes status, as the element's --_st-* do: the same in every language. */
export function statusColor(status: TargetStatus, paint: Paint): string {
  if (status === 'achieved') return paint.green;
  if (status === 'on-track') return paint.accent;
  if (status === 'behind') return paint.highlight;
  if (status === 'missed') return paint.errorFg;
  return paint.muted;
}

/** [r, g, b] of "#rrggbb", "#rgb" or "rgb(r, g, b)"; null for anything else. */
function rgb(color: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const m = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*[,)/\s]/i.exec(color.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/**
 * The goal zone's fill: a pale accent, opaque like the element's --dj-target-zone so the rail
 * stays hidden under it; `opacity` only when a colour cannot be read.
 */
function zoneFill(paint: Paint): { fill: string; opacity?: number } {
  const a = rgb(paint.accent);
  const b = rgb(paint.bg);
  if (!a || !b) return { fill: paint.accent, opacity: 0.18 };
  const hex = a.map((v, i) => Math.round((b[i] ?? 0) + (v - (b[i] ?? 0)) * 0.16).toString(16).padStart(2, '0')).join('');
  return { fill: `#${hex}` };
}

/** The same five shapes as the element's icons: the status never rests on colour alone. */
function icon(status: TargetStatus, x: number, y: number, paint: Paint): SvgNode {
  const c = statusColor(status, paint);
  const on = { stroke: paint.bg, 'stroke-width': 1.8 };
  const shapes: Record<TargetStatus, SvgNode[]> = {
    achieved: [s('circle', { cx: 8, cy: 8, r: 7, fill: c, stroke: 'none' }), s('path', { d: 'M4.5 8.2l2.4 2.4 4.6-5', ...on })],
    'on-track': [s('circle', { cx: 8, cy: 8, r: 6.5 }), s('path', { d: 'M4.5 8h6M8 5l3 3-3 3' })],
    behind: [s('path', { d: 'M8 1.5l7 12.5H1z' }), s('path', { d: 'M8 6v4M8 11.6v.4' })],
    missed: [s('circle', { cx: 8, cy: 8, r: 7, fill: c, stroke: 'none' }), s('path', { d: 'M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6', ...on })],
    'not-reported': [s('circle', { cx: 8, cy: 8, r: 6.5, 'stroke-dasharray': '2.6 2' }), s('path', { d: 'M5.5 8h5' })],
  };
  return s(
    'g',
    { transform: `translate(${r1(x)},${r1(y)})`, fill: 'none', stroke: c, 'stroke-width': 1.6, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
    shapes[status],
  );
}

/** The scale: rail, goal zone, progress bar (status colour), zero, pace tick, marker, labels. */
function trackNode(t: Track, x: number, y: number, paint: Paint): SvgNode {
  const mid = t.height - (t.labels.length ? 22 : 11);
  return s(
    'g',
    { transform: `translate(${r1(x)},${r1(y)})` },
    s('line', { x1: 8, x2: r1(t.width - 8), y1: mid, y2: mid, stroke: paint.grid, 'stroke-width': 2 }),
    t.zone ? s('rect', { x: r1(t.zone.x), y: mid - 7, width: r1(Math.max(0, t.zone.width)), height: 14, ...zoneFill(paint) }) : null,
    t.bar ? s('rect', { x: r1(t.bar.x), y: mid - 4, width: r1(Math.max(1, t.bar.width)), height: 8, fill: statusColor(t.bar.status, paint) }) : null,
    s('line', { x1: r1(t.zeroX), x2: r1(t.zeroX), y1: mid - 8, y2: mid + 8, stroke: paint.axis }),
    t.paceX === null ? null : s('path', { d: `M${r1(t.paceX - 4)},${mid - 11}h8l-4,5z`, fill: paint.muted }),
    s('line', { x1: r1(t.markerX), x2: r1(t.markerX), y1: mid - 9, y2: mid + 9, stroke: paint.fg, 'stroke-width': 1.5 }),
    s('circle', { cx: r1(t.markerX), cy: mid, r: 4.5, fill: t.strict ? paint.bg : paint.fg, stroke: paint.fg, 'stroke-width': 1.5 }),
    t.labels.length
      ? s('g', { fill: paint.muted, 'font-size': 11 }, t.labels.map((l) => s('text', { x: r1(l.x), y: t.height - 4, 'text-anchor': l.anchor === 'start' ? null : l.anchor }, l.text)))
      : null,
  );
}

function sparkNode(sp: Spark, x: number, y: number, paint: Paint): SvgNode {
  return s(
    'g',
    { transform: `translate(${r1(x)},${r1(y)})` },
    s('line', { x1: 0, x2: sp.width, y1: sp.targetY, y2: sp.targetY, stroke: paint.fg, 'stroke-dasharray': '3 2' }),
    s('path', { d: sp.path, fill: 'none', stroke: paint.accent, 'stroke-width': 1.5 }),
    s('g', { fill: paint.accent }, sp.dots.map((p) => s('circle', { cx: p.x, cy: p.y, r: 2 }))),
  );
}

interface Piece {
  text: string;
  fill: string;
  weight?: number;
}

/** The meta line's pieces flowing like the element's wrapping flex row (gap 2px 12px). */
function flow(pieces: readonly Piece[], x: number, y: number, width: number, ctx: SvgContext): { nodes: SvgNode[]; height: number } {
  const font = (w?: number): string => `${w ? `${w} ` : ''}${SMALL}px ${ctx.paint.font}`;
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
      nodes.push(s('text', { x: r1(x + cx), y: baseline(y + line * (SMALL_LH + 2) + SMALL_LH / 2, SMALL), fill, 'font-weight': p.weight }, text));
      cx += w + GAP;
    }
  }
  return { nodes: [s('g', { fill: ctx.paint.muted, 'font-size': SMALL }, nodes)], height: pieces.length ? (line + 1) * (SMALL_LH + 2) - 2 : 0 };
}

function textLines(lines: readonly string[], x: number, top: number, lh: number, size: number, attrs: Record<string, string | number | undefined> = {}): SvgNode[] {
  return lines.map((line, i) => s('text', { x: r1(x), y: baseline(top + i * lh + lh / 2, size), ...attrs }, line));
}

function drawRow(row: TargetRow, scene: TargetsScene, ctx: SvgContext): { node: SvgNode; height: number } {
  const { paint, measure, width } = ctx;
  const roomy = scene.density === 'roomy';
  const inline = scene.inline;
  const font = (size: number, bold = false): string => `${bold ? '700 ' : ''}${size}px ${paint.font}`;
  const right = width - PAD_X;
  const inner = right - PAD_X;
  const nodes: SvgNode[] = [];
  const padTop = roomy ? 10 : 6;
  const padBottom = roomy ? 12 : 6;

  const stateText = row.statusText;
  const stateTextW = measure(stateText, font(STATE_SIZE));
  const stateW = ICON + 5 + stateTextW;
  // Inline rows give the state a column of its own (words longer than it move left rather than
  // off the picture); otherwise it sits at the end of the label's line.
  const stateX = inline ? Math.min(right - STATE_W, right - stateW) : right - stateW;
  const labelX = PAD_X;
  const labelW = inline ? scene.labelWidth : Math.max(40, inner - stateW - GAP);
  // The element cuts an inline label with an ellipsis and shows it whole in the tooltip; a picture
  // has no tooltip, so it wraps to a second line instead.
  const labelLines = wrapText(row.label, labelW * SLACK, font(BASE, roomy), measure, inline ? 2 : 3);
  const t = row.track;
  const sp = row.spark;
  const scaleX = inline ? PAD_X + scene.labelWidth + GAP : PAD_X;
  const scaleH = Math.max(t.height, sp?.height ?? 0);

  let y = padTop;
  // First line: label and state (and, inline, the scale), centred on one another as in the grid.
  const firstH = Math.max(labelLines.length * LH, LH, inline ? scaleH : 0);
  const labelTop = y + (firstH - labelLines.length * LH) / 2;
  nodes.push(...textLines(labelLines, labelX, labelTop, LH, BASE, { 'font-weight': roomy ? 700 : undefined }));
  const mid = y + firstH / 2;
  nodes.push(icon(row.status, stateX, mid - ICON / 2, paint));
  // Outside the inline column, the words end at the row's edge whatever font draws them.
  const stateAttrs = inline ? { x: r1(stateX + ICON + 5) } : { x: r1(right), 'text-anchor': 'end' };
  nodes.push(s('text', { ...stateAttrs, y: baseline(mid, STATE_SIZE), 'font-size': STATE_SIZE }, stateText));
  if (inline) {
    nodes.push(trackNode(t, scaleX, mid - t.height / 2, paint));
    if (sp) nodes.push(sparkNode(sp, scaleX + t.width + GAP, mid - sp.height / 2, paint));
  }
  y += firstH;

  if (roomy) {
    const words = wrapText(TEXT[ctx.locale].targetLine(row.targetWords), inner * SLACK, font(BASE), measure, 3);
    y += 2;
    nodes.push(...textLines(words, PAD_X, y, LH, BASE, { fill: paint.muted }));
    y += words.length * LH;
  }
  if (!inline) {
    y += roomy ? 2 : 0;
    nodes.push(trackNode(t, scaleX, y + (scaleH - t.height) / 2, paint));
    if (sp) nodes.push(sparkNode(sp, scaleX + t.width + GAP, y + (scaleH - sp.height) / 2, paint));
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
    const prov = wrapText(row.provenance, inner * SLACK, font(SMALL), measure, 4);
    nodes.push(s('g', { fill: paint.muted, 'font-size': SMALL }, textLines(prov, PAD_X, y, SMALL_LH, SMALL)));
    y += prov.length * SMALL_LH;
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
      const name = truncate(group.name, width, `700 ${GROUP_SIZE}px ${paint.font}`, measure);
      children.push(s('text', { x: 0, y: baseline(y + 9, GROUP_SIZE), fill: paint.muted, 'font-size': GROUP_SIZE, 'font-weight': 700 }, name));
      y += 20;
    }
    for (const row of group.rows) {
      const drawn = drawRow(row, scene, ctx);
      drawn.node.attrs['transform'] = `translate(0,${y})`;
      children.push(drawn.node);
      y += drawn.height;
    }
  }
  return { node: s('g', { fill: paint.fg, 'font-size': BASE }, children), height: Math.ceil(y) };
}
