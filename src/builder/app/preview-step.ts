/**
 * Step 5: the chosen widget at 320, 375 and 600 px and at full width, light and dark, and a
 * phone frame with the static SVG that WeChat gets (as nodes of that very SVG, exactly as it will be seen).
 */
import { svgNodes } from '../../core/static-svg/nodes.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { defineElement } from '../../core/define.js';
import { DataError } from '../../core/data/errors.js';
import { widgetSvg, type Exportable } from '../../core/export/index.js';
import { styleProps } from '../../core/style-props.js';
import { ProjectError } from '../index.js';
import type { UiLang } from './i18n.js';
import { BuilderStep, widgetBlocked } from './step.js';
import type { DjbWidget, WidgetElement } from './widget-view.js';
import './widget-view.js';

const WIDTHS = [320, 375, 600, 0] as const;
const THEMES = ['light', 'dark'] as const;
/** The width of a WeChat article's body on a 375 px phone (16 px margins). */
export const WECHAT_WIDTH = 343;

/** The message of whatever `toSvg` threw, in the interface language. */
export function errorText(e: unknown, ui: UiLang): string {
  const locale = ui === 'en' ? 'en' : 'zh-CN';
  if (e instanceof DataError) return e.text(locale);
  if (e instanceof ProjectError) return e.text(locale);
  return e instanceof Error ? e.message : String(e);
}

/** The live preview element of one frame, for the exports (light DOM: one query). */
export function frameWidget(root: ParentNode, width: 'full' | number, theme: 'light' | 'dark'): WidgetElement | null {
  return root.querySelector<DjbWidget>(`djb-widget[data-frame="${String(width)}-${theme}"]`)?.widget ?? null;
}

/**
 * @tagname djb-preview
 * @summary Builder step 5: the widget side by side at phone, tablet and desktop widths, light and dark, plus WeChat's static image.
 */
export class DjbPreview extends BuilderStep {
  /** Which schemes are shown: both side by side, or one (half as long on a phone). */
  @state() private show: 'both' | 'light' | 'dark' = 'both';
  @state() private svg = '';
  @state() private svgError = '';
  private run = 0;

  protected override render(): TemplateResult | typeof nothing {
    const given = this.given();
    if (!given) return nothing;
    const { d, s } = given;
    const blocked = widgetBlocked(d, s);
    if (blocked) return blocked;
    const project = d.project;
    const themeName = (t: 'light' | 'dark'): string => (t === 'light' ? s.themeLight : s.themeDark);
    const alt = project.describe.heading || project.describe.summary || s.wechat;
    // Hidden, not removed: the WeChat image and the downloads read the light and dark frames.
    const shown = (t: 'light' | 'dark'): boolean => this.show === 'both' || this.show === t;
    const choice = (v: 'both' | 'light' | 'dark', label: string): TemplateResult =>
      html`<label class="check"><input type="radio" name="djb-show" .checked=${this.show === v} @change=${() => (this.show = v)} />${label}</label>`;
    return html`<p class="help">${s.previewHelp}</p>
      <fieldset class="show">
        <legend>${s.showSchemes}</legend>
        <div class="choices">${choice('both', s.bothSchemes)} ${choice('light', s.themeLight)} ${choice('dark', s.themeDark)}</div>
      </fieldset>
      <div class="frames">
        ${WIDTHS.map((w) =>
          THEMES.map(
            (t) => html`<figure class=${`frame ${t}${w === 0 ? ' full' : ''}`} lang=${project.describe.locale} ?hidden=${!shown(t)}>
              <figcaption lang=${this.ui}>${w === 0 ? s.fullWidth : `${w} px`} · ${themeName(t)}</figcaption>
              <div class="canvas" ${styleProps({ width: w ? `${w + 20}px` : null })}>
                <djb-widget data-frame=${`${w === 0 ? 'full' : w}-${t}`} .project=${project} fixed-width=${w} force-theme=${t}></djb-widget>
              </div>
            </figure>`,
          ),
        )}
      </div>
      <h3 id="djb-wechat-h">${s.wechat}</h3>
      <p class="help">${s.wechatHelp}</p>
      <div class="wechat" role="group" aria-labelledby="djb-wechat-h">
        <div class="bar" aria-hidden="true">${s.wechatBar}</div>
        <div class="body" id="djb-wechat">
          ${this.svgError
            ? html`<p class="bad" role="note">${s.staticFailed}${this.svgError}</p>`
            : this.svg
              ? this.svgImage(alt)
              : nothing}
        </div>
      </div>`;
  }

  /**
   * The static drawing as nodes, not an <img> of a data: URL: a strict page (img-src 'self',
   * Trusted Types) allows neither data: images nor parsed markup (core/static-svg/nodes.ts).
   */
  private svgImage(alt: string): SVGSVGElement {
    if (this.svgNode?.[0] !== this.svg) this.svgNode = [this.svg, svgNodes(this.svg)];
    const node = this.svgNode[1];
    node.setAttribute('aria-label', alt);
    return node;
  }

  private svgNode: [string, SVGSVGElement] | undefined;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('state') || changed.has('derived') || changed.has('ui')) void this.drawStatic();
  }

  /** The static drawing, once the light 375 px frame has its data (a newer run wins). */
  private async drawStatic(): Promise<void> {
    const run = ++this.run;
    const host = this.querySelector<DjbWidget>('djb-widget[data-frame="375-light"]');
    if (!host) return;
    await host.updateComplete;
    const el = host.widget;
    await el?.updateComplete;
    if (run !== this.run) return;
    let svg = '';
    let error = '';
    try {
      if (!el?.toSvg) throw new Error(this.ui === 'en' ? `<${el?.localName ?? '?'}> has no static drawing.` : `<${el?.localName ?? '?'}> 还不能输出静态图。`);
      // In the colours the frame shows (the editor's palette included), as the export does.
      svg = await widgetSvg(el as WidgetElement & Exportable, WECHAT_WIDTH);
    } catch (e) {
      error = errorText(e, this.ui);
    }
    if (run !== this.run) return;
    this.svg = svg;
    this.svgError = error;
    // The error the chart itself shows (too many squares, a stage it cannot place): what would
    // be published, so publishing waits until it is fixed.
    const chartError = el?.shadowRoot?.querySelector('[part="status"].error')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    this.dispatchEvent(new CustomEvent('djb-static', { detail: { svg, error, chartError }, bubbles: true }));
  }
}

defineElement('djb-preview', DjbPreview);

declare global {
  interface HTMLElementTagNameMap {
    'djb-preview': DjbPreview;
  }
  interface HTMLElementEventMap {
    'djb-static': CustomEvent<{ svg: string; error: string; chartError: string }>;
  }
}
