/**
 * The line chart's final state as static SVG: axes, shaded ranges, areas, lines (told apart by
 * dash as well as colour), dots, labels at the line ends or the legend, and notes with their
 * leaders — the scene render.ts draws, with resolved colours and presentation attributes only.
 * No crosshair, no tooltip, no focus: what a printed page shows.
 */
import type { SvgContext } from '../../core/static/context.js';
import { paletteColor } from '../../core/static/paint.js';
import { s, type SvgAttrs, type SvgBody, type SvgNode } from '../../core/static/svg.js';
import type { LineScene } from './line-chart.layout.js';

/** The dashes of line-chart.styles.ts, by `index % 4`: lines, and the shorter ones of the legend. */
const LINE_DASH = [null, '7 4', '2 3', '9 3 2 3'] as const;
const LEGEND_DASH = [null, '5 3', '2 2', '6 2 2 2'] as const;

const text = (x: number, y: number, str: string, attrs: SvgAttrs = {}): SvgNode =>
  s('text', { x, y, 'dominant-baseline': 'central', ...attrs }, str);

function axesSvg(scene: LineScene, ctx: SvgContext): SvgNode[] {
  const { plot, lineHeight: lh } = scene;
  const { paint } = ctx;
  const xLabelY = plot.bottom + 6 + lh / 2;
  const crisp = { 'shape-rendering': 'crispEdges' };
  return [
    s('g', { stroke: paint.grid, ...crisp },
      scene.yTicks.map((t) => s('line', { x1: plot.left, x2: plot.right, y1: t.pos, y2: t.pos })),
      scene.xTicks.map((t) => s('line', { x1: t.pos, x2: t.pos, y1: plot.bottom, y2: plot.bottom + 4 })),
    ),
    s('line', { x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom, stroke: paint.axis, ...crisp }),
    s('g', { fill: paint.muted },
      scene.yTicks.map((t) => text(plot.left - 6, t.pos, t.text, { 'text-anchor': 'end' })),
      scene.xTicks.map((t) => text(t.pos, xLabelY, t.text, { 'text-anchor': t.anchor === 'start' ? null : t.anchor })),
      scene.xCaption ? text(plot.right, xLabelY + lh, scene.xCaption, { 'text-anchor': 'end' }) : null,
      scene.yCaption ? text(0, scene.captionY, scene.yCaption) : null,
    ),
    scene.zeroY !== null && scene.zeroY < plot.bottom - 0.5
      ? s('line', { x1: plot.left, x2: plot.right, y1: scene.zeroY, y2: scene.zeroY, stroke: paint.axis, ...crisp })
      : null,
  ].filter((n): n is SvgNode => n !== null);
}

function legendSvg(scene: LineScene, ctx: SvgContext): SvgNode | null {
  if (scene.legend.length === 0) return null;
  return s(
    'g',
    { 'stroke-width': 3 },
    scene.legend.map((l) =>
      s(
        'g',
        {},
        s('line', { x1: l.x, x2: l.x + 20, y1: l.y, y2: l.y, stroke: paletteColor(ctx.paint, l.index), 'stroke-dasharray': LEGEND_DASH[l.index % 4] }),
        text(l.x + 26, l.y, l.name),
      ),
    ),
  );
}

/** Notes and range labels sit on the data: a halo in the background colour keeps them legible, as in the page. */
function halo(ctx: SvgContext): SvgAttrs {
  return { stroke: ctx.paint.bg, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke', 'font-size': Math.round(ctx.paint.fontSize * 0.92 * 100) / 100 };
}

function rangesSvg(scene: LineScene, ctx: SvgContext): SvgNode | null {
  if (scene.ranges.length === 0) return null;
  const { plot, lineHeight: lh } = scene;
  return s(
    'g',
    {},
    s('g', { fill: ctx.paint.muted, 'fill-opacity': 0.12 }, scene.ranges.map((r) => s('rect', { x: r.x, y: plot.top, width: r.width, height: plot.bottom - plot.top }))),
    s('g', halo(ctx), scene.ranges.map((r) => text(r.label.x, r.label.y + lh / 2, r.label.line))),
  );
}

function notesSvg(scene: LineScene, ctx: SvgContext): SvgNode | null {
  if (scene.notes.length === 0) return null;
  const { paint } = ctx;
  const lh = scene.lineHeight;
  return s(
    'g',
    {},
    s('g', { stroke: paint.muted }, scene.notes.map((n) => s('line', { ...n.leader, 'stroke-dasharray': n.inBand ? '2 2' : null }))),
    s('g', { fill: paint.bg, stroke: paint.fg, 'stroke-width': 1.5 }, scene.notes.map((n) => s('circle', { cx: n.px, cy: n.py, r: 4 }))),
    s('g', halo(ctx), scene.notes.flatMap((n) => n.lines.map((line, i) => text(n.box.x, n.box.y + i * lh + lh / 2, line)))),
  );
}

function seriesSvg(scene: LineScene, ctx: SvgContext): SvgNode {
  const { paint } = ctx;
  const c = (i: number): string => paletteColor(paint, i);
  return s(
    'g',
    {},
    scene.series.map((m) => (m.area ? s('path', { d: m.area, fill: c(m.index), 'fill-opacity': 0.16 }) : null)),
    s(
      'g',
      { fill: 'none', 'stroke-width': 2, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' },
      scene.series.map((m) => s('path', { d: m.path, stroke: c(m.index), 'stroke-dasharray': LINE_DASH[m.index % 4] })),
    ),
    s(
      'g',
      { stroke: paint.bg, 'stroke-width': 1 },
      scene.series.map((m) => (m.dots.length ? s('g', { fill: c(m.index) }, m.dots.map((d) => s('circle', { cx: d.x, cy: d.y, r: 3 }))) : null)),
    ),
    s(
      'g',
      { 'font-weight': 600 },
      scene.series.map((m) => (m.label ? text(m.label.x, m.label.y, m.label.text, { fill: c(m.index) }) : null)),
    ),
  );
}

/** The body under the frame's title, in the order render.ts draws it (later marks on top). */
export function lineChartSvg(scene: LineScene, ctx: SvgContext): SvgBody {
  const node = s('g', {}, legendSvg(scene, ctx), axesSvg(scene, ctx), rangesSvg(scene, ctx), seriesSvg(scene, ctx), notesSvg(scene, ctx));
  return { node, height: scene.height };
}
