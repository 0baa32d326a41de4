/**
 * The tracker as a static SVG (WeChat, RSS, email, the PNG export). The element already draws
 * with SVG from its scene; here the same marks take their colours as attributes instead of CSS
 * classes, text is placed on its baseline (no dominant-baseline, which some readers ignore), and
 * the hit areas, focus ring and tooltip are left out.
 */
import type { SvgContext } from '../../core/static/context.js';
import { s, type SvgBody, type SvgNode } from '../../core/static/svg.js';
import type { RowMark, TextLine, TrackerScene } from './project-tracker.layout.js';
import { baseline, r1 } from '../../core/draw/metrics.js';

/** A scene line is centred on its y (the element uses dominant-baseline: central). */
function line(l: TextLine, size: number, attrs: Record<string, string | number | undefined> = {}): SvgNode {
  return s('text', { x: r1(l.x), y: baseline(l.y, size), 'text-anchor': l.anchor === 'start' ? undefined : l.anchor, ...attrs }, l.text);
}

function rowNode(m: RowMark, size: number, ctx: SvgContext): SvgNode {
  const { paint } = ctx;
  return s(
    'g',
    {},
    m.phaseLabel ? line(m.phaseLabel, size, { fill: paint.muted }) : null,
    s('line', { x1: r1(m.track.x1), x2: r1(m.track.x2), y1: r1(m.track.y), y2: r1(m.track.y), stroke: paint.grid, 'stroke-width': 2 }),
    s('line', { x1: r1(m.progress.x1), x2: r1(m.progress.x2), y1: r1(m.progress.y), y2: r1(m.progress.y), stroke: paint.accent, 'stroke-width': 4, 'stroke-linecap': 'round' }),
    // Done, current and to come differ in shape and size, not only in colour, as in the element.
    m.dots.map((d) =>
      d.state === 'done'
        ? [
            s('circle', { cx: r1(d.cx), cy: r1(d.cy), r: 7, fill: paint.accent }),
            s('path', { d: `M${r1(d.cx - 3.5)},${r1(d.cy)}l2.5,2.5l4.5,-5`, fill: 'none', stroke: paint.onMark, 'stroke-width': 1.8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
          ]
        : d.state === 'current'
          ? s('circle', { cx: r1(d.cx), cy: r1(d.cy), r: 8, fill: paint.highlight, stroke: paint.fg, 'stroke-width': 2.5 })
          : s('circle', { cx: r1(d.cx), cy: r1(d.cy), r: 5, fill: paint.bg, stroke: paint.axis, 'stroke-width': 1.5 }),
    ),
    line(m.note, size),
  );
}

/**
 * Stage headers, each project's name, reported date and figures, a rule between projects, and
 * one `<g>` per row of the pipeline (the items a test counts), in the last group.
 */
export function trackerSvg(scene: TrackerScene, ctx: SvgContext): SvgBody {
  const { paint } = ctx;
  const size = Math.round(scene.lineHeight / 1.3);
  const header = s('g', { fill: paint.muted, 'text-anchor': 'middle' }, scene.headers.flatMap((h) => h.lines.map((l) => line(l, size, { 'text-anchor': l.anchor === 'middle' ? undefined : l.anchor }))));
  const groups = scene.groups.map((g) => [
    g.name.map((l) => line(l, size, { 'font-weight': 700 })),
    g.reported ? line(g.reported, size, { fill: paint.muted }) : null,
    g.figures.map((l) => line(l, size, { fill: paint.muted })),
    s('line', { x1: 0, x2: scene.width, y1: r1(g.rule) + 0.5, y2: r1(g.rule) + 0.5, stroke: paint.grid }),
  ]);
  const rows = scene.rows.map((m) => rowNode(m, size, ctx));
  return { node: s('g', { fill: paint.fg, 'font-size': size }, header, s('g', {}, groups), s('g', {}, rows)), height: scene.height };
}
