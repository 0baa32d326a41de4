/**
 * The "Export" menu in every widget's footer: PNG at 2×, PNG for WeChat (1080 px, under 1 MB)
 * and SVG, each the widget's static drawing in the colours the page gives it.
 *
 * A menu button (WAI-ARIA APG): Enter, Space or ↓ opens it on the first item, ↑ on the last;
 * arrows, Home and End move; Escape closes it and returns to the button; Tab or a click outside
 * closes it. A status line says what was saved (size, and a smaller scale when the WeChat budget
 * forced one) or why nothing was.
 *
 * Loaded when the footer's export button (button.ts) is first used, not before the chart draws;
 * the drawing and encoding (actions.js with the PNG encoder, about 5 KiB gzip) load later still,
 * when an item is chosen, so a page pays for them only when someone exports (issue #16).
 *
 * The widget only calls `renderExportMenu(this)` (button.ts): once used, the state lives in a
 * controller attached to the host, and the styles are adopted into the widget's shadow root (a
 * constructed sheet: allowed under a strict Content-Security-Policy, unlike a <style> element).
 */
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { DataError } from '../data/errors.js';
import { csvExport, exportActions } from '../lazy.js';
import { toolFailed } from './button.js';
import type { Locale } from '../i18n/locale.js';
import type { Exportable } from './actions.js';
import { exportMessages, type ExportMessages } from './messages.js';

export type ExportMenuHost = ReactiveControllerHost & Exportable & { readonly locale: Locale; readonly renderRoot: HTMLElement | DocumentFragment };

type Action = 'png' | 'wechat' | 'svg';
const ACTIONS: readonly Action[] = ['png', 'wechat', 'svg'];

/** The menu's own rules, adopted with it (the button's are the frame's: button.ts). */
export const exportMenuStyles = css`
  .export-menu {
    position: absolute;
    z-index: 3;
    top: calc(100% + 4px);
    inset-inline-start: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-width: max-content;
    padding: 4px;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_axis);
    border-radius: 6px;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }
  .export-menu.end {
    inset-inline-start: auto;
    inset-inline-end: 0;
  }
  .export-menu[hidden] {
    display: none;
  }
  .export-item {
    border: 0;
    text-align: start;
    white-space: nowrap;
    min-height: 36px;
  }
  .export-item:hover,
  .export-item:focus {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_bg));
  }
`;

export class ExportMenu implements ReactiveController {
  open = false;
  busy = false;
  alignEnd = false;
  message = '';

  constructor(private readonly host: ExportMenuHost) {
    host.addController(this);
  }

  hostConnected(): void {
    adoptStyles(this.host);
  }

  hostDisconnected(): void {
    this.open = false;
    document.removeEventListener('pointerdown', this.onOutside, true);
  }

  private get m(): ExportMessages {
    return exportMessages(this.host.locale);
  }

  private query(selector: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(selector);
  }

  private items(): HTMLButtonElement[] {
    return Array.from(this.host.renderRoot.querySelectorAll<HTMLButtonElement>('.export-item'));
  }

  private async setOpen(open: boolean, focus: 'first' | 'last' | 'button' | 'none'): Promise<void> {
    this.open = open;
    if (open) document.addEventListener('pointerdown', this.onOutside, true);
    else document.removeEventListener('pointerdown', this.onOutside, true);
    this.alignEnd = false;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (open) {
      // Under a button near the right edge, the menu opens leftwards rather than off the widget.
      const menu = this.query('.export-menu');
      const box = this.host.getBoundingClientRect();
      if (menu && menu.getBoundingClientRect().right > box.right + 0.5) {
        this.alignEnd = true;
        this.host.requestUpdate();
        await this.host.updateComplete;
      }
    }
    const items = this.items();
    if (focus === 'first') items[0]?.focus();
    else if (focus === 'last') items[items.length - 1]?.focus();
    else if (focus === 'button') this.query('.export-button')?.focus();
  }

  private readonly onOutside = (e: Event): void => {
    const wrap = this.query('.export');
    if (wrap && !e.composedPath().includes(wrap)) void this.setOpen(false, 'none');
  };

  /** Opens the menu with focus on its first or last item (the first use of the button). */
  openAt(focus: 'first' | 'last'): Promise<void> {
    return this.setOpen(true, focus);
  }

  readonly onButtonClick = (): void => {
    void this.setOpen(!this.open, this.open ? 'none' : 'first');
  };

