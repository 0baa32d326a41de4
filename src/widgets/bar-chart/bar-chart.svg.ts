/**
 * The bar chart's final state as static SVG (WeChat, RSS, email, PNG export): the same scene the
 * element renders, drawn with resolved colours and presentation attributes only. The series
 * legend, HTML buttons in the page, becomes SVG text above the bars. No focus ring, no tooltip,
 * no hover: what a reader of a printed page would see.
 */
import type { SvgContext } from '../../core/static/context.js';
import { paletteColor } from '../../core/static/paint.js';
import { s, type SvgAttrs, type SvgBody, type SvgNode } from '../../core/static/svg.js';
import type { BarMark, BarScene } from './bar-chart.layout.js';

export interface BarSvgOptions {
  /** Every series column (empty for plain bars); the legend lists them all. */
  series?: readonly string[];
  /** Series the reader switched off: listed struck through, as in the page. */
  hidden?: readonly string[];
  /** Value labels are drawn (the element's `no-values` off). */
  values?: boolean;
}

const text = (x: number, y: number, str: string, attrs: SvgAttrs = {}): SvgNode =>
  s('text', { x, y, 'dominant-baseline': 'central', ...attrs }, str);

/** A legend of swatches and names, wrapped to the width; returns its nodes and height. */
function legendSvg(names: readonly string[], hidden: ReadonlySet<string>, ctx: SvgContext, lh: number): { node: SvgNode; height: number } {
  const { paint, measure, font } = ctx;
  const rowH = lh + 8;
  let x = 0;
  let row = 0;
  const items = names.map((name, i) => {
    const w = 12 + 6 + measure(name, font);
    if (x > 0 && x + w > ctx.width) [x, row] = [0, row + 1];
    const c = paletteColor(paint, i);
    const off = hidden.has(name);
    const cy = row * rowH + rowH / 2;
    const node = s(
      'g',
      {},
      // A switched-off series keeps only the outline of its swatch, as the page's legend does.
      s('rect', off ? { x: x + 1, y: cy - 5, width: 10, height: 10, rx: 2, fill: 'none', stroke: c, 'stroke-width': 2 } : { x, y: cy - 6, width: 12, height: 12, rx: 2, fill: c }),
      text(x + 18, cy, name, off ? { fill: paint.muted, 'text-decoration': 'line-through' } : {}),
    );
    x += w + 16;
    return node;
  });
  return { node: s('g', {}, items), height: (row + 1) * rowH + 6 };
}

/**
 * The mark's colour: highlight, then the series' own colour, then the negative colour for plain
 * bars, then the accent. (The page's stylesheet lets "negative" win over the series colour, so
 * diverging bars left of zero lose their legend colour there; the key must match the bars.)
 */
function markFill(m: BarMark, ctx: SvgContext): string {
  const p = ctx.paint;
  if (m.highlighted) return p.highlight;
  if (m.series !== undefined) return paletteColor(p, m.series);
  if (m.negative) return p.negative;
  return p.accent;
}

function axisSvg(scene: BarScene, ctx: SvgContext): SvgNode {
  const { plot, lineHeight: lh } = scene;
  const { paint } = ctx;
  const horizontal = scene.orientation === 'horizontal';
  const lines = scene.ticks.map((t) =>
    horizontal ? s('line', { x1: t.pos, x2: t.pos, y1: plot.top, y2: plot.bottom }) : s('line', { x1: plot.left, x2: plot.right, y1: t.pos, y2: t.pos }),
  );
  // Tick labels at the ends are kept inside the drawing (an image clips what the page lets overflow).
  const edge = (pos: number, str: string): SvgAttrs => {
    const half = ctx.measure(str, ctx.font) / 2;
    return pos - half < 0 ? { x: 0, 'text-anchor': 'start' } : pos + half > scene.width ? { x: scene.width, 'text-anchor': 'end' } : {};
  };
  const labels = scene.ticks.map((t) =>
    horizontal ? text(t.pos, plot.bottom + 4 + lh / 2, t.text, edge(t.pos, t.text)) : text(plot.left - 6, t.pos, t.text),
  );
  return s(
    'g',
    {},
    s('g', { stroke: paint.grid, 'shape-rendering': 'crispEdges' }, lines),
    s('g', { fill: paint.muted, 'text-anchor': horizontal ? 'middle' : 'end' }, labels),
  );
}

function barSvg(m: BarMark, scene: BarScene, ctx: SvgContext, values: boolean): SvgNode {
  const { paint } = ctx;
  const lh = scene.lineHeight;
  // Labels on their own line cross the grid and zero lines: a halo keeps them legible, as in the page.
  const halo = scene.labelsAbove ? { stroke: paint.bg, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' } : {};
  const showValue = m.valueText !== '' && (values || m.value === null);
  const valueFill = m.value === null ? paint.muted : m.valueInside ? paint.onMark : null;
  return s(
    'g',
    {},
    m.width > 0 && m.height > 0 ? s('rect', { x: m.x, y: m.y, width: m.width, height: m.height, rx: 1, fill: markFill(m, ctx) }) : null,
    m.labelLines.map((line, i) => text(m.labelX, m.labelY + i * lh, line, { 'text-anchor': m.labelAnchor === 'start' ? null : m.labelAnchor, ...halo })),
    showValue ? text(m.valueX, m.valueY, m.valueText, { 'text-anchor': m.valueAnchor === 'start' ? null : m.valueAnchor, fill: valueFill }) : null,
  );
}

/** The body under the frame's title: legend (with several series), unit caption, axis, zero line, bars. */
export function barChartSvg(scene: BarScene, ctx: SvgContext, options: BarSvgOptions = {}): SvgBody {
  const { paint } = ctx;
  const names = options.series ?? [];
  const legend = names.length > 1 ? legendSvg(names, new Set(options.hidden ?? []), ctx, scene.lineHeight) : null;
  const top = legend ? legend.height : 0;
  const { plot } = scene;
  const zero =
    scene.orientation === 'horizontal'
      ? s('line', { x1: scene.zero, x2: scene.zero, y1: plot.top - 2, y2: plot.bottom + 2, stroke: paint.axis, 'shape-rendering': 'crispEdges' })
      : s('line', { x1: plot.left, x2: plot.right, y1: scene.zero, y2: scene.zero, stroke: paint.axis, 'shape-rendering': 'crispEdges' });
  const chart = s(
    'g',
    top ? { transform: `translate(0,${top})` } : {},
    scene.caption.text
      ? text(scene.caption.x, scene.caption.y, scene.caption.text, { 'text-anchor': scene.caption.anchor === 'end' ? 'end' : null, fill: paint.muted })
      : null,
    axisSvg(scene, ctx),
    zero,
    s('g', {}, scene.marks.map((m) => barSvg(m, scene, ctx, options.values !== false))),
  );
  return { node: s('g', {}, legend?.node, chart), height: top + scene.height };
}
