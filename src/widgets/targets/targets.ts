import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../../core/style-props.js';
import { KeyboardNavController } from '../../core/a11y/keyboard.js';
import type { DataTable } from '../../core/data/typed.js';
import { DataError } from '../../core/data/errors.js';
import { ON_SERVER } from '../../core/server.js';
import { selectEvent } from '../../core/events.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import type { SvgBody, SvgNode } from '../../core/static-svg/svg.js';
import { drawn } from '../../core/draw/live.js';
import type { Pen } from '../../core/draw/pen.js';
import { drawIcon, drawSpark, drawTrack } from './targets.draw.js';
import { DjWidget } from '../../core/widget.js';
import { deadlinePeriod, readTargets, type TargetDatum } from './targets.data.js';
import { layoutTargets, type TargetRow, type TargetsScene } from './targets.layout.js';
import { parseDateEnd, parsePeriod, type Period, type TargetStatus } from './targets.status.js';
import { readDeadline } from '../../core/format/period-deadline.js';
import { targetsStyles } from './targets.styles.js';
import { targetsSvg } from './targets.svg.js';
import { TEXT } from './targets.text.js';

const DAY = 86_400_000;

/** The page's pen for the board's small SVGs: CSS colours them, so no paint and no measuring. */
const LIVE: Pen = { paint: null, measure: () => 0, font: '' };
/** The status icons, drawn once per status: a shape each, so the status never rests on colour. */
const ICONS = new Map<TargetStatus, SvgNode[]>();
const iconOf = (status: TargetStatus): SvgNode[] => {
  let nodes = ICONS.get(status);
  if (!nodes) ICONS.set(status, (nodes = drawIcon(status, LIVE)));
  return nodes;
};

/**
 * A board of targets, one row each: the target as a marker on its scale with the comparator
 * spelled out (≥ 1000亩, > 400亿元, +12%, ≈ 5.5%), actuals as a progress bar against the pace
 * the period asks for, and a status — achieved, on track, behind, missed, not yet reported —
 * in words and an icon. Reads the figure extractor's records as they are.
 *
 * @tagname dj-targets
 * @summary Targets and their progress: comparator-aware status, growth against the base year, provenance.
 *
 * @fires dj-select - A target was chosen (Enter, Space or click); `detail`: `{ index, label, value, unit }` with the target's value.
 * @csspart target - Each target row.
 * @csspart group - Each group heading.
 * @csspart status - The status (icon and words) of a row.
 * @csspart provenance - The line quoting the article.
 * @cssprop --dj-target-zone - Fill of the values that meet the target.
 * @cssprop --dj-target-marker - The target marker.
 * @cssprop --dj-status-achieved - Icon and bar of a target met (default green, in every language).
 * @cssprop --dj-status-on-track - Icon and bar of a target on track or within its cap (default accent blue).
 * @cssprop --dj-status-behind - Icon and bar of a target behind pace or over a cap mid-period (default orange).
 * @cssprop --dj-status-missed - Icon and bar of a missed target (default red).
 * @cssprop --dj-status-not-reported - Icon of a target with no actual yet (default grey).
 */
export class DjTargets extends DjWidget<TargetsScene> {
  /** Row limit (one row of the board per target); README "Row limits". */
  static override maxRows = 200;
  static override styles = [...DjWidget.styles, targetsStyles];

  /** compact (one line per target) or roomy (cards with scale labels, details and the quote). */
  @property({ reflect: true }) density: 'compact' | 'roomy' = 'compact';
  /** Group rows by none, category (the `category`/`theme` column) or status. */
  @property() group: 'none' | 'category' | 'status' = 'none';
  /** Order rows: none (data order), status (worst first) or progress (furthest along first). */
  @property() sort: 'none' | 'status' | 'progress' = 'none';
  /**
   * The period of the targets: "2021", "2021-2025", "十四五", "2021-01-01/2021-06-30". Default: the
   * year of `date`, else the year of the actuals. Never the clock: the base year of a change is the
   * year before the period (or the one its wording names), and without either the board says 比上年.
   */
  @property() period = '';
  /** The day undated actuals were reported, e.g. "2021-06-30", or "today" (the reader's clock); default `date`. */
  @property({ attribute: 'as-of' }) asOf = '';
  /** When the source was published ("2021-01-15"), shown with each quote. */
  @property() date = '';
  /** ≈ targets count as met within this share either side (default 0.05: ±5%). */
  @property({ type: Number }) tolerance = 0.05;
  /** Count a 全市/合计 row as one more target; by default it is the whole, shown last and not counted (targets.layout.ts). */
  @property({ attribute: 'keep-totals', type: Boolean }) keepTotals = false;

  /** The row shown with its details (after Enter or a click). */
  @state() private selected = -1;
  @state() private hovered = -1;

  private readonly nav = new KeyboardNavController(this, (i) => this.select(i));
  private targets: TargetDatum[] = [];

