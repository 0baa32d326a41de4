import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { KeyboardNavController } from '../../core/a11y/keyboard.js';
import { renderTooltip } from '../../core/a11y/tooltip.js';
import { DataError } from '../../core/data/errors.js';
import { chooseColumn, notANumber, type DataTable } from '../../core/data/typed.js';
import { selectEvent } from '../../core/events.js';
import { scaleBy, type Published } from '../../core/format/published.js';
import { parseCell, qualifierSymbol } from '../../core/format/quantity.js';
import { headerUnit, readUnit } from '../../core/format/header-unit.js';
import type { Locale } from '../../core/i18n/locale.js';
import { paletteStyles } from '../../core/palette.js';
import { drawn } from '../../core/draw/live.js';
import { perScene } from '../../core/draw/memo.js';
import { livePen } from '../../core/draw/pen.js';
import { DjWidget } from '../../core/widget.js';
import { layoutWaffle, type WaffleCategory, type WaffleScene } from './waffle.layout.js';
import { waffleStyles } from './waffle.styles.js';
import { leftNote, waffleRows } from './waffle.totals.js';
import { waffleSvg } from './waffle.svg.js';
import { drawWaffle, type WaffleDrawing } from './waffle.draw.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import type { SvgBody } from '../../core/static-svg/svg.js';

/**
 * A waffle (unit) chart: a grid of squares, one square per `unit-size` of the value, categories
 * told apart by colour and pattern, with a legend that is also the keyboard's way through the
 * categories, a generated summary and the data as a table.
 *
 * Rows are categories (label column + value column). `mode="separate"` (default): independent
 * categories. `mode="part"`: the first row is the whole and the others are parts of it
 * ("80 projects over 1亿, of which 10 over 10亿"), drawn inside the whole's squares.
 *
 * @tagname dj-waffle
 * @summary Squares that count: parts of a whole or separate counts, one square per unit-size.
 *
 * @fires dj-select - A category was chosen (Enter, Space or click); `detail`: `{ index, label, value, unit }`.
 * @csspart square - A category's squares (one path per category).
 * @csspart legend-item - Each legend entry (the focusable category).
 * @csspart note - The line under the chart naming average or subtotal rows left out of the squares.
 * @cssprop --dj-palette-0 - Colour of the first category; --dj-palette-1 … --dj-palette-6 the next ones.
 */
export class DjWaffle extends DjWidget<WaffleScene> {
  /** Row limit (one colour and legend entry per row); README "Row limits". */
  static override maxRows = 100;
  static override styles = [...DjWidget.styles, paletteStyles, waffleStyles];

  /** What one square stands for: a number in the data's unit ("10"), or with its own unit ("1亿元"). */
  @property({ attribute: 'unit-size' }) unitSize = '1';
  /** separate (independent categories) or part (the first row is the whole, the others parts of it). */
  @property({ reflect: true }) mode: 'separate' | 'part' = 'separate';
  /** Squares per row (default: 10 for up to 100 squares, 20 up to 400, else as many as fit). */
  @property({ type: Number }) columns: number | null = null;
  /** Keep total rows (合计, 全省, 平均) as categories; by default a 合计 row is taken as the whole (waffle.totals.ts). */
  @property({ attribute: 'keep-totals', type: Boolean }) keepTotals = false;

  /** Input row of each category drawn: a 合计 row moves to the front as the whole. */
  private rows: number[] = [];

  /** Category under the pointer. */
  @state() private hovered = -1;

  private readonly nav = new KeyboardNavController(this, (i) => this.select(i));

  protected override sceneInputs(): unknown[] {
    return [this.unitSize, this.mode, this.columns, this.keepTotals];
  }

