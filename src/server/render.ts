/**
 * Server-side rendering of one widget (Node; never in the browser bundle): Lit SSR runs the
 * very element the page runs — same layout, same template — and writes its shadow DOM as
 * declarative shadow DOM, so the chart shows before (or without) any script.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { documentText, escapeHtml, inlineJson } from '../core/escape.js';
import { setServerLocale } from '../core/controllers/locale.js';
import { normalizeLocale, type Locale } from '../core/i18n/locale.js';
import { setServerErrorSink } from '../core/server.js';
import { WIDGET_TAGS } from '../widgets/manifest.js';
import { NARROW_WIDTH, withNarrow } from './narrow.js';
import '../index.js';

export type RenderMode = 'hydratable' | 'static' | 'svg';

export interface RenderOptions {
  /**
   * - `hydratable`: declarative shadow DOM + the data in the markup; with Lit's hydrate support
   *   loaded first, the element takes over these very nodes.
   * - `static`: the same picture without hydration markers; if the script loads, the element
   *   draws afresh in place of it.
   * - `svg`: one self-contained <svg> (inline attributes only) for WeChat, RSS and email.
   */
  mode?: RenderMode;
  /** The page's language when the element has no lang of its own (default zh-CN). */
  lang?: string;
  /** Markup to keep as the element's light DOM (e.g. the editor's <table>): it then carries the data instead of a JSON script. */
  lightDom?: string;
  /** Properties for the server-side element only (what its light DOM tells it in the page: annotations, paragraphs, a caption as heading). */
  props?: Record<string, unknown>;
  /** The width to draw at when `input.width` (the fixed-width attribute) is not given; default 640. */
  renderWidth?: number;
  /**
   * Called with the message of an error the widget shows in place of its chart (bad data): the
   * page still gets the error box the browser would draw, and the caller learns of it.
   */
  onProblem?: (message: string) => void;
  /** For `svg`: light or dark colours. */
  theme?: 'light' | 'dark';
}

/** `data` and `width` plus any attributes (`heading`, `source`, `mode` …) the element takes. */
export interface WidgetInput {
  data?: unknown;
  width?: number;
  [attribute: string]: unknown;
}

const TAG = /^dj-[a-z0-9-]+$/;
const ATTR = /^[a-z][a-z0-9-]*$/;

/** An attribute's text: objects as JSON (as a page author would write them), the rest as strings. */
function attrText(value: unknown): string {
  if (value === true) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

function attributeText(input: WidgetInput): { text: string; attrs: Record<string, string> } {
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name === 'data' || value === undefined || value === null || value === false) continue;
    if (!ATTR.test(name) || name.startsWith('on') || name === 'style') throw new Error(`renderWidget: "${name}" is not an attribute a widget takes.`);
    attrs[name] = attrText(value);
  }
  const text = Object.entries(attrs)
    .map(([n, v]) => (v === '' ? n : `${n}="${escapeHtml(v)}"`))
    .join(' ');
  return { text, attrs };
}

function widgetClass(tag: string): typeof HTMLElement {
  if (!TAG.test(tag)) throw new Error(`renderWidget: "${tag}" is not a dj-* element name.`);
  const ctor = customElements.get(tag);
  if (!ctor) throw new Error(`renderWidget: <${tag}> is not a dj-widgets element (known: ${knownTags().join(', ')}).`);
  return ctor;
}

/** Every widget this build can render, e.g. for a CLI's help. */
export function knownTags(): string[] {
  return WIDGET_TAGS.filter((t) => customElements.get(t) !== undefined);
}

/** The outermost template's own markers: the page is not a Lit template, only the element is. */
function stripOuterMarkers(markup: string): string {
  return markup
    .replace(/^<!--lit-part [^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<!--lit-node \d+-->/, '')
    .replace(/^(<dj-[a-z0-9-]+)((?:\s[^>]*)?) defer-hydration(?=[\s>])/, '$1$2')
    .replace(/^(<dj-[a-z0-9-]+)\s+/, '$1 ');
}

/**
 * Every hydration marker Lit SSR writes, for the `static` mode: part and node comments, its
 * `<?lit$…$>` and bare `<?>` markers (HTML parsers read both as bogus comments and report
 * unexpected-question-mark-instead-of-tag-name), and defer-hydration. Text from data never
 * holds a raw "<", so none of these can be the data's.
 */
function stripAllMarkers(markup: string): string {
  return markup
    .replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '')
    .replace(/<\?lit\$\d+\$>/g, '')
    .replace(/<\?>/g, '')
    .replace(/ defer-hydration(?=[\s>])/g, '');
}

