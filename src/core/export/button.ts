/**
 * The "Export" button every chart's footer shows at first paint. The menu behind it — its
 * keyboard handling, positioning, styles and the export actions — is code almost no reader runs,
 * so it is loaded when the button is first used (core/lazy.ts), then takes the button's place
 * and opens as asked: a click, Enter or Space on the first item, ↓ on the first, ↑ on the last.
 *
 * Until then the button is only a button: `aria-haspopup` says a menu comes, no `aria-controls`
 * points at a menu that is not there yet. The status line under it is in the tree from the first
 * render, so the first message in it is announced.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { exportMenu, StaleChunkError } from '../lazy.js';
import { EXPORT_LABEL } from './label.js';
import type { ExportMenuHost } from './menu.js';

/** Said in the footer's status line when a tool's code did not arrive; its button stays, and using it again retries. */
const LOAD_FAILED: Record<Locale, string> = {
  'zh-CN': '这项功能未能加载，请检查网络后再试一次。',
  en: 'This tool did not load; check the connection and try again.',
};

/** A file the tool needs failed earlier and the browser will not ask for it again (core/lazy.ts, StaleChunkError). */
const RELOAD: Record<Locale, string> = {
  'zh-CN': '这项功能未能加载，请刷新页面后再试一次。',
  en: 'This tool did not load; reload the page to try again.',
};

// The button's own rules, Lit-free so the first paint (core/paint/) adopts the same sheet.
export { exportButtonStyles } from './button-styles.js';

export type Focus = 'first' | 'last';

interface Slot {
  /** The loaded menu, once the button was used. */
  menu?: { render(): TemplateResult; message: string };
  loading: boolean;
  message: string;
}

const slots = new WeakMap<ReactiveControllerHost, Slot>();

function use(host: ExportMenuHost, slot: Slot, focus: Focus): void {
  if (slot.loading) return;
  slot.loading = true;
  slot.message = '';
  host.requestUpdate();
  exportMenu().then(
    ({ attachExportMenu }) => {
      const menu = attachExportMenu(host);
      slot.menu = menu;
      slot.loading = false;
      void menu.openAt(focus);
    },
    (e: unknown) => {
      slot.loading = false;
      toolFailed(host, 'the export menu', e);
    },
  );
}

/** A footer tool's code (the menu, the CSV writer) did not load: said in the status line and the console. */
export function toolFailed(host: ExportMenuHost, what: string, e: unknown): void {
  const slot = slots.get(host);
  if (slot) (slot.menu ?? slot).message = (e instanceof StaleChunkError ? RELOAD : LOAD_FAILED)[host.locale];
  console.error(`<${(host as unknown as Element).localName}>: ${what} could not be loaded: ${e instanceof Error ? e.message : String(e)}`, host);
  host.requestUpdate();
}

/** The export button and its status line; after first use, the menu itself. */
export function renderExportMenu(host: ExportMenuHost): TemplateResult {
  let slot = slots.get(host);
  if (!slot) slots.set(host, (slot = { loading: false, message: '' }));
  if (slot.menu) return slot.menu.render();
  const s = slot;
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    use(host, s, e.key === 'ArrowDown' ? 'first' : 'last');
  };
  return html`<div class="export">
      <button type="button" class="export-button" aria-haspopup="menu" aria-expanded="false" aria-busy=${s.loading ? 'true' : 'false'}
        @click=${() => use(host, s, 'first')} @keydown=${onKey}>${EXPORT_LABEL[host.locale]}<span class="chevron" aria-hidden="true">▾</span></button>
    </div>
    <p class="export-status" role="status">${s.message}</p>`;
}
