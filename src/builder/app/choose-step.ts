/**
 * Step 3: the widgets that fit, best first, as one radio group (arrow keys move and choose),
 * each with its reason and a small live preview. The previews are `inert`: seen, not tabbed
 * through or read twice; the full, interactive preview is step 5.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { defineElement } from '../../core/define.js';
import { pick, strings, widgetName } from './i18n.js';
import { BuilderStep } from './step.js';
import { actionEvent, announceEvent, projectFor } from './state.js';
import './widget-view.js';

/**
 * @tagname djb-choose
 * @summary Builder step 3: choose a widget among the suggestions, each previewed.
 * @fires djb-action - A widget was chosen.
 * @fires djb-announce - The choice, for the live region.
 */
export class DjbChoose extends BuilderStep {
  private choose(tag: string): void {
    this.dispatchEvent(actionEvent({ type: 'widget', tag }));
    this.dispatchEvent(announceEvent(strings(this.ui).annChosen(widgetName(tag, this.ui))));
  }

  protected override render(): TemplateResult | typeof nothing {
    const given = this.given();
    if (!given) return nothing;
    const { st, d, s } = given;
    if (!d.ready) return html`<p class="blocked">${d.paragraph ? s.needConfirm : s.needData}</p>`;
    // Why a widget is missing, in the editor's language: said under the suggestions (or alone).
    const leftOut = d.leftOut.length === 0
      ? nothing
      : html`<section class="left-out" aria-labelledby="djb-left-out-h">
          <h3 id="djb-left-out-h">${s.leftOutHeading}</h3>
          <ul>
            ${d.leftOut.map((l) => html`<li data-tag=${l.tag}><span class="name">${widgetName(l.tag, this.ui)}</span> <code>&lt;${l.tag}&gt;</code>${this.ui === 'en' ? ': ' : '：'}<span class="reason">${pick(this.ui, l)}</span></li>`)}
          </ul>
        </section>`;
    if (d.suggestions.length === 0) return html`<p class="blocked">${s.noSuggestion}</p>${leftOut}`;
    const order = d.suggestions.map((sg) => s.orderItem(widgetName(sg.tag, this.ui), Math.round(sg.score * 100))).join(s.listSep);
    return html`<p class="help" id="djb-choose-help">${s.chooseHelp}</p>
      <p class="help" id="djb-choose-order">${s.orderWhy(order)}</p>
      <fieldset aria-describedby="djb-choose-help">
        <legend>${s.chooseLegend}</legend>
        <div class="choices-grid">
          ${d.suggestions.map(
            (sg, i) => html`<div class="choice">
              <label>
                <input type="radio" name="djb-widget" .value=${sg.tag} .checked=${sg.tag === d.widget} @change=${() => this.choose(sg.tag)} />
                <span>
                  <span class="name">${widgetName(sg.tag, this.ui)}</span>
                  <code>&lt;${sg.tag}&gt;</code>
                  ${i === 0 ? html`<span class="badge">${s.best}</span>` : nothing}
                  <span class="reason">${pick(this.ui, sg)}</span>
                </span>
              </label>
              <div class="mini" inert>
                <djb-widget data-tag=${sg.tag} .tag=${sg.tag} .project=${projectFor(st, d.table, sg.tag, d.suggestions)} fixed-width="280" generated-summary></djb-widget>
              </div>
            </div>`,
          )}
        </div>
      </fieldset>
      ${leftOut}`;
  }
}

defineElement('djb-choose', DjbChoose);

declare global {
  interface HTMLElementTagNameMap {
    'djb-choose': DjbChoose;
  }
}
