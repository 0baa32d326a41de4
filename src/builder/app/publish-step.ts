/**
 * Step 6: copy-ready code for each channel, image downloads, and the project file. Everything
 * is made in the page: the code from the project, the images from the preview's widget.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.js';
import { VERSION } from '../../core/version.js';
import { fileName } from '../../core/data/export.js';
import { exportName, saveBlob } from '../../core/export/actions.js';
import { PNG_2X, PNG_WECHAT, widgetPng, widgetSvg, type Exportable } from '../../core/export/index.js';
import { loadProject, publishCode, saveProject, type Channel, type Project } from '../index.js';
import { strings } from './i18n.js';
import { BuilderStep } from './step.js';
import { frameWidget, errorText } from './preview-step.js';
import { actionEvent, announceEvent } from './state.js';

const CHANNELS: Channel[] = ['script', 'iframe', 'amp', 'static'];

/** Where the published script lives by default: the package's file on a public CDN. */
export const DEFAULT_SCRIPT_URL = `https://unpkg.com/dj-widgets@${VERSION}/dist/dj-widgets.js`;

/**
 * @tagname djb-publish
 * @summary Builder step 6: code per channel with copy buttons, PNG/SVG downloads, save and open the project.
 * @fires djb-action - A project file was opened.
 * @fires djb-announce - Copied, saved, opened, or what went wrong.
 */
export class DjbPublish extends BuilderStep {
  /** The static SVG of the preview (for the static channel), '' when there is none. */
  @property() svg = '';
  /** The error the preview's chart shows; while there is one nothing is published. */
  @property({ attribute: false }) chartError = '';

  @state() private scriptUrl = DEFAULT_SCRIPT_URL;
  @state() private embedUrl = typeof location === 'undefined' ? '' : new URL('./embed/', location.href).href;
  @state() private openError = '';

  private say(message: string): void {
    this.dispatchEvent(announceEvent(message));
  }

  /** The project as saved: the widget the page shows, even when the editor kept the suggestion. */
  private project(): Project | null {
    return this.derived?.project ?? null;
  }

  private code(ch: Channel): { code: string; error: string } {
    const p = this.project();
    if (!p) return { code: '', error: '' };
    try {
      // The frame starts at the height the preview has, until the embed reports its own.
      // The taller of the full and the 375 px preview: a phone's frame is not cut off without the resize script.
      const theme = this.state?.project.describe.theme === 'dark' ? 'dark' : 'light';
      const height = Math.max(this.widget()?.offsetHeight ?? 0, frameWidget(document, 375, theme)?.offsetHeight ?? 0);
      const opts = { scriptUrl: this.scriptUrl, embedUrl: this.embedUrl, ...(this.svg ? { svg: this.svg } : {}), ...(height > 0 ? { height } : {}) };
      return { code: publishCode(p, ch, opts), error: '' };
    } catch (e) {
      return { code: '', error: errorText(e, this.ui) };
    }
  }

  private async copy(ch: Channel): Promise<void> {
    const s = strings(this.ui);
    const area = this.querySelector<HTMLTextAreaElement>(`#djb-code-${ch}`);
    if (!area) return;
    try {
      await navigator.clipboard.writeText(area.value);
      this.say(s.copied);
    } catch {
      // No clipboard permission (an iframe, an old browser): select it for Ctrl+C.
      area.focus();
      area.select();
      this.say(s.copySelected);
    }
  }

  private widget(): Exportable | null {
    const theme = this.state?.project.describe.theme === 'dark' ? 'dark' : 'light';
    const el = frameWidget(document, 'full', theme);
    return el && typeof el.toSvg === 'function' ? (el as unknown as Exportable) : null;
  }

  private async download(kind: 'svg' | 'png2x' | 'wechat'): Promise<void> {
    const s = strings(this.ui);
    const el = this.widget();
    const base = this.state?.project.describe.heading || 'chart';
    try {
      if (!el) throw new Error(s.needWidget);
      if (kind === 'svg') {
        const svg = await widgetSvg(el);
        const name = exportName(svg, base, 'svg');
        saveBlob(new Blob([svg], { type: 'image/svg+xml' }), name);
        this.say(name);
        return;
      }
      const r = await widgetPng(el, kind === 'png2x' ? PNG_2X : PNG_WECHAT);
      const name = exportName(r.svg, base, 'png', kind === 'wechat' ? '-wechat' : '');
      saveBlob(r.blob, name);
      this.say(s.pngSaved(name, r.width, r.height, Math.max(1, Math.round(r.blob.size / 1000))));
    } catch (e) {
      this.say(`${s.publishNotReady}${errorText(e, this.ui)}`);
    }
  }

