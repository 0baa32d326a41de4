import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KeyboardNavController } from '../../core/a11y/keyboard.js';
import { renderTooltip } from '../../core/a11y/tooltip.js';
import type { DataTable } from '../../core/data/typed.js';
import { selectEvent } from '../../core/events.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import type { SvgBody, SvgNode } from '../../core/static-svg/svg.js';
import { drawn } from '../../core/draw/live.js';
import { perScene } from '../../core/draw/memo.js';
import { livePen } from '../../core/draw/pen.js';
import { drawTracker, type TrackerDrawing } from './project-tracker.draw.js';
import { DjWidget } from '../../core/widget.js';
import { readProjects, TRACKER_COLUMNS, type ProjectRow } from './project-tracker.data.js';
import { parseStages } from './project-tracker.stages.data.js';
import { layoutTracker, type RowMark, type TrackerScene } from './project-tracker.layout.js';
import { trackerStyles } from './project-tracker.styles.js';
import { trackerSvg } from './project-tracker.svg.js';

/**
 * Construction projects at their stages: one row per project (or per phase: 一期, 二期), the
 * pipeline of stages as columns (签约 → 开工 → 基础施工 → 主体施工 → 封顶 → 装修 → 竣工 → 投产/投用 by
 * default), each row's stages done, current and to come told apart by shape, the article's words
 * for the stage under the current one, the date it was reported and the project's figures.
 *
 * @tagname dj-project-tracker
 * @summary Projects × stages of construction, from a table, JSON, a CSV/JSON URL or `.data` (columns 项目, 阶段, 分期, 截至, 原文, and figure columns).
 *
 * @fires dj-select - A row was chosen (Enter, Space or click); `detail`: `{ index, label, value, unit: '' }` — `value` is the 0-based stage reached, `index` the input row.
 * @csspart mark - Each project row (a `<g>`).
 * @cssprop --dj-accent - Stages done and the line through them.
 * @cssprop --dj-highlight - The current stage.
 */
export class DjProjectTracker extends DjWidget<TrackerScene> {
  /** Row limit (one row of stages per project); README "Row limits". */
  static override maxRows = 200;
  static override styles = [...DjWidget.styles, trackerStyles];

  /** The pipeline, comma-separated (default 签约,开工,基础施工,主体施工,封顶,装修,竣工,投产/投用). */
  @property() stages: string | null = null;

  @state() private hovered = -1;

  /** The columns the tracker reads, by role, and the names each may go by. */
  static readonly columns = TRACKER_COLUMNS;

  private readonly nav = new KeyboardNavController(this, (i) => this.select(i));
  private projects: ProjectRow[] = [];

  protected override sceneInputs(): unknown[] {
    return [this.stages];
  }

  protected override buildScene(table: DataTable, width: number, locale: Locale): TrackerScene {
    const stages = parseStages(this.stages);
    this.projects = readProjects(table, stages, locale, this.label);
    // Only figure columns are quantities; the rest ("2021-01-15", "二期") show as written.
    const figureCols = new Set(this.projects.flatMap((p) => p.figures.filter((f) => f.text === undefined).map((f) => f.label)));
    table.cells = table.cells.map((row, r) =>
      row.map((cell, c) => {
        if (figureCols.has(table.columns[c]?.name ?? '')) return cell;
        const v = table.raw[r]?.[c];
        const text = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
        return text ? { kind: 'text' as const, text } : { kind: 'missing' as const };
      }),
    );
    const scene = layoutTracker(this.projects, stages, { locale, font: this.layoutFont(), measure: this.layoutMeasure, numberStyle: this.numberStyle }, width);
    this.nav.clamp(scene.rows.length);
    return scene;
  }

  private select(pos: number): void {
    const m = this.scene?.rows[pos];
    if (!m) return;
    this.dispatchEvent(selectEvent({ index: m.index, label: m.phase ? `${m.project} ${m.phase}` : m.project, value: m.stage, unit: '' }));
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    // The keyboard takes over from the pointer: the tooltip follows the focus again.
    this.hovered = -1;
    this.nav.handleKeydown(e, this.scene?.rows.length ?? 0);
  };

  /** The page's drawing of a scene (CSS colours it), made once per scene: hover and focus leave it alone. */
  private readonly drawingOf = perScene((scene: TrackerScene): TrackerDrawing => drawTracker(scene, livePen(this.layoutMeasure, this.layoutFont())));

  /** The element's own layer around a row's drawing: tab stop, name, hit area, focus ring. */
  private renderRow(m: RowMark, nodes: SvgNode[], active: boolean): TemplateResult {
    const focused = this.nav.focused && this.nav.active === m.pos;
    return svg`<g class=${`row${active ? ' active' : ''}`} part="mark" role="img" aria-label=${m.aria}
        aria-roledescription=${this.locale === 'zh-CN' ? '项目进度' : 'project'} tabindex=${this.nav.tabIndex(m.pos)} data-index=${m.pos}
        @focus=${() => this.nav.handleFocus(m.pos)} @blur=${this.nav.handleBlur}
        @pointerenter=${() => (this.hovered = m.pos)} @pointerleave=${() => (this.hovered = -1)}
        @click=${() => { this.nav.active = m.pos; this.select(m.pos); }}>
      <rect class="hit" x=${m.hit.x} y=${m.hit.y} width=${m.hit.width} height=${m.hit.height}></rect>${drawn(nodes)}${focused ? svg`<rect class="focus-ring" x=${m.hit.x + 1} y=${m.hit.y + 1} width=${m.hit.width - 2} height=${m.hit.height - 2} rx="4"></rect>` : nothing}
    </g>`;
  }

  protected override renderScene(s: TrackerScene): TemplateResult {
    // One tooltip, for what the reader is looking at: the datum under the pointer, else the focused one.
    const activePos = this.hovered >= 0 ? this.hovered : this.nav.focused ? this.nav.active : -1;
    const active = s.rows[activePos];
    const d = this.drawingOf(s);
    const label = [this.title_, this.t.chart].filter(Boolean).join(' — ');
    const hint = this.locale === 'zh-CN' ? '使用方向键在项目间移动，每项读出当前阶段、报告日期和数据。' : 'Use the arrow keys to move between projects; each reads its stage, date reported and figures.';
    return html`<svg width=${s.width} height=${s.height} viewBox="0 0 ${s.width} ${s.height}" role="group" aria-label=${label}
        aria-describedby="summary hint" @keydown=${this.onKeydown}>
        ${drawn(d.back)}
        <g class="rows">${s.rows.map((m) => this.renderRow(m, d.rows[m.pos] ?? [], m.pos === activePos))}</g>
      </svg>
      <p id="hint" class="sr-only">${hint}</p>
      ${renderTooltip(active ? { title: active.phase ? `${active.project} ${active.phase}` : active.project, lines: [active.stageName], x: active.note.x, y: active.note.y + 12 } : null, s.width)}`;
  }

  protected override renderSvg(scene: TrackerScene, ctx: SvgContext): SvgBody {
    return trackerSvg(scene, ctx);
  }
}