  protected override buildScene(table: DataTable, width: number, locale: Locale): WaffleScene {
    const vi = chooseColumn(table, 'number', this.value);
    const li = chooseColumn(table, 'text', this.label, vi);
    const given = readUnit(this.unit ?? '');
    const cats: WaffleCategory[] = table.cells.map((row, r) => {
      const lc = row[li];
      const vc = row[vi];
      if (vc?.kind === 'text') throw notANumber(r, vc.text, table.columns[vi]?.name ?? '');
      const own = vc?.kind === 'number' && vc.unit !== '';
      const scaled = vc?.kind === 'number' ? scaleBy(vc.value, vc.published, own ? { factor: 1, multiplier: '' } : given) : null;
      const cat: WaffleCategory = {
        label: lc?.kind === 'text' ? lc.text : lc?.kind === 'number' ? String(lc.value) : '',
        value: scaled ? scaled.value : null,
        unit: own ? vc.unit : given.unit || table.columns[vi]?.unit || '',
      };
      if (scaled?.published) cat.published = scaled.published;
      const prefix = vc?.kind === 'number' ? qualifierSymbol(vc.qualifier) : '';
      if (prefix) cat.prefix = prefix;
      return cat;
    });
    const size = parseCell(this.unitSize.trim() || '1');
    if (size.kind !== 'number') {
      throw new DataError(`unit-size "${this.unitSize}" is not a number.`, { input: 'columns' }, `unit-size“${this.unitSize}”不是数字。`);
    }
    // A bare unit-size is in the unit the data is given in: the attribute's, else the value
    // header's ("增加值（亿元）": unit-size="1000" is 1000亿元).
    const sizeIn = this.unit ? given : (headerUnit(table.columns[vi]?.name ?? '') ?? given);
    const picked = waffleRows(cats, this.mode === 'part' ? 'part' : 'separate', this.keepTotals);
    this.rows = picked.rows;
    const laid = layoutWaffle(
      picked.cats,
      {
        mode: picked.mode,
        ...unitSizeOf(size.value, size.published, size.unit ? { factor: 1, multiplier: '' } : sizeIn),
        unitSizeFactor: sizeIn.factor,
        ...(this.columns ? { columns: this.columns } : {}),
        locale,
        font: this.layoutFont(),
        measure: this.layoutMeasure,
        missingText: this.t.missing,
        numberStyle: this.numberStyle,
      },
      width,
    );
    const note = leftNote(picked.left, locale, this.numberStyle);
    const scene = note ? { ...laid, note, summary: `${laid.summary}${locale === 'zh-CN' ? '' : ' '}${note}${locale === 'zh-CN' ? '。' : '.'}` } : laid;
    this.nav.clamp(scene.items.length);
    return scene;
  }

  private select(i: number): void {
    const it = this.scene?.items[i];
    if (it) this.dispatchEvent(selectEvent({ index: this.rows[it.index] ?? it.index, label: it.label, value: it.value, unit: it.unit }));
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    // The keyboard takes over from the pointer: the tooltip follows the focus again.
    this.hovered = -1;
    this.nav.handleKeydown(e, this.scene?.items.length ?? 0);
  };

  /** The drawing of the scene on the page (CSS colours it), made once per scene: hover and focus leave it alone. */
  private readonly drawingOf = perScene((scene: WaffleScene): WaffleDrawing => drawWaffle(scene, livePen(this.layoutMeasure, this.layoutFont())));

  /** The pointer over a category's squares: which one (event delegation, not a listener per square). */
  private readonly onPointerOver = (e: PointerEvent): void => {
    const g = e.target instanceof Element ? e.target.closest('[data-item]') : null;
    if (g) this.hovered = Number(g.getAttribute('data-item'));
  };

  private readonly onPointerLeave = (): void => {
    this.hovered = -1;
  };

