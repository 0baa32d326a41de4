import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KeyboardNavController } from '../../core/a11y/keyboard.js';
import { renderTooltip } from '../../core/a11y/tooltip.js';
import { chooseColumn, type DataTable } from '../../core/data/typed.js';
import { requireOneUnit } from '../../core/data/worded.js';
import { selectEvent, type DjSelectDetail } from '../../core/events.js';
import type { Locale } from '../../core/i18n/locale.js';
import { colorClass, paletteStyles } from '../../core/palette.js';
import { DjWidget } from '../../core/widget.js';
import { barData, seriesTable, sortSeries, valueColumns } from './bar-chart.data.js';
import { layoutBars, type BarOptions, type BarScene } from './bar-chart.layout.js';
import { barOptions, listConverter, MAX_BARS } from './bar-chart.options.js';
import { layoutSeries, type SeriesMode } from './bar-chart.series.js';
import { barStyles } from './bar-chart.styles.js';
import { readUnit } from '../../core/format/header-unit.js';
import { barRows, noted, seriesRows, totalsNote, totalsNoteByName, totalsNoteStyles } from './bar-chart.totals.js';
import { unranked } from './bar-chart.summary.js';
import { barChartSvg } from './bar-chart.svg.js';
import { drawBars, type BarDrawing } from './bar-chart.draw.js';
import { barAtPoint, barLayer, frameNodes, type BarLayer } from './bar-chart.layer.js';
import { drawn } from '../../core/draw/live.js';
import { perScene } from '../../core/draw/memo.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import type { SvgBody, SvgNode } from '../../core/static-svg/svg.js';

export { MAX_BARS } from './bar-chart.options.js';

/**
 * A bar chart: one bar per row, horizontal or vertical, with value labels, a locale-aware value
 * axis (单位：亿元), keyboard navigation, tooltips, a generated summary and the data as a table.
 *
 * @tagname dj-bar-chart
 * @summary Bars for comparing a handful of figures, from a table, JSON, a CSV/JSON URL or `.data`.
 *
 * @fires dj-select - A bar was chosen (Enter, Space or click); `detail`: `{ index, label, value, unit }`.
 * @csspart mark - Each bar (a `<g>` holding the rect and its labels).
 * @csspart note - The line under the plot naming total rows left out of the bars (合计 …（未绘入图中）).
 * @cssprop --dj-accent - Bar colour.
 * @cssprop --dj-highlight - Colour of the bars named in `highlight`.
 * @cssprop --dj-negative - Colour of negative bars (default: the accent).
 * @cssprop --dj-on-mark - Text drawn on a bar.
 * @cssprop --dj-palette-0 - Colour of the first series; --dj-palette-1 … --dj-palette-6 the next ones.
 */
export class DjBarChart extends DjWidget<BarScene> {
  /** Row limit (one bar per row: past 1,000 no label can be read); README "Row limits". */
  static override maxRows = MAX_BARS;
  static override styles = [...DjWidget.styles, paletteStyles, barStyles, totalsNoteStyles];

  /** horizontal (default; bars grow to the right) or vertical (columns). */
  @property({ reflect: true }) orientation: 'horizontal' | 'vertical' = 'horizontal';
  /** none (data order), ascending or descending; missing values always last. */
  @property() sort: 'none' | 'ascending' | 'descending' = 'none';
  /** Labels of bars to highlight, separated by commas. */
  @property({ converter: listConverter }) highlight: string[] = [];
  /** Hide the value labels next to the bars. */
  @property({ attribute: 'no-values', type: Boolean }) noValues = false;
  /** Height in px of a vertical chart (default: from the width). */
  @property({ type: Number }) height: number | null = null;
  /** Columns to draw as series, comma-separated; default: every numeric column (one → plain bars). */
  @property({ converter: listConverter }) series: string[] = [];
  /** With several series: grouped (default), stacked, percent (stacked to 100 %) or diverging. */
  @property({ reflect: true }) mode: SeriesMode = 'grouped';
  /** Diverging: the series drawn left of (below) zero; default: the first half. */
  @property({ converter: listConverter }) left: string[] = [];
  /** Draw total rows (合计, 全省, 平均, Total) as bars; by default they are left out, noted under the chart and kept in the data table. */
  @property({ attribute: 'keep-totals', type: Boolean }) keepTotals = false;

  /** Series switched off in the legend. */
  @state() private hiddenSeries: string[] = [];
  /** Names of the series drawn (empty for a single series). */
  private seriesNames: string[] = [];
  /** Input row of each drawn row: total rows are not drawn, so a bar's index is not its row's. */
  private itemRows: number[] = [];

