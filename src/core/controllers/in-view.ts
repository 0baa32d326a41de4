/**
 * Tells a widget when it (or a part of it) is on screen: for count-ups and entrances that
 * should start when the reader gets there, not on page load. One IntersectionObserver per
 * controller, disconnected on removal (and after the first sighting with `once`).
 */
import { type ReactiveController, type ReactiveControllerHost } from 'lit';

export interface InViewOptions {
  /** What to watch; default the host. Called at connection, so it may return a rendered part. */
  target?: () => Element | null | undefined;
  /** Share of the target that must be visible, 0–1 (default 0.25). */
  threshold?: number;
  /** Grows (or shrinks) the viewport for the test, as IntersectionObserver's rootMargin: "100% 0px" means "within a screen". */
  rootMargin?: string;
  /** Stop watching after the first time it is seen (default true). */
  once?: boolean;
  /** Called when visibility changes (with `once`, only for the first sighting). */
  onChange?: (inView: boolean) => void;
}

export class InViewController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;
  private readonly options: InViewOptions;
  private observer: IntersectionObserver | undefined;
  /** Visible now (as far as the last report said). */
  inView = false;
  /** Has been visible at least once since connection. */
  seen = false;

  constructor(host: ReactiveControllerHost & Element, options: InViewOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Print does not scroll: a page being printed shows every widget, so all count as seen.
    const query = printQuery();
    if (query?.matches) {
      this.report(true);
      return;
    }
    if (query) printWatchers.add(this.onPrint);
    // A widget seen once (with `once`) needs no observer again after a move.
    if (this.seen && this.options.once !== false) return;
    // Lit SSR never connects hosts; in Node there is no IntersectionObserver either.
    // Old browsers and some embedded web views have none (the DOM types say it always exists).
    const IO = (globalThis as { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
    if (!IO) {
      // Nothing can tell us: behave as if seen, so content never waits forever.
      this.report(true);
      return;
    }
    // The target may be a part rendered in the first update: observe once that is done.
    void this.host.updateComplete.then(() => {
      // Already seen by `check()` in the first render: nothing to wait for.
      if (!this.host.isConnected || this.observer || (this.seen && this.options.once !== false)) return;
      const target = this.options.target?.() ?? this.host;
      this.observer = new IO(this.onEntries, { threshold: this.options.threshold ?? 0.25, rootMargin: this.options.rootMargin ?? '0px' });
      this.observer.observe(target);
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    printWatchers.delete(this.onPrint);
  }

  private readonly onPrint = (): void => {
    this.report(true);
  };

  /** Whether an observer is live (for tests that check removal releases it). */
  get observing(): boolean {
    return this.observer !== undefined;
  }

  /**
   * A first look for a render that would otherwise draw a placeholder: the observer's first
   * report comes only after a frame is painted, so a widget already in view (or within the
   * rootMargin's vertical reach) would show its placeholder for a frame. One layout read answers
   * now; true marks it seen, as the observer would. Only the rootMargin's first (top) value is
   * read, in % of the viewport's height or px.
   *
   * Many widgets rendering in the same task (a page of small multiples, a CMS inserting a list)
   * would each force a layout right after the previous one rendered. So only the first looks at
   * once; the others answer false now (their placeholder has the final height) and are all
   * looked at together when this round of updates is over — still before the frame is painted —
   * and those within reach update again with their marks.
   */
  check(): boolean {
    if (this.seen) return true;
    if (!this.host.isConnected || typeof innerHeight !== 'number') return false;
    if (round) {
      round.add(this);
      return false;
    }
    round = new Set();
    // Queued behind the updates already waiting (every widget connected in this task).
    queueMicrotask(lookAtRound);
    return this.look();
  }

  /** Within reach now (one layout read); marks it seen when so. */
  private look(): boolean {
    if (this.seen) return true;
    if (!this.host.isConnected) return false;
    const m = /^(-?[\d.]+)(%|px)/.exec(this.options.rootMargin ?? '0px');
    const margin = m ? (m[2] === '%' ? (Number(m[1]) / 100) * innerHeight : Number(m[1])) : 0;
    const r = this.host.getBoundingClientRect();
    if (r.bottom < -margin || r.top > innerHeight + margin) return false;
    this.inView = true;
    this.seen = true;
    if (this.options.once !== false) {
      this.observer?.disconnect();
      this.observer = undefined;
    }
    this.options.onChange?.(true);
    return true;
  }

  /** The deferred looks of one round: all read first, then those in reach update. */
  static lookAt(controllers: Iterable<InViewController>): void {
    const near = [...controllers].filter((c) => !c.seen && c.look());
    for (const c of near) c.host.requestUpdate();
  }

  private readonly onEntries = (entries: IntersectionObserverEntry[]): void => {
    const entry = entries[entries.length - 1];
    if (entry) this.report(entry.isIntersecting);
  };

  private report(visible: boolean): void {
    if (visible === this.inView && (this.seen || !visible)) return;
    const first = visible && !this.seen;
    this.inView = visible;
    if (visible) this.seen = true;
    if (this.options.once !== false && first) {
      this.observer?.disconnect();
      this.observer = undefined;
    }
    if (this.options.once === false || first) this.options.onChange?.(visible);
    this.host.requestUpdate();
  }
}

/** The controllers whose check() was deferred in the current round of updates (see check()). */
let round: Set<InViewController> | null = null;

function lookAtRound(): void {
  const those = round ?? [];
  round = null;
  InViewController.lookAt(those);
}

/**
 * One print query for the page, shared by every controller: a `matchMedia('print')` per
 * controller (two per widget, each asked twice) parsed and evaluated a media query each time a
 * widget connected, four times per chart in the first frame (issue #16). The watchers are the
 * connected controllers not yet seen or printing.
 */
let print: MediaQueryList | null | undefined;
const printWatchers = new Set<() => void>();

function printQuery(): MediaQueryList | null {
  if (print === undefined) {
    print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    // beforeprint for the print dialog; the media query's change for print emulation and
    // print-to-PDF tools that switch media without the event.
    print?.addEventListener('change', (e) => {
      if (e.matches) printAll();
    });
    if (print) window.addEventListener('beforeprint', printAll);
  }
  return print;
}

function printAll(): void {
  for (const watch of [...printWatchers]) watch();
}
