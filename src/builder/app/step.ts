/**
 * What every step of the builder is: a Lit element given the builder's state, what that state
 * reads as, and the interface language, rendered into the light DOM so the builder's one
 * stylesheet (styles.ts) styles every step. The six steps declared these three properties and
 * the render root each; they extend this instead.
 */
import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { strings, type Strings, type UiLang } from './i18n.js';
import type { BuilderState, Derived } from './state.js';

export class BuilderStep extends LitElement {
  /** The builder's state. */
  @property({ attribute: false }) state: BuilderState | null = null;
  /** What the state reads as. */
  @property({ attribute: false }) derived: Derived | null = null;
  /** The interface language. */
  @property() ui: UiLang = 'zh-CN';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** What a step renders from, with the words of its language; null until the app has handed the state down. */
  protected given(): { st: BuilderState; d: Derived; s: Strings } | null {
    return this.state && this.derived ? { st: this.state, d: this.derived, s: strings(this.ui) } : null;
  }
}

/**
 * Why a step that works on the chosen widget cannot start yet, or null when it can: figures to
 * confirm (a paragraph), a widget to choose, or data to paste.
 */
export function widgetBlocked(d: Derived, s: Strings): TemplateResult | null {
  if (d.ready && d.widget) return null;
  return html`<p class="blocked">${d.paragraph && !d.ready ? s.needConfirm : d.ready ? s.needWidget : s.needData}</p>`;
}