  /** Bar under the pointer or finger. */
  @state() private hovered = -1;

  private readonly nav = new KeyboardNavController(this, (i) => this.select(i));
  private font = '14px sans-serif';

  protected override sceneInputs(): unknown[] {
    return [
      this.orientation,
      this.sort,
      this.highlight.join('\u0000'),
      this.noValues,
      this.height,
      this.series.join('\u0000'),
      this.mode,
      this.left.join('\u0000'),
      this.hiddenSeries.join('\u0000'),
      this.keepTotals,
    ];
  }

  protected override buildScene(table: DataTable, width: number, locale: Locale): BarScene {
    this.font = this.layoutFont();
    const columns = valueColumns(table, { series: this.series, value: this.value, label: this.label, unit: this.unit });
    const first = columns[0] ?? chooseColumn(table, 'number', this.value);
    const li = chooseColumn(table, 'text', this.label, first);
    // "5.2%" beside "回落0.8个百分点" in one column: no one axis shows both truly (core/data/worded.ts).
    requireOneUnit(table, columns.length > 0 ? columns : [first]);
    let scene: BarScene;
    if (columns.length > 1) {
      // Total rows and columns, by name or by their figures (bar-chart.totals.ts seriesRows).
      const rows = seriesRows(table, li, columns, this.keepTotals, this.series.length > 0);
      this.itemRows = rows.itemRows;
      this.seriesNames = rows.columns.map((c) => table.columns[c]?.name ?? '');
      const options = { ...this.barOptions(locale), mode: this.mode, hidden: this.hiddenSeries, ...(this.left.length ? { left: this.left } : {}) };
      // The series layout draws categories in the order given: sorted here, for every mode.
      scene = layoutSeries(sortSeries(seriesTable(rows.items, li, rows.columns, this.unit, readUnit), this.sort, this.mode, this.hiddenSeries), options, width);
      scene = noted(scene, totalsNoteByName(rows.left, locale), locale);
    } else {
      const rows = barRows(table, li, this.keepTotals);
      this.itemRows = rows.itemRows;
      this.seriesNames = [];
      const data = barData(rows.items, first, li, this.unit, readUnit);
      scene = unranked(layoutBars(data, this.barOptions(locale), width), data, locale);
      scene = noted(scene, totalsNote(barData(rows.totals, first, li, this.unit, readUnit), locale, this.numberStyle), locale);
    }
    this.nav.clamp(scene.marks.length);
    return scene;
  }

  /** The one mapping of the element's options to the layout's (bar-chart.options.ts), shared with the first paint. */
  private barOptions(locale: Locale): BarOptions {
    return barOptions(this, { locale, font: this.font, measure: this.layoutMeasure, missingText: this.t.missing, numberStyle: this.numberStyle });
  }

  private toggleSeries(name: string): void {
    const hidden = new Set(this.hiddenSeries);
    if (hidden.has(name)) hidden.delete(name);
    // The last visible series stays: an empty chart answers no question.
    else if (this.seriesNames.length - hidden.size > 1) hidden.add(name);
    this.hiddenSeries = this.seriesNames.filter((n) => hidden.has(n));
  }

