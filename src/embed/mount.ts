/**
 * An embed link → one widget element with its data and the attributes the link may set. Generic
 * over the widget manifest: a name is valid when `dj-<name>` is one of its widgets, and
 * the attributes allowed are the ones that element observes. Every value is set as text through
 * setAttribute or as a property, never parsed as HTML.
 */
// The manifest, not the library: the page loads the one widget its link names (issue #16).
import { WIDGETS } from '../widgets/manifest.js';
import { parseJsonTable } from '../core/data/json.js';
import { DataError } from '../core/data/errors.js';
import type { Locale } from '../core/i18n/locale.js';
import { attributeAllowList, decodeBase64Url, EmbedError, pickAttributes, safeDataUrl, type EmbedRequest } from './params.js';

export interface Mounted {
  /** The widget, already in `root`; null when the link could not name one. */
  element: HTMLElement | null;
  /** What stopped the page from drawing; the widget's own data errors show inside the widget instead. */
  error: EmbedError | DataError | null;
  /** Parameters neither the page nor the widget takes (typos, forbidden names). */
  ignored: string[];
}

/** The `dj-*` tags of the manifest's widgets, sorted. */
export function widgetTags(): string[] {
  return WIDGETS.map((w) => w.tag).sort();
}

/** The frame's text every widget shows the same way. */
const FRAME_TEXT = new Set(['heading', 'subtitle', 'notes', 'source', 'source-url', 'credit']);

const names = (tags: string[], separator = ', '): string => tags.map((t) => t.slice(3)).join(separator);

/**
 * True when the element takes rows (a `data` property or a `src`); false for text readers
 * (dj-figures: it has `data` and `src` too, for its text, and a `paragraphs` property).
 */
function readsTables(ctor: CustomElementConstructor): boolean {
  const props = (ctor as { elementProperties?: Map<PropertyKey, unknown> }).elementProperties;
  return Boolean((props?.has('data') || props?.has('src')) && !props.has('paragraphs'));
}

