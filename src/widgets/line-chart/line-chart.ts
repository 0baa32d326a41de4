import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { clampSize, MAX_WIDTH } from '../../core/data/limits.js';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { renderTooltip } from '../../core/a11y/tooltip.js';
import { DataError } from '../../core/data/errors.js';
import type { DataTable } from '../../core/data/typed.js';
import { selectEvent } from '../../core/events.js';
import type { Locale } from '../../core/i18n/locale.js';
import { yearInText } from '../../core/format/period-series.js';
import { paletteStyles } from '../../core/palette.js';
import { DjWidget } from '../../core/widget.js';
import { resolveAnnotations, type Annotation } from './annotations.js';
import { readAnnotationScript } from './annotation-script.js';
import { Crosshair, type Cursor } from './crosshair.js';
import { layoutLine, mapValue, type LineScene } from './line-chart.layout.js';
import { lineStyles } from './line-chart.styles.js';
import { isLineColumns, seriesFromColumns, seriesFromTable, type LineData } from './series.js';
import { drawLineChart } from './line-chart.draw.js';
import { drawn } from '../../core/draw/live.js';
import { perScene } from '../../core/draw/memo.js';
import { livePen } from '../../core/draw/pen.js';
import { lineChartSvg } from './line-chart.svg.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import type { SvgBody, SvgNode } from '../../core/static-svg/svg.js';

/**
 * A line (or area) chart of one or many series over calendar dates or a numeric x: a locale-aware
 * value axis (单位：亿元), labels at the line ends or a legend, annotations that avoid the data,
 * a crosshair tooltip for mouse, touch and keyboard, and a generated summary. Large series (a
 * million points) are reduced per pixel column before drawing, with no change to the pixels.
 *
 * Data: a wide table (x column + one column per series) or a long table (x, series, value);
 * or, for large data, `.data = { x: [...], series: { name: [...] } }` (typed arrays welcome).
 *
 * @tagname dj-line-chart
 * @summary Lines over time or a numeric x, with annotations, from a table, JSON, a URL or `.data`.
 *
 * @fires dj-select - A point was chosen (Enter, Space or click); `detail`: `{ index, label, value, unit }` (index within its series).
 * @csspart line - Each line path.
 * @csspart area - Each area under a line (with `area`).
 * @csspart annotation - Each note and each shaded range.
 * @csspart legend - The legend (when labels do not fit at the line ends).
 * @cssprop --dj-palette-0 - Colour of the first line; --dj-palette-1 … --dj-palette-6 the next ones.
 */
export class DjLineChart extends DjWidget<LineScene> {
  /** Row limit (rows are points; columnar data (`{x, series}`) skips the table and has no limit); README "Row limits". */
  static override maxRows = 20000;

  /** `height` as a layout can use it: ignored unless a number above zero, else held to 80–4,096 px (height="1e9" would lay out a billion-pixel axis). */
  private get fixedHeight(): number | null {
    return clampSize(this.height, 80, MAX_WIDTH);
  }
  static override styles = [...DjWidget.styles, paletteStyles, lineStyles];

  /** The x column (header text or 1-based number); default: the first column. */
  @property() x: string | null = null;
  /** The column naming the series in a long table (x, series, value); default: detected. */
  @property() series: string | null = null;
  /** auto (dates when every x reads as one: 2021, 2021-01, 2021年1月, 2021-01-15), time, or number. */
  @property({ attribute: 'x-type' }) xType: 'auto' | 'time' | 'number' = 'auto';
  /** Fill the area between each line and zero. */
  @property({ type: Boolean, reflect: true }) area = false;
  /** auto: name the lines at their ends where the names fit, else a legend; legend: always a legend. */
  @property() labels: 'auto' | 'legend' = 'auto';
  /** Height in px (default: from the width). */
  @property({ type: Number }) height: number | null = null;
  /** Notes and shaded ranges: `[{ x, text, series?, y? } | { from, to, text }]`; wins over a `<script type="application/json" data-annotations>` child. */
  @property({ attribute: false }) annotations: Annotation[] | null = null;

