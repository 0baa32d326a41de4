/**
 * Step 4: the words around the chart (title, subtitle, notes, source, credit), the number
 * format, colours with their contrast, language, theme, the widget's own options, and the
 * summary, prefilled with the one the widget writes from the data.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../../core/define.js';
import type { Describe } from '../index.js';
import { renderColors } from './colors.js';
import { pick, strings } from './i18n.js';
import { BuilderStep, widgetBlocked } from './step.js';
import { actionEvent, type BuilderState, type Derived } from './state.js';
import './widget-view.js';
import { isSafeUrl } from '../validate.js';
import { widgetEntry } from '../../widgets/manifest.js';

const LOCALES = [
  { value: 'zh-CN', label: '中文（zh-CN）' },
  { value: 'en', label: 'English (en)' },
];

/**
 * @tagname djb-describe
 * @summary Builder step 4: title, notes, source, number format, colours, language, theme and summary.
 * @fires djb-action - A field changed.
 */
export class DjbDescribe extends BuilderStep {
  /** The summary the widget writes from the data (shown until the editor writes another). */
  @property() generated = '';

  private set(patch: Partial<Describe>): void {
    this.dispatchEvent(actionEvent({ type: 'describe', patch }));
  }

  private text(id: 'heading' | 'subtitle' | 'source' | 'sourceUrl' | 'credit' | 'unit', label: string, type: 'text' | 'url' = 'text', help?: TemplateResult): TemplateResult {
    const d = (this.state as BuilderState).project.describe;
    const value = d[id];
    return html`<div class="field">
      <label for=${`djb-d-${id}`}>${label}</label>
      <input id=${`djb-d-${id}`} type=${type} .value=${value} aria-describedby=${help ? `djb-d-${id}-help` : nothing}
        @input=${(e: Event) => this.set({ [id]: (e.target as HTMLInputElement).value })} />
      ${help ?? nothing}
    </div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const given = this.given();
    if (!given) return nothing;
    const { st, d: der, s } = given;
    const blocked = widgetBlocked(der, s);
    if (blocked) return blocked;
    const d = st.project.describe;
    const url = d.sourceUrl.trim();
    const badUrl = url !== '' && !isSafeUrl(url);
    return html`<p class="help">${s.describeHelp}</p>
      <div class="describe-layout">
      <div class="describe">
        ${this.text('heading', s.heading)} ${this.text('subtitle', s.subtitle)}
        <div class="field wide">
          <label for="djb-d-notes">${s.notes}</label>
          <textarea id="djb-d-notes" rows="2" .value=${d.notes} @input=${(e: Event) => this.set({ notes: (e.target as HTMLTextAreaElement).value })}></textarea>
        </div>
        ${this.text('source', s.source)}
        ${this.text('sourceUrl', s.sourceUrl, 'url', badUrl ? html`<small id="djb-d-sourceUrl-help" class="bad">⚠ ${s.sourceUrlBad}</small>` : undefined)}
        ${this.text('credit', s.credit)}
        <div class="field">
          <label for="djb-d-locale">${s.widgetLocale}</label>
          <select id="djb-d-locale" @change=${(e: Event) => this.set({ locale: (e.target as HTMLSelectElement).value as Describe['locale'] })}>
            ${LOCALES.map((l) => html`<option value=${l.value} ?selected=${d.locale === l.value}>${l.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="djb-d-theme">${s.widgetTheme}</label>
          <select id="djb-d-theme" @change=${(e: Event) => this.set({ theme: (e.target as HTMLSelectElement).value as Describe['theme'] })}>
            <option value="auto" ?selected=${d.theme === 'auto'}>${s.themeAutoPage}</option>
            <option value="light" ?selected=${d.theme === 'light'}>${s.themeLight}</option>
            <option value="dark" ?selected=${d.theme === 'dark'}>${s.themeDark}</option>
          </select>
        </div>
        <fieldset class="wide">
          <legend>${s.numberFormat}</legend>
          <div class="row">
            ${this.text('unit', s.unitField)}
            <div class="field">
              <label for="djb-d-decimals">${s.decimals}</label>
              <input id="djb-d-decimals" type="number" min="0" max="6" step="1" .value=${d.decimals === null ? '' : String(d.decimals)}
                @input=${(e: Event) => {
                  const v = (e.target as HTMLInputElement).value;
                  this.set({ decimals: v === '' ? null : Math.max(0, Math.min(6, Math.round(Number(v)))) });
                }} />
            </div>
            <label class="check"><input id="djb-d-decimalComma" type="checkbox" .checked=${d.decimalComma}
              @change=${(e: Event) => this.set({ decimalComma: (e.target as HTMLInputElement).checked })} />${s.decimalCommaField}</label>
          </div>
        </fieldset>
        ${renderColors(d, this.ui, (colors) => this.set({ colors }))} ${this.renderWidgetOptions(der.widget)}
        <div class="field wide">
          <label for="djb-d-summary">${s.summary}</label>
          <small id="djb-d-summary-help">${s.summaryHelp}</small>
          <textarea id="djb-d-summary" rows="3" aria-describedby="djb-d-summary-help" .value=${d.summary || this.generated}
            @input=${(e: Event) => {
              const v = (e.target as HTMLTextAreaElement).value;
              // Unchanged from the generated text means "keep generating": it follows the data.
              this.set({ summary: v === this.generated ? '' : v });
            }}></textarea>
          ${d.summary ? html`<div><button type="button" @click=${() => this.set({ summary: '' })}>${s.summaryReset}</button></div>` : nothing}
        </div>
      </div>
      <aside class="live-preview" aria-labelledby="djb-live-preview-h">
        <h3 id="djb-live-preview-h">${s.livePreview}</h3>
        <div inert><djb-widget .project=${der.project}></djb-widget></div>
      </aside>
      </div>`;
  }

  private renderWidgetOptions(tag: string): TemplateResult | typeof nothing {
    // The widget's own options come from its manifest entry (`builder.options`).
    const list = widgetEntry(tag)?.builder.options;
    if (!list?.length) return nothing;
    const attrs = (this.derived as Derived).project.attributes;
    const set = (name: string, value: string): void => {
      // The widget shown is the one the option is for: it becomes the project's own.
      this.dispatchEvent(actionEvent({ type: 'attributes', attributes: { [name]: value }, tag }));
    };
    return html`<fieldset class="wide">
      <legend>${strings(this.ui).options}</legend>
      <div class="row">
        ${list.map((o) => {
          const id = `djb-o-${o.name}`;
          const value = attrs[o.name] ?? '';
          return html`<div class="field">
            <label for=${id}>${pick(this.ui, o.label)}</label>
            ${o.choices
              ? html`<select id=${id} @change=${(e: Event) => set(o.name, (e.target as HTMLSelectElement).value)}>
                  ${o.choices.map((c, i) => html`<option value=${c.value} ?selected=${value ? value === c.value : i === 0}>${pick(this.ui, c.label)}</option>`)}
                </select>`
              : html`<input id=${id} type="text" .value=${value} placeholder=${o.placeholder ? pick(this.ui, o.placeholder) : nothing}
                  @input=${(e: Event) => set(o.name, (e.target as HTMLInputElement).value.trim())} />`}
          </div>`;
        })}
      </div>
    </fieldset>`;
  }
}

defineElement('djb-describe', DjbDescribe);

declare global {
  interface HTMLElementTagNameMap {
    'djb-describe': DjbDescribe;
  }
}
