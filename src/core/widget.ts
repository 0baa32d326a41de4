/**
 * The base of every widget: the frame (title, subtitle, notes, source), the status (loading,
 * empty, error, ready), the reader's locale and theme, the size from the container, the data
 * from its four inputs, and the "data" toggle with CSV download. A widget adds a pure layout
 * and a render of its scene; nothing else.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { renderDataTable } from './a11y/data-table.js';
import { DataController } from './data/controller.js';
import { DataError } from './data/errors.js';
import { download, fileName, toCsv } from './data/export.js';
import { exportMenuStyles, renderExportMenu } from './export/menu.js';
import { typeTable, type DataTable } from './data/typed.js';
import { InViewController } from './controllers/in-view.js';
import { LocaleController } from './controllers/locale.js';
import { ReducedMotionController } from './controllers/reduced-motion.js';
import { normalizeLocale, type Locale } from './i18n/locale.js';
import { messages, type Messages } from './i18n/messages.js';
import { measuringLikeServer } from './measure.js';
import { svgContext, type SvgContext } from './static/context.js';
import { frameSvg } from './static/frame.js';
import { pageScheme } from './page-scheme.js';
import { paintFor, schemeOf, type Paint } from './static/paint.js';
import { serializeSvg, type SvgBody } from './static/svg.js';
import { withDecimals } from './format/number.js';
import { styleProps } from './style-props.js';
import { frameStyles, tokens } from './styles.js';
import { VERSION } from './version.js';
import { ON_SERVER } from './server.js';
import { staticRoot } from './hydration.js';

/** What every layout returns, at least. */
export interface WidgetScene {
  /** One sentence that says what the data shows, in the reader's language. */
  summary: string;
}

export type WidgetStatus = 'loading' | 'empty' | 'error' | 'ready';

/** Options of `toSvg`: the static drawing for WeChat, RSS, email and the PNG export. */
export interface ToSvgOptions {
  /** Width in px; default: the widget's current width, else 640. */
  width?: number;
  /** Default: the widget's theme; `auto` follows the reader's system where there is one, else light. */
  theme?: 'light' | 'dark';
  /** Colours to draw with; default: the design tokens (the page export passes the widget's computed ones). */
  paint?: Paint;
}

/**
 * @cssprop --dj-bg - Background colour.
 * @cssprop --dj-fg - Text colour.
 * @cssprop --dj-muted - Secondary text (subtitle, notes, source, axis captions).
 * @cssprop --dj-grid - Grid lines and borders.
 * @cssprop --dj-axis - Axis lines and ticks.
 * @cssprop --dj-accent - The colour of marks.
 * @cssprop --dj-highlight - The colour of highlighted marks.
 * @cssprop --dj-focus - The keyboard focus ring.
 * @cssprop --dj-font - Font family.
 * @cssprop --dj-font-size - Base font size (default 14px).
 * @cssprop --dj-error-bg - Background of the error message.
 * @cssprop --dj-error-fg - Text of the error message.
 * @cssprop --dj-radius - Corner radius of boxes.
 * @cssprop --dj-padding - Padding around the whole widget (default 12px 0).
 * @csspart frame - The <figure> around everything.
 * @csspart title - The title.
 * @csspart subtitle - The subtitle.
 * @csspart chart - The box holding the chart.
 * @csspart status - The loading, empty or error message.
 * @csspart footer - Notes, source and the tools.
 * @csspart tooltip - The tooltip.
 * @csspart data-table - The data table shown by the "data" button.
 * @slot - The data: a <table> or a <script type="application/json">; not displayed once the chart draws.
 */
export abstract class DjWidget<S extends WidgetScene> extends LitElement {
  /** The dj-widgets version that defined this element (read by the guarded registration). */
  static readonly version = VERSION;
  static override styles = [tokens, frameStyles, exportMenuStyles];

