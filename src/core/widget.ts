/**
 * The base of every chart, thin over its parts (core/base/): the frame and its attributes
 * (framed.ts, inputs.ts, frame-template.ts), the data from its four inputs (data/controller.ts),
 * the memoised scene and status (scene-state.ts), the width (width.ts), the page's scheme
 * (scheme-sheet.ts), the data tools and the export seam (data-tools.ts, export-seam.ts). A
 * widget adds a pure layout and a render of its scene; nothing else.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { capSummary } from './a11y/summary-cap.js';
import { chartBox, statusLine } from './base/chart-body.js';
import { DataTools } from './base/data-tools.js';
import { drawSvg, exportMenuStyles } from './base/export-seam.js';
import { footerTemplate, frameTemplate } from './base/frame-template.js';
import { DjWidgetInputs } from './base/inputs.js';
import { readyTable, SceneState } from './base/scene-state.js';
import { SchemeSheet } from './base/scheme-sheet.js';
import { chartWidthOf } from './base/width.js';
import { InViewController } from './controllers/in-view.js';
import { ReducedMotionController } from './controllers/reduced-motion.js';
import { WidthController } from './controllers/size.js';
import { DataController } from './data/controller.js';
import { DataError, type DataInput } from './data/errors.js';
import { tooManyRows } from './data/limits.js';
import type { DataTable } from './data/typed.js';
import { withNumberStyle } from './format/number.js';
import type { Locale } from './i18n/locale.js';
import { LayoutText, type Measure } from './measure.js';
import type { ToSvgOptions, WidgetScene, WidgetStatus } from './scene.js';
import { ON_SERVER } from './server.js';
import type { SvgContext } from './static-svg/context.js';
import type { SvgBody } from './static-svg/svg.js';
import { frameStyles, tokens } from './styles.js';

export type { ToSvgOptions, WidgetScene, WidgetStatus } from './scene.js';

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
export abstract class DjWidget<S extends WidgetScene> extends DjWidgetInputs {
  static override styles = [tokens, frameStyles, exportMenuStyles];

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
  /**
   * Width: read from the host before the first render (so the first render is at the real
   * width, with no second update), then followed on an empty full-width sizer, not the host:
   * the host's height changes with every render, and observing it would loop.
   */
  protected readonly resize = new WidthController(this);
  private readonly scenes = new SceneState<S>();
  private readonly tools = new DataTools(this);
  private readonly scheme = new SchemeSheet();

  /** The last scene drawn; kept on screen when newer input fails. */
  protected get scene(): S | undefined { return this.scenes.scene; }
  protected set scene(v: S | undefined) { this.scenes.scene = v; }
  protected get dataTable(): DataTable | undefined { return this.scenes.dataTable; }
  protected set dataTable(v: DataTable | undefined) { this.scenes.dataTable = v; }
  protected get status(): WidgetStatus { return this.scenes.status; }
  protected set status(v: WidgetStatus) { this.scenes.status = v; }
  protected get error(): DataError | undefined { return this.scenes.error; }
  protected set error(v: DataError | undefined) { this.scenes.error = v; }

  private readonly layoutText = new LayoutText();
  /** The text measurement a layout is given: the page's canvas, or the server's estimate while hydrating. */
  protected get layoutMeasure(): Measure {
    return this.layoutText.measure;
  }
  /** The font a layout measures with: the widget's computed one, or the server's while hydrating. */
  protected layoutFont(): string {
    return this.layoutText.font(this);
  }

  /** The width the chart is laid out at; 0 while hidden (then no work is done). */
  protected get chartWidth(): number {
    return chartWidthOf({ width: this.width, ssrWidth: this.ssrWidth, firstHydration: this.hydrating && !this.hasUpdated, measured: this.resize.value });
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
    const table = readyTable(this.dataInputs.state, (rows, input) => this.rowLimit(rows, input), this.decimalComma);
    return { scene: this.withNumberStyle(() => this.buildScene(table, width, this.locale)), caption: table.caption ?? '' };
  }

  /**
   * The widget as one self-contained SVG document (title, notes and source drawn as text):
   * the static channel for WeChat, RSS and email, and the source of the PNG export. Throws
   * the DataError the widget shows when its data is missing or bad.
   */
  toSvg(options: ToSvgOptions = {}): string {
    const { heading, subtitle, notes, source, credit, summary } = this;
    return drawSvg<S>(
      {
        element: this, locale: this.locale, theme: this.theme, chartWidth: this.chartWidth,
        scene: (w) => this.staticScene(w),
        draw: (scene, ctx) => this.renderSvg(scene, ctx),
        frame: { title: heading, subtitle, notes, source, credit, summary },
      },
      options,
    );
  }

  /** What changes the scene, beyond data, width and locale: the subclass's own options. */
  protected sceneInputs(): unknown[] {
    return [];
  }

  /** A failure the widget found itself: shown in place of (or over) the last chart, and reported once. */
  protected fail(error: DataError): void {
    this.scenes.fail(error, (e) => this.report(e));
  }

  /**
   * No rendering while detached: an update queued just before removal would render into a
   * detached tree, and directives there (the sizer's ResizeObserver target) would observe
   * again. Connecting asks for the update that was skipped.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.isConnected && super.shouldUpdate(changed);
  }

  protected override connected(): void {
    // Followed in the update, where the page's scheme is read with the other widgets' first reads.
    this.schemeStale = true;
    this.requestUpdate();
  }

  private schemeStale = true;

  private heldForHydration = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if ((this.schemeStale || changed.has('theme')) && this.isConnected) {
      this.schemeStale = false;
      this.scheme.follow(this, this.theme);
    }
    const width = this.chartWidth;
    // The server drew a reserved, empty frame (data promised later) but the data was set before
    // this element was defined (a page script ahead of a lazily loaded chunk): hydration must
    // first take over the server's frame as it is, then draw the data in the next update —
    // rendering the chart straight away would leave the server's frame beside a second one.
    this.heldForHydration = this.hydrating && !this.hasUpdated && !!this.shadowRoot?.querySelector('.chart.reserved');
    this.scenes.refresh({
      data: this.heldForHydration ? { status: 'loading' } : this.dataInputs.state,
      width,
      inputs: [(this.dataInputs.state as { table?: unknown }).table, width, this.locale, this.unit, this.label, this.value, this.decimalComma, this.decimals, this.notation, ...this.sceneInputs()],
      decimalComma: this.decimalComma,
      rowLimit: (rows, input) => this.rowLimit(rows, input),
      build: (table, w) => this.withNumberStyle(() => this.buildScene(table, w, this.locale)),
      reserve: ON_SERVER || (this.prerendered && !this.hasUpdated),
      likeServer: this.hydrating && !this.hasUpdated,
      measuringLikeServer: (fn) => this.layoutText.asServer(fn),
      report: (e) => this.report(e),
      reportCleared: () => this.reportCleared(),
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.heldForHydration) {
      this.heldForHydration = false;
      queueMicrotask(() => this.requestUpdate());
    }
    this.scenes.afterUpdate(() => this.requestUpdate());
  }

  protected get title_(): string {
    return this.heading || this.dataTable?.caption || '';
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const { locale, scene, dataTable: table } = this;
    const title = this.title_;
    // Generated summaries stay a few sentences whatever the data; the author's own is theirs.
    const summary = this.summary ?? capSummary(scene?.summary ?? '', locale);
    const still = ON_SERVER || this.prerendered;
    const reserved = this.scenes.reserved;
    return frameTemplate({
      locale, title, subtitle: this.subtitle,
      sizer: html`<div class="sizer" ${ON_SERVER ? nothing : this.resize.target()}></div>`,
      status: statusLine({ status: this.status, error: this.error, hasScene: !!scene, reserved, retry: this.src ? () => this.dataInputs.retry() : undefined }, t, locale),
      body: chartBox(scene, { still, near: still || this.eager || this.near.check() /* a widget already within reach draws now, not a frame later (issue #16) */, moving: !this.noMotion && this.motion.allowed, entered: this.entered.seen, reserved }, (sc) => this.renderScene(sc)),
      summary: html`<p id="summary" class="sr-only">${summary}</p>`,
      footer: footerTemplate(this, t, { notes: this.notes, source: this.source, sourceUrl: this.sourceUrl, credit: this.credit, tools: this.tools.buttons(table, t, title || this.localName) }),
      table: this.tools.table(table, { caption: title || t.dataTable, summary, unit: this.unit ?? '', locale }),
    });
  }
}
