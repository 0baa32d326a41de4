/**
 * Copy-ready code for each channel. Every attribute value is escaped and double-quoted, the data
 * goes inline as JSON in which "<" is written \u003c (so "</script>" in a label can never close
 * the script), colours are checked before they are written, and URLs must be http(s) or relative.
 * The element reads its data from the inline JSON (core/data/light-dom.ts); the same project
 * gives the same attributes and data in every channel (project.ts widgetAttributes/projectData).
 */
import { escapeHtml, inlineJson } from '../core/escape.js';
import { encodeBase64Url as base64url } from '../embed/params.js';
import { parseColor } from './contrast.js';
import { drawnSeries, projectData, widgetAttributes, type Project } from './project.js';
import { safeUrl } from '../core/url.js';
import { ProjectError } from './validate.js';
import { takesText } from './widgets.js';
import { widgetEntry } from '../widgets/manifest.js';

export type Channel = 'script' | 'iframe' | 'amp' | 'static';

export interface PublishOptions {
  /** URL of dj-widgets.js (http(s) or relative). */
  scriptUrl: string;
  /** URL of the embed page, demo/embed/ (http(s) or relative; https for AMP). */
  embedUrl: string;
  /** `el.toSvg()` of the preview, for 'static'. */
  svg?: string;
  /** URL of an uploaded PNG: the AMP placeholder and the script variant's <noscript> image. */
  png?: string;
  /** Height of the frame in px for 'iframe' and 'amp' (the preview's height at its narrowest, 375 px); a default per widget otherwise. */
  height?: number;
  /** URL of dj-embed-resize.js, the iframe listener; default: next to scriptUrl. */
  listenerUrl?: string;
}


/** Text or an attribute value, safe in either place. */
// The escapes and the #data= encoding are the library's and the embed page's own: one definition each.
export { escapeHtml, inlineJson } from '../core/escape.js';
export { encodeBase64Url as base64url } from '../embed/params.js';

const WHAT_ZH: Readonly<Record<string, string>> = { 'script URL': '脚本地址', 'embed URL': '嵌入页地址', 'image URL': '图片地址', 'listener URL': '监听脚本地址' };

function url(u: string | undefined, what: string): string {
  // The library's one URL policy, for a page we do not know (core/url.ts): what it returns is what was checked.
  const ok = typeof u === 'string' ? safeUrl(u, { page: null }) : null;
  if (ok === null) {
    throw new ProjectError(`The ${what} must be an http(s) or relative URL.`, `${WHAT_ZH[what] ?? what}必须是 http(s) 或相对地址。`);
  }
  return ok;
}

const attrs = (a: Record<string, string>): string =>
  Object.entries(a).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`)).join('');

/** The editor's colours as custom properties: accent, then palette 1 …; invalid ones are dropped. */
function colorStyle(p: Project): string {
  // Positions are kept: a bad accent is dropped, not replaced by the first palette colour.
  return p.describe.colors
    .flatMap((c, i) => (parseColor(c.trim()) ? [`${i === 0 ? '--dj-accent' : `--dj-palette-${i}`}: ${c.trim()}`] : []))
    .join('; ');
}

function element(p: Project, inner: string): string {
  const a = widgetAttributes(p);
  const style = colorStyle(p);
  if (style) a['style'] = style;
  return `<${p.widget}${attrs(a)}>\n${inner}\n</${p.widget}>`;
}

function dataInside(p: Project): string {
  const data = projectData(p);
  if (takesText(p.widget)) return (data as string[]).map((para) => `  <p>${escapeHtml(para)}</p>`).join('\n');
  return `  <script type="application/json">${inlineJson(data)}</script>`;
}

/**
 * The embed page's link (src/embed/params.ts): `?widget=<name without dj->&<attribute>=…` and the
 * data in the fragment, `#data=<base64url JSON>` (or `#text=` for dj-figures), which never
 * reaches a server. `lang` is a page parameter there too. Colours have no parameter yet.
 */
function frameUrl(p: Project, embedUrl: string): string {
  const a = widgetAttributes(p);
  // A frame cannot see the page around it, so "auto" there would follow the reader's system and
  // could paint a dark box into a white article: framed embeds default to light (issue #14).
  // The script channel keeps "auto", which follows the embedding page itself.
  a['theme'] ??= 'light';
  const q = new URLSearchParams({ widget: p.widget.replace(/^dj-/, ''), ...a });
  // The embed page takes the editor's colours as accent / palette-N (checked there again).
  p.describe.colors.forEach((c, i) => {
    if (parseColor(c.trim())) q.set(i === 0 ? 'accent' : `palette-${i}`, c.trim());
  });
  const sep = embedUrl.includes('?') ? '&' : '?';
  const data = projectData(p);
  const fragment = takesText(p.widget) ? `text=${base64url((data as string[]).join('\n'))}` : `data=${base64url(JSON.stringify(data))}`;
  return `${embedUrl.replace(/#.*$/, '')}${sep}${q.toString()}#${fragment}`;
}

