import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProps } from '../../core/style-props.js';
import { KeyboardNavController } from '../../core/a11y/keyboard.js';
import { selectEvent } from '../../core/events.js';
import type { Locale } from '../../core/i18n/locale.js';
import { frameStyles, tokens } from '../../core/styles.js';
import type { ToSvgOptions } from '../../core/scene.js';
import { DjFramed } from '../../core/base/framed.js';
import { errorTemplate, footerTemplate, frameTemplate, noticeTemplate } from '../../core/base/frame-template.js';
import { extractFigures, type Figure } from '../../extract/index.js';
import { joinParagraphs, layoutFiguresUpTo, placeTooltip, type FiguresScene, type Highlight, type TooltipPlace } from './figures.layout.js';
import { figuresStyles } from './figures.styles.js';
import { figuresSvg } from './figures.svg.js';
import { DataError } from '../../core/data/errors.js';
import { ON_SERVER } from '../../core/server.js';
import type { Block } from './figures.blocks.js';
import { FiguresReader } from './figures.reader.js';
import { schemeOf } from '../../core/static-svg/paint.js';

/**
 * A passage of article text with every figure in it highlighted: write the paragraphs inside the
 * element (readers without JavaScript see them as they are); with JavaScript, the element runs
 * the figure extractor over them and shows each figure as a highlight that says, on hover, focus
 * or tap, what was read: label, value and unit in the reader's language, bound, kind, target.
 *
 * @tagname dj-figures
 * @summary An article paragraph with each figure highlighted and explained; the seed of the editors' builder.
 *
 * @slot - The text: one or more `<p>` (or other block elements), or a `<script type="application/json">` with the paragraphs. Not displayed once the element runs; re-read whenever it changes.
 * @csspart frame - The <figure> around everything.
 * @csspart title - The title.
 * @csspart subtitle - The subtitle.
 * @csspart status - The loading or error message.
 * @csspart footer - Notes, source and credit.
 * @fires dj-select - A highlight was chosen (Enter, Space or click); `detail`: `{ index, label, value, unit }`, `index` into `figures`.
 * @csspart text - The box holding the paragraphs.
 * @csspart paragraph - Each paragraph.
 * @csspart figure - Each highlight (a `<mark>`).
 * @csspart count - The line that says how many figures were found.
 * @csspart legend - The list of kinds under the text.
 * @csspart tooltip - The tooltip.
 * @cssprop --dj-figure-level - Background of a level (an amount). Keep body text on it at 4.5:1.
 * @cssprop --dj-figure-growth - Background of a growth rate.
 * @cssprop --dj-figure-share - Background of a share.
 * @cssprop --dj-figure-progress - Background of progress against a target.
 * @cssprop --dj-figure-level-line - Underline of a level (default: the accent).
 * @cssprop --dj-figure-growth-line - Underline of a growth rate.
 * @cssprop --dj-figure-share-line - Underline of a share (default: the highlight colour).
 * @cssprop --dj-figure-progress-line - Underline of progress.
 * @cssprop --dj-text-size - Size of the paragraph text (default 1.125em).
 * @cssprop --dj-fg - Text colour.
 * @cssprop --dj-bg - Background colour.
 * @cssprop --dj-muted - The count line and legend.
 * @cssprop --dj-focus - The keyboard focus ring.
 * @cssprop --dj-font - Font family.
 * @cssprop --dj-font-size - Base font size (default 14px).
 */
export class DjFigures extends DjFramed {
  static override styles = [tokens, frameStyles, figuresStyles];
  /**
   * Row limit (README "Row limits"): at most this many figures are marked; past it a passage is
   * a table pasted as text, and 100,000 marks would block the page. The rest stay plain text and
   * the count line says so.
   */
  static maxRows = 500;

  /** URL of a text file (paragraphs parted by blank lines, else one per line) or of JSON as `data` takes. */
  @property() src: string | null = null;
  /**
   * The text as JSON: a string, an array of strings (one per paragraph), `[{ "text": … }]`,
   * or `{ "paragraphs": [...] }`. Wins over every other input, as `data` does on every widget.
   */
  @property({ attribute: false }) data: unknown = undefined;

  /**
   * The text as paragraphs, instead of the light DOM: for code (and the server renderer, which
   * has no light DOM to read). Wins over the light DOM while set.
   */
  @property({ attribute: false }) paragraphs: string[] | null = null;

