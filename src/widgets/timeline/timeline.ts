import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { KeyboardNavController, nextIndex } from '../../core/a11y/keyboard.js';
import { renderTooltip } from '../../core/a11y/tooltip.js';
import type { DataTable } from '../../core/data/typed.js';
import { formatCalendarDate, parseCalendarDate, startTime, today, type CalendarDate } from '../../core/format/date.js';
import type { Locale } from '../../core/i18n/locale.js';
import { DjWidget } from '../../core/widget.js';
import { cellsAsWritten, readEvents, TIMELINE_COLUMNS, type ReadResult } from './timeline.data.js';
import { renderDetails, timelineWords } from './timeline.details.js';
import { eventDate, layoutTimeline, nearestEvent, type EventMark, type TimelineScene } from './timeline.layout.js';

export { nearestEvent } from './timeline.layout.js';
import { timelineStyles } from './timeline.styles.js';
import { timelineSvg, wholeTimeline } from './timeline.svg.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import type { SvgBody, SvgChild } from '../../core/static-svg/svg.js';
import { drawn } from '../../core/draw/live.js';
import { perScene } from '../../core/draw/memo.js';
import { livePen } from '../../core/draw/pen.js';
import { drawTimeline, type TimelineDrawing } from './timeline.draw.js';
import { centreOn, TimelineZoom, viewFor, type ZoomState } from './timeline.zoom.js';

const DAY = 864e5;

/**
 * A timeline of dated events and periods, in lanes if the data names them: horizontal with zoom
 * and pan when wide, a vertical list when narrow, an "as of" marker, dates shown at the precision
 * they were written (2021, 2021年1月, 2021-01-15), and each event's details a keypress away.
 *
 * @tagname dj-timeline
 * @summary Events and periods on a time axis, from a table, JSON, a CSV/JSON URL or `.data` (columns date, end, title, text, lane, image, link).
 *
 * @fires dj-select - An event was opened (Enter, Space or click); `detail`: `{ index, label, value: null, unit: '' }`, `index` into the input rows.
 * @csspart mark - Each event (a `<g>` with its marker and label).
 * @csspart details - The open event's details.
 * @csspart toolbar - The zoom buttons.
 * @cssprop --dj-accent - Markers and period bars.
 * @cssprop --dj-highlight - The as-of line.
 * @cssprop --dj-timeline-height - Height of a vertical timeline before it scrolls (default: none, the page scrolls).
 */
export class DjTimeline extends DjWidget<TimelineScene> {
  /** Row limit (one event per row); README "Row limits". */
  static override maxRows = 1000;
  static override styles = [...DjWidget.styles, timelineStyles];

  /** auto (vertical below 560 px of width, else horizontal), horizontal or vertical. */
  @property() orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';
  /** The "as of" date marked on the axis: a date (2021-01-15, 2021年1月) or "today". */
  @property({ attribute: 'as-of' }) asOf: string | null = null;
  /** The event that holds the tab stop first: first, last or nearest (to the as-of date). */
  @property({ attribute: 'start-at' }) startAt: 'first' | 'last' | 'nearest' = 'first';
  /** Rows of labels per lane in a horizontal timeline before the rest are counted in "+N" badges. */
  @property({ type: Number }) rows = 3;

  @state() private hovered = -1;
  /** Position (time order) of the event whose details are open; -1: none. */
  @state() private open = -1;
  @state() private zoomState: ZoomState = { k: 1, x: 0 };
  /** Vertical timelines zoom by stretching the list. */
  @state() private stretch = 1;

  private readonly nav = new KeyboardNavController(this, (i) => this.toggle(i));
  private readonly zoom = new TimelineZoom((t) => (this.zoomState = t));
  private read: { raw: unknown[][]; result: ReadResult } | undefined;
  private startedFor: unknown;
  private font = '14px sans-serif';

  /** The columns the timeline reads, by role, and the names each may go by. */
  static readonly columns = TIMELINE_COLUMNS;

  private get asOfDate(): CalendarDate | null {
    const v = this.asOf?.trim();
    if (!v) return null;
    return v.toLowerCase() === 'today' || v === '今天' ? today() : parseCalendarDate(v);
  }

  private get resolvedOrientation(): 'horizontal' | 'vertical' {
    if (this.orientation === 'horizontal' || this.orientation === 'vertical') return this.orientation;
    return this.chartWidth < 560 ? 'vertical' : 'horizontal';
  }

  protected override sceneInputs(): unknown[] {
    return [this.resolvedOrientation, this.asOf, this.rows, this.zoomState, this.stretch];
  }

