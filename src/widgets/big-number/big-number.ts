import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { InViewController } from '../../core/controllers/in-view.js';
import { DataError } from '../../core/data/errors.js';
import { typeTable, type DataTable } from '../../core/data/typed.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import type { SvgBody } from '../../core/static-svg/svg.js';
import { DjWidget } from '../../core/widget.js';
import { countUpText, easeOut, layoutBigNumbers, type BigFigure, type BigScene } from './big-number.layout.js';
import { readBigNumbers } from './big-number.data.js';
import { bigNumberStyles } from './big-number.styles.js';
import { bigNumberSvg } from './big-number.svg.js';
import { ON_SERVER } from '../../core/server.js';

/** How long the count-up runs, in ms. */
const DURATION = 1200;

/**
 * One headline figure — "4.1亿元 总投资" — or a row of them: the value with its unit in the
 * reader's locale, a label, and an optional comparison against a target or an earlier period
 * with sign, arrow and words, coloured by the reader's convention for rises and falls. Counts up
 * once when first scrolled into view, only when the reader allows motion; the final figure is
 * in the DOM from the start, for screen readers and copy-paste.
 *
 * Data: one row per figure from any of the four inputs (columns `label, value, unit,
 * comparator, quote` as the extractor writes them, plus `target`, `previous`, `previous_label`);
 * or, with no data at all, the attributes: `value="4.1亿元" label="总投资"`.
 *
 * @tagname dj-big-number
 * @summary A headline figure with its label, comparison and a count-up.
 *
 * @csspart figure - Each figure (number, label, comparison).
 * @csspart number - The number with its unit.
 * @csspart label - The label under the number.
 * @csspart comparison - The comparison line.
 * @csspart provenance - The disclosure quoting the article.
 * @cssprop --dj-rise - Colour of a rise (default: red in zh-CN, green in en).
 * @cssprop --dj-fall - Colour of a fall (default: green in zh-CN, red in en).
 * @cssprop --dj-big-number-size - Size of the number (default: scales with the container, 2em–3.2em).
 */
export class DjBigNumber extends DjWidget<BigScene> {
  /** Row limit (headline figures, each a large animated number); README "Row limits". */
  static override maxRows = 50;
  static override styles = [...DjWidget.styles, bigNumberStyles];

  /** The target to compare with, as an attribute ("4亿元"); with data, the `target` column. */
  @property() target = '';
  /** An earlier value to compare with ("3.6亿元"); wins over `target`. With data, the `previous` column. */
  @property() previous = '';
  /** What the earlier value was: "2020年", "2020". */
  @property({ attribute: 'previous-label' }) previousLabel = '';
  /** When the source was published ("2021-01-15"), shown with each quote. */
  @property() date = '';
  /** The quote the figure came from, as an attribute (with data, the `quote` column). */
  @property() quote = '';

  /** Count-up progress, 0–1; 1 when done or never started. */
  @state() private countUp = 1;

  /** Whether the figures have been on screen (read-only); the count-up starts the first time they are half visible. */
  readonly inView = new InViewController(this, { threshold: 0.5, onChange: (seen) => { if (seen) this.start(); } });
  private values: number[] = [];
  private frame = 0;

  /** True while the count-up runs. */
  get counting(): boolean {
    return this.countUp < 1;
  }

  /** Attribute mode: no table, JSON, src or `.data`, and a value attribute. */
  private attributeFigure(): boolean {
    if (this.data !== undefined && this.data !== null) return false;
    if (this.src) return false;
    // A server render has no light DOM: what it held arrives as `.data`.
    if (!ON_SERVER && this.querySelector(':scope > table, :scope > script[type="application/json"]')) return false;
    return !!this.value;
  }

