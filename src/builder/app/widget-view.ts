/**
 * One live widget drawn from a project: the same attributes and data the published code
 * carries (`widgetAttributes`, `projectData`), set through DOM properties, never as markup.
 */
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { defineElement } from '../../core/define.js';
import { projectData, takesText, widgetAttributes, WIDGET_TAGS, type Project } from '../index.js';

/** What a preview element is: any dj-* widget, most with `toSvg`. */
export type WidgetElement = HTMLElement & { data?: unknown; toSvg?: (o?: { width?: number; theme?: 'light' | 'dark' }) => string; updateComplete?: Promise<boolean> };

/** Colours as the tokens the widgets read: the first is the accent, the rest the palette. */
export function colorProps(colors: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  colors.forEach((c, i) => {
    if (!c) return;
    if (i === 0) out['--dj-accent'] = c;
    else out[`--dj-palette-${i}`] = c;
  });
  return out;
}

/**
 * @tagname djb-widget
 * @summary A builder preview: the project's widget, live, optionally at a fixed width and theme.
 */
export class DjbWidget extends LitElement {
  /** The project to draw. */
  @property({ attribute: false }) project: Project | null = null;
  /** Draw this widget instead of the project's (the choice previews). */
  @property() tag = '';
  /** Fixed width in px; 0 follows the container. */
  @property({ type: Number, attribute: 'fixed-width' }) fixedWidth = 0;
  /** Forces light or dark; '' keeps the project's theme. */
  @property({ attribute: 'force-theme' }) forceTheme: '' | 'light' | 'dark' = '';
  /** Leaves out the project's own summary, so the widget writes its generated one. */
  @property({ type: Boolean, attribute: 'generated-summary' }) generatedSummary = false;

  private readonly box = createRef<HTMLDivElement>();
  private el: WidgetElement | null = null;
  private lastData: unknown = undefined;
  private lastText = '';
  private setAttrs = new Set<string>();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The drawn element, once there is one. */
  get widget(): WidgetElement | null {
    return this.el;
  }

  protected override render(): TemplateResult {
    return html`<div class="djb-widget-box" ${ref(this.box)}></div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.sync();
  }

  private sync(): void {
    const box = this.box.value;
    const p = this.project;
    const tag = this.tag || p?.widget || '';
    if (!box) return;
    if (!p || !WIDGET_TAGS.includes(tag)) {
      box.replaceChildren();
      this.el = null;
      return;
    }
    if (this.el?.localName !== tag) {
      const created: WidgetElement = document.createElement(tag);
      this.el = created;
      this.lastData = undefined;
      this.lastText = '';
      this.setAttrs = new Set();
      box.replaceChildren(this.el);
    }
    const el = this.el;
    const project: Project = { ...p, widget: tag };
    // Previews draw at once and without motion (they are checked, not read); the code has neither.
    const attrs: Record<string, string> = { ...widgetAttributes(project), eager: '', 'no-motion': '' };
    if (this.fixedWidth > 0) attrs['width'] = String(this.fixedWidth);
    if (this.forceTheme) attrs['theme'] = this.forceTheme;
    if (this.generatedSummary) delete attrs['summary'];
    // Only what this view set before: widgets reflect some properties (density, theme) themselves.
    for (const name of this.setAttrs) if (!(name in attrs)) el.removeAttribute(name);
    this.setAttrs = new Set(Object.keys(attrs));
    for (const [name, value] of Object.entries(attrs)) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    if (!('style' in attrs)) {
      el.removeAttribute('style');
      for (const [name, value] of Object.entries(colorProps(p.describe.colors))) el.style.setProperty(name, value);
    }
    const data = projectData(project);
    if (takesText(tag)) {
      // dj-figures reads paragraphs from its light DOM: text nodes only, never markup.
      if (this.lastText !== p.input.text) {
        this.lastText = p.input.text;
        el.replaceChildren(...data.map((t) => Object.assign(document.createElement('p'), { textContent: String(t) })));
      }
      return;
    }
    // A new array means a new layout: only hand one over when the data really changed.
    const key = JSON.stringify(data);
    if (key !== this.lastData) {
      this.lastData = key;
      el.data = data;
    }
  }
}

defineElement('djb-widget', DjbWidget);

declare global {
  interface HTMLElementTagNameMap {
    'djb-widget': DjbWidget;
  }
}
