/**
 * Pre-renders every outermost dj-* element of an HTML page in place (the CLI and the Vite plugin
 * share this). The rest of the file is kept byte for byte; an element's light DOM (the editor's
 * table, JSON, paragraphs) stays as it was, so the page's script reads the same data. Running it
 * again replaces the previous rendering with an identical one.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { knownTags, renderWidget, type RenderMode } from './render.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface PrerenderOptions {
  /** `hydratable` (default) or `static`; `svg` replaces each element by its static SVG. */
  mode?: RenderMode;
  /** Width for elements without a `width` attribute (default 640). */
  width?: number;
  /** Called for an element that cannot be rendered: it is left as it was. */
  onError?: (tag: string, error: Error, line?: number) => void;
  /**
   * Called for an element whose data is bad: it is rendered with the error box the browser
   * would show. `line` is where the element starts in the source (1-based).
   */
  onProblem?: (tag: string, message: string, line: number) => void;
}

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(node) || node.tagName === 'script' || node.tagName === 'style' || node.tagName === 'template') return '';
  return node.childNodes.map(text).join('');
}
/** A <script>'s text (which `text` skips, as readers never see it). */
const scriptText = (el: Element): string => el.childNodes.map((n) => (n.nodeName === '#text' ? (n as DefaultTreeAdapterMap['textNode']).value : '')).join('');
const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A light-DOM <table> as the widget reads it (src/core/data/light-dom.ts): header row, data-value, caption. */
function tableData(table: Element): { rows: string[][]; caption: string } {
  const rows: Element[] = [];
  let headRow: Element | undefined;
  let caption = '';
  const walk = (n: Element): void => {
    for (const c of n.childNodes) {
      if (!isElement(c)) continue;
      if (c.tagName === 'caption') caption = clean(text(c));
      else if (c.tagName === 'tr') {
        rows.push(c);
        if (n.tagName === 'thead' && !headRow) headRow = c;
      } else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') walk(c);
    }
  };
  walk(table);
  const head = headRow ?? rows[0];
  const cells = (tr: Element): string[] =>
    tr.childNodes.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th').map((c) => attr(c, 'data-value') ?? clean(text(c)));
  const out = head ? [cells(head), ...rows.filter((r) => r !== head && !(headRow && r.parentNode === headRow.parentNode && r.parentNode && (r.parentNode as Element).tagName === 'thead')).map(cells)] : [];
  return { rows: out, caption };
}

const BLOCKS = new Set(['p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt', 'figcaption', 'pre']);

/** What the element would read from its light DOM, in the form renderWidget takes. */
function lightInputs(el: Element): Record<string, unknown> {
  const kids = el.childNodes.filter(isElement);
  const out: Record<string, unknown> = {};
  const json = kids.find((c) => c.tagName === 'script' && attr(c, 'type') === 'application/json' && attr(c, 'data-annotations') === undefined);
  const table = kids.find((c) => c.tagName === 'table');
  if (json) out['data'] = JSON.parse(scriptText(json));
  else if (table) {
    const t = tableData(table);
    out['data'] = t.rows;
    if (t.caption && attr(el, 'heading') === undefined) out['heading'] = t.caption;
  }
  const notes = kids.find((c) => c.tagName === 'script' && attr(c, 'type') === 'application/json' && attr(c, 'data-annotations') !== undefined);
  if (notes) out['.annotations'] = JSON.parse(scriptText(notes));
  const list = kids.find((c) => (c.tagName === 'ul' || c.tagName === 'ol') && attr(c, 'data-annotations') !== undefined);
  if (list) {
    out['.annotations'] = list.childNodes.filter(isElement).filter((li) => li.tagName === 'li').map((li) => {
      const a: Record<string, unknown> = { text: clean(text(li)) };
      for (const k of ['x', 'series', 'from', 'to']) {
        const v = attr(li, `data-${k}`);
        if (v !== undefined) a[k] = v;
      }
      const y = attr(li, 'data-y');
      if (y !== undefined && y.trim() !== '') a['y'] = Number(y);
      return a;
    });
  }
  // Article text (dj-figures): one paragraph per innermost block.
  const paragraphs: string[] = [];
  const blocks = (n: Element): void => {
    for (const c of n.childNodes) {
      if (!isElement(c) || c.tagName === 'template' || c.tagName === 'script') continue;
      if (BLOCKS.has(c.tagName) && !c.childNodes.some((g) => isElement(g) && BLOCKS.has(g.tagName))) {
        const t = clean(text(c));
        if (t) paragraphs.push(t);
      } else blocks(c);
    }
  };
  blocks(el);
  if (paragraphs.length && !json && !table) out['.paragraphs'] = paragraphs;
  return out;
}

/** The page with each outermost dj-* element pre-rendered. */
export function prerenderHtml(source: string, options: PrerenderOptions = {}): string {
  const doc = parse(source, { sourceCodeLocationInfo: true });
  const tags = new Set(knownTags());
  const htmlEl = doc.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'html');
  const lang = (htmlEl && attr(htmlEl, 'lang')) ?? 'zh-CN';
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (n: Node, langHere: string): void => {
    if (!isElement(n)) return;
    const here = attr(n, 'lang') ?? langHere;
    if (tags.has(n.tagName)) {
      edits.push(...renderOne(source, n, here, options));
      return;
    }
    for (const c of n.childNodes) visit(c, here);
  };
  for (const c of doc.childNodes) visit(c, lang);
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

function renderOne(source: string, el: Element, lang: string, options: PrerenderOptions): Array<{ start: number; end: number; text: string }> {
  const loc = el.sourceCodeLocation;
  if (!loc?.startTag || !loc.endTag) return [];
  // A previous run's rendering is dropped; everything else inside stays as the light DOM.
  const kept = el.childNodes.filter((c) => !(isElement(c) && c.tagName === 'template' && (attr(c, 'shadowrootmode') ?? attr(c, 'shadowroot')) !== undefined));
  const lightDom = kept
    .map((c) => (c.sourceCodeLocation ? source.slice(c.sourceCodeLocation.startOffset, c.sourceCodeLocation.endOffset) : ''))
    .join('');
  const input: Record<string, unknown> = {};
  for (const a of el.attrs) if (a.name !== 'ssr-width') input[a.name] = a.name === 'width' ? Number(a.value) : a.value;
  try {
    const light = lightInputs({ ...el, childNodes: kept });
    const props: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(light)) if (k.startsWith('.')) props[k.slice(1)] = v;
    // The page's element takes its title from the table's caption; so does the server's.
    if (typeof light['heading'] === 'string') props['heading'] = light['heading'];
    const markup = renderWidget(el.tagName, { ...input, data: light['data'] }, {
      mode: options.mode ?? 'hydratable',
      lang,
      lightDom,
      props,
      renderWidth: options.width ?? 640,
      onProblem: (message) => options.onProblem?.(el.tagName, message, loc.startLine),
    });
    return [{ start: loc.startOffset, end: loc.endOffset, text: markup }];
  } catch (e) {
    options.onError?.(el.tagName, e instanceof Error ? e : new Error(String(e)), loc.startLine);
    return [];
  }
}
