/** Server renders from the test page: dj-widgets/static runs in the test runner's Node process. */
import { executeServerCommand } from '@web/test-runner-commands';
import type { WidgetCase } from '../hardening/widgets.js';

export interface SsrOptions {
  mode?: 'hydratable' | 'static' | 'svg';
  lang?: string;
  props?: Record<string, unknown>;
  renderWidth?: number;
  lightDom?: string;
  theme?: 'light' | 'dark';
}

export async function ssr(tag: string, input: Record<string, unknown>, options: SsrOptions = {}): Promise<string> {
  // As JSON text: the command channel does not keep the order of object keys, and column order is data.
  const r = await executeServerCommand<{ markup?: string; error?: string }, unknown>('dj-ssr', { tag, input: JSON.stringify(input), options: JSON.stringify(options) });
  if (r.error !== undefined || r.markup === undefined) throw new Error(r.error ?? 'dj-ssr gave no answer');
  return r.markup;
}

export async function ssrPage(page: string, options: { mode?: string; width?: number } = {}): Promise<string> {
  const r = await executeServerCommand<{ markup?: string; error?: string }, unknown>('dj-ssr', { page, options });
  if (r.error !== undefined || r.markup === undefined) throw new Error(r.error ?? 'dj-ssr gave no answer');
  return r.markup;
}

/**
 * A registry widget's valid data as renderWidget input, at a fixed `width` (the attribute) or,
 * with `responsive`, drawn at 640 px and then following its container. A text widget gets its
 * paragraphs as light DOM (what the page's element reads) and as a property (what the server's reads).
 */
export async function renderCase(w: WidgetCase, mode: 'hydratable' | 'static', opts: { responsive?: boolean } = {}): Promise<string> {
  const attrs: Record<string, unknown> = { lang: 'en', ...w.attrs, 'no-motion': true };
  if (!opts.responsive) attrs['width'] = 640;
  if (w.input === 'text') {
    const paragraphs = w.valid() as string[];
    const lightDom = paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
    return ssr(w.tag, attrs, { mode, props: { paragraphs }, lightDom });
  }
  return ssr(w.tag, { ...attrs, data: w.valid() }, { mode });
}

/** The element (not in any page, not upgraded) that the HTML parser builds from server markup, with its declarative shadow root. */
export function parsed(markup: string, tag: string): HTMLElement {
  const doc = Document.parseHTMLUnsafe(`<!doctype html><body>${markup}</body>`);
  const el = doc.querySelector<HTMLElement>(tag);
  if (!el?.shadowRoot) throw new Error(`no <${tag}> with a declarative shadow root in the markup`);
  return el;
}

/** What a reader sees as text in a shadow root (no styles, no screen-reader-only copies). */
export function visibleText(root: ShadowRoot): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (!(n instanceof Element || n instanceof ShadowRoot)) return;
    if (n instanceof Element && (n.localName === 'style' || n.localName === 'script' || n.classList.contains('sr-only') || n.classList.contains('tools') || n.hasAttribute('hidden'))) return;
    n.childNodes.forEach(walk);
  };
  walk(root);
  // Text cut to fit ends in "…" where the server's width estimate and the browser's canvas
  // measurement disagree by a character or two; the full text is in the aria-labels.
  return parts.join('').replace(/\s+/g, ' ').replace(/[^\s…]*…/g, '…').trim();
}
