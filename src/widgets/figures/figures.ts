import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProps } from '../../core/style-props.js';
import { MutationController } from '@lit-labs/observers/mutation-controller.js';
import { KeyboardNavController } from '../../core/a11y/keyboard.js';
import { LocaleController } from '../../core/controllers/locale.js';
import { selectEvent } from '../../core/events.js';
import type { Locale } from '../../core/i18n/locale.js';
import { frameStyles, tokens } from '../../core/styles.js';
import { VERSION } from '../../core/version.js';
import type { ToSvgOptions } from '../../core/widget.js';
import { extractFigures, type Figure } from '../../extract/index.js';
import { joinParagraphs, layoutFigures, placeTooltip, type FiguresScene, type Highlight, type TooltipPlace } from './figures.layout.js';
import { figuresStyles } from './figures.styles.js';
import { figuresSvg } from './figures.svg.js';
import { staticRoot, stillParsing } from '../../core/hydration.js';
import { DataError } from '../../core/data/errors.js';
import { messages } from '../../core/i18n/messages.js';
import { ON_SERVER } from '../../core/server.js';
import { readBlocks, type Block } from './figures.blocks.js';
import { fetchParagraphs, paragraphsFromJson, paragraphsFromJsonText, paragraphsFromText } from './figures.input.js';
import { schemeOf } from '../../core/static/paint.js';

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
/** The count line when more figures were found than are marked. */
function limitNote(locale: Locale, total: number, max: number): string {
  return locale === 'en'
    ? `${total.toLocaleString('en')} figures found; the first ${max.toLocaleString('en')} are marked`
    : `识别出 ${total.toLocaleString('zh-CN')} 个数字，标出前 ${max.toLocaleString('zh-CN')} 个`;
}

export class DjFigures extends LitElement {
  /** The dj-widgets version that defined this element (read by the guarded registration). */
  static readonly version = VERSION;
  static override styles = [tokens, frameStyles, figuresStyles];
  /**
   * Row limit (README "Row limits"): at most this many figures are marked; past it a passage is
   * a table pasted as text, and 100,000 marks would block the page. The rest stay plain text and
   * the count line says so.
   */
  static maxRows = 500;

  /** light, dark, or auto (follows the reader's system). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';
  /** The title, as on every widget. */
  @property() heading = '';
  /** A line under the title. */
  @property() subtitle = '';
  /** Notes under the text. */
  @property() notes = '';
  /** Where the text comes from, e.g. "海州区政府工作报告". */
  @property() source = '';
  /** A link for the source; only http(s) and relative URLs are used. */
  @property({ attribute: 'source-url' }) sourceUrl: string | null = '';
  /** Who made it. */
  @property() credit = '';
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

  private textInput: string | null = null;

  /** Highlight under the pointer. */
  @state() private hovered = -1;
  /** Escape hides the tooltip until the reader moves. */
  @state() private dismissed = false;
  @state() private place: TooltipPlace | null = null;

  private readonly localeWatch = new LocaleController(this);
  private readonly nav = new KeyboardNavController(this, (i) => {
    this.select(i);
  });
  // Any change to the light DOM (text typed in an editor, paragraphs added) means reading again.
  protected readonly lightDom = new MutationController(this, {
    config: { childList: true, subtree: true, characterData: true },
    skipInitial: true,
    callback: () => {
      this.stale = true;
    },
  });