/** `file` in the folder of the script URL, as the loader resolves its chunks (`new URL('chunks/…', script.src)`): query and fragment dropped. */
const besideScript = (script: string, file: string): string => script.replace(/[^/?#]*(?:[?#].*)?$/, file);

/** dj-embed-resize.js next to dj-widgets.js: the listener that sizes frames marked data-dj-embed. */
function listenerUrl(opts: PublishOptions): string {
  if (opts.listenerUrl !== undefined) return url(opts.listenerUrl, 'listener URL');
  const script = url(opts.scriptUrl, 'script URL');
  return besideScript(script, 'dj-embed-resize.js');
}

/**
 * A hint that names the widget's first paint (core/paint/paint.ts) beside the loader: the browser's
 * preload scanner fetches that chunk while it fetches dj-widgets.js, instead of after the loader
 * has run — one request less between the article and its bars (issue #16). The loader asks for the
 * same URL (`chunks/` next to its own), so the browser fetches it once. Only where the first paint
 * draws: a widget that has one (the manifest's `paint`) with one series; elsewhere it would be
 * bytes for nothing.
 */
function paintHint(p: Project, scriptUrl: string): string {
  const entry = widgetEntry(p.widget);
  if (!entry?.paint || drawnSeries(p) !== 1) return '';
  const href = besideScript(scriptUrl, `chunks/${entry.chunk}.paint.js`);
  return `<link rel="modulepreload" href="${escapeHtml(href)}">\n`;
}

/** Elements a static drawing never needs: they run, style, embed or fetch. */
const BANNED_TAGS = /^(?:script|style|foreignobject|iframe|image|img|object|embed|audio|video|link|meta|base|animate|set)$/i;

/**
 * Nothing in an SVG for WeChat may run or reach out (the static contract of core/static-svg/svg.ts):
 * checked tag by tag, so a label that merely reads "onerror=" in the text does not count.
 */
function checkSvg(svg: string | undefined): string {
  const s = (svg ?? '').trim();
  let ok = /^<svg[\s>]/.test(s) && /<\/svg>$/.test(s);
  const rest = s.replace(/<\/?([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*\/?>/g, (_, tag: string, attrs: string) => {
    if (BANNED_TAGS.test(tag)) ok = false;
    for (const m of attrs.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g)) {
      const [name, value] = [(m[1] ?? '').toLowerCase(), m[2] ?? m[3] ?? ''];
      if (name.startsWith('on') || name === 'style' || ((name === 'href' || name === 'xlink:href') && !value.startsWith('#')) || /url\(\s*['"]?(?!#)/i.test(value)) ok = false;
    }
    return '';
  });
  // Whatever is not a tag is text, and text has no "<" left: no comment, CDATA or stray markup.
  if (!ok || rest.includes('<')) throw new ProjectError('The static SVG is missing or not a self-contained drawing (from el.toSvg()).', '静态 SVG 缺失或不是独立的图形（应来自 el.toSvg()）。');
  return s;
}

/** The code for one channel. Throws a ProjectError for an unsafe URL or an unusable SVG. */
export function publishCode(project: Project, channel: Channel, opts: PublishOptions): string {
  const p = project;
  const title = escapeHtml(p.describe.heading || p.widget);
  const height = Math.round(opts.height && opts.height > 0 && opts.height < 20000 ? opts.height : (widgetEntry(p.widget)?.builder.frameHeight ?? 420));
  if (channel === 'script' || channel === 'static') {
    const checked = url(opts.scriptUrl, 'script URL');
    const script = `${paintHint(p, checked)}<script src="${escapeHtml(checked)}"></script>`;
    if (channel === 'static') {
      // The SVG is the element's fallback content: shown where scripts are stripped (WeChat, RSS,
      // email), hidden once the element draws (its shadow root has no slot), so never twice.
      return `${script}\n${element(p, `${dataInside(p)}\n  ${checkSvg(opts.svg)}`)}`;
    }
    const noscript = opts.png ? `\n<noscript><img src="${escapeHtml(url(opts.png, 'image URL'))}" alt="${title}" width="100%"></noscript>` : '';
    return `${script}\n${element(p, dataInside(p))}${noscript}`;
  }
  const embed = url(opts.embedUrl, 'embed URL');
  const src = escapeHtml(frameUrl(p, embed));
  if (channel === 'iframe') {
    // Scrolling stays allowed: where the resize script cannot load (a CMS that strips scripts),
    // a narrow frame taller than its start height scrolls instead of cutting the chart off.
    const listener = escapeHtml(listenerUrl(opts));
    return `<!-- ${listener.replace(/--/g, '')} sets the exact height; without it the frame starts at ${height}px (the chart's height at 375px) and scrolls if it needs more. -->\n<iframe src="${src}" title="${title}" data-dj-embed width="100%" height="${height}" style="border: 0; width: 100%; height: ${height}px" loading="lazy"></iframe>\n<script src="${listener}" async></script>`;
  }
  if (!/^https:\/\//i.test(embed)) throw new ProjectError('AMP needs an https embed URL.', 'AMP 要求嵌入页地址使用 https。');
  const placeholder = opts.png ? `\n  <amp-img placeholder layout="fill" src="${escapeHtml(url(opts.png, 'image URL'))}" alt="${title}"></amp-img>` : '';
  const more = p.describe.locale === 'zh-CN' ? '展开全部' : 'Show all';
  return `<amp-iframe src="${src}" title="${title}" width="auto" height="${height}" layout="fixed-height" resizable sandbox="allow-scripts allow-same-origin" frameborder="0">\n  <div overflow tabindex="0" role="button" aria-label="${more}">${more}</div>${placeholder}\n</amp-iframe>`;
}