  @state() private hover: Cursor | null = null;

  private lineData: LineData | undefined;
  private font = '14px sans-serif';
  private readonly crosshair = new Crosshair(this, (c) => this.select(c));
  private columnarFrom: unknown[] = [];

  protected override sceneInputs(): unknown[] {
    return [this.x, this.series, this.xType, this.area, this.labels, this.height, this.annotations, readAnnotationScript(this).text, this.pixelDensity];
  }

  /** Columns of numbers skip the table: no per-cell parsing for a million points. */
  protected override willUpdate(changed: PropertyValues): void {
    if (!isLineColumns(this.data)) {
      super.willUpdate(changed);
      return;
    }
    const width = this.chartWidth;
    const inputs = [this.data, width, this.locale, this.decimals, this.notation, ...this.sceneInputs()];
    if (width <= 0 || (inputs.length === this.columnarFrom.length && inputs.every((v, i) => v === this.columnarFrom[i]))) return;
    try {
      this.scene = this.layout(seriesFromColumns(this.data), width, this.locale);
      this.dataTable = undefined;
      this.status = 'ready';
      this.error = undefined;
      this.reportCleared();
      this.columnarFrom = inputs;
    } catch (e) {
      this.columnarFrom = [];
      // The base's one error report: shown, and logged once per message.
      this.fail(e instanceof DataError ? e : new DataError(String(e), { input: 'data' }));
    }
  }

  protected override buildScene(table: DataTable, width: number, locale: Locale): LineScene {
    // A column of 一季度, 二季度 … takes its year from the title ("2021年国内生产总值").
    const year = yearInText(this.heading || table.caption);
    const data = seriesFromTable(table, { x: this.x, series: this.series, value: this.value, unit: this.unit, xType: this.xType, year });
    return this.layout(data, width, locale);
  }

  /** `.data = { x, series }` (columns) bypasses the table path; the static drawing takes it too. */
  protected override staticScene(width: number): { scene: LineScene; caption: string } {
    // One device pixel per px, whatever this screen's: a static image goes to channels that count
    // characters (WeChat: 20,000 for a whole article), and a dense line already takes ~60,000 at 640 px.
    this.density = 1;
    try {
      return isLineColumns(this.data) ? { scene: this.layout(seriesFromColumns(this.data), width, this.locale), caption: '' } : super.staticScene(width);
    } finally {
      this.density = null;
    }
  }

  /** Device pixels per CSS pixel the line is reduced for: the screen's, or the static image's. */
  private density: number | null = null;
  private get pixelDensity(): number {
    return this.density ?? (typeof devicePixelRatio === 'number' ? devicePixelRatio : 1);
  }

  private layout(data: LineData, width: number, locale: Locale): LineScene {
    const script = readAnnotationScript(this);
    const annotations = resolveAnnotations(this.annotations ?? script.parse(), data);
    this.font = this.layoutFont();
    const scene = layoutLine(
      data,
      { locale, font: this.font, measure: this.layoutMeasure, area: this.area, annotations, labels: this.labels === 'legend' ? 'legend' : 'auto', numberStyle: this.numberStyle, density: this.pixelDensity, ...(this.fixedHeight ? { height: this.fixedHeight } : {}) },
      width,
    );
    this.lineData = data;
    this.crosshair.reset(data, this.numberStyle);
    // A static image's scene (toSvg) is not the one the keys move on.
    if (this.density === null) this.crosshair.scale = scene.x;
    return scene;
  }

  /** The point to show: the keyboard's while it has focus, else the pointer's. */
  private get active(): Cursor | null {
    return this.crosshair.focused ? this.crosshair.cursor : this.hover;
  }

  private readonly onPointer = (e: PointerEvent): void => {
    const scene = this.scene;
    const data = this.lineData;
    const svgEl = e.currentTarget instanceof SVGElement ? e.currentTarget.ownerSVGElement : null;
    if (!scene || !data || !svgEl) return;
    const box = svgEl.getBoundingClientRect();
    const px = ((e.clientX - box.left) * scene.width) / (box.width || 1);
    const py = ((e.clientY - box.top) * scene.height) / (box.height || 1);
    this.hover = this.crosshair.nearest(scene, px, py);
  };

