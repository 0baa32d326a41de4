/**
 * The embed page tells its parent how tall it is, in the three dialects hosts listen for: ours
 * (read by dist/dj-embed-resize.js), AMP's `embed-size` (amp-iframe with `resizable`) and
 * pym.js's string protocol. A height is no secret, and the parent's origin is unknown to the
 * page, so it posts to '*'; the listener is the one that checks who is talking.
 */

/** Our message type, shared with the listener script. */
export const HEIGHT_MESSAGE = 'dj-widgets:height';
/** What the listener sends when it starts after the frame already posted: "say it again". */
export const REQUEST_MESSAGE = 'dj-widgets:request-height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
  /** The link's `frame` (or pym's `childId`); '' when it had none. */
  id: string;
}

/** The pym.js string for `id`, or null without an id: pym's Parent always names its child, so an id-less message reaches no one. */
export function pymHeight(id: string, height: number): string | null {
  return id ? `pymxPYMx${id}xPYMxheightxPYMx${height}` : null;
}

/** Every message one height is posted as, in order: ours, AMP's, pym's. */
export function heightMessages(height: number, id: string): Array<HeightMessage | { sentinel: 'amp'; type: 'embed-size'; height: number } | string> {
  const pym = pymHeight(id, height);
  return [{ type: HEIGHT_MESSAGE, height, id }, { sentinel: 'amp', type: 'embed-size', height }, ...(pym ? [pym] : [])];
}

/** True for pym's Parent asking for a height (it sends the width on load and on every resize). */
function isPymWidth(data: unknown, id: string): boolean {
  return typeof data === 'string' && id !== '' && data.startsWith(`pymxPYMx${id}xPYMxwidthxPYMx`);
}

/**
 * Watches the body's height and posts it to `parent` whenever it changes (never twice the same
 * in a row), and again when the parent asks. `stop()` releases the observer and the listener.
 */
export class HeightReporter {
  private last = -1;
  private readonly observer: ResizeObserver;

  constructor(
    private readonly parent: Window,
    private readonly body: HTMLElement,
    private readonly id: string,
  ) {
    this.observer = new ResizeObserver(() => {
      this.post(false);
    });
  }

  /** The height the parent must give the frame: the body's border box, rounded up so nothing is cut. */
  measure(): number {
    return Math.ceil(this.body.getBoundingClientRect().height);
  }

  start(): void {
    this.observer.observe(this.body, { box: 'border-box' });
    addEventListener('message', this.onMessage);
    this.post(false);
  }

  stop(): void {
    this.observer.disconnect();
    removeEventListener('message', this.onMessage);
  }

  private post(force: boolean): void {
    const height = this.measure();
    if (height <= 0 || (!force && height === this.last)) return;
    this.last = height;
    for (const message of heightMessages(height, this.id)) this.parent.postMessage(message, '*');
  }

  private readonly onMessage = (event: MessageEvent): void => {
    // Only the window holding the frame may ask; anything else could make the page chatter.
    if (event.source !== this.parent) return;
    const data: unknown = event.data;
    const asked = typeof data === 'object' && data !== null && (data as { type?: unknown }).type === REQUEST_MESSAGE;
    if (asked || isPymWidth(data, this.id)) this.post(true);
  };
}
