/**
 * `drawn(nodes)`: a drawing (SvgNode tree, ./pen.ts) mounted in a Lit template. It builds DOM with
 * createElementNS/setAttribute — no template parsing per node, no innerHTML, nothing a strict CSP
 * or Trusted Types forbids — and on a new drawing patches it in place: child i stays the same
 * element while its tag stays the same, and only attributes and text that changed are written.
 * That is the reuse Lit gave the hand-written templates (bars transition, focus is kept), without
 * a template instance per node. The same subtree object is skipped outright, so a memoised
 * drawing costs nothing on re-render.
 *
 * On the server (Lit SSR calls `render`, never `update`) and when hydrating server markup, the
 * same nodes are given to Lit as templates instead — one cached template per element shape
 * (tag + attribute names) — so the server writes the drawing and hydration finds the template it
 * wrote. A hydrated part stays with templates (Lit diffs them); only a part the client created
 * itself is patched by hand.
 */
import { noChange, svg, type ElementPart, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import { num, type SvgAttrValue, type SvgChild, type SvgNode } from '../static-svg/svg.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const NAME = /^[a-zA-Z][a-zA-Z0-9:_-]*$/;

/** The attribute's text as serializeSvg writes it (numbers to 1/100 px), or null for "absent". */
function attrText(v: SvgAttrValue): string | null {
  if (v === null || v === undefined || v === false) return null;
  return typeof v === 'number' ? num(v) : v;
}

/** The same rules as serializeSvg: a drawing never names an event handler, and names are names. */
function checkName(name: string): void {
  if (checked.has(name)) return;
  if (!NAME.test(name) || /^on/i.test(name)) throw new Error(`drawn: attribute "${name}" is not allowed`);
  checked.add(name);
}
/** Names already checked: a drawing uses a dozen names thousands of times. */
const checked = new Set<string>();

/** Tags already checked, as `checked` holds names: a 100-bar drawing is ~450 elements of five tags. */
const checkedTags = new Set<string>();

/**
 * A node's element, built detached (its children first, then it is inserted once). The first
 * paint of 100 bars creates ~450 of these: no per-node arrays (`for…in` over the attributes,
 * not `Object.entries`), the tag's pattern tested once per tag, and a lone text child written as
 * text content.
 */
function create(c: SvgChild, doc: Document): Node {
  if (typeof c === 'string') return doc.createTextNode(c);
  if (!checkedTags.has(c.tag)) {
    if (!NAME.test(c.tag)) throw new Error(`drawn: bad element name "${c.tag}"`);
    checkedTags.add(c.tag);
  }
  const el = doc.createElementNS(SVG_NS, c.tag);
  const attrs = c.attrs;
  for (const name in attrs) {
    const v = attrText(attrs[name]);
    if (v === null) continue;
    checkName(name);
    el.setAttribute(name, v);
  }
  const kids = c.children;
  const only = kids.length === 1 ? kids[0] : undefined;
  if (typeof only === 'string' && only !== '') el.textContent = only;
  // An index, not for…of: in the first paint's still-interpreted code each step of an iterator is an object.
  else for (let i = 0; i < kids.length; i++) el.appendChild(create(kids[i] as SvgChild, doc));
  return el;
}

function patchAttrs(el: Element, prev: SvgNode, next: SvgNode): void {
  for (const name of Object.keys(prev.attrs)) if (attrText(next.attrs[name]) === null) el.removeAttribute(name);
  for (const [name, value] of Object.entries(next.attrs)) {
    const v = attrText(value);
    if (v === null) continue;
    if (el.getAttribute(name) !== v) {
      checkName(name);
      el.setAttribute(name, v);
    }
  }
}

const same = (a: SvgChild | undefined, b: SvgChild): boolean =>
  a !== undefined && (typeof a === 'string' ? typeof b === 'string' : typeof b !== 'string' && a.tag === b.tag);

/** Child i of `next` onto DOM node i, replaced only when its kind changes; returns the new list. */
function patchList(parent: Node, doms: readonly Node[], prev: readonly SvgChild[], next: readonly SvgChild[], before: Node | null): Node[] {
  const doc = parent.ownerDocument ?? document;
  const out: Node[] = [];
  next.forEach((n, i) => {
    const p = prev[i];
    const d = doms[i];
    if (d && same(p, n)) {
      if (p !== n) {
        if (typeof n === 'string') (d as Text).data = n;
        else {
          const pn = p as SvgNode;
          patchAttrs(d as Element, pn, n);
          patchList(d, Array.from(d.childNodes), pn.children, n.children, null);
        }
      }
      out.push(d);
    } else {
      const nd = create(n, doc);
      if (d) parent.replaceChild(nd, d);
      else parent.insertBefore(nd, before);
      out.push(nd);
    }
  });
  for (const d of doms.slice(next.length)) parent.removeChild(d);
  return out;
}

/** Template strings per element shape: Lit caches its parsed template by this array's identity. */
const shapes = new Map<string, TemplateStringsArray>();
const templates = new WeakMap<SvgNode, TemplateResult>();

function stringsFor(tag: string, names: readonly string[]): TemplateStringsArray {
  const key = `${tag} ${names.join(' ')}`;
  let strings = shapes.get(key);
  if (!strings) {
    // <tag a="${…}" b="${…}">${children}</tag>: one string before each value, one after the last.
    const parts = names.map((name, i) => `${i === 0 ? `<${tag}` : '"'} ${name}="`);
    parts.push(`${names.length ? '"' : `<${tag}`}>`, `</${tag}>`);
    // Lit accepts only template-literal arrays (a guard against strings from data): this one is
    // built from the drawing's own tag and attribute names, checked like serializeSvg checks them.
    strings = Object.freeze(Object.assign(parts, { raw: parts })) as readonly string[] as TemplateStringsArray;
    shapes.set(key, strings);
  }
  return strings;
}

/** A node as a Lit template (text stays text); memoised per node, so an unchanged drawing is the same value. */
function template(c: SvgChild): unknown {
  if (typeof c === 'string') return c;
  let t = templates.get(c);
  if (!t) {
    if (!NAME.test(c.tag)) throw new Error(`drawn: bad element name "${c.tag}"`);
    const names: string[] = [];
    const values: unknown[] = [];
    for (const [name, value] of Object.entries(c.attrs)) {
      const v = attrText(value);
      if (v === null) continue;
      checkName(name);
      names.push(name);
      values.push(v);
    }
    t = svg(stringsFor(c.tag, names), ...values, c.children.map(template));
    templates.set(c, t);
  }
  return t;
}

type Drawing = SvgChild | readonly SvgChild[] | null | undefined;

const list = (drawing: Drawing): readonly SvgChild[] =>
  drawing === null || drawing === undefined ? [] : Array.isArray(drawing) ? (drawing as readonly SvgChild[]) : [drawing as SvgChild];

class DrawnDirective extends Directive {
  private doms: Node[] = [];
  private prev: readonly SvgChild[] = [];
  /** The part holds server-rendered markup: Lit's templates keep it, not the hand patching. */
  private hydrated = false;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('drawn() goes in a child position of a template');
  }

  /** Lit's signature for the directive's argument; the work is in `update`, which sees the DOM. */
  render(_drawing: Drawing): unknown {
    return list(_drawing).map(template);
  }

  override update(part: ChildPart | ElementPart, [drawing]: [Drawing]): unknown {
    const child = part as ChildPart;
    // Hydrating: the part starts at the server's <!--lit-part--> marker, not a client one.
    if (this.prev.length === 0 && this.doms.length === 0 && child.startNode instanceof Comment && child.startNode.data.startsWith('lit-part')) this.hydrated = true;
    if (this.hydrated) return this.render(drawing);
    const next = list(drawing);
    if (next !== this.prev) this.doms = patchList(child.parentNode, this.doms, this.prev, next, child.endNode);
    this.prev = next;
    return noChange;
  }
}

/** Mounts a drawing (one node, or a list) at this place of a Lit template; see the module comment. */
export const drawn = directive(DrawnDirective);