  private stale = true;
  private loading = false;
  /** Arrived pre-rendered (dj-widgets/static). */
  private prerendered = false;
  /**
   * No text yet where it is promised later (a script sets it): the server draws a reserved,
   * empty box and a pre-rendered element keeps it until the text comes, as every widget does.
   */
  private reserved = false;
  private fetchedStatus = -1;
  private blocks: Block[] = [];
  private text_ = '';
  private figures_: readonly Figure[] = [];
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
    const old = this.textInput;
    this.textInput = value;
    this.requestUpdate('text', old);
  }

  /** `src`, fetched (never on the server: it has no page to fetch for). */
  private readonly fetched = new Task(this, {
    task: async ([src], { signal }) => (src && !ON_SERVER ? fetchParagraphs(src, signal) : null),
    args: () => [this.src ?? ''] as const,
  });
  private error: DataError | undefined;
  private loggedError = '';
  private warnedUrl = '';

  /** The language the element speaks: its lang, an ancestor's or the document's. */
  get locale(): Locale {
    return this.localeWatch.locale;
  }

  /** Pre-rendered without hydration (dj-widgets/static's "static" mode): draw afresh, not twice. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return staticRoot(this, (this.constructor as typeof LitElement).elementStyles).root ?? super.createRenderRoot();
  }

  override connectedCallback(): void {
    // A classic script in <head>: wait for the parser to attach the server's shadow root.
    if (!ON_SERVER && stillParsing(this)) {
      document.addEventListener('DOMContentLoaded', this.whenParsed);
      return;
    }
    // Before Lit takes the root (and, in static mode, empties it).
    if (!this.hasUpdated) this.prerendered = !ON_SERVER && (this.shadowRoot?.childNodes.length ?? 0) > 0;
    super.connectedCallback();
    // Whatever changed while detached was not observed.
    this.stale = true;
  }

  override disconnectedCallback(): void {
    if (!ON_SERVER) document.removeEventListener('DOMContentLoaded', this.whenParsed);
    super.disconnectedCallback();
  }

  private readonly whenParsed = (): void => {
    document.removeEventListener('DOMContentLoaded', this.whenParsed);
    if (this.isConnected) this.connectedCallback();
  };

  /**
   * The paragraphs in force, by precedence: `data`, `paragraphs`, `text`, `src`, a light-DOM
   * JSON script, the light DOM's blocks. Null while `src` loads. Throws the DataError to show.
   */
  private readInputs(): Block[] | null {
    const plain = (list: string[]): Block[] => list.map((text) => ({ text, lang: undefined }));
    if (this.data !== undefined && this.data !== null) return plain(paragraphsFromJson(this.data, 'data'));
    if (this.paragraphs) return plain(this.paragraphs);
    if (this.textInput !== null) return plain(paragraphsFromText(this.textInput));
    if (this.src) {
      if (ON_SERVER) return null;
      const error = this.fetched.error;
      if (error !== undefined) {
        if (error instanceof DOMException && error.name === 'AbortError') return null;
        throw error instanceof DataError ? error : new DataError(error instanceof Error ? error.message : JSON.stringify(error), { input: 'src' });
      }
      return this.fetched.value ? plain(this.fetched.value) : null;
    }
    // Lit SSR has no light DOM to read (dj-widgets/static passes it as `paragraphs` or `data`).
    if (ON_SERVER) return [];
    const json = Array.from(this.children).find((c) => c.localName === 'script' && c.getAttribute('type') === 'application/json');
    if (json) return plain(paragraphsFromJsonText(json.textContent, 'json'));
    return readBlocks(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const inputs = ['data', 'paragraphs', 'text', 'src'].some((k) => changed.has(k));
    if (inputs || this.stale || this.fetched.status !== this.fetchedStatus) {
      this.stale = false;
      this.fetchedStatus = this.fetched.status;
      try {
        const blocks = this.readInputs();
        this.error = undefined;
        this.loggedError = '';
        this.loading = blocks === null;
        if (blocks) this.blocks = blocks;
      } catch (e) {
        this.error = e instanceof DataError ? e : new DataError(e instanceof Error ? e.message : String(e), { input: 'data' });
        if (this.error.message !== this.loggedError) {
          this.loggedError = this.error.message;
          console.error(`<${this.localName}>: ${this.error.message}`, ...(ON_SERVER ? [] : [this]));
        }
      }
      const none = this.blocks.length === 0 && !this.error && !this.loading;
      this.reserved = none && (ON_SERVER || this.reserved || (this.prerendered && !this.hasUpdated));
      const text = joinParagraphs(this.blocks.map((b) => b.text));
      if (text !== this.text_) {
        this.text_ = text;
        this.figures_ = extractFigures(text);
      }
    }
    if (this.sceneFor?.[0] !== this.text_ || this.sceneFor[1] !== this.locale) {
      const max = DjFigures.maxRows;
      const total = this.figures_.length;
      const scene = layoutFigures(
        this.blocks.map((b) => b.text),
        total > max ? this.figures_.slice(0, max) : this.figures_,
        this.locale,
      );
      this.scene = total > max ? { ...scene, count: limitNote(this.locale, total, max) } : scene;
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
    const paragraphs = (this.readInputs() ?? []).map((b) => b.text);
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
    const t = messages(this.locale);
    return html`<figure part="frame" aria-labelledby=${this.heading ? 'title' : nothing} lang=${this.locale}>
      ${this.heading ? html`<p id="title" class="title" part="title">${this.heading}</p>` : nothing}
      ${this.subtitle ? html`<p class="subtitle" part="subtitle">${this.subtitle}</p>` : nothing}
      ${this.error
        ? html`<div class="status error" part="status" role="alert"><strong>${t.errorTitle}</strong> <span>${this.error.text(this.locale)}</span></div>`
        : this.loading && !this.text_
          ? html`<div class="status" part="status" role="status">${t.loading}</div>`
          : nothing}
      ${this.renderText()} ${this.renderFooter(t)}
    </figure>`;
  }

  private renderFooter(t: ReturnType<typeof messages>): TemplateResult | typeof nothing {
    const url = (this.sourceUrl ?? '').trim();
    // http(s) or relative; not protocol-relative (//host): the rule every widget's frame follows.
    const safeUrl = /^(https?:\/\/|\/(?!\/)|\.\.?\/)/i.test(url) ? url : '';
    if (url && !safeUrl && this.warnedUrl !== url) {
      this.warnedUrl = url;
      console.warn(`<${this.localName}>: source-url "${url}" is not an http(s) or relative link; it is not used.`);
    }
    const source = this.source
      ? html`<p class="source">${t.source}${safeUrl ? html`<a href=${safeUrl} rel="noopener">${this.source}</a>` : this.source}</p>`
      : nothing;
    if (!this.notes && !this.source && !this.credit) return nothing;
    return html`<footer part="footer">
      ${this.notes ? html`<p class="notes">${t.notes}${this.notes}</p>` : nothing} ${source}
      ${this.credit ? html`<p class="credit">${this.credit}</p>` : nothing}
    </footer>`;
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