  /** The title. Defaults to the <caption> of a light-DOM table. (Not `title`: that attribute makes the browser show a tooltip over the whole widget.) */
  @property() heading = '';
  /** A line under the title. */
  @property() subtitle = '';
  /** Notes under the chart. */
  @property() notes = '';
  /** Where the data comes from, e.g. "海州区政府工作报告". */
  @property() source = '';
  /** A link for the source; only http(s) and relative URLs are used. */
  @property({ attribute: 'source-url' }) sourceUrl: string | null = '';
  /** Who made the chart. */
  @property() credit = '';
  /** URL of a CSV, TSV or JSON file with the data. */
  @property() src: string | null = null;
  /** The data as an array of objects (or an array of arrays with a header row). Wins over every other input. */
  @property({ attribute: false }) data: unknown = undefined;
  /** The column with the labels (header text or 1-based number); default: the first text column. */
  @property() label: string | null = null;
  /** The column with the values; default: the first numeric column. */
  @property() value: string | null = null;
  /** The unit of the values when the data does not carry one ("亿元", "%"). */
  @property() unit: string | null = null;
  /** light, dark, or auto (follows the reader's system). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /** Replaces the generated one-sentence summary. */
  @property() summary: string | null = null;
  /** A fixed width in px instead of the container's (for static rendering). */
  @property({ type: Number }) width: number | null = null;
  /**
   * The width a server pre-rendered this widget at (written by dj-widgets/static): used until
   * the container is measured, so hydration starts from the very marks the server drew.
   */
  @property({ attribute: 'ssr-width', type: Number }) ssrWidth: number | null = null;
  /** Most decimals in the numbers the widget writes (0–6); default 2. */
  @property({ type: Number }) decimals: number | null = null;
  /** Numbers use a decimal comma (1.234,5). */
  @property({ attribute: 'decimal-comma', type: Boolean }) decimalComma = false;
  /** No entrance animation, whatever the reader's setting. */
  @property({ attribute: 'no-motion', type: Boolean }) noMotion = false;
  /** Draw the marks at once, even far below the fold (by default they wait until near the viewport). */
  @property({ type: Boolean }) eager = false;

  @state() protected showTable = false;

  /**
   * Many embeds: a page may hold dozens of widgets. The scene (cheap: numbers) is laid out at
   * once, so the placeholder has the final height and nothing shifts; the marks (DOM, the
   * expensive part) are rendered once the widget comes within a screen of the viewport, and
   * kept after that.
   */
  protected readonly near = new InViewController(this, { threshold: 0, rootMargin: '100% 0px', once: true });
  /** Entrance motion runs the first time the widget is well inside the viewport. */
  protected readonly entered = new InViewController(this, { threshold: 0, rootMargin: '0px 0px -15% 0px', once: true });
  protected readonly motion = new ReducedMotionController(this);
  protected readonly dataInputs = new DataController(this);
  protected readonly localeWatch = new LocaleController(this);
  /**
   * Width comes from an empty full-width sizer, not the host: the host's height changes with
   * every render, and observing it would loop ("ResizeObserver loop completed …").
   */
  protected readonly resize = new ResizeController(this, {
    target: null,
    callback: (entries) => entries[0]?.contentRect.width ?? 0,
  });

  /**
   * Pre-rendered (dj-widgets/static): the element arrived with a declarative shadow root
   * holding its marks. They are shown already, so they neither wait for the viewport nor
   * play the entrance again.
   */
  protected readonly prerendered = !ON_SERVER && (this.shadowRoot?.childNodes.length ?? 0) > 0;

  /** The last scene drawn; kept on screen when newer input fails. */
  protected scene: S | undefined;
  protected dataTable: DataTable | undefined;
  protected status: WidgetStatus = 'loading';
  protected error: DataError | undefined;
  /** The scene on screen was measured like the server's (hydration); measure again after this update. */
  private remeasure = false;
  private loggedError = '';
  private warnedUrl = '';
  private builtFrom: unknown[] = [];

