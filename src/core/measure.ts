/**
 * Text width for layouts, which never touch the DOM themselves: canvas measureText in the
 * browser (cached), a deterministic estimate elsewhere (Node, static render, tests that want it).
 */
import { BASE_FONT, fontSizeOf } from './type-scale.js';
import { takeRead } from './controllers/first-reads.js';
import { resolveLocale } from './i18n/locale.js';

export type Measure = (text: string, font: string) => number;

/** Width from character classes: CJK and full-width take 1em, Latin about 0.56em. */
export const estimateWidth: Measure = (text, font) => {
  const size = fontSizeOf(font);
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef)) em += 1;
    else if (/[0-9]/.test(ch)) em += 0.56;
    else if (/[%@&#]/.test(ch)) em += 0.86;
    else if (/[iljtf.,:;'|!]/.test(ch)) em += 0.3;
    else if (/[A-Z MW]/.test(ch)) em += 0.68;
    else em += 0.52;
  }
  // Bold glyphs run about 6% wider than regular ones.
  return em * size * (/(^|\s)(bold|[6-9]00)\s/.test(font) ? 1.06 : 1);
};

let ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
/** The font the context holds: setting `ctx.font` parses the shorthand, so only when it changes. */
let ctxFont = '';
/**
 * Widths per font, then per text. Not one map on `${font}\0${text}`: that key was a new string
 * per call, flattened and hashed whole on every lookup — the font stack is ~150 characters and a
 * Chinese label makes it a two-byte string — the largest allocation of the 100-bar first render
 * (≈ 110 KB of garbage by heap sampling, issue #16). A font's and a label's own strings keep their hash.
 */
const cache = new Map<string, Map<string, number>>();
let cached = 0;

/**
 * Canvas measurement when there is a canvas, else the estimate. A widget hydrating a server's
 * drawing lays out its first scene with `estimateWidth` instead (passed in as the layout's
 * `measure`, with `fontOf(el, true)`): the same line breaks and cuts as the server, so Lit finds
 * the very nodes it expects; it re-lays with the page's font and the canvas right after.
 */
export const measureText: Measure = (text, font) => {
  if (ctx === undefined) {
    ctx = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  }
  if (!ctx) return estimateWidth(text, font);
  if (cached > 5000) {
    cache.clear();
    cached = 0;
  }
  let m = cache.get(font);
  if (!m) cache.set(font, (m = new Map<string, number>()));
  let w = m.get(text);
  if (w === undefined) {
    if (ctxFont !== font) ctx.font = ctxFont = font;
    w = ctx.measureText(text).width;
    m.set(text, w);
    cached++;
  }
  return w;
};

let warmed = false;

/**
 * Measures a line of Chinese once, when the page is idle, so that the first chart's layout does
 * not. The first Han glyph measured with the widgets' font stack costs 5–10 ms (the browser looks
 * the stack's families up, then loads the CJK font; a label costs 0.01 ms after that), and the SVG
 * text drawn with the same stack then lays out faster too: the browser's font lookups are shared
 * by canvas and page. Only where the page speaks zh-CN (`root`'s lang, as widgets resolve theirs),
 * where every widget draws Chinese — its labels, at least its own buttons and summary — so the
 * work is never for nothing; elsewhere nothing is measured. Scheduled when the widgets' base class
 * is defined: it pays off for every chart drawn after an idle moment (data from `src` arriving over
 * the network, charts a CMS or framework adds later, charts scrolled to), and costs nothing where
 * a chart draws at once (its own layout measures first; this then finds the text in the cache).
 */
export function warmMeasure(root?: Element): void {
  if (warmed || typeof requestIdleCallback !== 'function' || typeof document === 'undefined') return;
  // Safari before 18 has no requestIdleCallback: it simply measures at the first layout, as before.
  requestIdleCallback(() => {
    if (warmed || resolveLocale(root ?? document.documentElement) !== 'zh-CN') return;
    warmed = true;
    measureText(WARM_TEXT, BASE_FONT);
  });
}

/** Han, a full-width and a Latin digit: what a zh-CN chart's labels and numbers are made of. */
export const WARM_TEXT = '数据０1';

// Line breaking lives in wrap.ts (one breaker for layouts and static SVG); re-exported here,
// where the layouts have always found it.
export { truncate, wrapLines } from './wrap.js';

/**
 * The font shorthand a widget's text is measured with: its computed size and family in the
 * page; on a server (no styles are computed there), and `likeServer` (a hydrating widget's
 * first layout: the server could not see the page's CSS), the design tokens' defaults.
 */
export function fontOf(el: Element, likeServer = false): string {
  if (likeServer || typeof getComputedStyle !== 'function') return BASE_FONT;
  return takeRead(el, 'font', () => computedFont(el));
}

/** The element's computed font size and family, read now (fontOf takes the batched first read). */
export function computedFont(el: Element): string {
  const cs = getComputedStyle(el);
  return `${cs.fontSize} ${cs.fontFamily}`;
}

/**
 * How a widget's layouts measure text: the page's canvas and computed font, except while a
 * hydrating widget lays out its first scene (`asServer`), when they measure as the server did.
 * Per element, handed to layouts as arguments: no module state.
 */
export class LayoutText {
  private likeServer = false;

  get measure(): Measure {
    return this.likeServer ? estimateWidth : measureText;
  }

  font(el: Element): string {
    return fontOf(el, this.likeServer);
  }

  asServer<T>(fn: () => T): T {
    this.likeServer = true;
    try {
      return fn();
    } finally {
      this.likeServer = false;
    }
  }
}