  protected override buildScene(table: DataTable, width: number, locale: Locale): TimelineScene {
    // The typed table is rebuilt on every zoom step; the rows behind it are not.
    if (this.read?.raw !== table.raw) {
      const result = readEvents(table, this.label);
      for (const w of result.warnings) console.warn(`<dj-timeline>: ${w}`);
      this.read = { raw: table.raw, result };
    }
    cellsAsWritten(table);
    const { events, lanes } = this.read.result;
    const asOf = this.asOfDate;
    if (this.asOf && !asOf) {
      console.warn(`<dj-timeline>: as-of="${this.asOf}" is not a date; no marker is drawn.`);
    }
    this.font = this.layoutFont();
    const orientation = this.resolvedOrientation;
    const base = { locale, font: this.font, measure: this.layoutMeasure, orientation, asOf, lanes, maxRows: Math.max(1, Math.floor(this.rows) || 3) };
    const probe = layoutTimeline(events, { ...base, zoom: this.stretch }, width);
    const scene =
      orientation === 'horizontal'
        ? layoutTimeline(events, { ...base, view: viewFor(probe.domain, probe.plot.left, probe.plot.right, this.zoomState) }, width)
        : probe;
    this.nav.clamp(scene.events.length);
    if (this.startedFor !== this.read.result) {
      this.startedFor = this.read.result;
      const n = events.length;
      const at = this.startAt === 'last' ? n - 1 : this.startAt === 'nearest' && asOf ? nearestEvent(events, startTime(asOf)) : 0;
      this.nav.active = Math.max(0, at);
      this.open = -1;
    }
    return scene;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg.horizontal');
    const s = this.scene;
    if (svgEl && s && s.orientation === 'horizontal') {
      // The finest view is three days, so day-precision events can always be told apart.
      const maxK = Math.max(1, (s.domain[1] - s.domain[0]) / (3 * DAY));
      this.zoom.attach(svgEl, s.plot.left, s.plot.right, s.height, maxK);
    } else {
      this.zoom.detach();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.zoom.detach();
  }

  private get events(): EventMark[] {
    return this.scene?.events ?? [];
  }

  private toggle(pos: number): void {
    const m = this.events[pos];
    if (!m) return;
    this.open = this.open === pos ? -1 : pos;
    if (this.open === pos) this.dispatchEvent(new CustomEvent('dj-select', { detail: { index: m.index, label: m.title, value: null, unit: '' }, bubbles: true, composed: true }));
  }

  /** Zoom in (factor > 1) or out, around the active event when it is in view, else the centre. */
  zoomBy(factor: number): void {
    const s = this.scene;
    if (!s) return;
    if (s.orientation === 'vertical') {
      this.stretch = Math.min(16, Math.max(1, this.stretch * factor));
      return;
    }
    const m = this.events[this.nav.active];
    this.zoom.scaleBy(factor, m?.visible ? m.cx : undefined);
  }

  /** Back to the whole period. */
  resetZoom(): void {
    if (this.scene?.orientation === 'vertical') this.stretch = 1;
    else this.zoom.set({ k: 1, x: 0 });
  }

  private moveTo(pos: number): void {
    const s = this.scene;
    const m = this.events[pos];
    const row = this.read?.result.events[pos];
    if (s && m && row && s.orientation === 'horizontal' && !m.visible) {
      this.zoom.set(centreOn(s.domain, s.plot.left, s.plot.right, this.zoomState.k, (row.t0 + Math.min(row.t1, s.view[1])) / 2));
    }
    this.nav.focus(pos);
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    // The keyboard takes over from the pointer: the tooltip follows the focus again.
    this.hovered = -1;
    const count = this.events.length;
    if (e.key === '+' || e.key === '=') this.zoomBy(1.5);
    else if (e.key === '-' || e.key === '_') this.zoomBy(1 / 1.5);
    else if (e.key === '0') this.resetZoom();
    else if (e.key === 'Escape' && this.open >= 0) this.open = -1;
    else if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && this.scene?.orientation === 'horizontal') {
      const s = this.scene;
      this.zoom.translateBy(((e.key === 'ArrowLeft' ? 1 : -1) * (s.plot.right - s.plot.left) * 0.2) / this.zoomState.k);
    } else if (e.key === 'Enter' || e.key === ' ') {
      this.toggle(Math.max(0, this.nav.active));
    } else {
      const next = nextIndex(e.key, Math.max(0, this.nav.active), count);
      if (next === null) return;
      this.moveTo(next);
      if (this.open >= 0) this.open = next;
    }
    e.preventDefault();
  };

  /** The page's drawing of a scene (CSS colours it), made once per scene: focus, hover and the open event leave it alone. */
  private readonly drawingOf = perScene((scene: TimelineScene): TimelineDrawing => drawTimeline(scene, livePen(this.layoutMeasure, this.font)));