  /** Highlight under the pointer. */
  @state() private hovered = -1;
  /** Escape hides the tooltip until the reader moves. */
  @state() private dismissed = false;
  @state() private place: TooltipPlace | null = null;

  private readonly nav = new KeyboardNavController(this, (i) => {
    this.select(i);
  });
  private readonly reader = new FiguresReader(this);

  /**
   * No text yet where it is promised later (a script sets it): the server draws a reserved,
   * empty box and a pre-rendered element keeps it until the text comes, as every widget does.
   */
  private reserved = false;
  private get blocks(): Block[] { return this.reader.blocks; }
  private get loading(): boolean { return this.reader.loading; }
  private get error(): DataError | undefined { return this.reader.error; }
  private get text_(): string { return this.reader.text; }
  private get figures_(): readonly Figure[] { return this.reader.figures; }
  private scene: FiguresScene | undefined;
  private sceneFor: [string, Locale] | undefined;

  /**
   * The figures found, as `extractFigures` returns them; offsets index `text`. Read-only; it
   * follows the light DOM after each update (`await el.updateComplete`).
   */
  get figures(): readonly Figure[] {
    return this.figures_;
  }

  /**
   * Set (property or `text` attribute): the passage to read, instead of the light DOM; blank
   * lines part paragraphs (without any, each line is one). Read: the text the figures were read
   * from — the paragraphs, white space collapsed, joined by a blank line; `figures` index it.
   */
  @property({ attribute: 'text', noAccessor: true })
  get text(): string {
    return this.text_;
  }

  set text(value: string | null) {
    const old = this.reader.textInput;
    this.reader.textInput = value;
    this.requestUpdate('text', old);
  }

