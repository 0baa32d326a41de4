/**
 * The width a widget lays out at, known before its first render. @lit-labs/observers'
 * ResizeController started observing from inside the render (its target directive) and asked
 * for a second update from there, so every widget rendered once empty and once at its width —
 * and Lit's dev mode warned "scheduled an update after an update completed" for each. Here the
 * first update reads the host's content width synchronously, and a ResizeObserver on the
 * frame's empty full-width sizer reports later changes from its own callback (outside any
 * update), asking for an update only when the whole-pixel width really changed.
 */
import { noChange, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { ON_SERVER } from '../server.js';
import { contentWidth } from '../base/width.js';
import { computedFont } from '../measure.js';
import { readPageScheme } from '../page-scheme.js';
import { dropReads, expectReads, takeRead } from './first-reads.js';

type Host = ReactiveControllerHost & HTMLElement;

export class WidthController implements ReactiveController {
  /** The last width measured (px, whole); undefined before the first measurement. */
  private width: number | undefined;
  private observer: ResizeObserver | undefined;
  private observed: Element | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /**
   * The width now. Before anything was observed it is read from the host, so the first render
   * already has it (the sizer, once rendered, fills the same content box).
   */
  get value(): number | undefined {
    if (ON_SERVER) return undefined;
    if (this.width === undefined) {
      const w = Math.floor(takeRead(this.host, 'width', () => contentWidth(this.host)));
      // Hidden or not laid out yet: nothing known; the observer reports the width when it comes.
      if (w > 0) this.width = w;
    }
    return this.width;
  }

  hostConnected(): void {
    if (this.observed) this.observer?.observe(this.observed);
    // Every widget's first reads of the page, with those of the others connected in this task
    // (first-reads.ts): the width, the font its layouts measure with, and the page's scheme.
    else if (!ON_SERVER && this.width === undefined) {
      const host = this.host;
      expectReads(host, () => ({ width: contentWidth(host), font: computedFont(host), scheme: readPageScheme(host) }));
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    dropReads(this.host);
  }

  /** Observes `el` (the sizer); called by the directive below whenever it renders. */
  observe(el: Element): void {
    if (ON_SERVER || el === this.observed) return;
    this.observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      const w = Math.floor(entry.contentRect.width);
      if (w === this.width) return;
      this.width = w;
      this.host.requestUpdate();
    });
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = el;
    this.observer.observe(el);
  }

  /** The element directive that puts the observer on the sizer: `<div ${size.target()}>`. */
  target(): unknown {
    return sizeTarget(this);
  }
}

class SizeTargetDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('size.target() belongs on an element');
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the directive's argument type
  render(_controller: WidthController): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [controller]: [WidthController]): typeof noChange {
    controller.observe(part.element);
    return noChange;
  }
}

const sizeTarget = directive(SizeTargetDirective);