  private readonly onPointerLeave = (e: PointerEvent): void => {
    // A finger lifting is not "leaving": the reader is still reading the tooltip it asked for.
    if (e.pointerType !== 'touch') this.hover = null;
  };

  /** A click or a tap chooses the point under it (the keyboard's way is Enter on the focused point). */
  private readonly onPointerUp = (e: PointerEvent): void => {
    this.onPointer(e);
    if (this.hover) this.select(this.hover);
  };

  /** Fires dj-select for a point. */
  select(c: Cursor): void {
    const s = this.lineData?.series[c.series];
    if (!s) return;
    const v = s.y[c.index] as number;
    this.dispatchEvent(selectEvent({ index: c.index, label: this.crosshair.pointLabel(c, this.scene?.series.map((m) => m.name)), value: Number.isNaN(v) ? null : v, unit: s.unit }));
  }

  /** The page's drawing of a scene (CSS colours it), made once per scene: the crosshair and focus leave it alone. */
  private readonly drawingOf = perScene((scene: LineScene): SvgNode[] => drawLineChart(scene, livePen(this.layoutMeasure, this.font), this.locale));

  protected override renderSvg(scene: LineScene, ctx: SvgContext): SvgBody {
    return lineChartSvg(scene, ctx);
  }

  protected override renderScene(scene: LineScene): TemplateResult {
    const data = this.lineData;
    const active = this.active;
    const cursor = this.crosshair.cursor ?? this.crosshair.home();
    const s = data && cursor ? data.series[cursor.series] : undefined;
    const cx = s && cursor ? mapValue(scene.x, s.x[cursor.index] as number) : scene.plot.left;
    const cyRaw = s && cursor ? (s.y[cursor.index] as number) : NaN;
    const cy = Number.isNaN(cyRaw) ? (scene.plot.top + scene.plot.bottom) / 2 : mapValue(scene.y, cyRaw);
    const label = [this.title_, this.locale === 'zh-CN' ? '折线图' : 'line chart'].filter(Boolean).join(' — ');
    const focusable = cursor
      ? keyed(
          `${cursor.series}:${cursor.index}`,
          svg`<g class="cursor" tabindex="0" role="img" data-cursor aria-label=${this.crosshair.announce(cursor)}
              @focus=${this.crosshair.onFocus} @blur=${this.crosshair.onBlur}>
            <rect x=${cx - 6} y=${cy - 6} width="12" height="12"></rect>
            ${this.crosshair.focused ? svg`<circle class="focus-ring" cx=${cx} cy=${cy} r="9"></circle>` : nothing}
          </g>`,
        )
      : nothing;
    const tip = active && data ? this.crosshair.tooltip(scene, active) : null;
    return html`<svg width=${scene.width} height=${scene.height} viewBox="0 0 ${scene.width} ${scene.height}" role="group"
        aria-label=${label} aria-describedby="summary hint" @keydown=${this.crosshair.onKeydown}>
        ${drawn(this.drawingOf(scene, this.locale))}
        ${active && data ? this.crosshair.renderMarks(scene, active) : nothing}
        <rect class="hit" x=${scene.plot.left} y=${scene.plot.top} width=${Math.max(0, scene.plot.right - scene.plot.left)}
          height=${Math.max(0, scene.plot.bottom - scene.plot.top)} @pointermove=${this.onPointer} @pointerdown=${this.onPointer}
          @pointerleave=${this.onPointerLeave} @pointerup=${this.onPointerUp}></rect>
        ${focusable}
      </svg>
      <p id="hint" class="sr-only">${this.locale === 'zh-CN' ? '左右方向键沿横轴移动，上下方向键切换线条，按 Enter 选择。' : 'Left and right arrow keys move along the x axis, up and down switch lines, Enter selects.'}</p>
      ${renderTooltip(tip, scene.width)}`;
  }
}
