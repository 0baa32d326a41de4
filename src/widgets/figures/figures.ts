import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleProps } from '../../core/style-props.js';
import { MutationController } from '@lit-labs/observers/mutation-controller.js';
import { KeyboardNavController } from '../../core/a11y/keyboard.js';
import { LocaleController } from '../../core/controllers/locale.js';
import { defineElement } from '../../core/define.js';
import { selectEvent } from '../../core/events.js';
import type { Locale } from '../../core/i18n/locale.js';
import { frameStyles, tokens } from '../../core/styles.js';
import { VERSION } from '../../core/version.js';
import type { ToSvgOptions } from '../../core/widget.js';
import { extractFigures, type Figure } from '../../extract/index.js';
import { joinParagraphs, layoutFigures, placeTooltip, type FiguresScene, type Highlight, type TooltipPlace } from './figures.layout.js';
import { figuresStyles } from './figures.styles.js';
import { figuresSvg } from './figures.svg.js';
import { staticRoot } from '../../core/hydration.js';
import { schemeOf } from '../../core/static/paint.js';

/** A paragraph of the light DOM: its text with white space collapsed as the page shows it, and its lang. */
interface Block {
  text: string;
  lang: string | undefined;
}

/** Elements that start a paragraph of their own; anything else is inline and joins its neighbours. */
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'HEADER', 'FOOTER', 'MAIN']);
/** Never text: their content is code or an inert template. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

const tidyText = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text of `node` as a reader sees it: textContent without scripts, styles and templates. */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && SKIP.has(node.tagName)) return '';
  let out = '';
  for (const child of Array.from(node.childNodes)) out += textOf(child);
  return out;
}

/**
 * The paragraphs under `root`, in order: each block element holding no other block is one
 * paragraph; runs of text and inline elements between blocks are one too.
 */
function readBlocks(root: Element): Block[] {
  const out: Block[] = [];
  let inline = '';
  const flush = (lang: string | undefined): void => {
    const text = tidyText(inline);
    if (text) out.push({ text, lang });
    inline = '';
  };
  const walk = (parent: Element, lang: string | undefined): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (node instanceof Element) {
        if (SKIP.has(node.tagName)) continue;
        if (!BLOCK.has(node.tagName)) {
          inline += textOf(node);
          continue;
        }
        flush(lang);
        const own = node.getAttribute('lang') ?? lang;
        if (Array.from(node.children).some((c) => BLOCK.has(c.tagName))) {
          walk(node, own);
          flush(own);
        } else {
          const text = tidyText(textOf(node));
          if (text) out.push({ text, lang: own });
        }
      } else if (node.nodeType === Node.TEXT_NODE) {
        inline += node.textContent ?? '';
      }
    }
    flush(lang);
  };
  walk(root, undefined);
  return out;
}

/**
 * A passage of article text with every figure in it highlighted: write the paragraphs inside the
 * element (readers without JavaScript see them as they are); with JavaScript, the element runs
 * the figure extractor over them and shows each figure as a highlight that says, on hover, focus
 * or tap, what was read: label, value and unit in the reader's language, bound, kind, target.
 *
 * @tagname dj-figures
 * @summary An article paragraph with each figure highlighted and explained; the seed of the editors' builder.
 *
 * @slot - The text: one or more `<p>` (or other block elements). Not displayed once the element runs; re-read whenever it changes.
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
export class DjFigures extends LitElement {
  /** The dj-widgets version that defined this element (read by the guarded registration). */
  static readonly version = VERSION;
  static override styles = [tokens, frameStyles, figuresStyles];

  /** light, dark, or auto (follows the reader's system). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

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

  /** The text the figures were read from: the paragraphs, white space collapsed, joined by a blank line. */
  get text(): string {
    return this.text_;
  }

  /** The language the element speaks: its lang, an ancestor's or the document's. */
  get locale(): Locale {
    return this.localeWatch.locale;
  }

  /** Pre-rendered without hydration (dj-widgets/static's "static" mode): draw afresh, not twice. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return staticRoot(this, (this.constructor as typeof LitElement).elementStyles).root ?? super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Whatever changed while detached was not observed.
    this.stale = true;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Lit SSR never connects an element, and has no light DOM to read.
    if (changed.has('paragraphs') || (this.stale && this.isConnected)) {
      this.stale = false;
      this.blocks = this.paragraphs ? this.paragraphs.map((text) => ({ text, lang: undefined })) : readBlocks(this);
      const text = joinParagraphs(this.blocks.map((b) => b.text));
      if (text !== this.text_) {
        this.text_ = text;
        this.figures_ = extractFigures(text);
      }
    }
    if (this.sceneFor?.[0] !== this.text_ || this.sceneFor[1] !== this.locale) {
      this.scene = layoutFigures(
        this.blocks.map((b) => b.text),
        this.figures_,
        this.locale,
      );
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
    const paragraphs = this.paragraphs ?? (this.isConnected ? readBlocks(this) : this.blocks).map((b) => b.text);
    const text = joinParagraphs(paragraphs);
    return figuresSvg(paragraphs, text === this.text_ ? this.figures_ : extractFigures(text), this.locale, {
      width: options.width ?? (Math.floor(this.getBoundingClientRect().width) || 640),
      theme: options.theme ?? schemeOf(this.theme),
      paint: options.paint,
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

  protected override render(): TemplateResult | typeof nothing {
    const scene = this.scene;
    if (!scene) return nothing;
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

defineElement('dj-figures', DjFigures);

declare global {
  interface HTMLElementTagNameMap {
    'dj-figures': DjFigures;
  }
}