/**
 * One widget as HTML (or, in `svg` mode, as an SVG document). `width` is the widget's `width`
 * attribute (a fixed width); without it the widget is drawn at 640 px and stays responsive in
 * the page. Throws what the widget would show: bad data gives the DataError text the page would
 * display.
 */
export function renderWidget(tag: string, input: WidgetInput, options: RenderOptions = {}): string {
  const mode = options.mode ?? 'hydratable';
  const Ctor = widgetClass(tag);
  const locale: Locale = normalizeLocale(typeof input['lang'] === 'string' ? input['lang'] : options.lang) ?? 'zh-CN';
  const before = setServerLocale(locale);
  try {
    if (mode === 'svg') return renderSvg(Ctor, input, options);
    const { text } = attributeText(input);
    const width = Math.round(input.width ?? options.renderWidth ?? 640);
    if (!(width >= 120 && width <= 4000)) throw new Error(`renderWidget: width ${String(input.width)} is not between 120 and 4000 px.`);
    const ssrWidth = input.width === undefined ? ` ssr-width="${width}"` : '';
    const data = input.data;
    const light = options.lightDom ?? (data === undefined ? '' : `<script type="application/json">${inlineJson(data)}</script>`);
    // Property bindings reach the server-side element only: `.data` (the page's element reads
    // the JSON script or table instead) and what the light DOM would have told it.
    const draw = (at: number): string => {
      const props: Array<[string, unknown]> = [['data', data], ['width', at], ...Object.entries(options.props ?? {})];
      for (const [name] of props) if (!/^[a-zA-Z]+$/.test(name)) throw new Error(`renderWidget: "${name}" is not a property name.`);
      // n values take n+1 strings: "<tag attrs .first=", " .second=", …, ">light DOM</tag>".
      const statics = props.map(([name], i) => (i === 0 ? `<${tag}${ssrWidth}${text ? ` ${text}` : ''} .${name}=` : ` .${name}=`));
      statics.push(`>${light}</${tag}>`);
      const templateStrings = Object.assign(statics, { raw: statics }) as unknown as TemplateStringsArray;
      return collectResultSync(render(html(templateStrings, ...props.map(([, v]) => v))));
    };
    const problems: string[] = [];
    const sinkBefore = setServerErrorSink((_tag, message) => problems.push(message));
    let markup: string;
    try {
      markup = draw(width);
    } finally {
      setServerErrorSink(sinkBefore);
    }
    for (const message of problems) options.onProblem?.(message);
    // Responsive (no fixed width): a phone's drawing too, picked by a container query (narrow.ts).
    if (input.width === undefined && width > NARROW_WIDTH && problems.length === 0) {
      const quiet = setServerErrorSink(() => undefined);
      try {
        markup = withNarrow(markup, stripAllMarkers(draw(NARROW_WIDTH)), width);
      } finally {
        setServerErrorSink(quiet);
      }
    }
    // Conforming HTML whatever the data held: Lit writes text as given, so NUL, controls,
    // noncharacters and lone surrogates are removed (replaced) here, in both modes (core/escape.ts).
    // Hydratable: lit-html ends a template that ends in a binding with `<?>`, which a parser turns
    // into the comment "?" while reporting a parse error; `<!--?-->` is the same node, conforming.
    return documentText(mode === 'static' ? stripAllMarkers(markup) : stripOuterMarkers(markup).replace(/<\?>/g, '<!--?-->'));
  } finally {
    setServerLocale(before);
  }
}

function renderSvg(Ctor: typeof HTMLElement, input: WidgetInput, options: RenderOptions): string {
  const el = new Ctor() as HTMLElement & { data?: unknown; toSvg?: (o: object) => string };
  for (const [name, value] of Object.entries(input)) {
    if (name === 'data' || name === 'width' || value === undefined || value === null || value === false) continue;
    const text = attrText(value);
    el.setAttribute(name, text);
    // The DOM shim stores attributes without telling the element; a browser would call this.
    (el as unknown as { attributeChangedCallback(n: string, o: string | null, v: string): void }).attributeChangedCallback(name, null, text);
  }
  el.data = input.data;
  Object.assign(el, options.props ?? {});
  if (typeof el.toSvg !== 'function') throw new Error(`renderWidget: <${el.localName}> has no static SVG drawing.`);
  const svgOptions: { width: number; theme?: 'light' | 'dark' } = { width: Math.round(input.width ?? options.renderWidth ?? 640) };
  if (options.theme) svgOptions.theme = options.theme;
  return el.toSvg(svgOptions);
}