/** The widget for `request`, mounted in `root` (replacing what was there). Problems with the link come back as `error`. */
export async function mountEmbed(request: EmbedRequest, root: HTMLElement, base: string, locale: Locale): Promise<Mounted> {
  const fail = (error: EmbedError | DataError, ignored: string[] = []): Mounted => ({ element: null, error, ignored });
  const src = request.params.find(([k]) => k === 'src')?.[1].trim() ?? '';
  const given = [src && 'src', request.dataId && 'id', request.data && 'data', request.text && 'text'].filter(Boolean);
  if (given.length > 1) {
    return fail(new EmbedError(`The link gives the data ${given.length} ways (${given.join(', ')}); give exactly one.`, `链接以 ${given.length} 种方式给出数据（${given.join('、')}），只能给一种。`));
  }
  let set: Awaited<ReturnType<typeof loadDataSet>> | undefined;
  if (request.dataId) {
    set = await loadDataSet(request.dataId);
    if (!set.found) {
      return fail(new EmbedError(`There is no data set “${request.dataId}”. Data sets: ${set.ids.join(', ')}.`, `没有名为“${request.dataId}”的数据集。可用的数据集：${set.ids.join('、')}。`));
    }
  }
  const tags = widgetTags();
  const name = request.widget ?? set?.found?.widget ?? null;
  if (!name) {
    return fail(new EmbedError(`The link names no widget: add ?widget= with one of ${names(tags)}.`, `链接没有指明组件：请加上 ?widget=，可选 ${names(tags, '、')}。`));
  }
  const tag = `dj-${name.toLowerCase()}`;
  // Only the widget the link names is loaded (its define module and what it imports).
  const entry = WIDGETS.find((w) => w.tag === tag);
  if (entry) await entry.define();
  const ctor = entry ? customElements.get(tag) : undefined;
  if (!ctor) {
    return fail(new EmbedError(`There is no widget “${name}”. Widgets: ${names(tags)}.`, `没有名为“${name}”的组件。可用的组件：${names(tags, '、')}。`));
  }
  const allowed = attributeAllowList(ctor);
  const { attributes, ignored } = pickAttributes(request.params, allowed);
  const tables = readsTables(ctor);
  const hasTableData = Boolean(src || request.data || set?.found?.rows);
  const hasText = Boolean(request.text || set?.found?.paragraphs);
  if (tables ? hasText : hasTableData) {
    return fail(
      tables
        ? new EmbedError(`<${tag}> draws a table of data, not text: give it src, data or a data set of rows.`, `<${tag}> 需要数据表，不是文字：请用 src、data 或表格数据集。`)
        : new EmbedError(`<${tag}> reads text, not a table: give it #text=<base64url text>.`, `<${tag}> 读取的是文字，不是数据表：请用 #text=<base64url 文本>。`),
      ignored,
    );
  }
  if (!hasTableData && !hasText) {
    return fail(
      tables
        ? new EmbedError('The link has no data: add ?src=<URL of a CSV or JSON file>, ?id=<data set> or #data=<base64url JSON>.', '链接中没有数据：请加上 ?src=<CSV 或 JSON 文件地址>、?id=<数据集> 或 #data=<base64url JSON>。')
        : new EmbedError('The link has no text: add #text=<base64url text> or ?id=<data set>.', '链接中没有文字：请加上 #text=<base64url 文本> 或 ?id=<数据集>。'),
      ignored,
    );
  }
  if (src && !safeDataUrl(src, base)) {
    return fail(new EmbedError(`The data URL “${src}” is not an http(s) address.`, `数据地址“${src}”不是 http(s) 地址。`), ignored);
  }

  let data: unknown;
  let paragraphs: string[] = [];
  try {
    if (request.data) data = parseJson(decodeBase64Url(request.data, 'data'));
    else if (request.text) paragraphs = decodeBase64Url(request.text, 'text').split(/\n+/);
    else if (set?.found) {
      data = set.found.rows?.();
      paragraphs = set.found.paragraphs?.() ?? [];
    }
  } catch (e) {
    if (e instanceof EmbedError || e instanceof DataError) return fail(e, ignored);
    throw e;
  }

  const el = document.createElement(tag);
  // A data set's options (a waffle's mode, a board's grouping) are meant for its own widget; another
  // widget gets only the frame's text, since the same attribute name may mean something else there.
  const own = set?.found?.widget === tag.slice(3);
  for (const [k, v] of Object.entries(set?.found?.attributes[locale] ?? {})) {
    if (allowed.get(k) === 'text' && (own || FRAME_TEXT.has(k)) && !request.params.some(([p]) => p === k)) el.setAttribute(k, v);
  }
  for (const [k, v] of attributes) el.setAttribute(k, v);
  // Through the CSSOM, which a strict style-src allows; the values passed a colour pattern.
  for (const [name, value] of request.colors) el.style.setProperty(name, value);
  if (data !== undefined) (el as HTMLElement & { data: unknown }).data = data;
  for (const text of paragraphs.map((p) => p.trim()).filter(Boolean)) {
    const p = document.createElement('p');
    p.textContent = text;
    el.append(p);
  }
  root.replaceChildren(el);
  return { element: el, error: null, ignored };
}

/**
 * JSON text → value. Only the syntax is checked here (with the core reader's line and column, in
 * both languages); the shape of the rows is the widget's business and shows inside the widget.
 */
function parseJson(text: string): unknown {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json) as unknown;
  } catch (e) {
    parseJsonTable(json, 'json');
    throw e;
  }
}

async function loadDataSet(id: string) {
  // Only links naming a data set pay for the article's text and records.
  const { findDataSet, DATA_SET_IDS } = await import('./datasets.js');
  return { found: findDataSet(id), ids: DATA_SET_IDS };
}