  /** The element's own layer around an event's drawing: button role, tab stop, hit area, focus ring. */
  private renderEvent(m: EventMark, nodes: SvgChild[]): TemplateResult {
    const focused = this.nav.focused && this.nav.active === m.pos;
    const cls = ['event', m.kind, m.placed ? '' : 'overflow', this.open === m.pos ? 'open' : '', this.nav.active === m.pos && this.open < 0 ? 'current' : ''].join(' ');
    const words = timelineWords(this.locale);
    return svg`<g class=${cls} part="mark" role="button" aria-label=${m.aria} aria-roledescription=${words.roledescription}
        aria-expanded=${this.open === m.pos ? 'true' : 'false'} tabindex=${this.nav.tabIndex(m.pos)} data-index=${m.pos}
        @focus=${() => this.nav.handleFocus(m.pos)} @blur=${this.nav.handleBlur}
        @pointerenter=${() => (this.hovered = m.pos)} @pointerleave=${() => (this.hovered = -1)}
        @click=${() => { this.nav.active = m.pos; this.toggle(m.pos); }}>
      <rect class="hit" x=${m.hit.x} y=${m.hit.y} width=${m.hit.width} height=${m.hit.height}></rect>${drawn(nodes)}${focused ? svg`<rect class="focus-ring" x=${m.hit.x - 2} y=${m.hit.y - 2} width=${m.hit.width + 4} height=${m.hit.height + 4} rx="4"></rect>` : nothing}
    </g>`;
  }

  protected override renderSvg(scene: TimelineScene, ctx: SvgContext): SvgBody {
    const read = this.read?.result;
    const options = { orientation: this.orientation, asOf: this.asOfDate, rows: this.rows, stretch: this.stretch, font: this.font };
    return timelineSvg(read ? wholeTimeline(scene, read, options, ctx) : scene, ctx);
  }

  protected override renderScene(s: TimelineScene): TemplateResult {
    const words = timelineWords(this.locale);
    // One tooltip, for what the reader is looking at: the datum under the pointer, else the focused one.
    const activePos = this.hovered >= 0 ? this.hovered : this.nav.focused ? this.nav.active : -1;
    const tipMark = s.events[activePos];
    const tip = tipMark?.visible && !tipMark.placed ? { title: tipMark.title, lines: [tipMark.dateText], x: tipMark.tipX, y: tipMark.tipY } : null;
    const label = [this.title_, this.t.chart].filter(Boolean).join(' — ');
    const horizontal = s.orientation === 'horizontal';
    const zoomed = horizontal ? this.zoomState.k > 1.001 : this.stretch > 1.001;
    const row = this.read?.result.events[this.open];
    const d = this.drawingOf(s);
    const chart = html`<svg class=${s.orientation} width=${s.width} height=${s.height} viewBox="0 0 ${s.width} ${s.height}" role="group"
        aria-label=${label} aria-describedby="summary hint" @keydown=${this.onKeydown}>
        ${drawn(d.back)}
        <g class="events">${repeat(
          d.events,
          // Keyed: the focused event keeps its node while others enter and leave the view.
          (e) => e.mark.pos,
          (e) => this.renderEvent(e.mark, e.nodes),
        )}</g>
        <g class="clusters" aria-hidden="true">${d.clusters.map(({ mark: c, nodes }) => svg`<g class="cluster" @click=${() => this.zoomTo(c.t0, c.t1)}>${drawn(nodes)}</g>`)}</g>
      </svg>`;
    return html`<div class="toolbar" part="toolbar">
        <button type="button" aria-label=${words.zoomOut} ?disabled=${!zoomed} @click=${() => this.zoomBy(1 / 1.5)}>−</button>
        <button type="button" aria-label=${words.zoomIn} @click=${() => this.zoomBy(1.5)}>+</button>
        <button type="button" ?disabled=${!zoomed} @click=${() => this.resetZoom()}>${words.reset}</button>
      </div>
      ${horizontal ? chart : html`<div class="scroller" style="max-height: var(--dj-timeline-height, none)">${chart}</div>`}
      <p id="hint" class="sr-only">${words.hint}</p>
      ${renderTooltip(tip, s.width)}
      ${renderDetails(row, row ? eventDate(row, this.locale) : '', words, () => { this.open = -1; })}`;
  }

  private zoomTo(t0: number, t1: number): void {
    const s = this.scene;
    if (!s) return;
    const k = Math.min(((s.domain[1] - s.domain[0]) / Math.max(3 * DAY, (t1 - t0) * 1.6)), 1e6);
    this.zoom.set(centreOn(s.domain, s.plot.left, s.plot.right, Math.max(this.zoomState.k * 1.5, k), (t0 + t1) / 2));
  }

  /** The as-of date as the reader's language writes it, or '' (for tests and embedders). */
  get asOfText(): string {
    const d = this.asOfDate;
    return d ? formatCalendarDate(d, this.locale) : '';
  }
}
