/**
 * The base of every chart, thin over its parts (core/base/): the frame and its attributes
 * (framed.ts, inputs.ts, frame-template.ts), the state kept between updates — data, scene and
 * status, width, viewport, measurement (chart-state.ts) — the page's scheme (scheme-sheet.ts), the
 * footer's data tools (data-tools.ts) and the static drawing (static-svg.ts). A widget adds a
 * pure layout and a render of its scene; nothing else.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { capSummary } from './a11y/summary-cap.js';
import { DjChartState } from './base/chart-state.js';
import { chartBox, statusLine } from './base/chart-body.js';
import { DataTools } from './base/data-tools.js';
import { footerTemplate, frameTemplate } from './base/frame-template.js';
import { readyTable } from './base/scene-state.js';
import { drawSvg } from './base/static-svg.js';
import { DataError } from './data/errors.js';
import type { DataTable } from './data/typed.js';
import { exportButtonStyles } from './export/button.js';
import type { Locale } from './i18n/locale.js';
import type { ToSvgOptions, WidgetScene } from './scene.js';
import { ON_SERVER } from './server.js';
import type { SvgContext } from './static-svg/context.js';
import type { SvgBody } from './static-svg/svg.js';
import { frameStyles, tokens } from './styles.js';
import { warmMeasure } from './measure.js';

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
export abstract class DjWidget<S extends WidgetScene> extends DjChartState<S> {
  static {
    // The first chart's text measure, paid while the page is idle (measure.ts).
    if (!ON_SERVER) warmMeasure();
  }
  static override styles = [tokens, frameStyles, exportButtonStyles];
  /** The server's empty chart box for data promised later, taken over as is when the data came first (base/framed.ts). */
  protected static override reservedSelector = '.chart.reserved';

  private readonly tools = new DataTools(this);

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
    const table = readyTable(this.dataInputs.state, (rows, input) => this.rowLimit(rows, input), this.decimalComma);
    return { scene: this.buildScene(table, width, this.locale), caption: table.caption ?? '' };
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

  /** Drawn now, not as a placeholder: still, `eager`, or within reach of the viewport (looked at in willUpdate). */
  private nearNow: boolean | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    // Within reach? Looked at before the update writes anything (the page-scheme sheet, reflected
    // attributes): its one layout read is then the one the first reads below find clean. Looked at
    // in render, it forced the host's style to be computed a second time (issue #16).
    this.nearNow = this.drawsNow();
    super.willUpdate(changed);
    const width = this.chartWidth;
    this.scenes.refresh({
      // Held for hydration (base/framed.ts): the server's empty frame first, the data next update.
      data: this.heldForHydration ? { status: 'loading' } : this.dataInputs.state,
      width,
      inputs: [(this.dataInputs.state as { table?: unknown }).table, width, this.locale, this.unit, this.label, this.value, this.decimalComma, this.decimals, this.notation, ...this.sceneInputs()],
      decimalComma: this.decimalComma,
      rowLimit: (rows, input) => this.rowLimit(rows, input),
      build: (table, w) => this.buildScene(table, w, this.locale),
      reserve: ON_SERVER || (this.prerendered && !this.hasUpdated),
      likeServer: this.hydrating && !this.hasUpdated,
      measuringLikeServer: (fn) => this.layoutText.asServer(fn),
      report: (e) => this.report(e),
      reportCleared: () => this.reportCleared(),
    });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.scenes.afterUpdate(() => this.requestUpdate());
  }

  /** Still (server, pre-rendered), `eager`, or within reach: a widget already in view draws now, not a frame later (issue #16). */
  private drawsNow(): boolean {
    return ON_SERVER || this.prerendered || this.eager || this.near.check();
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
    // A subclass whose willUpdate skips this one's (an attribute-only big number) looks here.
    const near = this.nearNow ?? this.drawsNow();
    this.nearNow = undefined;
    return frameTemplate({
      locale, title, subtitle: this.subtitle,
      sizer: html`<div class="sizer" ${ON_SERVER ? nothing : this.resize.target()}></div>`,
      status: statusLine({ status: this.status, error: this.error, hasScene: !!scene, reserved, retry: () => this.dataInputs.retry() }, t, locale),
      body: chartBox(scene, { still, near, moving: !this.noMotion && this.motion.allowed, entered: this.entered.seen, reserved }, (sc) => this.renderScene(sc)),
      summary: html`<p id="summary" class="sr-only">${summary}</p>`,
      footer: footerTemplate(this, t, { notes: this.notes, source: this.source, sourceUrl: this.sourceUrl, credit: this.credit, tools: this.tools.buttons(table, t, title || this.localName) }),
      table: this.tools.table(table, { caption: title || t.dataTable, summary, unit: this.unit ?? '', locale }),
    });
  }
}
