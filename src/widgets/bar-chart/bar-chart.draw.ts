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

function mark(m: BarMark, scene: BarScene, pen: Pen, values: boolean): SvgNode[] {
  const lh = scene.lineHeight;
  // Labels on their own line cross the grid and zero lines: a halo keeps them legible (the page: .labels-above CSS).
  const halo = scene.labelsAbove ? painted(pen, (p) => ({ stroke: p.bg, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' })) : {};
  // A missing value always says so ("无数据"), even with value labels off.
  const showValue = m.valueText !== '' && (values || m.value === null);
  const valueClass = `value${m.valueInside ? ' inside' : ''}${m.value === null ? ' missing' : ''}`;
  const valueFill = painted(pen, (p) => ({ fill: m.value === null ? p.muted : m.valueInside ? p.onMark : null }));
  return [
    s('rect', { ...live(pen, { class: 'mark' }), x: m.x, y: m.y, width: m.width, height: m.height, rx: 1, ...painted(pen, (p) => ({ fill: markFill(m, p) })) }),
    ...m.labelLines.map((line, i) => text(m.labelX, m.labelY + i * lh, line, { ...live(pen, { class: 'label' }), 'text-anchor': anchor(m.labelAnchor), ...halo })),
    ...(showValue ? [text(m.valueX, m.valueY, m.valueText, { ...live(pen, { class: valueClass }), 'text-anchor': anchor(m.valueAnchor), ...valueFill })] : []),
  ];
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
