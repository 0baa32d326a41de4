/**
 * The element's own layer around each bar's drawing — tab stop, name, focus ring —
 * as nodes for ONE `drawn()` pass over all bars, not a Lit template instance per bar.
 *
 * Why: a template per bar cost a clone, nine attribute parts, two child parts and their comment
 * markers for each of 100 bars, the largest share of the element's own rendering in the "100
 * bars" first paint (CPU profile, CHANGELOG). `drawn()` creates the same elements with
 * createElementNS/setAttribute, and on hover or a focus move patches only the bars whose node
 * changed: a bar's node is kept (same object, skipped by `drawn()`) while its state is the same.
 * The elements, classes, roles and attributes are the ones the templates wrote.
 *
 * The touch target is not here: one transparent rectangle under all bars (`hitArea`) stands in
 * for a hit rectangle per bar, and `barAtPoint` finds the bar from the pointer's position. Style
 * recalculation of the first paint scales with the element count (issue #16); a rectangle per
 * bar was a fifth of the 100-bar chart's elements.
 */
import type { Locale } from '../../core/i18n/locale.js';
import { colorClass } from '../../core/palette.js';
import { s, type SvgNode } from '../../core/static-svg/svg.js';
import { barHit, type BarDrawing } from './bar-chart.draw.js';
import type { BarMark, BarScene } from './bar-chart.layout.js';

/** What a bar's layer shows besides its drawing; a bar whose state is unchanged keeps its node. */
export interface BarState {
  /** Under the pointer, or focused: the `active` class. */
  active: boolean;
  /** Roving tabindex: 0 for the one bar Tab reaches, else -1. */
  tabIndex: 0 | -1;
  /** The focus ring is drawn (the chart has focus and this bar is the active one). */
  ring: boolean;
}

/** The layer last built: reused per bar while the drawing and the bar's state are the same. */
export interface BarLayer {
  drawing: BarDrawing;
  locale: Locale;
  nodes: SvgNode[];
  keys: string[];
}

/**
 * A bar's `<g>`: built once per bar in the first paint (100 in the "100 bars" case, issue #16),
 * so as one object literal — the class by concatenation (the same string the array join gave,
 * empty slots and all), the children without `s()`'s flattening closure.
 */
function barNode(m: BarMark, pos: number, scene: BarScene, drawing: readonly SvgNode[], st: BarState, roleDescription: string): SvgNode {
  const cls = `bar ${m.highlighted ? 'highlighted' : ''} ${m.negative ? 'negative' : ''} ${st.active ? 'active' : ''} ${m.series === undefined ? '' : `series ${colorClass(m.series)}`}`;
  const children: SvgNode[] = drawing.slice();
  if (st.ring) {
    // The ring's geometry as strings: written exactly as the templates wrote it (String(n)), not rounded like drawing numbers.
    const hit = barHit(m, scene);
    children.push({ tag: 'rect', attrs: { class: 'focus-ring', x: String(hit.x + 1), y: String(hit.y + 1), width: String(Math.max(0, hit.width - 2)), height: String(Math.max(0, hit.height - 2)), rx: '3' }, children: [] });
  }
  return {
    tag: 'g',
    attrs: { class: cls, part: 'mark', role: 'img', 'aria-label': m.aria, 'aria-roledescription': roleDescription, tabindex: String(st.tabIndex), 'data-index': String(pos) },
    children,
  };
}

/** Every bar's layer node, in scene order, reusing `prev`'s node for each bar whose state is unchanged. */
export function barLayer(scene: BarScene, drawing: BarDrawing, state: (pos: number) => BarState, locale: Locale, prev: BarLayer | null): BarLayer {
  const reuse = prev && prev.drawing === drawing && prev.locale === locale ? prev : null;
  const roleDescription = locale === 'zh-CN' ? '数据条' : 'bar';
  const marks = scene.marks;
  const nodes: SvgNode[] = new Array<SvgNode>(marks.length);
  const keys: string[] = new Array<string>(marks.length);
  for (let pos = 0; pos < marks.length; pos++) {
    const st = state(pos);
    const key = `${st.active ? 1 : 0}${st.tabIndex}${st.ring ? 1 : 0}`;
    const kept = reuse?.keys[pos] === key ? reuse.nodes[pos] : undefined;
    nodes[pos] = kept ?? barNode(marks[pos] as BarMark, pos, scene, drawing.marks[pos] ?? [], st, roleDescription);
    keys[pos] = key;
  }
  return { drawing, locale, nodes, keys };
}

/** The one touch target under all bars: the whole drawing, transparent (core/styles.ts `svg .hit`). */
export function hitArea(scene: BarScene): SvgNode {
  return s('rect', { class: 'hit', x: '0', y: '0', width: String(scene.width), height: String(scene.height) });
}

/**
 * What the page draws under the bars, for the element and its first paint alike (one list, so the
 * two cannot differ): caption, axis, zero line, then the touch target — over the grid, under the
 * bars, so a bar's own marks still name it as the event's target.
 */
export function frameNodes(scene: BarScene, d: BarDrawing): SvgNode[] {
  return [d.caption, d.axis, d.zero, hitArea(scene)].filter((n): n is SvgNode => n !== null);
}

/**
 * The bar whose touch target (`barHit`: its whole row or column) holds the point, in drawing
 * coordinates; -1 for none. The last such bar wins, as when each bar's rectangle was drawn over
 * the one before it.
 */
export function barAtPoint(scene: BarScene, x: number, y: number): number {
  for (let pos = scene.marks.length - 1; pos >= 0; pos--) {
    const m = scene.marks[pos];
    const r = m && barHit(m, scene);
    if (r && x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height) return pos;
  }
  return -1;
}
