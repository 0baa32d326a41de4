/**
 * dist/dj-widgets.js: the one classic <script src> a page needs. It draws nothing itself: it finds
 * the dj-* elements on the page — at once, and later through a MutationObserver (elements a CMS
 * or a framework adds) — and imports each kind's chunk once, with the shared chunk (Lit + core)
 * beside it, from the `chunks/` folder next to this script. What no reader runs until they ask
 * (the export menu, the PNG encoder) is imported by the widgets on first use; Lit's hydrate support
 * only when a pre-rendered element is on the page. (After Shoelace's autoloader: discover on
 * start, observe the document, and let a page discover inside its own shadow roots.)
 *
 * Properties set on an element before its chunk arrives are kept: Lit moves them onto the class
 * when the element upgrades. A chunk that fails to load shows an error with a retry in the
 * element's place, and says so in the console.
 *
 * No eval, no inline script, no string-built <script src>: chunks come in through import() of
 * URLs resolved against this script's own (nothing Trusted Types guards), so the strict policy of
 * the README holds with no extra policy name.
 */
import { isPainted } from '../core/paint/mark.js';
import { BASE_FONT } from '../core/type-scale.js';
import { VERSION } from '../core/version.js';
import { showLoadError } from './error.js';

/** Written by scripts/build.mjs from the chunks build: tag → chunk file, and the shared ones; `paint`: tag → its first paint's chunk. */
declare const __DJ_CHUNKS__: { shared: string; hydrate: string; tags: Record<string, string>; deps?: Record<string, string[]>; intl?: string[]; paint?: Record<string, string> };

/** A first-paint chunk (core/paint/paint.ts): paints an element not yet defined, if it can. */
interface PaintChunk {
  paint(el: HTMLElement): boolean;
  /** All at once: one or two style-and-layout passes for every chart, not two each. */
  paintAll(els: HTMLElement[]): HTMLElement[];
}

interface Loader {
  version: string;
  load(tags: string | string[]): Promise<void>;
  discover(root: ParentNode): Promise<void>;
}

const KEY = Symbol.for('dj-widgets.loader');
const g = globalThis as typeof globalThis & { [KEY]?: Loader };
const map = __DJ_CHUNKS__;
const tags = Object.keys(map.tags);
const selector = tags.join(',');

