/**
 * theme="auto" follows the page it stands in (its color-scheme, else its background), then the
 * reader's system: set as the host's color-scheme, which the light-dark() tokens read. Written
 * as a constructed sheet of the shadow root (allowed under a strict CSP): nothing is written on
 * the page's element.
 */
import { pageScheme } from '../page-scheme.js';

/**
 * One sheet per scheme, adopted by every widget that follows it (and by the first paint, core/paint/): a sheet of its own per widget
 * made the browser build one more rule set per widget (issue #16, fifty charts on a page).
 */
const shared = new Map<string, CSSStyleSheet>();
export function sheetFor(scheme: 'light' | 'dark'): CSSStyleSheet {
  let sheet = shared.get(scheme);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`:host { color-scheme: ${scheme}; }`);
    shared.set(scheme, sheet);
  }
  return sheet;
}

export class SchemeSheet {
  private sheet: CSSStyleSheet | null = null;

  follow(host: HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }, theme: string): void {
    const root = host.renderRoot;
    if (!(root instanceof ShadowRoot) || typeof CSSStyleSheet !== 'function') return;
    const scheme = theme === 'auto' ? pageScheme(host) : null;
    const next = scheme ? sheetFor(scheme) : null;
    if (next === this.sheet) return;
    const others = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
    root.adoptedStyleSheets = next ? [...others, next] : others;
    this.sheet = next;
  }
}
