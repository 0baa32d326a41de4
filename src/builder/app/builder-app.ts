/**
 * The editors' builder (demo/builder.html): one page, six steps, one state. The page is built
 * from Lit elements rendering into the light DOM, so headings, landmarks, in-page links and
 * label/for work across the whole page as in a plain document, and the widgets it previews are
 * the library's own.
 */
import '../../index.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.js';
import { parseInput, type BuilderTable } from '../index.js';
import { fitFor } from '../feasible.js';
import { fontOf, measureText } from '../../core/measure.js';
import { strings, type UiLang } from './i18n.js';
import { adoptPageStyles } from './styles.js';
import { derive, initialState, reduce, type Action, type BuilderState, type Derived } from './state.js';
import type { DjbWidget } from './widget-view.js';
import './paste-step.js';
import './figures-step.js';
import './choose-step.js';
import './describe-step.js';
import './preview-step.js';
import './publish-step.js';

type StepId = 'paste' | 'figures' | 'choose' | 'describe' | 'preview' | 'publish';
const STEPS: { id: StepId; key: 'stepPaste' | 'stepFigures' | 'stepChoose' | 'stepDescribe' | 'stepPreview' | 'stepPublish' }[] = [
  { id: 'paste', key: 'stepPaste' },
  { id: 'figures', key: 'stepFigures' },
  { id: 'choose', key: 'stepChoose' },
  { id: 'describe', key: 'stepDescribe' },
  { id: 'preview', key: 'stepPreview' },
  { id: 'publish', key: 'stepPublish' },
];

/** How long a message stays on screen (screen readers have read it by then). */
const MESSAGE_MS = 6000;

/**
 * @tagname djb-app
 * @summary The editors' builder: paste → check → choose → describe → preview → publish.
 */
export class DjbApp extends LitElement {
  @state() private st: BuilderState = initialState();
  @state() private ui: UiLang = 'zh-CN';
  @state() private uiTheme: 'auto' | 'light' | 'dark' = 'auto';
  /** The summary the chosen widget writes itself, read from its preview. */
  @state() private generated = '';
  @state() private svg = '';
  /** The error the previewed chart shows, '' when it draws: publishing waits for it. */
  @state() private chartError = '';
  @state() private message = '';
  /** The font the preview's widgets computed: suggestions check labels at 375 px in it. */
  @state() private fitFont = '';

