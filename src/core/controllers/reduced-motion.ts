/**
 * Whether the reader allows motion. Motion is the exception: it runs only under
 * `prefers-reduced-motion: no-preference`, so a browser that cannot say (or a static render)
 * gets none. Follows the setting live; releases its listener on removal.
 */
import { type ReactiveController, type ReactiveControllerHost } from 'lit';

export const MOTION_QUERY = '(prefers-reduced-motion: no-preference)';

/** The reader's setting now; false where there is no matchMedia. */
export function motionAllowed(): boolean {
  return queryMotion()?.matches ?? false;
}

/** The media query list, where there is one (not in Node or a static render; the DOM types say always). */
function queryMotion(): MediaQueryList | undefined {
  const mm = (globalThis as { matchMedia?: typeof matchMedia }).matchMedia;
  return mm ? mm(MOTION_QUERY) : undefined;
}

export class ReducedMotionController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private query: MediaQueryList | undefined;
  /** True when the reader allows motion. */
  allowed = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** True when motion must not run. */
  get reduced(): boolean {
    return !this.allowed;
  }

  hostConnected(): void {
    this.query = queryMotion();
    if (!this.query) return;
    this.allowed = this.query.matches;
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    this.query = undefined;
  }

  private readonly onChange = (e: MediaQueryListEvent): void => {
    if (e.matches === this.allowed) return;
    this.allowed = e.matches;
    this.host.requestUpdate();
  };
}
