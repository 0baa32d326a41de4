/**
 * A static drawing (`toSvg`'s markup, written by ./svg.ts) as DOM nodes, built with
 * createElementNS and setAttribute: for a page that shows the drawing itself (the builder's
 * WeChat preview) under a strict policy, where neither DOMParser/innerHTML (Trusted Types sinks)
 * nor a data:/blob: image (img-src 'self') is allowed. Reads only what serializeSvg writes —
 * elements, double-quoted attributes, escaped text — and refuses anything else.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
const TOKEN = /<\/([a-zA-Z][\w:-]*)>|<([a-zA-Z][\w:-]*)((?:\s+[a-zA-Z][\w:-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/y;
const ATTR = /([a-zA-Z][\w:-]*)="([^"<]*)"/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(s: string): string {
  return s.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([\da-fA-F]+));/g, (m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return ENTITIES[name] ?? m;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

export function svgNodes(markup: string, doc: Document = document): SVGSVGElement {
  const stack: Element[] = [];
  let root: Element | null = null;
  TOKEN.lastIndex = 0;
  const text = markup.trim();
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`svgNodes: not a static drawing at character ${at}`);
    const [, close, open, attrs = '', selfClosing, chars] = m;
    const parent = stack.at(-1);
    if (chars !== undefined) {
      if (parent) parent.append(doc.createTextNode(unescape(chars)));
      else if (chars.trim()) throw new Error('svgNodes: text outside the drawing');
    } else if (close !== undefined) {
      if (stack.pop()?.localName !== close) throw new Error(`svgNodes: unbalanced </${close}>`);
    } else if (open !== undefined) {
      if (!parent && root) throw new Error('svgNodes: more than one root');
      const el = doc.createElementNS(SVG_NS, open);
      for (const [, name = '', value = ''] of attrs.matchAll(ATTR)) {
        // xmlns is the element's namespace, already set; event handlers are never part of a drawing.
        if (name === 'xmlns' || /^on/i.test(name)) continue;
        el.setAttribute(name, unescape(value));
      }
      if (parent) parent.append(el);
      else root = el;
      if (!selfClosing) stack.push(el);
    }
  }
  if (stack.length || !(root instanceof SVGSVGElement)) throw new Error('svgNodes: not one complete <svg>');
  return root;
}
