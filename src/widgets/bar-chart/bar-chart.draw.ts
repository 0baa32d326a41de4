/**
 * The bar chart's one drawing (core/draw/pen.ts): unit caption, grid and tick labels, zero line
 * and each bar's rect, label and value, from the finished scene. The page mounts it with
 * `drawn()` (classes, CSS colours) inside its interactive bar groups; `toSvg()` serialises it with
 * resolved paint (./bar-chart.svg.ts). Also the hit rectangle of a bar, which the element uses.
 */
import { live, painted, type Pen } from '../../core/draw/pen.js';
import { paletteColor, type Paint } from '../../core/static-svg/paint.js';
import { s, type SvgAttrs, type SvgNode } from '../../core/static-svg/svg.js';
import type { BarMark, BarScene } from './bar-chart.layout.js';

export interface BarDrawing {
  caption: SvgNode | null;
  axis: SvgNode;
  zero: SvgNode;
  /** Per bar (in scene order): what it shows — rect, label lines, value. */
  marks: SvgNode[][];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const text = (x: number, y: number, str: string, attrs: SvgAttrs = {}): SvgNode => s('text', { x, y, 'text-anchor': null, 'dominant-baseline': 'central', ...attrs }, str);
const anchor = (a: 'start' | 'middle' | 'end'): string | null => (a === 'start' ? null : a);

/**
 * The mark's colour: highlight, then the series' own colour, then the negative colour for plain
 * bars, then the accent (bar-chart.styles.ts says the same in CSS: a series keeps its legend
 * colour left of zero, the key must match the bars).
 */
function markFill(m: BarMark, p: Paint): string {
  if (m.highlighted) return p.highlight;
  if (m.series !== undefined) return paletteColor(p, m.series);
  if (m.negative) return p.negative;
  return p.accent;
}

/** The bar's touch target: the whole row or column, so short bars are as easy to hit as long ones. */
export function barHit(m: BarMark, scene: BarScene): Rect {
  const lh = scene.lineHeight;
  const r =
    scene.orientation === 'horizontal'
      ? { x: 0, y: m.y - (scene.labelsAbove ? lh + 4 : 4), width: scene.width, height: m.height + (scene.labelsAbove ? lh + 8 : 8) }
      : { x: m.x, y: scene.plot.top - lh, width: m.width, height: scene.height - scene.plot.top + lh };
  return { ...r, height: Math.max(0, r.height) };
}

function axis(scene: BarScene, pen: Pen): SvgNode {
  const { plot, lineHeight: lh } = scene;
  const horizontal = scene.orientation === 'horizontal';
  const lineAttrs = painted(pen, (p) => ({ stroke: p.grid, 'shape-rendering': 'crispEdges' }));
  const textAttrs = painted(pen, (p) => ({ fill: p.muted }));
  // Tick labels at the ends are kept inside the drawing (an image clips what overflows; the page's svg too).
  const edge = (pos: number, str: string): SvgAttrs => {
    const half = pen.measure(str, pen.font) / 2;
    return pos - half < 0 ? { x: 0, 'text-anchor': 'start' } : pos + half > scene.width ? { x: scene.width, 'text-anchor': 'end' } : {};
  };
  const ticks = scene.ticks.map((t) =>
    s(
      'g',
      live(pen, { class: 'tick' }),
      horizontal ? s('line', { x1: t.pos, x2: t.pos, y1: plot.top, y2: plot.bottom, ...lineAttrs }) : s('line', { x1: plot.left, x2: plot.right, y1: t.pos, y2: t.pos, ...lineAttrs }),
      horizontal
        ? text(t.pos, plot.bottom + 4 + lh / 2, t.text, { 'text-anchor': 'middle', ...edge(t.pos, t.text), ...textAttrs })
        : text(plot.left - 6, t.pos, t.text, { 'text-anchor': 'end', ...textAttrs }),
    ),
  );
  return s('g', live(pen, { class: 'grid', 'aria-hidden': 'true' }), ticks);
}

/**
 * One bar's nodes: rect, label lines, value. Called once per bar (100 in the first paint of the
 * "100 bars" case, issue #16), so each node's attributes are one object, built in place — no
 * `live()`/`painted()` objects spread into others, no closures. The attributes and their order
 * are exactly those the helpers gave (test/widgets/bar-chart/bar-chart.draw-same.test.ts holds
 * them to the earlier code): the page's DOM and toSvg()'s bytes do not change.
 */
function mark(m: BarMark, scene: BarScene, pen: Pen, values: boolean): SvgNode[] {
  const lh = scene.lineHeight;
  const p = pen.paint;
  const nodes: SvgNode[] = [
    {
      tag: 'rect',
      attrs: p ? { x: m.x, y: m.y, width: m.width, height: m.height, rx: 1, fill: markFill(m, p) } : { class: 'mark', x: m.x, y: m.y, width: m.width, height: m.height, rx: 1 },
      children: [],
    },
  ];
  const la = anchor(m.labelAnchor);
  for (let i = 0; i < m.labelLines.length; i++) {
    // Keys added in the order the helpers wrote them: attribute order is part of the markup.
    const attrs: SvgAttrs = { x: m.labelX, y: m.labelY + i * lh, 'text-anchor': la, 'dominant-baseline': 'central' };
    if (!p) attrs.class = 'label';
    else if (scene.labelsAbove) {
      // Labels on their own line cross the grid and zero lines: a halo keeps them legible (the page: .labels-above CSS).
      attrs.stroke = p.bg;
      attrs['stroke-width'] = 4;
      attrs['stroke-linejoin'] = 'round';
      attrs['paint-order'] = 'stroke';
    }
    nodes.push({ tag: 'text', attrs, children: [m.labelLines[i] as string] });
  }
  // A missing value always says so ("无数据"), even with value labels off.
  if (m.valueText !== '' && (values || m.value === null)) {
    const attrs: SvgAttrs = { x: m.valueX, y: m.valueY, 'text-anchor': anchor(m.valueAnchor), 'dominant-baseline': 'central' };
    if (p) attrs.fill = m.value === null ? p.muted : m.valueInside ? p.onMark : null;
    else attrs.class = `value${m.valueInside ? ' inside' : ''}${m.value === null ? ' missing' : ''}`;
    nodes.push({ tag: 'text', attrs, children: [m.valueText] });
  }
  return nodes;
}

/** The bar chart's drawing from its scene; `values`: value labels drawn (the element's `no-values` off). */
export function drawBars(scene: BarScene, pen: Pen, values: boolean): BarDrawing {
  const { plot } = scene;
  const zeroAttrs = { ...live(pen, { class: 'zero' }), ...painted(pen, (p) => ({ stroke: p.axis, 'shape-rendering': 'crispEdges' })) };
  const c = scene.caption;
  return {
    caption: c.text
      ? text(c.x, c.y, c.text, { ...live(pen, { class: 'caption', 'aria-hidden': 'true' }), 'text-anchor': c.anchor === 'end' ? 'end' : null, ...painted(pen, (p) => ({ fill: p.muted })) })
      : null,
    axis: axis(scene, pen),
    zero:
      scene.orientation === 'horizontal'
        ? s('line', { ...zeroAttrs, x1: scene.zero, x2: scene.zero, y1: plot.top - 2, y2: plot.bottom + 2 })
        : s('line', { ...zeroAttrs, x1: plot.left, x2: plot.right, y1: scene.zero, y2: scene.zero }),
    marks: scene.marks.map((m) => mark(m, scene, pen, values)),
  };
}
