/**
 * Reading an embed link. The hosted page `embed/` takes its widget and data from the URL:
 *   ?widget=bar-chart&src=<url>        a CSV/TSV/JSON file the widget fetches
 *   ?id=haizhou-2021/targets           one of our stored data sets (the widget may be left out)
 *   #data=<base64url JSON>             the data itself; the fragment never leaves the browser
 *   #text=<base64url text>             paragraphs, for widgets that read text (dj-figures)
 * plus `lang`, `frame` (the id posted with the height; pym's `childId` too) and the widget's own
 * attributes. Every parameter may stand in the query or in the fragment; the fragment wins, so a
 * builder can keep everything out of server logs. Pure: no DOM.
 */
import type { Locale } from '../core/i18n/locale.js';
import { safeUrl } from '../core/url.js';

/** Parameters the page reads itself; never passed to the widget. */
const COLOR_PARAMS = ['accent', 'palette-1', 'palette-2', 'palette-3', 'palette-4', 'palette-5', 'palette-6'];
const PAGE_PARAMS = new Set(['widget', 'id', 'data', 'text', 'lang', 'frame', ...COLOR_PARAMS]);
/** A colour as the editors' builder writes one: #rgb, #rrggbb (with alpha) or rgb(r, g, b). Nothing else reaches a style. */
const COLOR = /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\))$/i;
/** What pym.js's Parent appends to the iframe's URL. `childId` is read as the frame id. */
const PYM_PARAMS = new Set(['initialWidth', 'childId', 'parentTitle', 'parentUrl']);

/** A problem with the link itself (not with the data's rows), in both languages. */
export class EmbedError extends Error {
  private readonly zh: string;
  constructor(message: string, zh: string) {
    super(message);
    this.name = 'EmbedError';
    this.zh = zh;
  }

  text(locale: Locale): string {
    return locale === 'zh-CN' ? this.zh : this.message;
  }
}

export interface EmbedRequest {
  /** The widget's name without `dj-` (`bar-chart`), as written; null when absent. */
  widget: string | null;
  /** A stored data set's id. */
  dataId: string | null;
  /** The `data` parameter, still base64url-encoded. */
  data: string | null;
  /** The `text` parameter, still base64url-encoded. */
  text: string | null;
  /** A BCP 47 tag for the page and the widget; null when absent or malformed. */
  lang: string | null;
  /** Posted with every height so a page holding several frames can tell them apart; '' when none. */
  frame: string;
  /** `accent`, `palette-N`: the editor's colours as custom properties (`--dj-accent` …); malformed ones dropped. */
  colors: Array<[string, string]>;
  /** Every other parameter, in order: candidates for the widget's attributes. */
  params: Array<[string, string]>;
}

const FRAME_ID = /^[\w.:-]{1,100}$/;
const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** The parameters of `search` and `hash` merged (the fragment wins), split into the page's and the widget's. */
export function readEmbedParams(search: string, hash: string): EmbedRequest {
  const merged = new Map<string, string>();
  for (const source of [search.replace(/^\?/, ''), hash.replace(/^#/, '')]) {
    for (const [key, value] of new URLSearchParams(source)) {
      // Re-inserting moves a key the fragment repeats to the fragment's order.
      merged.delete(key);
      merged.set(key, value);
    }
  }
  const get = (key: string): string | null => {
    const v = merged.get(key)?.trim();
    return v ? v : null;
  };
  const frame = get('frame') ?? get('childId') ?? '';
  const lang = get('lang');
  return {
    widget: get('widget'),
    dataId: get('id'),
    data: get('data'),
    text: get('text'),
    lang: lang && LANG.test(lang) ? lang : null,
    frame: FRAME_ID.test(frame) ? frame : '',
    colors: COLOR_PARAMS.flatMap((k): Array<[string, string]> => {
      const v = get(k);
      return v && COLOR.test(v) ? [[`--dj-${k}`, v]] : [];
    }),
    params: [...merged].filter(([key]) => !PAGE_PARAMS.has(key) && !PYM_PARAMS.has(key)),
  };
}

/**
 * base64url (RFC 4648 §5) of UTF-8 text → the text. Standard base64 is accepted too, with a `+`
 * that URL parsing turned into a space restored. Throws EmbedError for anything else.
 */
export function decodeBase64Url(encoded: string, param = 'data'): string {
  const b64 = encoded.trim().replace(/ /g, '+').replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(b64) || b64.length % 4 === 1) {
    throw new EmbedError(
      `The link's ${param} is not base64url text (it holds characters or a length base64url cannot have).`,
      `链接中的 ${param} 不是有效的 base64url 编码（含有无效字符或长度不对）。`,
    );
  }
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EmbedError(`The link's ${param} decodes to bytes that are not UTF-8 text.`, `链接中的 ${param} 解码后不是 UTF-8 文本。`);
  }
}

