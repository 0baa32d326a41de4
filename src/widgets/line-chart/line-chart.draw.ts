/**
 * The line chart's one drawing (core/draw/pen.ts): legend, axes, shaded ranges, areas, lines
 * (told apart by dash as well as colour), dots, end labels and notes with their leaders. The page
 * mounts it with `drawn()` and colours it by class (line-chart.styles.ts); `toSvg()` serialises it
 * with resolved paint. The crosshair, tooltip and focus target are the element's own.
 */
import { live, painted, type Pen } from '../../core/draw/pen.js';
import type { Locale } from '../../core/i18n/locale.js';
import { colorClass } from '../../core/palette.js';
import { paletteColor, type Paint } from '../../core/static-svg/paint.js';
import { s, type SvgAttrs, type SvgNode } from '../../core/static-svg/svg.js';
import type { LineScene } from './line-chart.layout.js';

/**
 * Lines differ by dash as well as colour (colour is never the only cue). Seven colours and four
 * dashes are coprime, so the first 28 lines all look different.
 */
export function dashClass(i: number): string {
  return `d${i % 4}`;
}

/** The dashes of line-chart.styles.ts, by `index % 4`: lines, and the shorter ones of the legend. */
const LINE_DASH = [null, '7 4', '2 3', '9 3 2 3'] as const;
const LEGEND_DASH = [null, '5 3', '2 2', '6 2 2 2'] as const;

const text = (x: number, y: number, str: string, attrs: SvgAttrs = {}): SvgNode => s('text', { x, y, 'text-anchor': null, 'dominant-baseline': 'central', ...attrs }, str);
const crisp = (stroke: (p: Paint) => string) => (p: Paint): SvgAttrs => ({ stroke: stroke(p), 'shape-rendering': 'crispEdges' });

function axes(scene: LineScene, pen: Pen): SvgNode[] {
  const { plot, lineHeight: lh } = scene;
  const xLabelY = plot.bottom + 6 + lh / 2;
  const grid = painted(pen, crisp((p) => p.grid));
  const muted = painted(pen, (p) => ({ fill: p.muted }));
  const hidden = live(pen, { 'aria-hidden': 'true' });
  const tick = live(pen, { class: 'tick' });
  return [
    s('g', live(pen, { class: 'grid', 'aria-hidden': 'true' }),
      scene.yTicks.map((t) => s('g', tick, s('line', { x1: plot.left, x2: plot.right, y1: t.pos, y2: t.pos, ...grid }), text(plot.left - 6, t.pos, t.text, { 'text-anchor': 'end', ...muted }))),
    ),
    s('g', live(pen, { class: 'x-ticks', 'aria-hidden': 'true' }),
      s('line', { ...live(pen, { class: 'x-axis' }), x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom, ...painted(pen, crisp((p) => p.axis)) }),
      scene.xTicks.map((t) =>
        s('g', tick, s('line', { x1: t.pos, x2: t.pos, y1: plot.bottom, y2: plot.bottom + 4, ...grid }), text(t.pos, xLabelY, t.text, { 'text-anchor': t.anchor === 'start' ? null : t.anchor, ...muted })),
      ),
      scene.xCaption ? text(plot.right, xLabelY + lh, scene.xCaption, { ...live(pen, { class: 'x-caption' }), 'text-anchor': 'end', ...muted }) : null,
    ),
    scene.yCaption ? text(0, scene.captionY, scene.yCaption, { ...live(pen, { class: 'caption' }), ...hidden, ...muted }) : null,
    scene.zeroY !== null && scene.zeroY < plot.bottom - 0.5
      ? s('line', { ...live(pen, { class: 'zero' }), ...hidden, x1: plot.left, x2: plot.right, y1: scene.zeroY, y2: scene.zeroY, ...painted(pen, crisp((p) => p.axis)) })
      : null,
  ].filter((n): n is SvgNode => n !== null);
}

function legend(scene: LineScene, pen: Pen, locale: Locale): SvgNode | null {
  if (scene.legend.length === 0) return null;
  return s(
    'g',
    live(pen, { class: 'legend', part: 'legend', role: 'list', 'aria-label': locale === 'zh-CN' ? '图例' : 'Legend' }),
    scene.legend.map((l) =>
      s(
        'g',
        live(pen, { role: 'listitem', class: colorClass(l.index) }),
        s('line', { ...live(pen, { class: dashClass(l.index) }), x1: l.x, x2: l.x + 20, y1: l.y, y2: l.y, ...painted(pen, (p) => ({ stroke: paletteColor(p, l.index), 'stroke-width': 3, 'stroke-dasharray': LEGEND_DASH[l.index % 4] })) }),
        text(l.x + 26, l.y, l.name),
      ),
    ),
  );
}

