/**
 * DOM for the first paint, by DOM calls only: createElement(NS), setAttribute, textContent. No
 * string from data is ever parsed as markup, so a strict CSP with Trusted Types is satisfied.
 *
 * `svgNodes` builds a drawing (core/static-svg/svg.ts's SvgNode tree) as the full element's
 * `drawn()` directive (core/draw/live.ts) builds it: the same attribute texts (numbers through
 * `num()`), the same name rules. It is written again here rather than imported because live.ts is
 * a Lit directive and the painter's chunk carries no Lit; test/core/paint/paint.test.ts holds the
 * painted DOM equal to the element's, so the two cannot drift.
 */
import { num, type SvgAttrValue, type SvgChild } from '../static-svg/svg.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const NAME = /^[a-zA-Z][a-zA-Z0-9:_-]*$/;

function attrText(v: SvgAttrValue): string | null {
  if (v === null || v === undefined || v === false) return null;
  return typeof v === 'number' ? num(v) : v;
}

/** A drawing's nodes as SVG elements. */
export function svgNodes(children: readonly SvgChild[]): Node[] {
  return children.map((c) => {
    if (typeof c === 'string') return document.createTextNode(c);
    if (!NAME.test(c.tag)) throw new Error(`paint: bad element name "${c.tag}"`);
    const node = document.createElementNS(SVG_NS, c.tag);
    for (const [name, value] of Object.entries(c.attrs)) {
      const v = attrText(value);
      if (v === null) continue;
      if (!NAME.test(name) || /^on/i.test(name)) throw new Error(`paint: attribute "${name}" is not allowed`);
      node.setAttribute(name, v);
    }
    node.append(...svgNodes(c.children));
    return node;
  });
}

type Child = Node | string | null | false | undefined;

/** An HTML element with attributes (strings) and children (text stays text). */
export function h(tag: string, attrs: Record<string, string | null | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== null && value !== undefined) node.setAttribute(name, value);
  for (const c of children) if (c !== null && c !== false && c !== undefined && c !== '') node.append(c);
  return node;
}

/** An SVG element with attributes (already strings or numbers) and children. */
export function svgEl(tag: string, attrs: Record<string, string | number>, ...children: Node[]): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}
