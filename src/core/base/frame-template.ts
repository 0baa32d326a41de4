/**
 * The frame's markup, one template for every element with a frame: the <figure> with its
 * title and subtitle, the status line (loading, empty, error), the body the element draws, and
 * the footer with notes, source (linked only through the one URL policy) and credit. Pure
 * functions of their inputs; the elements keep the state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataError } from '../data/errors.js';
import type { Locale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { safeUrl, urlWarning } from '../url.js';

type Part = TemplateResult | typeof nothing;

export interface FrameParts {
  locale: Locale;
  title: string;
  subtitle: string;
  status: Part;
  /** The chart (or text) box. */
  body: unknown;
  footer: Part;
  /** Before the title: the width sizer of a chart. */
  sizer?: unknown;
  /** Between body and footer: the summary for screen readers. */
  summary?: Part;
  /** After the footer: the data table. */
  table?: unknown;
}

export function frameTemplate(p: FrameParts): TemplateResult {
  return html`<figure part="frame" aria-labelledby=${p.title ? 'title' : nothing} lang=${p.locale}>
      ${p.sizer ?? nothing}
      ${p.title ? html`<p id="title" class="title" part="title">${p.title}</p>` : nothing}
      ${p.subtitle ? html`<p class="subtitle" part="subtitle">${p.subtitle}</p>` : nothing} ${p.status}
      ${p.body}
      ${p.summary ?? nothing}
      ${p.footer} ${p.table ?? nothing}
    </figure>`;
}

/** The error box: the message in the reader's language, and a retry button where one helps. */
export function errorTemplate(t: Messages, error: DataError, locale: Locale, retry?: () => void): TemplateResult {
  return html`<div class="status error" part="status" role="alert">
    <strong>${t.errorTitle}</strong> <span>${error.text(locale)}</span>
    ${retry ? html`<button type="button" class="retry" @click=${retry}>${locale === 'zh-CN' ? '重试' : 'Retry'}</button>` : nothing}
  </div>`;
}

/** A status line that is not an error: loading, or no data. */
export function noticeTemplate(text: string): TemplateResult {
  return html`<div class="status" part="status" role="status">${text}</div>`;
}

export interface FooterParts {
  notes: string;
  source: string;
  /** The author's link for the source; used only if the URL policy accepts it. */
  sourceUrl: string | null;
  credit: string;
  /** The data tools (data table, CSV, export); a footer with tools is drawn even when empty. */
  tools?: Part;
}

/** Remembers the last refused link per element, so a bad source-url is warned about once. */
const warned = new WeakMap<Element, string>();

export function footerTemplate(host: Element, t: Messages, f: FooterParts): Part {
  // Removing the attribute makes the property null: treat it as no link.
  const url = (f.sourceUrl ?? '').trim();
  // The one URL policy (core/url.ts): http(s), or relative and staying on this page's origin.
  const link = url ? (safeUrl(url) ?? '') : '';
  if (url && !link && warned.get(host) !== url) {
    warned.set(host, url);
    console.warn(urlWarning(`<${host.localName}>`, 'source-url', f.sourceUrl));
  }
  if (f.tools === undefined && !f.notes && !f.source && !f.credit) return nothing;
  const source = f.source ? html`<p class="source">${t.source}${link ? html`<a href=${link} rel="noopener">${f.source}</a>` : f.source}</p>` : nothing;
  return html`<footer part="footer">
    ${f.notes ? html`<p class="notes">${t.notes}${f.notes}</p>` : nothing} ${source}
    ${f.credit ? html`<p class="credit">${f.credit}</p>` : nothing} ${f.tools ?? nothing}
  </footer>`;
}
