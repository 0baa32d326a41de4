/**
 * theme="auto" follows the page it stands in (its color-scheme, else its background), then the
 * reader's system: set as the host's color-scheme, which the light-dark() tokens read. Written
 * as a constructed sheet of the shadow root (allowed under a strict CSP): nothing is written on
 * the page's element.
 */
import { pageScheme } from '../page-scheme.js';

export class SchemeSheet {
  private sheet: CSSStyleSheet | null = null;

  follow(host: HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }, theme: string): void {
    const root = host.renderRoot;
    if (!(root instanceof ShadowRoot) || typeof CSSStyleSheet !== 'function') return;
    const scheme = theme === 'auto' ? pageScheme(host) : null;
    if (!this.sheet) {
      if (!scheme) return;
      this.sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(scheme ? `:host { color-scheme: ${scheme}; }` : '');
  }
}