  /** The language the widget speaks: zh-CN or en, from its own lang, an ancestor's, or the document's. */
  get locale(): Locale {
    // A server render has no ancestors to ask: the element's own lang, else the page's.
    if (ON_SERVER) return normalizeLocale(this.getAttribute('lang')) ?? this.localeWatch.locale;
    return this.localeWatch.locale;
  }

  protected get t(): Messages {
    return messages(this.locale);
  }

  /** The width the chart is laid out at; 0 while hidden (then no work is done). */
  protected get chartWidth(): number {
    return Math.floor(this.width ?? this.resize.value ?? this.ssrWidth ?? 0);
  }

  /** The pure layout of the subclass: typed data + width → scene. May throw DataError. */
  protected abstract buildScene(table: DataTable, width: number, locale: Locale): S;

  /** The subclass's chart from a scene. */
  protected abstract renderScene(scene: S): TemplateResult;

  /**
   * The subclass's final state as SVG with inline presentation attributes only (no CSS, no
   * HTML, no script): the body under the frame's title and above its notes. Every widget
   * overrides it; the hardening registry holds each one to the static SVG allow-list.
   */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature subclasses implement
  protected renderSvg(_scene: S, _ctx: SvgContext): SvgBody {
    throw new DataError(`<${this.localName}> has no static SVG drawing.`, { input: 'data' }, `<${this.localName}> 还不能输出静态 SVG。`);
  }

  /** The scene `toSvg` draws at `width`, from the data in force (a widget with other inputs overrides it). */
  protected staticScene(width: number): { scene: S; caption: string } {
    const state = this.dataInputs.state;
    if (state.status === 'error') throw state.error;
    if (state.status !== 'ready') throw new DataError('There is no data to draw yet.', { input: 'data' }, '还没有可绘制的数据。');
    const table = typeTable(state.table, { decimal: this.decimalComma ? ',' : '.' });
    if (table.cells.length === 0) throw new DataError('The data has no rows to draw.', { input: 'data' }, '数据中没有可绘制的行。');
    return { scene: withDecimals(this.decimals, () => this.buildScene(table, width, this.locale)), caption: table.caption ?? '' };
  }

  /**
   * The widget as one self-contained SVG document (title, notes and source drawn as text):
   * the static channel for WeChat, RSS and email, and the source of the PNG export. Throws
   * the DataError the widget shows when its data is missing or bad.
   */
  toSvg(options: ToSvgOptions = {}): string {
    const width = Math.max(120, Math.floor(options.width ?? (this.chartWidth || 640)));
    const paint = options.paint ?? paintFor(options.theme ?? (this.theme === 'auto' && this.isConnected ? (pageScheme(this) ?? schemeOf('auto')) : schemeOf(this.theme)), this.locale);
    const { scene, caption } = this.staticScene(width);
    const ctx = svgContext(width, this.locale, paint);
    const body = this.renderSvg(scene, ctx);
    const text = {
      title: this.heading || caption,
      subtitle: this.subtitle,
      notes: this.notes,
      source: this.source,
      credit: this.credit,
      summary: this.summary ?? scene.summary,
    };
    return serializeSvg(frameSvg(text, body, ctx));
  }

  /** What changes the scene, beyond data, width and locale: the subclass's own options. */
  protected sceneInputs(): unknown[] {
    return [];
  }

  /**
   * No rendering while detached: an update queued just before removal would render into a
   * detached tree, and directives there (the sizer's ResizeObserver target) would observe
   * again. Connecting asks for the update that was skipped.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.isConnected && super.shouldUpdate(changed);
  }

  /**
   * A pre-rendered shadow root is taken over in place when Lit's hydrate support is loaded and
   * the markup carries its markers (mode "hydratable"). Otherwise (mode "static", or no hydrate
   * support) the server's drawing is cleared and the widget renders afresh: rendering into it
   * would append a second chart after the first.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return staticRoot(this, (this.constructor as typeof LitElement).elementStyles) ?? super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.followPage();
    this.requestUpdate();
  }

  /** The page's scheme for theme="auto", as a sheet of the shadow root: nothing is written on the page's element. */
  private schemeSheet: CSSStyleSheet | null = null;

