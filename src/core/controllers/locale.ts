/**
 * Keeps a widget speaking the language in force: its lang, an ancestor's, or the document's.
 * One MutationObserver for the whole page watches every lang attribute, however many widgets.
 */
import { type ReactiveController, type ReactiveControllerHost } from 'lit';
import { resolveLocale, type Locale } from '../i18n/locale.js';
import { ON_SERVER } from '../server.js';

/**
 * On a server (Lit SSR) there is no document to ask: dj-widgets/static says which language the
 * page is in for the duration of one synchronous render.
 */
let serverLocale: Locale = 'en';
export function setServerLocale(locale: Locale): Locale {
  const before = serverLocale;
  serverLocale = locale;
  return before;
}

const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(c: LocaleController): void {
  hosts.add(c);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((h) => h.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(c: LocaleController): void {
  hosts.delete(c);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** What the shared lang observer holds; tests use it to prove removal leaves nothing behind. */
export function localeWatchers(): { hosts: number; observing: boolean } {
  return { hosts: hosts.size, observing: observer !== undefined };
}

export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;
  locale: Locale = 'en';

  constructor(host: ReactiveControllerHost & Element) {
    this.host = host;
    host.addController(this);
    // Lit SSR never connects elements, so this is the locale a server render speaks.
    if (ON_SERVER) this.locale = serverLocale;
  }

  hostConnected(): void {
    this.locale = resolveLocale(this.host);
    // Lit SSR never connects elements, so this runs only in a browser.
    watch(this);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  refresh(): void {
    const next = resolveLocale(this.host);
    if (next !== this.locale) {
      this.locale = next;
      this.host.requestUpdate();
    }
  }
}
