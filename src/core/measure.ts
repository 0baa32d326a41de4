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
 * Widths per font, then per text. Two lookups, not one on `${font}\0${text}`: that key was a new
 * string per call, hashed whole (the font stack alone is ~150 characters); a font's and a
 * label's own strings keep their hash.
 */
interface FontWidths {
  widths: Map<string, number>;
  /** Its ASCII digits are all as wide and "11" is two "1"s (no kerning): measured one by one too. */
  tabular?: boolean;
}
const cache = new Map<string, FontWidths>();
let cached = 0;

/**
 * Han ideographs, full-width digits and full-width CJK punctuation — and ASCII digits in a font
 * whose digits are tabular — make strings as wide as their characters one by one (no kerning
 * or ligatures between them; full-width glyphs are 1 em in every CJK font), so 100 labels such as
 * 项目1 … 项目100 or 南京市 … 宿迁市 cost a dozen canvas measures, not a hundred.
 * test/core/measure-chars.test.ts holds each class to the canvas's own measure of the whole
 * string. Latin text is measured whole: kerning matters there (even "11" kerns in some serifs).
 */
const BY_CHAR = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9\uff10-\uff19\u3001-\u3003\u3008-\u3011\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]+$/;
/** Two punctuation marks side by side are closed up (。」 is 1.5 em, not 2): such strings are measured whole. */
const PUNCT_PAIR = /[\u3001-\u3003\u3008-\u3011\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]{2}/;
const DIGIT = /[0-9]/;

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function canvasWidth(c: Ctx, text: string, font: string): number {
  if (ctxFont !== font) {
    c.font = font;
    ctxFont = font;
  }
  return c.measureText(text).width;
}

/** The widths measured in `font`: a fresh map when the cache has grown past its bound. */
function widthsOf(font: string): FontWidths {
  if (cached > 5000) {
    cache.clear();
    cached = 0;
  }
  let f = cache.get(font);
  if (!f) cache.set(font, (f = { widths: new Map<string, number>() }));
  return f;
}

function charWidth(c: Ctx, ch: string, font: string, m: Map<string, number>): number {
  let w = m.get(ch);
  if (w === undefined) {
    w = canvasWidth(c, ch, font);
    m.set(ch, w);
    cached++;
  }
  return w;
}

/** Whether `font`'s ASCII digits may be summed: all ten as wide, and no kerning in "11" (checked once per font). */
function tabular(c: Ctx, font: string, f: FontWidths): boolean {
  if (f.tabular === undefined) {
    const one = charWidth(c, '1', font, f.widths);
    let same = true;
    for (let d = 0; d <= 9; d++) same &&= charWidth(c, String(d), font, f.widths) === one;
    f.tabular = same && canvasWidth(c, '11', font) === one + one;
  }
  return f.tabular;
}

/** `text` by its characters when it is made only of BY_CHAR's classes, else null. */
function sumOfChars(c: Ctx, text: string, font: string, f: FontWidths): number | null {
  if (text.length < 2 || !BY_CHAR.test(text) || PUNCT_PAIR.test(text)) return null;
  if (DIGIT.test(text) && !tabular(c, font, f)) return null;
  let w = 0;
  for (let i = 0; i < text.length; i++) w += charWidth(c, text.charAt(i), font, f.widths);
  return w;
}

/**
 * Canvas measurement when there is a canvas, else the estimate. A widget hydrating a server's
 * drawing lays out its first scene with `estimateWidth` instead (passed in as the layout's
 * `measure`, with `fontOf(el, true)`): the same line breaks and cuts as the server, so Lit finds
 * the very nodes it expects; it re-lays with the page's font and the canvas right after.
 */
export const measureText: Measure = (text, font) => measureWith(text, font, true);

function measureWith(text: string, font: string, byChar: boolean): number {
  if (ctx === undefined) {
    ctx = typeof OffscreenCanvas !== 'undefined' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  }
  if (!ctx) return estimateWidth(text, font);
  const f = widthsOf(font);
  let w = f.widths.get(text);
  if (w === undefined) {
    w = (byChar ? sumOfChars(ctx, text, font, f) : null) ?? canvasWidth(ctx, text, font);
    f.widths.set(text, w);
    cached++;
  }
  return w;
}

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
    // Whole: one canvas call loads the font; the layout's measure of this text is then a cache hit.
    measureWith(WARM_TEXT, BASE_FONT, false);
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