  /** The server's empty box for text promised later, taken over as is when the text came first (core/base/framed.ts). */
  protected static override reservedSelector = '.text.reserved';

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.reader.refresh(changed, (e) => this.report(e), () => this.reportCleared())) {
      const none = this.blocks.length === 0 && !this.error && !this.loading;
      this.reserved = none && (ON_SERVER || this.reserved || (this.prerendered && !this.hasUpdated));
    }
    if (this.sceneFor?.[0] !== this.text_ || this.sceneFor[1] !== this.locale) {
      this.scene = layoutFiguresUpTo(this.blocks.map((b) => b.text), this.figures_, this.locale, DjFigures.maxRows);
      this.sceneFor = [this.text_, this.locale];
      this.nav.clamp(this.scene.highlights.length);
      if (this.hovered >= this.scene.highlights.length) this.hovered = -1;
    }
  }

  /**
   * The passage as one self-contained SVG document (highlights drawn behind the text, count and
   * legend under it): the static channel for WeChat, RSS and email, with DjWidget.toSvg's
   * contract. Throws a DataError when there is no text.
   */
  toSvg(options: ToSvgOptions = {}): string {
    // Read afresh: a change to the light DOM may not have been rendered yet.
    const paragraphs = (this.reader.read() ?? []).map((b) => b.text);
    const text = joinParagraphs(paragraphs);
    return figuresSvg(paragraphs, text === this.text_ ? this.figures_ : extractFigures(text), this.locale, {
      width: options.width ?? (Math.floor(this.getBoundingClientRect().width) || 640),
      theme: options.theme ?? schemeOf(this.theme),
      paint: options.paint,
      frame: { title: this.heading, subtitle: this.subtitle, notes: this.notes, source: this.source, credit: this.credit },
    });
  }

  private select(i: number): void {
    const h = this.scene?.highlights[i];
    const f = h ? this.figures_[h.figures[0] ?? -1] : undefined;
    if (!h || !f) return;
    this.dispatchEvent(selectEvent({ index: h.figures[0] ?? 0, label: f.label, value: f.value, unit: f.unit }));
  }

  /** Puts the tooltip next to `mark`, measured now (the only layout read, on hover or focus). */
  private anchor(mark: Element): void {
    const box = this.renderRoot.querySelector('.text')?.getBoundingClientRect();
    const rects = mark.getClientRects();
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!box || !first || !last) return;
    this.place = placeTooltip({ left: first.left, top: first.top, right: first.right, bottom: last.bottom }, box);
    this.dismissed = false;
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      this.dismissed = true;
      return;
    }
    this.nav.handleKeydown(e, this.scene?.highlights.length ?? 0);
  };

  private readonly onFocus = (e: FocusEvent): void => {
    const mark = e.currentTarget as HTMLElement;
    this.anchor(mark);
    this.nav.handleFocus(Number(mark.dataset.index));
  };

  private readonly onEnter = (e: PointerEvent): void => {
    const mark = e.currentTarget as HTMLElement;
    // The focused highlight keeps the tooltip while the pointer wanders.
    if (!this.nav.focused) this.anchor(mark);
    this.hovered = Number(mark.dataset.index);
  };

  private readonly onLeave = (): void => {
    this.hovered = -1;
  };

  private readonly onClick = (e: MouseEvent): void => {
    const i = Number((e.currentTarget as HTMLElement).dataset.index);
    this.nav.active = i;
    this.select(i);
  };

  private renderMark(h: Highlight, i: number, active: boolean): TemplateResult {
    return html`<mark
      part="figure"
      class=${`kind-${h.kind}${active ? ' active' : ''}`}
      role="button"
      aria-roledescription=${this.scene?.roleDescription ?? ''}
      aria-label=${h.aria}
      tabindex=${this.nav.tabIndex(i)}
      data-index=${i}
      @focus=${this.onFocus}
      @blur=${this.nav.handleBlur}
      @keydown=${this.onKeydown}
      @pointerenter=${this.onEnter}
      @pointerleave=${this.onLeave}
      @click=${this.onClick}
      >${h.text}</mark
    >`;
  }

  private renderTooltip(h: Highlight | undefined): TemplateResult | typeof nothing {
    if (!h || !this.place || this.dismissed) return nothing;
    const p = this.place;
    const style = {
      left: `${p.left}px`,
      top: p.top === undefined ? 'auto' : `${p.top}px`,
      bottom: p.bottom === undefined ? 'auto' : `${p.bottom}px`,
      'max-width': `${p.maxWidth}px`,
    };
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" lang=${this.locale} ${styleProps(style)}>
      <strong>${h.title}</strong>
      <dl>
        ${h.rows.map((r) => html`<div><dt>${r.key}</dt><dd>${r.value}</dd></div>`)}
      </dl>
    </div>`;
  }

  /** The frame every widget has: title and subtitle above, status, notes, source and credit below. */
  protected override render(): TemplateResult {
    const t = this.t;
    const loading = this.loading && !this.text_;
    if (this.heldForHydration) {
      return frameTemplate({ locale: this.locale, title: this.heading, subtitle: this.subtitle, status: nothing, body: html`<div class="text reserved" part="text"></div>`, footer: footerTemplate(this, this.t, { notes: this.notes, source: this.source, sourceUrl: this.sourceUrl, credit: this.credit }) });
    }
    return frameTemplate({
      locale: this.locale,
      title: this.heading,
      subtitle: this.subtitle,
      status: this.error ? errorTemplate(t, this.error, this.locale) : loading ? noticeTemplate(t.loading) : nothing,
      body: this.renderText(),
      footer: footerTemplate(this, t, { notes: this.notes, source: this.source, sourceUrl: this.sourceUrl, credit: this.credit }),
    });
  }

  private renderText(): TemplateResult | typeof nothing {
    const scene = this.scene;
    if (this.reserved) return html`<div class="text reserved" part="text"></div>`;
    if (!scene || (!this.text_ && (this.loading || this.error))) return nothing;
    const activeIndex = this.nav.focused ? this.nav.active : this.hovered;
    const active = scene.highlights[activeIndex];
    return html`<div class="text" part="text" role="group" aria-label=${scene.groupLabel} aria-describedby="hint">
        ${scene.paragraphs.map(
          (runs, p) => html`<p part="paragraph" lang=${ifDefined(this.blocks[p]?.lang)}>${runs.map((r) => {
            if (r.type === 'text') return r.text;
            const h = scene.highlights[r.index];
            return h ? this.renderMark(h, r.index, r.index === activeIndex) : r.text;
          })}</p>`,
        )}
        ${this.renderTooltip(active)}
      </div>
      <div class="meta" lang=${this.locale}>
        <p class="count" part="count">${scene.count}</p>
        ${scene.legend.length > 0
          ? html`<ul class="legend" part="legend">
              ${scene.legend.map((l) => html`<li><span class=${`swatch kind-${l.kind}`}></span>${l.text} ${l.count}</li>`)}
            </ul>`
          : nothing}
      </div>
      <p id="hint" class="sr-only">${scene.hint}</p>`;
  }
}
