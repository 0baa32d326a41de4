/**
 * Pre-rendered pages must fit a phone without JavaScript. A chart drawn for 640 px cannot
 * simply be scaled down to a 335 px column: its 14 px text would print at 7 px. So a responsive
 * element (no `width` attribute) is drawn twice — at its render width and at a phone's — and a
 * container query on the host (which is an inline-size container) shows the one that fits; the
 * phone drawing also shrinks, never grows, below its width (320 px screens). Only the chart
 * box is doubled: title, notes and source are HTML text, which wraps at any width.
 *
 * The phone drawing is the server's alone (`data-ssr-alt`): the element removes it before Lit
 * hydrates the main drawing, or renders afresh where the container is too narrow for that.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { SSR_ALT } from '../core/hydration.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

/** The phone drawing's width: 360 px screens (and 375–414 px ones less their page margins). */
export const NARROW_WIDTH = 360;

const isElement = (n: Node): n is Element => 'tagName' in n;
const parts = (el: Element): string[] => (el.attrs.find((a) => a.name === 'part')?.value ?? '').split(/\s+/);

/** Where the chart box (`part="chart"`, the frame's direct child) sits in the element's markup. */
function chartRange(markup: string): { start: number; end: number } | null {
  const frag = parseFragment(markup, { sourceCodeLocationInfo: true });
  const host = frag.childNodes.find(isElement);
  const template = host?.childNodes.find((c): c is Template => isElement(c) && c.tagName === 'template');
  const figure = template?.content.childNodes.find((c): c is Element => isElement(c) && parts(c).includes('frame'));
  const chart = figure?.childNodes.find((c): c is Element => isElement(c) && parts(c).includes('chart') && !(c.attrs.find((a) => a.name === 'class')?.value ?? '').includes('reserved'));
  const loc = chart?.sourceCodeLocation;
  return loc ? { start: loc.startOffset, end: loc.endOffset } : null;
}

/**
 * The narrow drawing's ids, renamed (and every reference to them inside it): the wide drawing
 * holds the same ids first in the tree, and a reference resolves to the first — inside a
 * `display: none` box, where a pattern paints nothing (the waffle's squares would vanish).
 */
function ownIds(markup: string): string {
  const ids = new Set(Array.from(markup.matchAll(/\sid="([^"]+)"/g), (m) => m[1] ?? ''));
  if (ids.size === 0) return markup;
  const rename = (id: string): string => (ids.has(id) ? `n-${id}` : id);
  return markup
    .replace(/(\sid=")([^"]+)"/g, (_, a: string, id: string) => `${a}${rename(id)}"`)
    .replace(/url\(#([^)\s]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/(\s(?:href|xlink:href)="#)([^"]+)"/g, (_, a: string, id: string) => `${a}${rename(id)}"`)
    .replace(/(\saria-(?:labelledby|describedby|controls|owns|activedescendant)=")([^"]*)"/g, (_, a: string, list: string) => `${a}${list.split(/\s+/).map(rename).join(' ')}"`);
}

/**
 * `wide` (the element's markup at `wideWidth`) with the chart box of `narrow` (the same element,
 * static markup, at NARROW_WIDTH) after its own, and the container query that picks one.
 */
export function withNarrow(wide: string, narrow: string, wideWidth: number): string {
  const w = chartRange(wide);
  const n = chartRange(narrow);
  if (!w || !n) return wide;
  const style =
    `<style>.ssr-narrow{display:none}` +
    `@container (max-width:${wideWidth - 0.02}px){figure>.chart{display:none}.ssr-narrow{display:block}}` +
    `.ssr-narrow svg{max-width:100%;height:auto}</style>`;
  const alt = `<div ${SSR_ALT} class="ssr-narrow">${style}${ownIds(narrow.slice(n.start, n.end))}</div>`;
  return wide.slice(0, w.end) + alt + wide.slice(w.end);
}