/** Notes and range labels sit on the data: a halo in the background colour keeps them legible (the page: CSS). */
const halo = (p: Paint): SvgAttrs => ({ stroke: p.bg, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke', 'font-size': Math.round(p.fontSize * 0.92 * 100) / 100 });

function ranges(scene: LineScene, pen: Pen, locale: Locale): SvgNode {
  const { plot } = scene;
  const zh = locale === 'zh-CN';
  return s(
    'g',
    live(pen, { class: 'ranges' }),
    scene.ranges.map((r) =>
      s(
        'g',
        live(pen, { part: 'annotation', role: 'note', 'aria-label': `${zh ? '区间注释' : 'Range note'}: ${r.text}` }),
        s('rect', { ...live(pen, { class: 'range' }), x: r.x, y: plot.top, width: r.width, height: plot.bottom - plot.top, ...painted(pen, (p) => ({ fill: p.muted, 'fill-opacity': 0.12 })) }),
        text(r.label.x, r.label.y + scene.lineHeight / 2, r.label.line, { ...live(pen, { class: 'range-label', 'aria-hidden': 'true' }), ...painted(pen, halo) }),
      ),
    ),
  );
}

function notes(scene: LineScene, pen: Pen, locale: Locale): SvgNode {
  const lh = scene.lineHeight;
  const zh = locale === 'zh-CN';
  return s(
    'g',
    live(pen, { class: 'notes' }),
    scene.notes.map((n) =>
      s(
        'g',
        live(pen, { part: 'annotation', role: 'note', 'aria-label': `${zh ? '注释' : 'Note'}: ${n.text}` }),
        s('line', { ...live(pen, { class: n.inBand ? 'leader band' : 'leader' }), ...n.leader, ...painted(pen, (p) => ({ stroke: p.muted, 'stroke-dasharray': n.inBand ? '2 2' : null })) }),
        s('circle', { ...live(pen, { class: 'note-marker' }), cx: n.px, cy: n.py, r: 4, ...painted(pen, (p) => ({ fill: p.bg, stroke: p.fg, 'stroke-width': 1.5 })) }),
        n.lines.map((line, i) => text(n.box.x, n.box.y + i * lh + lh / 2, line, { ...live(pen, { class: 'note', 'aria-hidden': 'true' }), ...painted(pen, halo) })),
      ),
    ),
  );
}

function series(scene: LineScene, pen: Pen): SvgNode {
  const c = (p: Paint, i: number): string => paletteColor(p, i);
  return s(
    'g',
    live(pen, { class: 'series', 'aria-hidden': 'true' }),
    scene.series.map((m) =>
      m.area ? s('path', { ...live(pen, { class: `area ${colorClass(m.index)}`, part: 'area' }), d: m.area, ...painted(pen, (p) => ({ fill: c(p, m.index), 'fill-opacity': 0.16 })) }) : null,
    ),
    s(
      'g',
      painted(pen, () => ({ fill: 'none', 'stroke-width': 2, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' })),
      scene.series.map((m) =>
        s('path', { ...live(pen, { class: `line ${colorClass(m.index)} ${dashClass(m.index)}${m.dense ? ' dense' : ''}`, part: 'line' }), d: m.path, ...painted(pen, (p) => ({ stroke: c(p, m.index), 'stroke-dasharray': LINE_DASH[m.index % 4], 'stroke-linejoin': m.dense ? 'bevel' : null })) }),
      ),
    ),
    // Dots per series in a group: a static image writes the colour once, not once per dot.
    scene.series.map((m) =>
      m.dots.length
        ? s('g', painted(pen, (p) => ({ fill: c(p, m.index), stroke: p.bg, 'stroke-width': 1 })), m.dots.map((d) => s('circle', { ...live(pen, { class: `dot ${colorClass(m.index)}` }), cx: d.x, cy: d.y, r: 3 })))
        : null,
    ),
    scene.series.map((m) =>
      m.label ? text(m.label.x, m.label.y, m.label.text, { ...live(pen, { class: `end-label ${colorClass(m.index)}` }), ...painted(pen, (p) => ({ fill: c(p, m.index), 'font-weight': 600 })) }) : null,
    ),
  );
}

/** The whole drawing, in paint order (later marks on top). */
export function drawLineChart(scene: LineScene, pen: Pen, locale: Locale): SvgNode[] {
  return [legend(scene, pen, locale), ...axes(scene, pen), ranges(scene, pen, locale), series(scene, pen), notes(scene, pen, locale)].filter((n): n is SvgNode => n !== null);
}
