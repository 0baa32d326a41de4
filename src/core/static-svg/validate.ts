/**
 * The static SVG contract as a check: what `toSvg()` writes must survive the strictest channel
 * it is for. WeChat Official Account articles keep inline SVG only with inline presentation
 * attributes, strip `<style>`, `class`, scripts and event attributes, and strip `id` too — so
 * anything that points at an id (`<use href="#…">`, `url(#…)` fills: patterns, gradients,
 * clip paths) silently loses its target there. The lists below therefore hold only what draws
 * on its own; a widget that needs a pattern draws its marks (waffle does). RSS readers and
 * email clients that take inline SVG are more lenient, so what passes here works there too.
 *
 * Runs in the page (DOMParser), where the tests and the page export use it; Node does not need it.
 */

/**
 * Elements a static drawing may use. Not here, on purpose: style, script, foreignObject, image,
 * a, animate*, set (the final state is drawn; WeChat takes only a few animations), filter,
 * mask, marker, symbol, defs, use, pattern, clipPath and gradients (all work through ids, which
 * WeChat strips), switch (its choice depends on the reader's system, not on the data).
 */
export const STATIC_SVG_ELEMENTS: readonly string[] = [
  'svg',
  'g',
  'title',
  'desc',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'path',
  'text',
  'tspan',
];

/**
 * Attributes a static drawing may use: geometry, SVG presentation attributes, and what an
 * accessible image needs (role, aria-*, lang). Not here: style, class, id, href/xlink:href,
 * on*, any other namespace, and presentation attributes that only reference something by url()
 * (fill/stroke values are checked for url() separately: a colour is fine, a reference is not).
 */
export const STATIC_SVG_ATTRIBUTES: readonly string[] = [
  // The document
  'xmlns',
  'version',
  'viewBox',
  'preserveAspectRatio',
  'role',
  'lang',
  // Geometry
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
  'd',
  'points',
  'transform',
  'dx',
  'dy',
  'rotate',
  'textLength',
  'lengthAdjust',
  'pathLength',
  // Presentation
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'opacity',
  'color',
  'paint-order',
  'vector-effect',
  'shape-rendering',
  'text-rendering',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'baseline-shift',
  'text-decoration',
  'letter-spacing',
  'word-spacing',
  'writing-mode',
  'direction',
  'unicode-bidi',
];

/** Attributes whose value is a number list or a path: a NaN or an Infinity there is a drawing bug. */
const GEOMETRY = new Set(['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points', 'transform', 'dx', 'dy', 'viewBox', 'font-size', 'stroke-width', 'opacity']);
/** Where stray text would be drawn nowhere (or is not drawing text at all). */
const TEXT_HOLDERS = new Set(['text', 'tspan', 'title', 'desc']);
const SVG_NS = 'http://www.w3.org/2000/svg';

const ELEMENTS = new Set(STATIC_SVG_ELEMENTS);
const ATTRIBUTES = new Set(STATIC_SVG_ATTRIBUTES);

export interface StaticSvgReport {
  ok: boolean;
  problems: string[];
}

/** Things that may appear in no attribute value: CSS that only a stylesheet engine would resolve, and references. */
function valueProblem(value: string): string | null {
  const v = value.toLowerCase();
  if (v.includes('var(')) return 'a CSS variable (var())';
  if (v.includes('light-dark(')) return 'light-dark()';
  if (v.includes('url(')) return 'a url() reference';
  if (/\b(?:javascript|data|vbscript):/.test(v)) return 'a URL scheme';
  if (v.includes('expression(')) return 'a CSS expression()';
  return null;
}

/**
 * Checks one SVG document against the allow-lists, the character budget and the XML grammar.
 * Every problem is listed (not only the first), so a failing test says all that is wrong.
 */
export function validateStaticSvg(markup: string, budget = 20000): StaticSvgReport {
  const problems: string[] = [];
  if (markup.length > budget) problems.push(`${markup.length} characters, over the budget of ${budget}`);
  if (/<!DOCTYPE|<!ENTITY/i.test(markup)) problems.push('a DOCTYPE or entity declaration');
  if (/<!\[CDATA\[/i.test(markup)) problems.push('a CDATA section');
  if (/<\?(?!xml\s)/i.test(markup)) problems.push('a processing instruction (e.g. xml-stylesheet)');
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    problems.push(`not well-formed XML: ${error.textContent.replace(/\s+/g, ' ').trim().slice(0, 200)}`);
    return { ok: false, problems };
  }
  const root = doc.documentElement;
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NS) problems.push(`the root is <${root.localName}>, not an <svg> in the SVG namespace`);
  for (const a of ['width', 'height', 'viewBox']) if (!root.hasAttribute(a)) problems.push(`the <svg> has no ${a} (the channel would guess a size)`);

  const seen = new Set<string>();
  const once = (p: string): void => {
    if (!seen.has(p)) {
      seen.add(p);
      problems.push(p);
    }
  };
  const walk = (node: Node, parent: string): void => {
    if (node.nodeType === Node.COMMENT_NODE) return;
    if (node.nodeType === Node.PROCESSING_INSTRUCTION_NODE) once('a processing instruction');
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      if (!TEXT_HOLDERS.has(parent) && (node.nodeValue ?? '').trim() !== '') once(`text directly inside <${parent}>`);
      return;
    }
    if (!(node instanceof Element)) return;
    const tag = node.localName;
    if (node.namespaceURI !== SVG_NS) once(`<${node.nodeName}> is not in the SVG namespace`);
    if (!ELEMENTS.has(tag)) once(`element <${tag}> is not allowed`);
    for (const attr of Array.from(node.attributes)) {
      const name = attr.name;
      const allowed = ATTRIBUTES.has(name) || /^aria-[a-z]+$/.test(name);
      if (!allowed) once(`attribute ${name} (on <${tag}>) is not allowed`);
      if (name === 'xmlns' && attr.value !== SVG_NS) once(`xmlns is "${attr.value}"`);
      // aria-* values are words for a screen reader (they may quote a label like "var(x)"); nothing renders them.
      const why = name.startsWith('aria-') ? null : valueProblem(attr.value);
      if (why) once(`${name} on <${tag}> holds ${why}`);
      if (GEOMETRY.has(name) && /NaN|Infinity|undefined/.test(attr.value)) once(`${name} on <${tag}> is "${attr.value}"`);
    }
    for (const child of Array.from(node.childNodes)) walk(child, tag);
  };
  walk(root, '#document');
  return { ok: problems.length === 0, problems };
}
