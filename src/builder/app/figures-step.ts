/**
 * Step 2 (paragraph mode): the figures the extractor read, as an editable table. Nothing is
 * drawn from them until the editor presses Confirm; later edits wait for the next Confirm.
 * The quote stays read-only: it is the provenance of the figure, and the widgets show it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../core/define.js';
import { formatNumber, formatValue } from '../../core/format/number.js';
import type { Published } from '../../core/format/published.js';
import { parseCell } from '../../core/format/quantity.js';
import type { FigureRow } from '../index.js';
import { strings } from './i18n.js';
import { BuilderStep } from './step.js';
import { actionEvent } from './state.js';

const COMPARATORS = ['eq', 'ge', 'gt', 'le', 'lt', 'approx'] as const;
const KINDS = ['level', 'growth', 'share', 'progress'] as const;

/**
 * A value as the editor types it: as the article wrote it when known (33064.8亿, 304.0亿), else
 * 400亿, 1.85万, 12 — exact, with the Chinese multipliers.
 */
export function valueText(v: number | null, published?: Published): string {
  return v === null ? '' : formatNumber(v, 'zh-CN', { maximumFractionDigits: 10, published });
}

/**
 * @tagname djb-figures
 * @summary Builder step 2: check, edit and confirm the figures of a pasted paragraph.
 * @fires djb-action - A figure was edited, or the figures were confirmed.
 * @fires djb-announce - The confirmation, for the live region.
 */
export class DjbFigures extends BuilderStep {
  private edit(index: number, patch: Partial<FigureRow>): void {
    const rows = (this.state?.draft ?? []).map((r, i) => (i === index ? { ...r, ...patch } : r));
    this.dispatchEvent(actionEvent({ type: 'draft', rows }));
  }

  private editValue(index: number, text: string, row: FigureRow): void {
    const cell = parseCell(text);
    // The form goes with the value the editor typed ("33064.8亿" → 33064.8亿 again); none for 两万.
    if (cell.kind === 'number') this.edit(index, { value: cell.value, unit: cell.unit || row.unit, published: cell.published });
    else this.edit(index, { value: null, published: undefined });
  }

  private readonly confirm = (): void => {
    this.dispatchEvent(actionEvent({ type: 'confirm' }));
  };

  protected override render(): TemplateResult | typeof nothing {
    const given = this.given();
    if (!given) return nothing;
    const { st, d, s } = given;
    if (!d.paragraph) return html`<p class="blocked">${s.figuresOnlyParagraph}</p>`;
    if (st.draft.length === 0) return html`<p class=${d.ready ? 'help' : 'blocked'} id="djb-figs-none">${s.figuresNone}${d.ready ? s.figuresNoneStages : ''}</p>`;
    const used = st.draft.filter((r) => r.include).length;
    const confirmed = (st.project.figures ?? []).filter((r) => r.include).length;
    return html`
      <p class="help">${s.figuresHelp}</p>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="djb-figs-cap">
        <table class="data figs" id="djb-figs">
          <caption id="djb-figs-cap">${s.figuresCount(used, st.draft.length)}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">${s.include}</th>
              <th scope="col">${s.label}</th>
              <th scope="col">${s.value}</th>
              <th scope="col">${s.unit}</th>
              <th scope="col">${s.comparator}</th>
              <th scope="col">${s.figureKind}</th>
              <th scope="col">${s.quote}</th>
            </tr>
          </thead>
          <tbody>
            ${st.draft.map((r, i) => this.renderRow(r, i))}
          </tbody>
        </table>
      </div>
      <div class="row">
        <button type="button" class="primary" id="djb-confirm" @click=${this.confirm}>${s.confirm}</button>
        <p id="djb-confirm-status" class=${st.dirty ? 'bad' : 'ok'}>
          ${st.dirty ? s.unconfirmed : s.confirmed(confirmed)}
        </p>
      </div>
    `;
  }

  private renderRow(r: FigureRow, i: number): TemplateResult {
    const s = strings(this.ui);
    const n = i + 1;
    const name = (col: string): string => (this.ui === 'en' ? `Figure ${n}: ${col}` : `第${n}个数字：${col}`);
    const locale = this.ui === 'en' ? 'en' : 'zh-CN';
    return html`<tr class=${r.include ? '' : 'excluded'}>
      <th scope="row">${n}</th>
      <td><input type="checkbox" aria-label=${name(s.include)} .checked=${r.include}
        @change=${(e: Event) => this.edit(i, { include: (e.target as HTMLInputElement).checked })} /></td>
      <td class="label-cell"><input type="text" aria-label=${name(s.label)} .value=${r.label}
        @change=${(e: Event) => this.edit(i, { label: (e.target as HTMLInputElement).value.trim() })} /></td>
      <td class="value-cell">
        <input type="text" inputmode="decimal" aria-label=${name(s.value)} aria-describedby=${`djb-fv-${n}`}
          aria-invalid=${r.value === null ? 'true' : 'false'} .value=${valueText(r.value, r.published)}
          @change=${(e: Event) => this.editValue(i, (e.target as HTMLInputElement).value, r)} />
        <small id=${`djb-fv-${n}`} class=${r.value === null ? 'bad' : ''}>
          ${r.value === null ? `⚠ ${s.valueBad}` : `${s.valueReads} ${formatValue(r.value, r.unit, locale, { published: r.published })}`}
        </small>
      </td>
      <td class="unit-cell"><input type="text" aria-label=${name(s.unit)} .value=${r.unit}
        @change=${(e: Event) => this.edit(i, { unit: (e.target as HTMLInputElement).value.trim() })} /></td>
      <td><select aria-label=${name(s.comparator)} @change=${(e: Event) => this.edit(i, { comparator: (e.target as HTMLSelectElement).value })}>
        ${COMPARATORS.map((c) => html`<option value=${c} ?selected=${r.comparator === c}>${s[`cmp_${c}`]}</option>`)}
      </select></td>
      <td><select aria-label=${name(s.figureKind)} @change=${(e: Event) => this.edit(i, { kind: (e.target as HTMLSelectElement).value })}>
        ${KINDS.map((k) => html`<option value=${k} ?selected=${r.kind === k}>${s[`fk_${k}`]}</option>`)}
      </select></td>
      <td class="quote">${r.quote}</td>
    </tr>`;
  }
}

defineElement('djb-figures', DjbFigures);

declare global {
  interface HTMLElementTagNameMap {
    'djb-figures': DjbFigures;
  }
}