  /** The targets as read from the data, in data order (read-only). */
  get items(): readonly TargetDatum[] {
    return this.targets;
  }

  protected override sceneInputs(): unknown[] {
    return [this.density, this.group, this.sort, this.period, this.asOf, this.date, this.tolerance, this.source, this.keepTotals];
  }

  private defaultPeriod(): Period | null {
    // A plan published in January 2021 is the plan for 2021: the year of the article's date.
    const year = /^\s*(\d{4})/.exec(this.date)?.[1];
    if (this.period) {
      // period="2025年底" as a row's deadline is read (period-period-deadline.ts); one naming no day cannot be a board's period.
      const dateYear = year ? Number(year) : null;
      // 本月底 / 季末 on a board dated 2025-03 are the end of March / of Q1; with no month, words with no day.
      const dateMonth = /^\s*\d{4}[-/.年](\d{1,2})/u.exec(this.date)?.[1];
      const due = readDeadline(this.period, { year: dateYear, month: dateMonth ? Number(dateMonth) : null });
      // A board's own period="2021" is the board's year; period="2025年底" or "到2025年" falls due
      // then and is paced from the article's year (with none, from no guessed start).
      const own = due?.kind === 'period' ? parsePeriod(this.period) : null;
      const p = own ?? (due ? deadlinePeriod(due, dateYear === null ? null : Date.UTC(dateYear, 0, 1)) : null) ?? parsePeriod(this.period);
      if (!p) throw new DataError(`Cannot read period="${this.period}" (write 2021, 2021-2025, 2025年底 or 2021-01-01/2021-06-30).`, { input: 'columns' }, `无法识别 period="${this.period}"（可写 2021、2021-2025、2025年底 或 2021-01-01/2021-06-30）。`);
      return p;
    }
    return year ? parsePeriod(year) : null;
  }