  private save(): void {
    const p = this.project();
    if (!p) return;
    try {
      const json = saveProject(p);
      saveBlob(new Blob([json], { type: 'application/json' }), fileName(`${p.describe.heading || 'dj-widgets'}.dj-project`, 'json'));
      this.say(strings(this.ui).projectSaved);
    } catch (e) {
      this.say(`${strings(this.ui).publishNotReady}${errorText(e, this.ui)}`);
    }
  }

  private async open(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const s = strings(this.ui);
    try {
      const project = loadProject(await file.text());
      this.openError = '';
      this.dispatchEvent(actionEvent({ type: 'load', project }));
      this.say(s.projectOpened);
    } catch (err) {
      this.openError = errorText(err, this.ui);
      this.say(`${s.projectBad}${this.openError}`);
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const d = this.derived;
    if (!this.state || !d) return nothing;
    const s = strings(this.ui);
    const ready = d.ready && d.widget !== '';
    const blocked = ready && this.chartError !== '';
    return html`<p class="help">${s.publishHelp}</p>
      ${blocked
        ? html`<p class="blocked" id="djb-publish-blocked" role="alert">⚠ ${s.publishBlocked(this.chartError)}</p>`
        : ready ? this.renderCode() : html`<p class="blocked">${d.paragraph && !d.ready ? s.needConfirm : d.ready ? s.needWidget : s.needData}</p>`}
      <h3 id="djb-project-h">${s.project}</h3>
      <p class="help">${s.projectHelp}</p>
      <div class="row">
        <button type="button" id="djb-save" ?disabled=${!ready} @click=${() => this.save()}>${s.saveProject}</button>
        <label class="file-open">${s.openProject}
          <input id="djb-open" type="file" accept=".json,application/json" @change=${(e: Event) => void this.open(e)} />
        </label>
      </div>
      ${this.openError ? html`<p class="bad" role="alert">⚠ ${s.projectBad}${this.openError}</p>` : nothing}`;
  }

  private renderCode(): TemplateResult {
    const s = strings(this.ui);
    return html`<div class="urls">
        <div class="field">
          <label for="djb-script-url">${s.scriptUrl}</label>
          <input id="djb-script-url" type="url" .value=${this.scriptUrl} @change=${(e: Event) => (this.scriptUrl = (e.target as HTMLInputElement).value.trim())} />
        </div>
        <div class="field">
          <label for="djb-embed-url">${s.embedUrl}</label>
          <input id="djb-embed-url" type="url" .value=${this.embedUrl} @change=${(e: Event) => (this.embedUrl = (e.target as HTMLInputElement).value.trim())} />
        </div>
      </div>
      ${CHANNELS.map((ch) => {
        const { code, error } = this.code(ch);
        const name = s[`ch_${ch}`];
        return html`<section class="channel" aria-labelledby=${`djb-ch-${ch}`}>
          <h3 id=${`djb-ch-${ch}`}>${name}</h3>
          <p class="help" id=${`djb-ch-${ch}-theme`}>${s.chTheme(ch === 'iframe' || ch === 'amp', this.state?.project.describe.theme ?? 'auto')}</p>
          ${error
            ? html`<p class="bad">⚠ ${s.publishNotReady}${error}</p>`
            : html`<textarea id=${`djb-code-${ch}`} readonly rows="6" spellcheck="false" aria-label=${s.codeLabel(name)} .value=${code}></textarea>
                <div class="row"><button type="button" data-copy=${ch} @click=${() => void this.copy(ch)}>${s.copy}</button></div>`}
        </section>`;
      })}
      <h3>${s.downloads}</h3>
      <div class="row">
        <button type="button" id="djb-dl-svg" @click=${() => void this.download('svg')}>${s.svgDownload}</button>
        <button type="button" id="djb-dl-png" @click=${() => void this.download('png2x')}>${s.png2x}</button>
        <button type="button" id="djb-dl-wechat" @click=${() => void this.download('wechat')}>${s.png1080}</button>
      </div>`;
  }
}

defineElement('djb-publish', DjbPublish);

declare global {
  interface HTMLElementTagNameMap {
    'djb-publish': DjbPublish;
  }
}
