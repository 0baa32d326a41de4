/**
 * The base of every widget: the frame (title, subtitle, notes, source), the status (loading,
 * empty, error, ready), the reader's locale and theme, the size from the container, the data
 * from its four inputs, and the "data" toggle with CSV download. A widget adds a pure layout
 * and a render of its scene; nothing else.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderDataTable } from './a11y/data-table.js';
import { capSummary } from './a11y/summary-cap.js';
import { DataController } from './data/controller.js';
import { DataError, type DataInput } from './data/errors.js';
import { clampSize, MAX_WIDTH, MIN_WIDTH, tooManyRows } from './data/limits.js';
import { download, fileName, toCsv } from './data/export.js';
import { safeUrl as checkUrl, urlWarning } from './url.js';
import { exportMenuStyles, renderExportMenu } from './export/menu.js';
import { typeTable, type DataTable } from './data/typed.js';
import { InViewController } from './controllers/in-view.js';
import { LocaleController } from './controllers/locale.js';
import { ReducedMotionController } from './controllers/reduced-motion.js';
import { WidthController } from './controllers/size.js';
import { normalizeLocale, type Locale } from './i18n/locale.js';
import { messages, type Messages } from './i18n/messages.js';
import { measuringLikeServer } from './measure.js';
import { svgContext, type SvgContext } from './static/context.js';
import { frameSvg } from './static/frame.js';
import { pageScheme } from './page-scheme.js';
import { paintFor, schemeOf, type Paint } from './static/paint.js';
import { serializeSvg, type SvgBody } from './static/svg.js';
import { withNumberStyle } from './format/number.js';
import { styleProps } from './style-props.js';
import { frameStyles, tokens } from './styles.js';
import { VERSION } from './version.js';
import { ON_SERVER, reportServerError } from './server.js';
import { staticRoot, stillParsing } from './hydration.js';

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
  /**
   * Exactly this many decimals (0–6) in every number the widget writes, trailing zeros kept
   * ("8" → "8.0%" with decimals="1"); unset: values as published ("33064.8亿元" keeps its one
   * decimal), computed figures (shares, changes) to at most 2.
   */
  @property({ type: Number }) decimals: number | null = null;
  /**
   * "compact" rescales large values for the reader (33064.8亿元 → 3.31万亿元, to 2 decimals or
   * `decimals`); by default ("standard") every value is written as published. Axes are compact either way.
   */
  @property({ reflect: true }) notation: 'standard' | 'compact' = 'standard';
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
   * Width: read from the host before the first render (so the first render is at the real
   * width, with no second update), then followed on an empty full-width sizer, not the host:
   * the host's height changes with every render, and observing it would loop
   * ("ResizeObserver loop completed …").
   */
  protected readonly resize = new WidthController(this);

  /**
   * Pre-rendered (dj-widgets/static): the element arrived with a declarative shadow root
   * holding its marks. They are shown already, so they neither wait for the viewport nor
   * play the entrance again.
   */
  protected prerendered = !ON_SERVER && (this.shadowRoot?.childNodes.length ?? 0) > 0;
  /** Lit's hydrate support takes the server's nodes over: the first render must be the server's, at its width. */
  protected hydrating = false;
  /**
   * No data yet where data is promised later (`.data` set by a script, `src` still loading):
   * the server draws a reserved, empty frame, and a hydrating element keeps drawing it until
   * the data comes — no "no data" message, no error, nothing to replace but the space.
   */
  private reserved = false;

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

  /**
   * The width the chart is laid out at; 0 while hidden (then no work is done). A `width` or
   * `ssr-width` that is not a number above zero is ignored; others are held to [120, 4096] px.
   */
  protected get chartWidth(): number {
    const fixed = clampSize(this.width, MIN_WIDTH, MAX_WIDTH);
    if (fixed !== null) return fixed;
    // Hydrating: the first render must be the server's, at the server's width.
    const server = clampSize(this.ssrWidth, MIN_WIDTH, MAX_WIDTH);
    if (this.hydrating && !this.hasUpdated && server !== null) return server;
    // A measured 0 means hidden: no layout, not the server's width.
    const measured = this.resize.value;
    if (typeof measured === 'number') return Number.isFinite(measured) ? Math.min(MAX_WIDTH, Math.max(0, Math.floor(measured))) : 0;
    return clampSize(this.ssrWidth, MIN_WIDTH, MAX_WIDTH) ?? 0;
  }

  /** The most rows this widget draws; more are refused with a message (README "Row limits"). */
  static maxRows = 1000;

  /** The row-limit error for `rows`, or null (core/data/limits.ts). */
  protected rowLimit(rows: number, input: DataInput): DataError | null {
    return tooManyRows(rows, (this.constructor as typeof DjWidget).maxRows, input);
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

  /** Runs `fn` (a layout) with the widget's number format: `decimals` and `notation`. */
  protected withNumberStyle<T>(fn: () => T): T {
    return withNumberStyle({ decimals: this.decimals, notation: this.notation }, fn);
  }

  /** The scene `toSvg` draws at `width`, from the data in force (a widget with other inputs overrides it). */
  protected staticScene(width: number): { scene: S; caption: string } {
    const state = this.dataInputs.state;
    if (state.status === 'error') throw state.error;
    if (state.status !== 'ready') throw new DataError('There is no data to draw yet.', { input: 'data' }, '还没有可绘制的数据。');
    const limit = this.rowLimit(state.table.rows.length, state.input);
    if (limit) throw limit;
    const table = typeTable(state.table, { decimal: this.decimalComma ? ',' : '.' });
    if (table.cells.length === 0) throw new DataError('The data has no rows to draw.', { input: 'data' }, '数据中没有可绘制的行。');
    return { scene: this.withNumberStyle(() => this.buildScene(table, width, this.locale)), caption: table.caption ?? '' };
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
      summary: this.summary ?? capSummary(scene.summary, this.locale),
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
    const { root, hydrate } = staticRoot(this, (this.constructor as typeof LitElement).elementStyles);
    this.hydrating = hydrate;
    return root ?? super.createRenderRoot();
  }

  override connectedCallback(): void {
    // A classic script in <head> defines the element before the parser has read its content:
    // attaching a shadow root now would make the parser refuse the server's declarative one
    // ("A second declarative shadow root cannot be created") and leave it inert. Wait for it.
    if (!ON_SERVER && stillParsing(this)) {
      document.addEventListener('DOMContentLoaded', this.whenParsed);
      return;
    }
    // Only now can a deferred element see the root the parser attached after it was created.
    if (!this.hasUpdated) this.prerendered = !ON_SERVER && (this.shadowRoot?.childNodes.length ?? 0) > 0;
    super.connectedCallback();
    this.followPage();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    if (!ON_SERVER) document.removeEventListener('DOMContentLoaded', this.whenParsed);
    super.disconnectedCallback();
  }

  private readonly whenParsed = (): void => {
    document.removeEventListener('DOMContentLoaded', this.whenParsed);
    if (this.isConnected) this.connectedCallback();
  };

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
      // Pre-rendered (hydrated or drawn afresh) with no data yet: the server promised it comes.
      this.reserved ||= ON_SERVER || (this.prerendered && !this.hasUpdated);
      this.status = state.status === 'none' ? 'empty' : 'loading';
      this.error = undefined;
      if (state.status === 'none') this.scene = undefined;
      return;
    }
    this.reserved = false;
    if (state.status === 'error') {
      this.fail(state.error);
      return;
    }
    // Refused before any typing or layout work; the last good chart stays.
    const limit = this.rowLimit(state.table.rows.length, state.input);
    if (limit) {
      this.fail(limit);
      return;
    }
    const width = this.chartWidth;
    const inputs = [state.table, width, this.locale, this.unit, this.label, this.value, this.decimalComma, this.decimals, this.notation, ...this.sceneInputs()];
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
        const likeServer = this.hydrating && !this.hasUpdated;
        const build = (): S => this.withNumberStyle(() => this.buildScene(table, width, this.locale));
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
      // Hydrated: now lay out again with the page's real text measurements and width. Asked
      // for after this update has finished (a microtask), not from inside it: one deliberate
      // second render, which Lit's dev mode would otherwise report as an accidental one.
      this.remeasure = false;
      queueMicrotask(() => {
        this.builtFrom = [];
        this.requestUpdate();
      });
    }
  }

  private fail(error: DataError): void {
    this.status = 'error';
    this.error = error;
    this.builtFrom = [];
    if (error.message !== this.loggedError) {
      this.loggedError = error.message;
      // On the server the renderer reports it (one line, with where the element is); in the
      // page the element itself goes with the message, for the developer tools to point at.
      if (ON_SERVER) reportServerError(this.localName, error.message);
      else console.error(`<${this.localName}>: ${error.message}`, this);
    }
  }

  protected get title_(): string {
    return this.heading || this.dataTable?.caption || '';
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const title = this.title_;
    // Generated summaries stay a few sentences whatever the data; the author's own is theirs.
    const summary = this.summary ?? capSummary(this.scene?.summary ?? '', this.locale);
    return html`<figure part="frame" aria-labelledby=${title ? 'title' : nothing} lang=${this.locale}>
      <div class="sizer" ${ON_SERVER ? nothing : this.resize.target()}></div>
      ${title ? html`<p id="title" class="title" part="title">${title}</p>` : nothing}
      ${this.subtitle ? html`<p class="subtitle" part="subtitle">${this.subtitle}</p>` : nothing} ${this.renderStatus(t)}
      ${this.scene ? this.renderChart(this.scene) : this.reserved ? html`<div class="chart reserved" part="chart"></div>` : nothing}
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
    // near.check(): a widget already within reach draws now, not a frame later (issue #16).
    if (!still && !this.eager && !this.near.check()) {
      const height = (scene as WidgetScene & { height?: number }).height;
      return html`<div class="chart placeholder" part="chart" ${styleProps({ 'min-height': `${Math.round(height ?? 240)}px` })}></div>`;
    }
    const moving = !still && !this.noMotion && this.motion.allowed;
    const cls = moving ? (this.entered.seen ? 'chart motion-run' : 'chart motion-pending') : 'chart';
    return html`<div class=${cls} part="chart">${this.renderScene(scene)}</div>`;
  }

  private renderStatus(t: Messages): TemplateResult | typeof nothing {
    if (this.reserved && (this.status === 'loading' || this.status === 'empty')) return nothing;
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
    // The one URL policy (core/url.ts): http(s), or relative and staying on this page's origin.
    const safeUrl = url ? (checkUrl(url) ?? '') : '';
    if (url && !safeUrl && this.warnedUrl !== url) {
      this.warnedUrl = url;
      console.warn(urlWarning(`<${this.localName}>`, 'source-url', this.sourceUrl));
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