  private renderLegend(): TemplateResult | typeof nothing {
    if (this.seriesNames.length < 2) return nothing;
    const hidden = new Set(this.hiddenSeries);
    return html`<ul class="legend" part="legend" aria-label=${this.locale === 'zh-CN' ? '图例（点击筛选系列）' : 'Legend (select to filter series)'}>
      ${this.seriesNames.map(
        (name, i) => html`<li>
          <button type="button" class=${colorClass(i)} aria-pressed=${hidden.has(name) ? 'false' : 'true'} @click=${() => this.toggleSeries(name)}>
            <span class="swatch" aria-hidden="true"></span>${this.scene?.legend?.[i] ?? name}
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private select(pos: number): void {
    const m = this.scene?.marks[pos];
    if (!m) return;
    const detail: DjSelectDetail = { index: this.itemRows[m.index] ?? m.index, label: m.label, value: m.value, unit: m.unit };
    if (m.seriesName !== undefined) detail.series = m.seriesName;
    this.dispatchEvent(selectEvent(detail));
  }

  /**
   * One listener of each kind on the <svg>, not five per bar: a 100-bar chart would otherwise
   * bind 500 closures on every render. The bar is found from the event's target.
   */
  private barAt(e: Event): number {
    const target = e.target as Element | null;
    const g = target?.closest('[data-index]');
    if (g) return Number(g.getAttribute('data-index'));
    return target instanceof SVGRectElement && target.classList.contains('hit') ? this.barUnder(target, e as MouseEvent) : -1;
  }

  /**
   * The bar under the pointer on the one touch target behind the bars (bar-chart.layer.ts
   * `hitArea`), from where the pointer is: a bar of zero or tiny length is as easy to hit as a long one.
   */
  private barUnder(hit: SVGRectElement, e: MouseEvent): number {
    const svg = hit.ownerSVGElement;
    const scene = this.scene;
    if (!svg || !scene) return -1;
    const box = svg.getBoundingClientRect();
    // The svg may be drawn scaled (a narrow print page, zoom): back to the drawing's coordinates.
    const kx = box.width > 0 ? scene.width / box.width : 1;
    const ky = box.height > 0 ? scene.height / box.height : 1;
    return barAtPoint(scene, (e.clientX - box.left) * kx, (e.clientY - box.top) * ky);
  }

  private readonly onFocusIn = (e: FocusEvent): void => {
    const pos = this.barAt(e);
    if (pos >= 0) this.nav.handleFocus(pos);
  };

  private readonly onPointerOver = (e: PointerEvent): void => {
    this.hovered = this.barAt(e);
  };

  /** Over the touch target between bars the pointer moves from row to row without a new target: follow it there. */
  private readonly onPointerMove = (e: PointerEvent): void => {
    if ((e.target as Element | null)?.classList.contains('hit')) this.hovered = this.barAt(e);
  };

  private readonly onPointerLeave = (): void => {
    this.hovered = -1;
  };

  private readonly onClick = (e: MouseEvent): void => {
    const pos = this.barAt(e);
    if (pos < 0) return;
    this.nav.active = pos;
    this.hovered = pos;
    this.select(pos);
  };

  private readonly onKeydown = (e: KeyboardEvent): void => {
    // The keyboard takes over from the pointer: the tooltip follows the focus again.
    this.hovered = -1;
    this.nav.handleKeydown(e, this.scene?.marks.length ?? 0);
  };

  /** The drawing of the scene on the page (CSS colours it), made once per scene: hover and focus leave it alone. */
  private readonly drawingOf = perScene((scene: BarScene): { d: BarDrawing; frame: SvgNode[] } => {
    const d = drawBars(scene, { paint: null, measure: this.layoutMeasure, font: this.font }, !this.noValues);
    return { d, frame: frameNodes(scene, d) };
  });

  /** The bars' own layer (bar-chart.layer.ts), kept between renders: only bars whose state changed get new nodes. */
  private layer: BarLayer | null = null;

  protected override renderSvg(scene: BarScene, ctx: SvgContext): SvgBody {
    return barChartSvg(scene, ctx, { series: this.seriesNames, hidden: this.hiddenSeries, values: !this.noValues });
  }

  private barNodes(scene: BarScene, d: BarDrawing, activePos: number): SvgNode[] {
    const ring = this.nav.focused ? this.nav.active : -1;
    this.layer = barLayer(scene, d, (pos) => ({ active: pos === activePos, tabIndex: this.nav.tabIndex(pos), ring: pos === ring }), this.locale, this.layer);
    return this.layer.nodes;
  }

  protected override renderScene(scene: BarScene): TemplateResult {
    // One tooltip, for what the reader is looking at: the bar under the pointer, else the focused one.
    const activePos = this.hovered >= 0 ? this.hovered : this.nav.focused ? this.nav.active : -1;
    const active = scene.marks[activePos];
    const { d, frame } = this.drawingOf(scene);
    const label = [this.title_, this.t.chart].filter(Boolean).join(' — ');
    // Focus listeners sit on a div, not the <svg>: Chromium makes an SVG element with a focus
    // listener focusable, which put a second tab stop (the whole chart) before the bars.
    return html`${this.renderLegend()}<div class="plot" @focusin=${this.onFocusIn} @focusout=${this.nav.handleBlur}><svg width=${scene.width} height=${scene.height} viewBox="0 0 ${scene.width} ${scene.height}" role="group"
        aria-label=${label} aria-describedby="summary hint" @keydown=${this.onKeydown}
        @pointerover=${this.onPointerOver} @pointermove=${this.onPointerMove} @pointerleave=${this.onPointerLeave} @click=${this.onClick}>
        ${drawn(frame)}
        <g class=${scene.labelsAbove ? 'bars labels-above' : 'bars'}>${drawn(this.barNodes(scene, d, activePos))}</g>
      </svg></div>
      ${scene.note ? html`<p class="totals-note" part="note">${scene.note}</p>` : nothing}
      <p id="hint" class="sr-only">${this.t.keyboardHint}</p>
      ${renderTooltip(active ? { title: active.label, lines: active.tipLines ?? [active.valueText], x: active.tipX, y: active.tipY } : null, scene.width)}`;
  }
}