  readonly onButtonKey = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      void this.setOpen(true, e.key === 'ArrowDown' ? 'first' : 'last');
    } else if (e.key === 'Escape' && this.open) {
      e.preventDefault();
      void this.setOpen(false, 'button');
    }
  };

  readonly onMenuKey = (e: KeyboardEvent): void => {
    const items = this.items();
    const at = items.findIndex((item) => item === this.host.shadowRoot?.activeElement);
    const move = (i: number): void => {
      e.preventDefault();
      items[(i + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      void this.setOpen(false, 'button');
    } else if (e.key === 'Tab') void this.setOpen(false, 'none');
  };

  /** Focus leaving for another element (Tab, a click on a chart mark) closes the menu. */
  readonly onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget;
    const wrap = this.query('.export');
    if (this.open && to instanceof Node && wrap && !wrap.contains(to)) void this.setOpen(false, 'none');
  };

  async run(action: Action): Promise<void> {
    if (this.busy) return;
    const m = this.m;
    await this.setOpen(false, 'button');
    this.busy = true;
    this.message = m.working;
    this.host.requestUpdate();
    // Fetched together when an item is chosen, not when the menu opens: the drawing and encoder, and the file writer.
    const tools = await Promise.all([exportActions(), csvExport()]).catch((e: unknown) => {
      // Said like the other tools' load failures (the item again retries, under a fresh URL: core/lazy.ts).
      this.busy = false;
      toolFailed(this.host, 'the export actions', e);
    });
    if (!tools) return;
    try {
      const [{ exportName, PNG_2X, PNG_WECHAT, saveBlob, widgetPng, widgetSvg }, { download }] = tools;
      if (action === 'svg') {
        const svg = await widgetSvg(this.host);
        download(svg, exportName(svg, this.host.localName, 'svg'), 'image/svg+xml;charset=utf-8');
        this.message = m.savedSvg(svg.length);
      } else {
        const preset = action === 'wechat' ? PNG_WECHAT : PNG_2X;
        const png = await widgetPng(this.host, preset);
        saveBlob(png.blob, exportName(png.svg, this.host.localName, 'png'));
        const notes = [m.savedPng(png.width, png.height, png.blob.size)];
        if (preset.maxBytes && png.scale < png.requestedScale) notes.push(m.steppedDown(png.width, preset.maxBytes));
        if (preset.maxBytes && png.overBudget) notes.push(m.overBudget(png.blob.size, preset.maxBytes));
        this.message = notes.join(' ');
      }
    } catch (e) {
      this.message = m.failed(e instanceof DataError ? e.text(this.host.locale) : e instanceof Error ? e.message : String(e));
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  render(): TemplateResult {
    const m = this.m;
    const label: Record<Action, string> = { png: m.png2x, wechat: m.pngWeChat, svg: m.svg };
    return html`<div class="export" @focusout=${this.onFocusOut}>
        <button
          type="button"
          class="export-button"
          aria-haspopup="menu"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="export-menu"
          aria-busy=${this.busy ? 'true' : 'false'}
          @click=${this.onButtonClick}
          @keydown=${this.onButtonKey}
        >
          ${m.export}<span class="chevron" aria-hidden="true">▾</span>
        </button>
        <div id="export-menu" class=${this.alignEnd ? 'export-menu end' : 'export-menu'} role="menu" aria-label=${m.menu} ?hidden=${!this.open} @keydown=${this.onMenuKey}>
          ${ACTIONS.map(
            (a) => html`<button type="button" class="export-item" role="menuitem" tabindex="-1" data-action=${a} @click=${() => void this.run(a)}>
              ${label[a]}
            </button>`,
          )}
        </div>
      </div>
      <p class="export-status" role="status">${this.message}</p>`;
  }
}

function adoptStyles(host: ExportMenuHost): void {
  // A server render (Lit SSR) has no ShadowRoot at all: there, styles come with the markup.
  if (typeof ShadowRoot === 'undefined') return;
  const root = host.renderRoot;
  const sheet = exportMenuStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The menu for a chart whose export button was just used (button.ts): a controller attached to
 * the host from now on, its styles adopted, rendered in the button's place.
 */
export function attachExportMenu(host: ExportMenuHost): ExportMenu {
  const menu = new ExportMenu(host);
  adoptStyles(host);
  return menu;
}