  private renderLegend(scene: WaffleScene, d: WaffleDrawing, active: number): TemplateResult {
    const lh = scene.lineHeight;
    // A listbox of options, as in <dj-targets>: the entries take focus and are chosen with Enter
    // or a click, which a list item (non-interactive) cannot announce.
    const name = this.locale === 'zh-CN' ? '图例（选择类别）' : 'Legend (select a category)';
    return svg`<g class="legend" role="listbox" aria-label=${name}>${scene.items.map((it, i) => {
      const h = it.legendLines.length * lh;
      return svg`<g class="category" role="option" aria-selected=${active === i ? 'true' : 'false'} part="legend-item" tabindex=${this.nav.tabIndex(i)} data-index=${i}
          aria-label=${it.aria} @focus=${() => this.nav.handleFocus(i)} @blur=${this.nav.handleBlur}
          @pointerenter=${() => (this.hovered = i)} @pointerleave=${() => (this.hovered = -1)}
          @click=${() => { this.nav.active = i; this.select(i); }}>
        <rect class="hit" x=${it.legendX - 2} y=${it.legendY - 2} width=${it.legendWidth + 4} height=${h + 4}></rect>
        ${drawn(d.legend[i])}
        ${this.nav.active === i && this.nav.focused
          ? svg`<rect class="focus-ring" x=${it.legendX - 4} y=${it.legendY - 3} width=${it.legendWidth + 8} height=${h + 6} rx="3"></rect>`
          : nothing}
      </g>`;
    })}</g>`;
  }

  protected override renderSvg(scene: WaffleScene, ctx: SvgContext): SvgBody {
    return waffleSvg(scene, ctx);
  }

  protected override renderScene(scene: WaffleScene): TemplateResult {
    // One tooltip, for what the reader is looking at: the datum under the pointer, else the focused one.
    const activePos = this.hovered >= 0 ? this.hovered : this.nav.focused ? this.nav.active : -1;
    const active = scene.items[activePos];
    const on = (item: number): boolean => activePos >= 0 && (item === activePos || (scene.mode === 'part' && activePos === 0));
    const label = [this.title_, this.locale === 'zh-CN' ? '方格图' : 'waffle chart'].filter(Boolean).join(' — ');
    const first = active ? scene.squares.find((s) => on(s.item)) : undefined;
    const d = this.drawingOf(scene);
    const tip = active
      ? {
          title: active.label,
          lines: [active.valueText + (active.shareText ? ` (${active.shareText})` : ''), this.locale === 'zh-CN' ? `${active.units} 格` : `${active.units} ${active.units === 1 ? 'square' : 'squares'}`],
          // The keyboard reads the legend: point there; the pointer reads the squares.
          x: first && this.hovered >= 0 ? first.x + scene.cell : active.legendX + active.legendWidth,
          y: first && this.hovered >= 0 ? first.y + scene.cell / 2 : active.legendY + scene.lineHeight / 2,
        }
      : null;
    return html`<svg width=${scene.width} height=${scene.height} viewBox="0 0 ${scene.width} ${scene.height}" role="group"
        aria-label=${label} aria-describedby="summary hint" @keydown=${this.onKeydown}>
        ${drawn(d.unit)}
        <g class=${activePos >= 0 ? 'squares reading' : 'squares'} aria-hidden="true" @pointerover=${this.onPointerOver} @pointerleave=${this.onPointerLeave}>
          ${d.squares.map((marks, i) => svg`<g class=${on(i) ? 'cat on' : 'cat'} data-item=${i}>${drawn(marks)}</g>`)}
        </g>
        ${this.renderLegend(scene, d, activePos)}
      </svg>
      ${scene.note ? html`<p class="totals-note" part="note">${scene.note}</p>` : nothing}
      <p id="hint" class="sr-only">${this.t.keyboardHint}</p>
      ${renderTooltip(tip, scene.width)}`;
  }
}

/** unit-size as written ("1万人" → each square "1万人"): its value and published form. */
function unitSizeOf(value: number, published: Published | undefined, given: { factor: number; multiplier: string }): { unitSize: number; unitSizePublished?: Published } {
  const s = scaleBy(value, published, given);
  return s.published ? { unitSize: s.value, unitSizePublished: s.published } : { unitSize: s.value };
}
