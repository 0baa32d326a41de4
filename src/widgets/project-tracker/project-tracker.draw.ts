/**
 * The tracker's one drawing (core/draw/pen.ts): stage headers, each project's name, reported
 * date and figures, rules between projects, and per row its phase, track, progress, stage dots
 * and note. The page mounts it with `drawn()` inside its interactive row groups; `toSvg()`
 * serialises it with resolved paint. Text sits on its baseline (./metrics: a third of an em below
 * the scene's centre line), not on dominant-baseline, which some static readers ignore: the page
 * draws it the same way so the two cannot differ.
 */
import { baseline, r1 } from '../../core/draw/metrics.js';
import { live, painted, type Pen } from '../../core/draw/pen.js';
import type { Paint } from '../../core/static-svg/paint.js';
import { s, type SvgAttrs, type SvgNode } from '../../core/static-svg/svg.js';
import type { RowMark, TextLine, TrackerScene } from './project-tracker.layout.js';

export interface TrackerDrawing {
  /** Headers, project names, dates, figures and rules. */
  back: SvgNode[];
  /** Per row (scene order): what it shows. */
  rows: SvgNode[][];
}

function line(l: TextLine, size: number, attrs: SvgAttrs = {}): SvgNode {
  return s('text', { x: r1(l.x), y: baseline(l.y, size), 'text-anchor': l.anchor === 'start' ? null : l.anchor, ...attrs }, l.text);
}

function row(m: RowMark, size: number, pen: Pen): SvgNode[] {
  const dot = (cls: string, cx: number, cy: number, r: number, paint: (p: Paint) => SvgAttrs): SvgNode =>
    s('circle', { ...live(pen, { class: cls }), cx: r1(cx), cy: r1(cy), r, ...painted(pen, paint) });
  return [
    ...(m.phaseLabel ? [line(m.phaseLabel, size, { ...live(pen, { class: 'phase' }), ...painted(pen, (p) => ({ fill: p.muted })) })] : []),
    s('line', { ...live(pen, { class: 'track' }), x1: r1(m.track.x1), x2: r1(m.track.x2), y1: r1(m.track.y), y2: r1(m.track.y), ...painted(pen, (p) => ({ stroke: p.grid, 'stroke-width': 2 })) }),
    s('line', { ...live(pen, { class: 'progress' }), x1: r1(m.progress.x1), x2: r1(m.progress.x2), y1: r1(m.progress.y), y2: r1(m.progress.y), ...painted(pen, (p) => ({ stroke: p.accent, 'stroke-width': 4, 'stroke-linecap': 'round' })) }),
    // Done, current and to come differ in shape and size, not only in colour.
    ...m.dots.flatMap((d) =>
      d.state === 'done'
        ? [
            dot('dot done', d.cx, d.cy, 7, (p) => ({ fill: p.accent })),
            s('path', { ...live(pen, { class: 'check' }), d: `M${r1(d.cx - 3.5)},${r1(d.cy)}l2.5,2.5l4.5,-5`, ...painted(pen, (p) => ({ fill: 'none', stroke: p.onMark, 'stroke-width': 1.8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' })) }),
          ]
        : d.state === 'current'
          ? [dot('dot current', d.cx, d.cy, 8, (p) => ({ fill: p.highlight, stroke: p.fg, 'stroke-width': 2.5 }))]
          : [dot(`dot ${d.state}`, d.cx, d.cy, 5, (p) => ({ fill: p.bg, stroke: p.axis, 'stroke-width': 1.5 }))],
    ),
    line(m.note, size, live(pen, { class: 'note' })),
  ];
}

export function drawTracker(scene: TrackerScene, pen: Pen): TrackerDrawing {
  const size = Math.round(scene.lineHeight / 1.3);
  const muted = painted(pen, (p) => ({ fill: p.muted }));
  return {
    back: [
      s('g', { ...live(pen, { class: 'header', 'aria-hidden': 'true' }), ...muted }, scene.headers.flatMap((h) => h.lines.map((l) => line(l, size)))),
      s(
        'g',
        live(pen, { 'aria-hidden': 'true' }),
        scene.groups.map((g) => [
          g.name.map((l) => line(l, size, { ...live(pen, { class: 'name' }), ...painted(pen, () => ({ 'font-weight': 700 })) })),
          g.reported ? line(g.reported, size, { ...live(pen, { class: 'reported' }), ...muted }) : null,
          s('g', { ...live(pen, { class: 'figures' }), ...muted }, g.figures.map((l) => line(l, size))),
          s('line', { ...live(pen, { class: 'rule' }), x1: 0, x2: scene.width, y1: r1(g.rule) + 0.5, y2: r1(g.rule) + 0.5, ...painted(pen, (p) => ({ stroke: p.grid })) }),
        ]),
      ),
    ],
    rows: scene.rows.map((m) => row(m, size, pen)),
  };
}