  private table: BuilderTable = parseInput('', {});
  private tableKey = '';
  private derived: Derived = derive(this.st, this.table);
  private messageTimer: ReturnType<typeof setTimeout> | undefined;
  private parseTimer: ReturnType<typeof setTimeout> | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageStyles();
    const q = new URLSearchParams(location.search);
    if (q.get('lang') === 'en') this.ui = 'en';
    const theme = q.get('theme');
    if (theme === 'light' || theme === 'dark') this.uiTheme = theme;
    this.addEventListener('djb-action', this.onAction);
    this.addEventListener('djb-announce', this.onAnnounce);
    this.addEventListener('djb-static', this.onStatic);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('djb-action', this.onAction);
    this.removeEventListener('djb-announce', this.onAnnounce);
    this.removeEventListener('djb-static', this.onStatic);
    clearTimeout(this.messageTimer);
    clearTimeout(this.parseTimer);
  }

  private readonly onAction = (e: CustomEvent<Action>): void => {
    const action = e.detail;
    this.st = reduce(this.st, action);
    const s = strings(this.ui);
    if (action.type === 'confirm') this.announce(s.confirmed((this.st.project.figures ?? []).filter((f) => f.include).length));
  };

  private readonly onAnnounce = (e: CustomEvent<string>): void => {
    this.announce(e.detail);
  };

  private readonly onStatic = (e: CustomEvent<{ svg: string; error: string; chartError: string }>): void => {
    this.svg = e.detail.svg;
    this.chartError = e.detail.chartError;
  };

  /** Says it in the live region (emptied first, so the same words twice are read twice). */
  announce(message: string): void {
    this.message = '';
    clearTimeout(this.messageTimer);
    requestAnimationFrame(() => {
      this.message = message;
      this.messageTimer = setTimeout(() => (this.message = ''), MESSAGE_MS);
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const input = this.st.project.input;
    const key = JSON.stringify(input);
    const reparse = key !== this.tableKey;
    if (reparse) {
      this.tableKey = key;
      this.table = parseInput(input.text, input.options);
    }
    // A new Derived re-renders every step (and redraws the static SVG): only when the state changed.
    if (reparse || changed.has('st') || changed.has('fitFont')) this.derived = derive(this.st, this.table, this.fitFont ? fitFor(this.fitFont, measureText) : undefined);
    if (reparse) this.scheduleParseMessage();
    document.documentElement.lang = this.ui;
    if (this.uiTheme === 'auto') delete document.documentElement.dataset['theme'];
    else document.documentElement.dataset['theme'] = this.uiTheme;
    document.title = strings(this.ui).appTitle;
  }

  /** What was read, once the editor stops typing: one sentence, not one per key. */
  private scheduleParseMessage(): void {
    clearTimeout(this.parseTimer);
    this.parseTimer = setTimeout(() => {
      const t = this.table;
      const s = strings(this.ui);
      if (this.st.project.input.text.trim() === '') return;
      const parts = [t.kind === 'paragraph' ? s.paragraphFound(this.st.draft.length) : s.annParsed(s[`kind_${t.kind}`], t.rows.length, t.columns.length)];
      if (t.issues.length) parts.push(s.annIssues(t.issues.length));
      if (this.derived.open.length) parts.push(s.annQuestions(this.derived.open.length));
      this.announce(parts.join(' '));
    }, 700);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    void this.readSummary();
    // The first drawn preview tells the font its widgets use (the page's, through their styles);
    // the 375 px label check is redone in it once, then only if it changes.
    const widget = this.querySelector('djb-widget > * > *');
    const font = widget ? fontOf(widget) : '';
    if (font !== '' && font !== this.fitFont) this.fitFont = font;
  }

  /** The chosen widget's own summary, from its choice preview (drawn without the editor's). */
  private async readSummary(): Promise<void> {
    const tag = this.derived.widget;
    const host = tag ? this.querySelector<DjbWidget>(`djb-choose djb-widget[data-tag="${tag}"]`) : null;
    await host?.updateComplete;
    const el = host?.widget;
    await el?.updateComplete;
    const text = el?.shadowRoot?.querySelector('#summary')?.textContent.trim() ?? '';
    if (text !== this.generated) this.generated = text;
  }

  protected override render(): TemplateResult {
    const s = strings(this.ui);
    const d = this.derived;
    const common = { state: this.st, derived: d, ui: this.ui };
    const enabled: Record<StepId, boolean> = {
      paste: true,
      figures: d.paragraph,
      choose: d.ready,
      describe: d.ready && d.widget !== '',
      preview: d.ready && d.widget !== '',
      publish: true,
    };
    return html`<a class="skip" href="#djb-main">${s.skip}</a>
      <header class="top">
        <div class="top-inner">
          <div>
            <h1>${s.appTitle}</h1>
            <p class="lead">${s.appLead}</p>
          </div>
          <div class="settings">
            <fieldset>
              <legend>${s.language}</legend>
              <button type="button" lang="zh-CN" aria-pressed=${this.ui === 'zh-CN' ? 'true' : 'false'} @click=${() => (this.ui = 'zh-CN')}>中文</button>
              <button type="button" lang="en" aria-pressed=${this.ui === 'en' ? 'true' : 'false'} @click=${() => (this.ui = 'en')}>English</button>
            </fieldset>
            <label>${s.uiTheme}
              <select id="djb-ui-theme" @change=${(e: Event) => (this.uiTheme = (e.target as HTMLSelectElement).value as 'auto' | 'light' | 'dark')}>
                <option value="auto" ?selected=${this.uiTheme === 'auto'}>${s.themeAuto}</option>
                <option value="light" ?selected=${this.uiTheme === 'light'}>${s.themeLight}</option>
                <option value="dark" ?selected=${this.uiTheme === 'dark'}>${s.themeDark}</option>
              </select>
            </label>
            <a href="./">${s.backToDemo}</a>
          </div>
        </div>
        <nav class="steps-nav" aria-label=${s.steps}>
          <ol>
            ${STEPS.map((step, i) => html`<li><a href=${`#step-${step.id}`} aria-disabled=${enabled[step.id] ? nothing : 'true'}>${i + 1}. ${s[step.key]}</a></li>`)}
          </ol>
        </nav>
      </header>
      <main class="djb-main" id="djb-main" tabindex="-1">
        ${this.step('paste', 1, html`<djb-paste .state=${common.state} .derived=${d} .ui=${this.ui}></djb-paste>`)}
        ${this.step('figures', 2, html`<djb-figures .state=${common.state} .derived=${d} .ui=${this.ui}></djb-figures>`)}
        ${this.step('choose', 3, html`<djb-choose .state=${common.state} .derived=${d} .ui=${this.ui}></djb-choose>`)}
        ${this.step('describe', 4, html`<djb-describe .state=${common.state} .derived=${d} .ui=${this.ui} .generated=${this.generated}></djb-describe>`)}
        ${this.step('preview', 5, html`<djb-preview .state=${common.state} .derived=${d} .ui=${this.ui}></djb-preview>`)}
        ${this.step('publish', 6, html`<djb-publish .state=${common.state} .derived=${d} .ui=${this.ui} .svg=${this.svg} .chartError=${this.chartError}></djb-publish>`)}
      </main>
      <footer class="foot"><p>${s.privacy}</p></footer>
      <div class=${this.message ? 'toast' : 'toast empty'} role="status" aria-live="polite" id="djb-live">${this.message}</div>`;
  }

  private step(id: StepId, n: number, body: TemplateResult): TemplateResult {
    const s = strings(this.ui);
    const key = STEPS[n - 1]?.key ?? 'stepPaste';
    return html`<section class="step" id=${`step-${id}`} aria-labelledby=${`step-${id}-h`}>
      <h2 id=${`step-${id}-h`} tabindex="-1"><span class="n" aria-hidden="true">${n}</span><span class="sr-only">${s.stepN(n)}</span>${s[key]}</h2>
      ${body}
    </section>`;
  }
}

defineElement('djb-app', DjbApp);

declare global {
  interface HTMLElementTagNameMap {
    'djb-app': DjbApp;
  }
}