  /** When undated actuals were reported: as-of, the clock only when asked ("today"), else the article's date. */
  private asOfInstant(): number | null {
    const asOf = this.asOf.trim();
    if (asOf.toLowerCase() === 'today' || asOf === '今天') {
      const now = new Date();
      return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) + DAY;
    }
    const text = asOf || this.date.trim();
    if (!text) return null;
    const t = parseDateEnd(text);
    if (t === null) throw new DataError(`Cannot read ${asOf ? 'as-of' : 'date'}="${text}" (write 2021-06-30).`, { input: 'columns' }, `无法识别 ${asOf ? 'as-of' : 'date'}="${text}"（可写 2021-06-30）。`);
    return t;
  }

  protected override buildScene(table: DataTable, width: number, locale: Locale): TargetsScene {
    const period = this.defaultPeriod();
    this.targets = readTargets(table, {
      unit: this.unit ?? '',
      labelColumn: this.label,
      valueColumn: this.value,
      asOf: this.asOfInstant(),
      year: period ? new Date(period.start).getUTCFullYear() : null,
      from: period && !period.startUnknown ? period.start : null,
    });
    const scene = layoutTargets(
      this.targets,
      {
        locale,
        density: this.density === 'roomy' ? 'roomy' : 'compact',
        group: this.group === 'category' || this.group === 'status' ? this.group : 'none',
        sort: this.sort === 'status' || this.sort === 'progress' ? this.sort : 'none',
        period,
        baseYear: period ? new Date(period.start).getUTCFullYear() - 1 : null,
        tolerance: Number.isFinite(this.tolerance) && this.tolerance >= 0 ? this.tolerance : 0.05,
        font: this.layoutFont(),
        measure: this.layoutMeasure,
        source: this.source,
        date: this.date,
        numberStyle: this.numberStyle,
        keepTotals: this.keepTotals,
      },
      width,
    );
    this.nav.clamp(scene.rows.length);
    if (this.selected >= scene.rows.length) this.selected = -1;
    return scene;
  }

  private select(pos: number): void {
    const row = this.scene?.rows[pos];
    const d = row ? this.targets.find((t) => t.index === row.index) : undefined;
    if (!row || !d) return;
    this.selected = this.selected === pos ? -1 : pos;
    this.dispatchEvent(selectEvent({ index: d.index, label: row.label, value: d.target, unit: d.unit }));
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      this.selected = -1;
      this.hovered = -1;
      return;
    }
    this.nav.handleKeydown(e, this.scene?.rows.length ?? 0);
  };

  /** One listener for every row: the row clicked is the one under the pointer. */
  private readonly onClick = (e: MouseEvent): void => {
    const row = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (!row) return;
    const pos = Number(row.dataset['index']);
    this.nav.active = pos;
    this.select(pos);
  };

  /** The page's drawing of each row's scale and sparkline, made once per row of a scene: focus and hover leave it alone. */
  private readonly drawings = new WeakMap<TargetRow, { track: SvgNode[]; spark: SvgNode[] | null }>();
  private drawingOf(row: TargetRow): { track: SvgNode[]; spark: SvgNode[] | null } {
    let d = this.drawings.get(row);
    if (!d) this.drawings.set(row, (d = { track: drawTrack(row.track, LIVE), spark: row.spark ? drawSpark(row.spark, LIVE) : null }));
    return d;
  }

  private renderTrack(row: TargetRow): TemplateResult {
    const t = row.track;
    return html`<svg class="track" width=${t.width} height=${t.height} viewBox="0 0 ${t.width} ${t.height}" aria-hidden="true">${drawn(this.drawingOf(row).track)}</svg>`;
  }

  private renderSpark(row: TargetRow): TemplateResult | typeof nothing {
    const s = row.spark;
    const nodes = this.drawingOf(row).spark;
    if (!s || !nodes) return nothing;
    return html`<svg class="spark" width=${s.width} height=${s.height} aria-hidden="true">${drawn(nodes)}</svg>`;
  }


  private renderRow(row: TargetRow, pos: number, scene: TargetsScene): TemplateResult {
    const active = (this.nav.focused ? this.nav.active : this.hovered) === pos;
    const open = this.selected === pos;
    const roomy = scene.density === 'roomy';
    const words = TEXT[this.locale];
    // The option is named by its content, in the order it is announced; the separators are for
    // screen readers only (visually the grid parts them), the drawn scale and symbols are hidden.
    const sep = html`<span class="sr-only">${words.sep}</span>`;
    const tipLeft = Math.min(Math.max(0, row.track.markerX - 40), Math.max(0, scene.width - 280));
    return html`<div part="target" role="option" class=${`row status-${row.status}${active ? ' active' : ''}`}
      aria-selected=${open ? 'true' : 'false'} aria-describedby=${row.provenance ? `prov-${pos}` : nothing}
      tabindex=${this.nav.tabIndex(pos)} data-index=${pos}
      @focus=${() => this.nav.handleFocus(pos)} @blur=${this.nav.handleBlur}
      @pointerenter=${() => (this.hovered = pos)} @pointerleave=${() => (this.hovered = -1)}>
      <span class="label">${row.label}</span>${sep}
      <span class=${roomy ? 'words' : 'sr-only'}>${words.targetLine(row.targetWords)}</span>${sep}
      <span class="scale">${this.renderTrack(row)}${this.renderSpark(row)}</span>
      <span class="meta"><span class="target-text" aria-hidden="true">${row.targetText}</span><span>${row.actualText}</span>${row.progressText
        ? html`${sep}<span>${row.progressText}</span>` : nothing}</span>${sep}
      <span class="state" part="status"><svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">${drawn(iconOf(row.status))}</svg>${row.statusText}</span>
      ${row.provenance
        ? html`<span id=${`prov-${pos}`} class="provenance" part="provenance" aria-hidden="true" ?hidden=${!roomy && !open}>${row.provenance}</span>`
        : nothing}
      ${active && !open ? html`<div class="tooltip" aria-hidden="true" ${styleProps({ left: `${tipLeft}px`, top: '100%' })}>
        <strong>${row.label}</strong>${row.tipLines.map((l) => html`<span>${l}</span><br />`)}
      </div>` : nothing}
    </div>`;
  }

  protected override renderScene(scene: TargetsScene): TemplateResult {
    const t = TEXT[this.locale];
    let pos = 0;
    const rows = (list: TargetRow[]): TemplateResult[] => list.map((r) => this.renderRow(r, pos++, scene));
    const style = { '--_label-w': scene.inline ? `${scene.labelWidth}px` : undefined };
    // The label column's width reaches the page through the CSSOM (styleProps, CSP-safe); a
    // server render has no CSSOM, and without it each row sized its own label column, so the
    // scales started at different x. There it is written as an attribute (the page's script
    // then sets the same property through the CSSOM).
    const ssrStyle = ON_SERVER && scene.inline ? `--_label-w:${scene.labelWidth}px` : nothing;
    return html`<div class=${`board ${scene.density}${scene.inline ? ' inline' : ''} conv-${this.locale === 'zh-CN' ? 'zh' : 'en'}`} ${styleProps(style)} style=${ssrStyle}
        role="listbox" aria-label=${[this.title_, t.board].filter(Boolean).join(' — ')} aria-describedby="summary hint"
        @keydown=${this.onKeydown} @click=${this.onClick}>
        ${scene.groups.map((g) =>
          g.name
            ? html`<div role="group" aria-label=${g.name}><p class="group" part="group" aria-hidden="true">${g.name}</p>${rows(g.rows)}</div>`
            : rows(g.rows),
        )}
      </div>
      <p id="hint" class="sr-only">${t.hint}</p>`;
  }

  protected override renderSvg(scene: TargetsScene, ctx: SvgContext): SvgBody {
    return targetsSvg(scene, ctx);
  }
}
