/**
 * The loader's error state: a widget whose chunk did not arrive says so in its own place, in the
 * reader's language, with a retry — not a blank. Built with DOM calls and text only (no HTML
 * strings), styled by a constructed sheet (allowed under a strict style-src), in the shadow root
 * the widget itself will render into: Lit reuses an empty open root and adopts its own styles.
 * The colours are the widget frame's error tokens (core/styles.ts), so a page's --dj-error-* apply.
 * A first paint (core/paint/) stays under the message: its bars are true, only the chart's
 * interaction is missing, which the message and its retry say.
 */
import { isPainted } from '../core/paint/mark.js';

const CSS = `:host{display:block}
.status{margin:0 0 12px;font:14px/1.45 system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;padding:8px 12px;border-radius:var(--dj-radius,2px);
background:var(--dj-error-bg,light-dark(#fff1f0,#3b1618));color:var(--dj-error-fg,light-dark(#a40e26,#ffb3b8));color-scheme:light dark}
button{font:inherit;margin-inline-start:8px}`;

let sheet: CSSStyleSheet | undefined;

/** zh for a Chinese page or element (its own lang or an ancestor's), else en. */
const zh = (el: Element): boolean => /^zh\b/i.test(el.closest('[lang]')?.getAttribute('lang') ?? '');

export function showLoadError(el: Element, retry: () => void): void {
  const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  const painted = isPainted(el);
  // A pre-rendered drawing is better than an error: leave it (the console has the message).
  if (!painted && root.childNodes.length > 0 && !root.querySelector('.dj-load-error')) return;
  sheet ??= new CSSStyleSheet();
  sheet.replaceSync(CSS);
  const own = sheet;
  root.adoptedStyleSheets = painted ? [...root.adoptedStyleSheets.filter((s) => s !== own), own] : [own];
  const cn = zh(el);
  const box = document.createElement('div');
  box.className = 'status dj-load-error';
  box.setAttribute('part', 'status');
  box.setAttribute('role', 'alert');
  const title = document.createElement('strong');
  title.textContent = cn ? '无法显示图表' : 'This chart could not be drawn';
  const text = document.createElement('span');
  text.textContent = cn ? ' 图表程序未能加载，请检查网络后重试。' : ' Its script did not load; check the connection and retry.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = cn ? '重试' : 'Retry';
  button.addEventListener('click', () => {
    // Every element of this kind shows the error: clear them all, then load once more.
    for (const other of document.querySelectorAll(el.localName)) other.shadowRoot?.querySelector('.dj-load-error')?.remove();
    retry();
  });
  box.append(title, text, button);
  if (painted) {
    root.querySelector('.dj-load-error')?.remove();
    root.prepend(box);
  } else root.replaceChildren(box);
}
