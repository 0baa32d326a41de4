/**
 * What every element with a frame shares, the charts (DjWidget) and <dj-figures> alike: the
 * frame's attributes, the reader's locale, the one error report, and taking over a server's
 * pre-rendered shadow root (with the hold for data that came before the element was defined).
 * Figures has no data table, scene cache or export; the charts add those in DjWidget.
 */
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../controllers/locale.js';
import type { DataError } from '../data/errors.js';
import { staticRoot, stillParsing } from '../hydration.js';
import { normalizeLocale, type Locale } from '../i18n/locale.js';
import { messages, type Messages } from '../i18n/messages.js';
import { SchemeSheet } from './scheme-sheet.js';
import { ON_SERVER, reportServerError } from '../server.js';
import { VERSION } from '../version.js';

export abstract class DjFramed extends LitElement {
  /** The dj-widgets version that defined this element (read by the guarded registration). */
  static readonly version = VERSION;

  /** The title. Defaults to the <caption> of a light-DOM table. (Not `title`: that attribute makes the browser show a tooltip over the whole widget.) */
  @property() heading = '';
  /** A line under the title. */
  @property() subtitle = '';
  /** Notes under the chart. */
  @property() notes = '';
  /** Where the data comes from, e.g. "海州区政府工作报告". */
  @property() source = '';
  /** A link for the source; only http(s) and relative URLs are used. */
  @property({ attribute: 'source-url' }) sourceUrl: string | null = '';
  /** Who made the chart. */
  @property() credit = '';
  /** light, dark, or auto (follows the reader's system). */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  protected readonly localeWatch = new LocaleController(this);
  /** theme="auto" follows the page around the element (scheme-sheet.ts): the charts and <dj-figures> alike. */
  private readonly scheme = new SchemeSheet();
  private schemeStale = true;

  /**
   * Pre-rendered (dj-widgets/static): the element arrived with a declarative shadow root
   * holding its marks. They are shown already, so they neither wait for the viewport nor
   * play the entrance again.
   */
  protected prerendered = !ON_SERVER && (this.shadowRoot?.childNodes.length ?? 0) > 0;
  /** Lit's hydrate support takes the server's nodes over: the first render must be the server's, at its width. */
  protected hydrating = false;
  /** The message last reported, so one bad input is reported once, not at every render. */
  private reported = '';

  /**
   * The box a server render draws, empty, where data is promised later (a script sets it): each
   * element names its own ('.chart.reserved' for the charts, '.text.reserved' for figures).
   */
  protected static reservedSelector = '';

  private holding = false;

  /**
   * True for the one update that must render the server's reserved box as it is. The server drew
   * an empty frame (data promised later) but the data was set before this element was defined (a
   * page script ahead of a lazily loaded chunk): hydration first takes the server's frame over
   * as it is, the next update draws the data. Drawing at once would not match what hydration
   * expects, and would leave the server's frame beside a second one.
   */
  protected get heldForHydration(): boolean {
    return this.holding;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Read in the update, where the page's scheme is read with the other widgets' first reads.
    if ((this.schemeStale || changed.has('theme')) && this.isConnected) {
      this.schemeStale = false;
      this.scheme.follow(this, this.theme);
    }
    const selector = (this.constructor as typeof DjFramed).reservedSelector;
    this.holding = this.hydrating && !this.hasUpdated && selector !== '' && !!this.shadowRoot?.querySelector(selector);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.holding) return;
    this.holding = false;
    // The data waits one update, not one event: the next microtask draws it.
    queueMicrotask(() => this.requestUpdate());
  }

  /** The language the element speaks: zh-CN or en, from its own lang, an ancestor's, or the document's. */
  get locale(): Locale {
    // A server render has no ancestors to ask: the element's own lang, else the page's.
    if (ON_SERVER) return normalizeLocale(this.getAttribute('lang')) ?? this.localeWatch.locale;
    return this.localeWatch.locale;
  }

  protected get t(): Messages {
    return messages(this.locale);
  }

  /**
   * The one error report: once per message. On the server the renderer reports it (one line,
   * with where the element is); in the page the element itself goes with the message, for the
   * developer tools to point at.
   */
  protected report(error: DataError): void {
    if (error.message === this.reported) return;
    this.reported = error.message;
    if (ON_SERVER) reportServerError(this.localName, error.message);
    else console.error(`<${this.localName}>: ${error.message}`, this);
  }

  /** The input is good again: the next failure is reported even if it says the same as the last. */
  protected reportCleared(): void {
    this.reported = '';
  }

  /**
   * A pre-rendered shadow root is taken over in place when Lit's hydrate support is loaded and
   * the markup carries its markers (mode "hydratable"). Otherwise (mode "static", or no hydrate
   * support) the server's drawing is cleared and the element renders afresh: rendering into it
   * would append a second drawing after the first.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const { root, hydrate } = staticRoot(this, (this.constructor as typeof LitElement).elementStyles);
    this.hydrating = hydrate;
    return root ?? super.createRenderRoot();
  }

  override connectedCallback(): void {
    // A classic script in <head> defines the element before the parser has read its content:
    // attaching a shadow root now would make the parser refuse the server's declarative one
    // ("A second declarative shadow root cannot be created") and leave it inert. Wait for it.
    if (!ON_SERVER && stillParsing(this)) {
      document.addEventListener('DOMContentLoaded', this.whenParsed);
      return;
    }
    // Only now can a deferred element see the root the parser attached after it was created.
    if (!this.hasUpdated) this.prerendered = !ON_SERVER && (this.shadowRoot?.childNodes.length ?? 0) > 0;
    super.connectedCallback();
    // Moved to another page or place: its scheme is read again at the next update.
    this.schemeStale = true;
    this.requestUpdate();
    this.connected();
  }

  /** Runs once the element is really connected (after the parser has passed it). */
  protected connected(): void {}

  override disconnectedCallback(): void {
    if (!ON_SERVER) document.removeEventListener('DOMContentLoaded', this.whenParsed);
    super.disconnectedCallback();
  }

  private readonly whenParsed = (): void => {
    document.removeEventListener('DOMContentLoaded', this.whenParsed);
    if (this.isConnected) this.connectedCallback();
  };
}