function start(script: HTMLScriptElement | null): Loader {
  // The folder this script came from; a copy inlined by a bundler falls back to the page's base.
  const base = new URL('chunks/', script?.src || document.baseURI);
  const url = (file: string, attempt: number): string => new URL(file + (attempt ? `?retry=${attempt}` : ''), base).href;
  const loads = new Map<string, Promise<void>>();
  const failed = new Map<string, () => void>();
  let hydrate: Promise<unknown> | undefined;
  let attempt = 0;

  /** Pre-rendered by dj-widgets/static: Lit's hydrate support must patch Lit before the element upgrades. A first paint is not. */
  const prerendered = (el: Element): boolean => el.hasAttribute('ssr-width') || ((el.shadowRoot?.childNodes.length ?? 0) > 0 && !isPainted(el));

  /** Each kind's first paint, once imported (a failed one is no paint: the full chunks come as before). */
  const painters = new Map<string, Promise<PaintChunk | undefined>>();
  /** Worth a first paint: data in its markup, no `src`, no root yet (the painter checks the rest). */
  const candidate = (el: Element): boolean =>
    !el.shadowRoot && !el.hasAttribute('src') && Array.from(el.children).some((c) => c.localName === 'table' || (c.localName === 'script' && (c as HTMLScriptElement).type === 'application/json'));
  const paintAll = (tag: string, mod: PaintChunk | undefined): Promise<void> | undefined => {
    if (!mod || !mod.paintAll(Array.from(document.querySelectorAll<HTMLElement>(tag)).filter(candidate)).length) return;
    // Bars painted: the full chunks wait until the frame with them is on screen — compiling and
    // running Lit and the core now would hold that frame back by as long.
    return new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  };

  /**
   * A widget with a first paint, and an element on the page it may paint: its paint chunk alone is
   * fetched and run first, then the full chunks (issue #16: an article's bars drawn after ≈ 24 KiB
   * of script, not 44). Resolves when the painter has run, or could not be loaded.
   */
  function paintFirst(tag: string): Promise<unknown> {
    const file = map.paint?.[tag];
    const el = Array.from(document.querySelectorAll(tag)).find(candidate);
    if (!file || !el) return Promise.resolve();
    let p = painters.get(tag);
    if (!p) {
      preload(url(file, 0));
      p = (import(/* @vite-ignore */ url(file, 0)) as Promise<PaintChunk>).catch(() => undefined);
      painters.set(tag, p);
      warmFont(el);
    }
    return p.then((mod) => paintAll(tag, mod));
  }

  /** The widget's chunks, with the shared one and its deps: one promise for all of them. */
  function full(tag: string, chunk: string, n: number): Promise<void> {
    // Every chunk the widget needs is asked for at once — shared.js, the widget's, and what the
    // widget imports besides (the dates' chunk) — by a modulepreload hint each, at once: an
    // import() from a classic script starts its fetch only in a later task, which waits behind
    // the page's first style, layout and paint (tens of ms in a long article).
    // The shared chunk always by its plain name: a retry must reuse the one running, not fetch a second Lit and core.
    for (const file of [map.shared, chunk, ...(n ? [] : (map.deps?.[chunk] ?? []))]) preload(url(file, file === map.shared ? 0 : n));
    // With hydrate support coming, the widget's waits: its elements must upgrade after Lit is patched.
    const shared = import(/* @vite-ignore */ url(map.shared, 0));
    if (map.intl?.includes(tag)) warm();
    const widget = hydrate ? Promise.all([shared, hydrate]).then(() => import(/* @vite-ignore */ url(chunk, n))) : import(/* @vite-ignore */ url(chunk, n));
    // The widget's chunk imports the shared one itself: its outcome is the widget's (a browser that
    // asks again for a failed fetch may get the shared chunk the second time, and draws).
    shared.catch(() => undefined);
    return widget.then(() => undefined);
  }

  function load(tag: string): Promise<void> {
    const chunk = map.tags[tag];
    if (!chunk) return Promise.reject(new Error(`dj-widgets: no widget is called <${tag}>.`));
    let p = loads.get(tag);
    if (!p) {
      const n = attempt;
      // The first paint before the full chunks: fetched at the same time, they would be bytes the reader waits for.
      p = (n ? Promise.resolve() : paintFirst(tag)).then(() => full(tag, chunk, n));
      loads.set(tag, p);
      p.catch((e: unknown) => {
        console.error(`dj-widgets: <${tag}> could not be loaded from ${url(chunk, n)}: ${e instanceof Error ? e.message : String(e)}`);
        failed.set(tag, () => {
          // Browsers before whatwg/html#10327 (Chromium < 156) remember a failed module fetch for the
          // page's life, and a widget chunk imports the shared one and its others (the dates') by
          // their plain names: when one of those fails by name now, only a reload can fetch it.
          // The widget chunk itself is asked for under a new URL.
          Promise.all([map.shared, ...(map.deps?.[chunk] ?? [])].map((f) => import(/* @vite-ignore */ url(f, 0)))).then(() => {
            attempt = n + 1;
            loads.delete(tag);
            failed.delete(tag);
            void load(tag).catch(() => undefined);
          }, () => location.reload());
        });
        for (const el of document.querySelectorAll(tag)) show(el);
      });
    }
    return p;
  }

  const hinted = new Set<string>();
  /** A <link rel=modulepreload>: downloads and compiles a chunk, runs nothing. */
  function preload(href: string): void {
    if (hinted.has(href)) return;
    hinted.add(href);
    const hint = document.createElement('link');
    hint.rel = 'modulepreload';
    hint.href = href;
    document.head.append(hint);
  }

  let fontWarmed = false;
  /**
   * The first canvas measure of the widgets' font stack costs 5–10 ms (each family looked up, the
   * CJK fallback found) — in the painter, on the way to the bars. Done on the element's own text
   * while the painter is on the network, it is paid in time the page waits anyway: the browser's
   * font caches are the page's, so the painter's canvas finds them warm. At idle, not now: now it
   * would hold back the article's own first frame, and the chunk's arrival after it.
   */
  function warmFont(el: Element): void {
    if (fontWarmed || typeof OffscreenCanvas === 'undefined') return;
    fontWarmed = true;
    const run = (): void => {
      const ctx = new OffscreenCanvas(1, 1).getContext('2d');
      if (!ctx) return;
      ctx.font = BASE_FONT;
      ctx.measureText(el.textContent.slice(0, 300));
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run);
    else setTimeout(run);
  }

  let warmed = false;
  /**
   * The first Intl object of a page costs 15–20 ms (the engine's locale data; the next ones, of any
   * kind, 1–2 ms). Widgets that format dates create one in their first render (the manifest's
   * `intl`): for them it is created here, when the page is idle while the chunks are on the
   * network (after its first paint: the article's own text is not held back), paid while the page
   * waits anyway. Plain numbers need no Intl (core/format/decimal.ts): a page of bar charts
   * never makes one, and this would be work for nothing.
   */
  function warm(): void {
    if (warmed || typeof Intl === 'undefined') return;
    warmed = true;
    // A date format: what those widgets make first (the next one then costs 0.7 ms; after a number format, 2–3 ms).
    const make = (): void => void new Intl.DateTimeFormat().format(0);
    // Safari before 18 has no requestIdleCallback.
    if (typeof requestIdleCallback === 'function') requestIdleCallback(make);
    else setTimeout(make);
  }

  function show(el: Element): void {
    const retry = failed.get(el.localName);
    // Defined by another copy (dj-widgets.all.js beside the loader): it draws; nothing to show.
    if (retry && !customElements.get(el.localName)) showLoadError(el, retry);
  }

  function found(el: Element): void {
    if (!hydrate && prerendered(el)) hydrate = import(/* @vite-ignore */ url(map.hydrate, 0)).catch(() => undefined);
    // Added while its kind's full chunk is still on the way: painted too, when the painter is here.
    if (candidate(el)) void painters.get(el.localName)?.then((mod) => mod?.paint(el as HTMLElement));
    show(el);
    void load(el.localName).catch(() => undefined);
  }

  function discover(root: ParentNode): Promise<void> {
    const els = Array.from(root.querySelectorAll(selector));
    if (root instanceof Element && root.matches(selector)) els.unshift(root);
    for (const el of els) found(el);
    return Promise.all(els.map((el) => load(el.localName))).then(() => undefined);
  }

  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) void discover(n).catch(() => undefined);
  }).observe(document.documentElement, { childList: true, subtree: true });
  void discover(document).catch(() => undefined);
  // <script src="dj-widgets.js" data-preload="dj-bar-chart dj-line-chart">: fetch these now.
  for (const tag of (script?.dataset.preload ?? '').split(/[\s,]+/)) if (tag) void load(tag).catch(() => undefined);

  return {
    version: VERSION,
    load: (t) => Promise.all((typeof t === 'string' ? [t] : t).map(load)).then(() => undefined),
    discover,
  };
}

const first = g[KEY];
if (first) {
  // A second copy (a CMS template and an embed both add the script): the first one loads
  // everything; this one stands aside, with the same words as a second copy of the widgets.
  console.warn(
    first.version === VERSION
      ? `dj-widgets ${VERSION} was loaded twice on this page; the second copy is ignored.`
      : `dj-widgets ${VERSION} was loaded on a page that already has dj-widgets ${first.version}; keeping ${first.version}, ignoring ${VERSION}.`,
  );
}
const loader = (g[KEY] ??= start(document.currentScript as HTMLScriptElement | null));

/** Load these widget tags now (resolves once they are defined). */
export const load = (t: string | string[]): Promise<void> => loader.load(t);
/** Find dj-* elements under `root` — e.g. an open shadow root the page made — and load their chunks. */
export const discover = (root: ParentNode): Promise<void> => loader.discover(root);
export const version = VERSION;
