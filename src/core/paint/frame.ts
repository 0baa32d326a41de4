/**
 * The frame of a first paint — figure, title, subtitle, chart box, summary, footer with its tools —
 * as the element's templates write it (core/base/frame-template.ts, chart-body.ts, data-tools.ts,
 * export/button.ts): the same elements, classes, parts and texts, so the frame has the same height
 * and nothing moves when the full element replaces it. Built by DOM calls (./dom.ts); a test holds
 * it equal to the element's (test/core/paint/paint.test.ts).
 *
 * The figure is `inert`: until the full element takes over (a few milliseconds), the paint is a
 * picture. Nothing in it can be focused or clicked, and it says nothing to assistive technology,
 * rather than offer buttons and bars that do not work yet.
 */
import { EXPORT_LABEL } from '../export/label.js';
import type { Locale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { h } from './dom.js';

export interface FrameText {
  locale: Locale;
  t: Messages;
  title: string;
  subtitle: string;
  /** What goes in the chart box (`div.chart`). */
  chart: Node[];
  summary: string;
  notes: string;
  source: string;
  sourceUrl: string | null;
  credit: string;
}

/** The footer's tools before first use: "show data", "download CSV", and the export button with its (empty) status line. */
function tools(t: Messages, locale: Locale): HTMLElement {
  return h(
    'div',
    { class: 'tools' },
    h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'data-table' }, t.showData),
    h('button', { type: 'button' }, t.downloadCsv),
    h(
      'div',
      { class: 'export' },
      h('button', { type: 'button', class: 'export-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-busy': 'false' }, EXPORT_LABEL[locale], h('span', { class: 'chevron', 'aria-hidden': 'true' }, '▾')),
    ),
    h('p', { class: 'export-status', role: 'status' }),
  );
}

export function paintedFrame(f: FrameText): HTMLElement {
  const { t } = f;
  // The source's link as the footer styles it (\`footer a\`), without its href: the figure is inert
  // until the element takes over, which writes the href through the one URL policy (core/url.ts,
  // kept out of this chunk's budget) and leaves a refused one as plain text.
  const source = f.source ? h('p', { class: 'source' }, t.source, (f.sourceUrl ?? '').trim() ? h('a', { rel: 'noopener' }, f.source) : f.source) : null;
  return h(
    'figure',
    { part: 'frame', 'aria-labelledby': f.title ? 'title' : null, lang: f.locale, inert: '' },
    h('div', { class: 'sizer' }),
    f.title && h('p', { id: 'title', class: 'title', part: 'title' }, f.title),
    f.subtitle && h('p', { class: 'subtitle', part: 'subtitle' }, f.subtitle),
    h('div', { class: 'chart', part: 'chart' }, ...f.chart),
    h('p', { id: 'summary', class: 'sr-only' }, f.summary),
    h(
      'footer',
      { part: 'footer' },
      f.notes && h('p', { class: 'notes' }, t.notes, f.notes),
      source,
      f.credit && h('p', { class: 'credit' }, f.credit),
      tools(t, f.locale),
    ),
  );
}
