/**
 * One tab stop for a whole chart, arrow keys between its points (a roving tabindex, as the
 * WAI-ARIA Authoring Practices describe for composite widgets).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The index a key moves to, or null when the key is not ours. Pure, for testing. */
export function nextIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(count - 1, current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(0, current - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return Math.min(count - 1, current + 10);
    case 'PageUp':
      return Math.max(0, current - 10);
    default:
      return null;
  }
}

export interface NavHost extends ReactiveControllerHost {
  renderRoot: HTMLElement | DocumentFragment;
  updateComplete: Promise<boolean>;
}

export class KeyboardNavController implements ReactiveController {
  private readonly host: NavHost;
  /** The point that holds the tab stop; -1 before the reader has moved. */
  active = -1;
  /** True while a point has keyboard focus (drives the tooltip). */
  focused = false;
  private readonly onSelect: (index: number) => void;

  constructor(host: NavHost, onSelect: (index: number) => void) {
    this.host = host;
    this.onSelect = onSelect;
    host.addController(this);
  }

  hostConnected(): void {}

  /** tabindex for point i: 0 for the active point (the first one before any move), else -1. */
  tabIndex(i: number): 0 | -1 {
    return i === Math.max(0, this.active) ? 0 : -1;
  }

  /** Keeps the active index valid when the data shrinks. */
  clamp(count: number): void {
    if (this.active >= count) this.active = count - 1;
  }

  readonly handleKeydown = (e: KeyboardEvent, count: number): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      if (this.active >= 0) {
        e.preventDefault();
        this.onSelect(this.active);
      }
      return;
    }
    const next = nextIndex(e.key, Math.max(0, this.active), count);
    if (next === null) return;
    e.preventDefault();
    this.focus(next);
  };

  readonly handleFocus = (i: number): void => {
    this.active = i;
    this.focused = true;
    this.host.requestUpdate();
  };

  readonly handleBlur = (): void => {
    this.focused = false;
    this.host.requestUpdate();
  };

  /** Moves the tab stop and the focus to point i once it is rendered. */
  focus(i: number): void {
    this.active = i;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const el = this.host.renderRoot.querySelector<SVGElement | HTMLElement>(`[data-index="${i}"]`);
      el?.focus();
    });
  }
}