  protected override sceneInputs(): unknown[] {
    return [this.target, this.previous, this.previousLabel, this.date, this.quote, this.source];
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.attributeFigure()) {
      super.willUpdate(changed);
      return;
    }
    const raw = this.attributeRaw();
    try {
      const table = typeTable(raw, { decimal: this.decimalComma ? ',' : '.' });
      this.scene = this.buildScene(table, this.chartWidth, this.locale, true);
      this.dataTable = { ...table, columns: table.columns.filter((_, i) => raw.rows[0]?.[i] !== ''), cells: [table.cells[0]?.filter((_, i) => raw.rows[0]?.[i] !== '') ?? []], raw: [raw.rows[0]?.filter((v) => v !== '') ?? []] };
      this.status = 'ready';
      this.error = undefined;
      this.reportCleared();
    } catch (e) {
      // The base's one error report: shown, and logged once per message (as from a table).
      this.fail(e instanceof DataError ? e : new DataError(String(e), { input: 'columns' }));
    }
  }

  /** The attributes are the data: a one-row table, so the data view, the CSV and the static SVG work as usual. */
  private attributeRaw(): { columns: string[]; rows: string[][] } {
    return {
      columns: ['label', 'value', 'unit', 'target', 'previous', 'previous_label', 'quote'],
      rows: [[this.label ?? '', this.value ?? '', this.unit ?? '', this.target, this.previous, this.previousLabel, this.quote]],
    };
  }

  protected override staticScene(width: number): { scene: BigScene; caption: string } {
    if (!this.attributeFigure()) return super.staticScene(width);
    const table = typeTable(this.attributeRaw(), { decimal: this.decimalComma ? ',' : '.' });
    return { scene: this.buildScene(table, width, this.locale, true), caption: '' };
  }

  protected override buildScene(table: DataTable, _width: number, locale: Locale, fromAttributes = false): BigScene {
    const data = readBigNumbers(table, {
      unit: this.unit ?? '',
      labelColumn: fromAttributes ? 'label' : this.label,
      valueColumn: fromAttributes ? 'value' : this.value,
      target: this.target,
      previous: this.previous,
      previousLabel: this.previousLabel,
      quote: this.quote,
    });
    this.values = data.map((d) => d.value);
    return layoutBigNumbers(data, { locale, source: this.source, date: this.date, numberStyle: this.numberStyle });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A count-up cut short by a removal shows its final figure when the element is back.
    if (this.countUp < 1) this.countUp = 1;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // No state change here: an update rendered while detached would re-observe the size sizer.
    cancelAnimationFrame(this.frame);
  }

  /** Starts the count-up, once, if the reader allows motion. */
  private start(): void {
    if (this.noMotion || this.motion.reduced || !this.scene) return;
    const t0 = performance.now();
    const tick = (now: number): void => {
      this.countUp = easeOut((now - t0) / DURATION);
      if (this.countUp < 1) this.frame = requestAnimationFrame(tick);
    };
    this.countUp = 0;
    this.frame = requestAnimationFrame(tick);
  }

  private renderFigure(f: BigFigure, i: number): TemplateResult {
    const c = f.comparison;
    const counting = this.countUp < 1;
    return html`<div class="figure" part="figure">
      <p class="number" part="number">
        <span class=${counting ? 'final hidden' : 'final'}>${f.text}</span>
        ${counting ? html`<span class="ticker" aria-hidden="true">${countUpText(f, this.values[i] ?? 0, this.countUp, this.locale)}</span>` : nothing}
      </p>
      ${f.label ? html`<p class="label" part="label">${f.label}</p>` : nothing}
      ${c
        ? html`<p class=${`comparison ${c.direction}`} part="comparison">
            <span aria-hidden="true"><span class="arrow">${c.arrow}</span> ${c.amount} <span class="against">${c.against}</span></span>
            <span class="sr-only">${c.words}</span>
          </p>`
        : nothing}
      ${f.provenance
        ? html`<details class="provenance" part="provenance"><summary>${f.provenance.prefix}</summary>${f.provenance.text}</details>`
        : nothing}
    </div>`;
  }

  protected override renderScene(scene: BigScene): TemplateResult {
    return html`<div class=${`figures conv-${this.locale === 'zh-CN' ? 'zh' : 'en'}${scene.figures.length > 1 ? ' many' : ''}`}>
      ${scene.figures.map((f, i) => this.renderFigure(f, i))}
    </div>`;
  }

  protected override renderSvg(scene: BigScene, ctx: SvgContext): SvgBody {
    return bigNumberSvg(scene, ctx);
  }
}
