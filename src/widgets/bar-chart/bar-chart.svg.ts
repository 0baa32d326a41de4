/**
 * The bar chart as static SVG (WeChat, RSS, email, PNG export): the page's one drawing
 * (./bar-chart.draw.ts) with resolved paint, plus what only the image has: the series legend,
 * HTML buttons in the page, as SVG text above the bars. No focus ring, no tooltip, no hover: what
 * a reader of a printed page would see.
 */
import type { SvgContext } from '../../core/static-svg/context.js';
import { paletteColor } from '../../core/static-svg/paint.js';
import { s, type SvgAttrs, type SvgBody, type SvgNode } from '../../core/static-svg/svg.js';
import { staticPen } from '../../core/draw/pen.js';
import { wrapLines } from '../../core/measure.js';
import { drawBars } from './bar-chart.draw.js';
import type { BarScene } from './bar-chart.layout.js';

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
function legendSvg(names: readonly string[], shown: readonly string[] | undefined, hidden: ReadonlySet<string>, ctx: SvgContext, lh: number): { node: SvgNode; height: number } {
  const { paint, measure, font } = ctx;
  const rowH = lh + 8;
  let x = 0;
  let row = 0;
  const items = names.map((name, i) => {
    // As the page's legend writes it (without the unit the axis states), switched off by its column's name.
    const said = shown?.[i] ?? name;
    const w = 12 + 6 + measure(said, font);
    if (x > 0 && x + w > ctx.width) [x, row] = [0, row + 1];
    const c = paletteColor(paint, i);
    const off = hidden.has(name);
    const cy = row * rowH + rowH / 2;
    const node = s(
      'g',
      {},
      // A switched-off series keeps only the outline of its swatch, as the page's legend does.
      s('rect', off ? { x: x + 1, y: cy - 5, width: 10, height: 10, rx: 2, fill: 'none', stroke: c, 'stroke-width': 2 } : { x, y: cy - 6, width: 12, height: 12, rx: 2, fill: c }),
      text(x + 18, cy, said, off ? { fill: paint.muted, 'text-decoration': 'line-through' } : {}),
    );
    x += w + 16;
    return node;
  });
  return { node: s('g', {}, items), height: (row + 1) * rowH + 6 };
}

/** The body under the frame's title: legend (with several series), unit caption, axis, zero line, bars. */
export function barChartSvg(scene: BarScene, ctx: SvgContext, options: BarSvgOptions = {}): SvgBody {
  const names = options.series ?? [];
  const legend = names.length > 1 ? legendSvg(names, scene.legend, new Set(options.hidden ?? []), ctx, scene.lineHeight) : null;
  const top = legend ? legend.height : 0;
  const d = drawBars(scene, staticPen(ctx), options.values !== false);
  const chart = s('g', top ? { transform: `translate(0,${top})` } : {}, d.caption, d.axis, d.zero, s('g', {}, d.marks.map((m) => s('g', {}, m))));
  // The total rows left out of the bars, said under them as the page says them (bar-chart.totals.ts).
  const lines = scene.note ? wrapLines(scene.note, ctx.width, ctx.font, ctx.measure, 3) : [];
  const y0 = top + scene.height + 4;
  const note = lines.map((line, i) => text(0, y0 + (i + 0.5) * scene.lineHeight, line, { fill: ctx.paint.muted }));
  return { node: s('g', {}, legend?.node, chart, ...note), height: top + scene.height + (lines.length ? lines.length * scene.lineHeight + 8 : 0) };
}
