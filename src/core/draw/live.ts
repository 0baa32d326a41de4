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
 * A node's element built from scratch (its children first, then it is inserted once): no
 * per-node arrays (`for…in` over the attributes, not `Object.entries`), the tag's pattern tested
 * once per tag, and a lone text child written as text content.
 */
function build(c: SvgNode, doc: Document): Element {
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
  else for (const child of kids) el.appendChild(create(child, doc));
  return el;
}

/**
 * The shape of a node: its tag, the names of the attributes it writes (in order) and its
 * children's shapes. Two nodes of one shape differ only in values: a bar and the next bar.
 */
function shapeOf(c: SvgChild): string {
  if (typeof c === 'string') return '#';
  let key = c.tag;
  for (const name in c.attrs) if (attrText(c.attrs[name]) !== null) key += ` ${name}`;
  if (c.children.length) key += `(${c.children.map(shapeOf).join(',')})`;
  return key;
}

/**
 * Per document, the first element built of each shape and the node it was built from. The
 * next node of that shape is a deep clone of it, with only the attributes and texts that differ
 * written: a bar's group, rect and label share most of their attributes with the bar before (class,
 * part, role, tabindex, height, anchor, baseline), so the first paint of 100 bars writes about a
 * third of the attributes it did, and makes one clone per bar instead of three elements (issue #16).
 * The same DOM as building it: same attributes in the same order, same text.
 */
type Shapes = Map<string, { el: Element; node: SvgNode }>;
const protos = new WeakMap<Document, Shapes>();
/** Shapes come from the widgets' code, not the data (tags, attribute names): a few dozen. The cap is a guard. */
const MAX_SHAPES = 256;

/**
 * Kept as a prototype only when small: a mark and its labels, not a whole axis or a line's path
 * (a 100k-point `d` would stay in memory after its chart is gone). At most 8 nodes, values short.
 */
function small(c: SvgNode): boolean {
  let budget = 8;
  const fits = (n: SvgChild): boolean => {
    if (typeof n === 'string') return n.length <= 200;
    if (--budget < 0) return false;
    for (const name in n.attrs) {
      const v = n.attrs[name];
      if (typeof v === 'string' && v.length > 200) return false;
    }
    return n.children.every(fits);
  };
  return fits(c);
}

/** A node's element (a text node for a string), detached. */
function create(c: SvgChild, doc: Document): Node {
  if (typeof c === 'string') return doc.createTextNode(c);
  let shapes = protos.get(doc);
  if (!shapes) {
    shapes = new Map() as Shapes;
    protos.set(doc, shapes);
  }
  const key = small(c) ? shapeOf(c) : '';
  const proto = key ? shapes.get(key) : undefined;
  if (!proto) {
    const el = build(c, doc);
    if (key && shapes.size < MAX_SHAPES) shapes.set(key, { el: el.cloneNode(true) as Element, node: c });
    return el;
  }
  const el = proto.el.cloneNode(true) as Element;
  fill(el, proto.node, c);
  return el;
}

/** A clone of `from`'s element made into `to`'s (same shape): only what differs is written. */
function fill(el: Element, from: SvgNode, to: SvgNode): void {
  for (const name in to.attrs) {
    const v = attrText(to.attrs[name]);
    // Same shape: the names written are the same, so only values can differ.
    if (v !== null && v !== attrText(from.attrs[name])) {
      checkName(name);
      el.setAttribute(name, v);
    }
  }
  const kids = to.children;
  // One DOM node per child, a lone text too (text content, or an empty text node): walked in step.
  let d = el.firstChild;
  kids.forEach((k, i) => {
    const f = from.children[i];
    if (typeof k === 'string') {
      if (k !== f) (d as Text).data = k;
    } else fill(d as Element, f as SvgNode, k);
    d = d?.nextSibling ?? null;
  });
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