  /**
   * theme="auto" follows the page it stands in (its color-scheme, else its background), then the
   * reader's system: set as the host's color-scheme, which the light-dark() tokens read.
   */
  private followPage(): void {
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot) || typeof CSSStyleSheet !== 'function') return;
    const scheme = this.theme === 'auto' ? pageScheme(this) : null;
    if (!this.schemeSheet) {
      if (!scheme) return;
      this.schemeSheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.schemeSheet];
    }
    this.schemeSheet.replaceSync(scheme ? `:host { color-scheme: ${scheme}; }` : '');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('theme') && this.isConnected) this.followPage();
    const state = this.dataInputs.state;
    if (state.status === 'loading' || state.status === 'none') {
      this.status = state.status === 'none' ? 'empty' : 'loading';
      this.error = undefined;
      if (state.status === 'none') this.scene = undefined;
      return;
    }
    if (state.status === 'error') {
      this.fail(state.error);
      return;
    }
    const width = this.chartWidth;
    const inputs = [state.table, width, this.locale, this.unit, this.label, this.value, this.decimalComma, this.decimals, ...this.sceneInputs()];
    if (inputs.length === this.builtFrom.length && inputs.every((v, i) => v === this.builtFrom[i])) return;
    // Hidden (zero width): nothing to lay out; the last scene stays for when it is shown again.
    if (width <= 0) return;
    try {
      const table = typeTable(state.table, { decimal: this.decimalComma ? ',' : '.' });
      if (table.cells.length === 0) {
        this.status = 'empty';
        this.error = undefined;
        this.scene = undefined;
        this.dataTable = table;
      } else {
        // Hydrating: the first scene must be the server's, measured as the server measured.
        const likeServer = this.prerendered && !this.hasUpdated;
        const build = (): S => withDecimals(this.decimals, () => this.buildScene(table, width, this.locale));
        this.scene = likeServer ? measuringLikeServer(build) : build();
        this.remeasure = likeServer;
        this.dataTable = table;
        this.status = 'ready';
        this.error = undefined;
        this.loggedError = '';
      }
      this.builtFrom = inputs;
    } catch (e) {
      this.fail(e instanceof DataError ? e : new DataError(e instanceof Error ? e.message : String(e), { input: state.input }));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.remeasure) {
      // Hydrated: now lay out again with the page's real text measurements.
      this.remeasure = false;
      this.builtFrom = [];
      this.requestUpdate();
    }
  }

  private fail(error: DataError): void {
    this.status = 'error';
    this.error = error;
    this.builtFrom = [];
    if (error.message !== this.loggedError) {
      this.loggedError = error.message;
      console.error(`<${this.localName}>: ${error.message}`, this);
    }
  }

  protected get title_(): string {
    return this.heading || this.dataTable?.caption || '';
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const title = this.title_;
    const summary = this.summary ?? this.scene?.summary ?? '';
    return html`<figure part="frame" aria-labelledby=${title ? 'title' : nothing} lang=${this.locale}>
      <div class="sizer" ${ON_SERVER ? nothing : this.resize.target()}></div>
      ${title ? html`<p id="title" class="title" part="title">${title}</p>` : nothing}
      ${this.subtitle ? html`<p class="subtitle" part="subtitle">${this.subtitle}</p>` : nothing} ${this.renderStatus(t)}
      ${this.scene ? this.renderChart(this.scene) : nothing}
      <p id="summary" class="sr-only">${summary}</p>
      ${this.renderFooter(t)} ${this.showTable && this.dataTable
        ? renderDataTable(this.dataTable, { caption: this.title_ || t.dataTable, summary, unit: this.unit ?? '', locale: this.locale })
        : nothing}
    </figure>`;
  }

  /**
   * The chart, or until it is near the viewport a placeholder of its height. Motion classes:
   * `motion-pending` holds marks at their start state until the widget is seen, `motion-run`
   * lets them move to the scene; with reduced motion (or `no-motion`) there is neither, and
   * marks stand in their final place from the first frame. Screen readers get the final
   * content in every case: motion is transforms and opacity only.
   */
  private renderChart(scene: S): TemplateResult {
    // On the server and when pre-rendered, the drawing is the final state: no wait, no entrance.
    const still = ON_SERVER || this.prerendered;
    if (!still && !this.eager && !this.near.seen) {
      const height = (scene as WidgetScene & { height?: number }).height;
      return html`<div class="chart placeholder" part="chart" ${styleProps({ 'min-height': `${Math.round(height ?? 240)}px` })}></div>`;
    }
    const moving = !still && !this.noMotion && this.motion.allowed;
    const cls = moving ? (this.entered.seen ? 'chart motion-run' : 'chart motion-pending') : 'chart';
    return html`<div class=${cls} part="chart">${this.renderScene(scene)}</div>`;
  }

  private renderStatus(t: Messages): TemplateResult | typeof nothing {
    if (this.status === 'error' && this.error) {
      return html`<div class="status error" part="status" role="alert">
        <strong>${t.errorTitle}</strong> <span>${this.error.text(this.locale)}</span>
        ${this.error.details.transient && this.src
          ? html`<button type="button" class="retry" @click=${() => this.dataInputs.retry()}>${this.locale === 'zh-CN' ? '重试' : 'Retry'}</button>`
          : nothing}
      </div>`;
    }
    if (this.status === 'loading' && !this.scene) return html`<div class="status" part="status" role="status">${t.loading}</div>`;
    if (this.status === 'empty') return html`<div class="status" part="status" role="status">${t.empty}</div>`;
    return nothing;
  }

  private renderFooter(t: Messages): TemplateResult {
    // Removing the attribute makes the property null: treat it as no link.
    const url = (this.sourceUrl ?? '').trim();
    // http(s) or relative; not protocol-relative (//host), which points off the page's origin.
    const safeUrl = /^(https?:\/\/|\/(?!\/)|\.\.?\/)/i.test(url) ? url : '';
    if (url && !safeUrl && this.warnedUrl !== url) {
      this.warnedUrl = url;
      console.warn(`<${this.localName}>: source-url "${this.sourceUrl}" is not an http(s) or relative link; it is not used.`);
    }
    const source = this.source
      ? html`<p class="source">${t.source}${safeUrl ? html`<a href=${safeUrl} rel="noopener">${this.source}</a>` : this.source}</p>`
      : nothing;
    return html`<footer part="footer">
      ${this.notes ? html`<p class="notes">${t.notes}${this.notes}</p>` : nothing} ${source}
      ${this.credit ? html`<p class="credit">${this.credit}</p>` : nothing}
      ${this.dataTable && this.dataTable.cells.length > 0
        ? html`<div class="tools">
            <button type="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls="data-table" @click=${this.toggleTable}>
              ${this.showTable ? t.hideData : t.showData}
            </button>
            <button type="button" @click=${this.downloadCsv}>${t.downloadCsv}</button>
            ${renderExportMenu(this)}
          </div>`
        : nothing}
    </footer>`;
  }

  private readonly toggleTable = (): void => {
    this.showTable = !this.showTable;
  };

  private readonly downloadCsv = (): void => {
    const table = this.dataTable;
    if (!table) return;
    download(toCsv(table.columns.map((c) => c.name), table.raw), fileName(this.title_ || this.localName, 'csv'), 'text/csv;charset=utf-8');
  };
}