/** UTF-8 text → base64url without padding: what a builder writes after `#data=`. */
export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // Chunks: String.fromCharCode(...bytes) overflows the call stack on large data.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The fragment for data that stays in the browser: `data=<base64url JSON>` (prefix it with `#`). */
export function dataFragment(data: unknown): string {
  return `data=${encodeBase64Url(JSON.stringify(data))}`;
}

/** How an attribute's value is applied: as text, or as a boolean (present or absent). */
export type AttributeKind = 'text' | 'boolean';

/** Never set from a link, whatever an element observes: handlers, inline style, identity. */
const FORBIDDEN = /^(on.*|style|class|id|slot|part|exportparts|is|tabindex|contenteditable|hidden|inert|popover|nonce|xmlns.*)$/i;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The attributes a link may set on `ctor`'s elements: the ones it observes (a Lit element's
 * reactive properties; a plain custom element's `observedAttributes`), minus FORBIDDEN.
 */
export function attributeAllowList(ctor: CustomElementConstructor): Map<string, AttributeKind> {
  const allowed = new Map<string, AttributeKind>();
  const props = (ctor as { elementProperties?: Map<PropertyKey, { attribute?: boolean | string; type?: unknown }> }).elementProperties;
  if (props) {
    for (const [key, options] of props) {
      if (options.attribute === false) continue;
      const name = typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase();
      allowed.set(name, options.type === Boolean ? 'boolean' : 'text');
    }
  } else {
    const observed = (ctor as { observedAttributes?: unknown }).observedAttributes;
    if (Array.isArray(observed)) for (const name of observed) if (typeof name === 'string') allowed.set(name, 'text');
  }
  for (const name of allowed.keys()) if (FORBIDDEN.test(name) || !ATTRIBUTE_NAME.test(name)) allowed.delete(name);
  return allowed;
}

const FALSE = new Set(['false', '0', 'no', 'off']);

/**
 * The link's parameters that `allowed` lets through, as attributes to set; the rest ignored.
 * A boolean written false/0/no/off is left unset (HTML reads any present boolean as true).
 */
export function pickAttributes(
  params: ReadonlyArray<readonly [string, string]>,
  allowed: ReadonlyMap<string, AttributeKind>,
): { attributes: Array<[string, string]>; ignored: string[] } {
  const attributes: Array<[string, string]> = [];
  const ignored: string[] = [];
  for (const [name, value] of params) {
    const kind = allowed.get(name);
    if (!kind) ignored.push(name);
    else if (kind === 'text') attributes.push([name, value]);
    else if (!FALSE.has(value.trim().toLowerCase())) attributes.push([name, '']);
  }
  return { attributes, ignored };
}

/**
 * `src` under the library's one URL policy (core/url.ts), resolved against the embed page:
 * http(s), or relative and on the embed page's own origin; never javascript:, data:, file:,
 * `//host` or `/\\host`.
 */
export function safeDataUrl(src: string, base: string): string | null {
  let origin: string;
  try {
    origin = new URL(base).origin;
  } catch {
    return null;
  }
  const ok = safeUrl(src, { page: { base, origin } });
  return ok === null ? null : new URL(ok, base).href;
}
