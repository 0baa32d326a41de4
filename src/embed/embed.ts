/**
 * The hosted embed page (demo/embed/index.html): one widget drawn from its link, for hosts that
 * cannot run our script (CMSs that strip <script>, AMP). It reports its height to the frame's
 * parent; dist/dj-embed-resize.js on the host, amp-iframe or pym.js sets the frame to it.
 */
import { html, render } from 'lit';
import { normalizeLocale, type Locale } from '../core/i18n/locale.js';
import { messages } from '../core/i18n/messages.js';
import { HeightReporter } from './height.js';
import { mountEmbed } from './mount.js';
import { readEmbedParams } from './params.js';

const PAGE_LANG = document.documentElement.lang || 'zh-CN';
/** Counts links shown: a slow older one (a data set still loading) must not replace a newer one. */
let generation = 0;

function showError(root: HTMLElement, locale: Locale, text: string): void {
  const box = document.createElement('div');
  render(html`<div class="embed-error" role="alert"><strong>${messages(locale).errorTitle}</strong> <span>${text}</span></div>`, box);
  root.replaceChildren(box);
}

async function show(root: HTMLElement): Promise<void> {
  const current = ++generation;
  const request = readEmbedParams(location.search, location.hash);
  const doc = document.documentElement;
  doc.lang = request.lang ?? PAGE_LANG;
  const locale: Locale = normalizeLocale(doc.lang) ?? 'zh-CN';
  // The page around the widget follows the widget's theme; unknown values leave it automatic.
  const theme = request.params.find(([k]) => k === 'theme')?.[1];
  if (theme === 'light' || theme === 'dark') doc.dataset['theme'] = theme;
  else delete doc.dataset['theme'];

  const holder = document.createElement('div');
  try {
    const { element, error, ignored } = await mountEmbed(request, holder, location.href, locale);
    if (current !== generation) return;
    if (ignored.length > 0) {
      console.warn(`dj-widgets embed: ignored ${ignored.map((k) => `“${k}”`).join(', ')}: neither a parameter of the page nor an attribute ${element ? `of <${element.localName}>` : 'of the widget'}.`);
    }
    if (error) {
      console.error(`dj-widgets embed: ${error.message}`);
      showError(root, locale, error.text(locale));
    } else {
      root.replaceChildren(...holder.childNodes);
    }
    document.title = element?.getAttribute('heading') || messages(locale).chart;
  } catch (e) {
    // A part of the page that did not load (a data set's file on a flaky network), or a bug.
    console.error('dj-widgets embed:', e);
    if (current === generation) showError(root, locale, locale === 'zh-CN' ? '图表未能加载，请刷新页面重试。' : 'The chart could not be loaded; reload the page to try again.');
  }
}

function main(): void {
  const root = document.getElementById('embed');
  if (!root) return;
  // The height is posted from the first paint (the loading line) on, not only once data arrives.
  if (window.parent !== window) new HeightReporter(window.parent, document.body, readEmbedParams(location.search, location.hash).frame).start();
  void show(root);
  // A builder previewing edits changes only the fragment: the page stays, the widget follows.
  addEventListener('hashchange', () => void show(root));
}

main();
