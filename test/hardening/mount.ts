/** Mounting any registered widget from its registry entry, and looking into its shadow trees. */
import { fixture, waitUntil } from '@open-wc/testing';
import type { WidgetCase } from './widgets.js';

export type Widget = HTMLElement & { data?: unknown; updateComplete: Promise<boolean>; src?: string | null };

export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

export const marks = (el: Element, w: WidgetCase): Element[] => Array.from(root(el).querySelectorAll(w.marks));

/** Creates the element (not yet in the page) with the registry's attributes and `eager`, so it draws off screen. */
export function create(w: WidgetCase, attrs: Record<string, string> = {}): Widget {
  const el = document.createElement(w.tag) as Widget;
  for (const [k, v] of Object.entries({ eager: '', lang: 'en', ...w.attrs, ...attrs })) el.setAttribute(k, v);
  return el;
}

/** Puts `data` into a widget: `.data` rows, or paragraphs in the light DOM for a text widget. */
export function feed(el: Widget, w: WidgetCase, data: unknown): void {
  if (w.input === 'data') {
    el.data = data;
    return;
  }
  el.replaceChildren(
    ...(data as string[]).map((t) => {
      const p = document.createElement('p');
      p.textContent = t;
      return p;
    }),
  );
}

/** Mounts `w` in a 640px box with `data` (its valid rows by default; `null`: none, e.g. for `src`) and waits for `count` marks (null: no wait). */
export async function mount(w: WidgetCase, data: unknown = w.valid(), opts: { attrs?: Record<string, string>; count?: number | null; width?: number } = {}): Promise<Widget> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${opts.width ?? 640}px"></div>`);
  const el = create(w, opts.attrs);
  if (data !== null) feed(el, w, data);
  wrap.append(el);
  await el.updateComplete;
  const count = opts.count === undefined ? w.count : opts.count;
  if (count !== null) await drawnMarks(el, w, count);
  return el;
}

export async function drawnMarks(el: Element, w: WidgetCase, count = w.count): Promise<void> {
  await waitUntil(() => marks(el, w).length === count, `<${w.tag}> never drew ${count} × ${w.marks} (has ${marks(el, w).length})`, { timeout: 4000 });
}

export const errorText = (el: Element): string => root(el).querySelector('.status.error')?.textContent.replace(/\s+/g, ' ').trim() ?? '';

export async function errored(el: Element): Promise<string> {
  await waitUntil(() => errorText(el) !== '', `<${el.localName}> showed no error`, { timeout: 4000 });
  return errorText(el);
}

/** Every shadow root under `node`, recursively (widgets may nest elements with their own). */
export function shadowRoots(node: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const walk = (n: Node): void => {
    if (n instanceof Element && n.shadowRoot) {
      out.push(n.shadowRoot);
      walk(n.shadowRoot);
    }
    for (const c of Array.from(n.childNodes)) walk(c);
  };
  walk(node);
  return out;
}

/** All text a reader or a screen reader gets: text nodes and aria-label / alt / title attributes. */
export function readerText(el: Element): string {
  const parts: string[] = [];
  for (const r of shadowRoots(el)) {
    parts.push(r.textContent);
    for (const n of Array.from(r.querySelectorAll('[aria-label],[alt],title'))) {
      parts.push(n.getAttribute('aria-label') ?? '', n.getAttribute('alt') ?? '');
    }
  }
  return parts.join('\n');
}

export const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
