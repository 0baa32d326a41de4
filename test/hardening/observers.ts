/** Counts what a page holds on behalf of widgets: live observers, listeners on window/document/MediaQueryList, timers. */
type Patch = () => void;

export interface Counter {
  /** What is live, for failure messages. */
  describe: () => string[];
  observers: () => number;
  listeners: () => number;
  timers: () => number;
  /** Where each pending timer was set. */
  pendingTimers: () => string[];
  restore: () => void;
}

export function countResources(): Counter {
  const patches: Patch[] = [];
  const patch = (proto: object, name: string, before: (self: object, args: unknown[], result?: unknown) => void, after = false): void => {
    const original = Object.getOwnPropertyDescriptor(proto, name)!;
    const call = original.value as (...args: unknown[]) => unknown;
    Object.defineProperty(proto, name, {
      ...original,
      value(this: object, ...args: unknown[]) {
        if (!after) before(this, args);
        const r = call.apply(this, args);
        if (after) before(this, args, r);
        return r;
      },
    });
    patches.push(() => Object.defineProperty(proto, name, original));
  };

  // Per observer, the set of targets: observing a target twice is one observation, as the browser counts it.
  const live = new Map<object, Set<object>>();
  for (const ctor of [ResizeObserver, MutationObserver, IntersectionObserver]) {
    patch(ctor.prototype, 'observe', (self, args) => {
      const set = live.get(self) ?? new Set<object>();
      set.add(args[0] as object);
      live.set(self, set);
    });
    patch(ctor.prototype, 'disconnect', (self) => live.delete(self));
  }
  for (const ctor of [ResizeObserver, IntersectionObserver]) {
    patch(ctor.prototype, 'unobserve', (self, args) => {
      const set = live.get(self);
      set?.delete(args[0] as object);
      if (set?.size === 0) live.delete(self);
    });
  }

  // Listeners on long-lived targets only: those outlive an element and so can leak it.
  const listeners = new Set<string>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (o: object): number => {
    if (!ids.has(o)) ids.set(o, next++);
    return ids.get(o)!;
  };
  const key = (self: object, args: unknown[]): string => {
    const opts = args[2];
    const capture = typeof opts === 'boolean' ? opts : !!(opts as AddEventListenerOptions | undefined)?.capture;
    return `${id(self)}|${String(args[0])}|${id(args[1] as object)}|${capture}`;
  };
  const longLived = (self: object): boolean => self === window || self === document || self instanceof MediaQueryList;
  patch(EventTarget.prototype, 'addEventListener', (self, args) => {
    if (longLived(self) && args[1]) listeners.add(key(self, args));
  });
  patch(EventTarget.prototype, 'removeEventListener', (self, args) => {
    if (longLived(self) && args[1]) listeners.delete(key(self, args));
  });

  const timers = new Set<number>();
  const stacks = new Map<number, string>();
  const w = window as unknown as Record<string, unknown>;
  const wrapTimer = (set: string, clear: string): void => {
    const s = w[set] as (...a: unknown[]) => number;
    const c = w[clear] as (id: number) => void;
    w[set] = (fn: unknown, ...rest: unknown[]): number => {
      const t: number = s((...a: unknown[]) => {
        if (set === 'setTimeout' || set === 'requestAnimationFrame') timers.delete(t);
        if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
      }, ...rest);
      timers.add(t);
      stacks.set(t, `${set} ${String(rest[0])}ms ${new Error().stack?.split('\n').slice(2, 5).join(' < ') ?? ''}`);
      return t;
    };
    w[clear] = (t: number): void => {
      timers.delete(t);
      c(t);
    };
    patches.push(() => {
      w[set] = s;
      w[clear] = c;
    });
  };
  wrapTimer('setTimeout', 'clearTimeout');
  wrapTimer('setInterval', 'clearInterval');

  return { describe: () => Array.from(live.entries()).map(([o, t]) => `${o.constructor.name} on ${Array.from(t).map((e) => (e instanceof Element ? e.localName : e.constructor.name)).join(',')}`), observers: () => live.size, listeners: () => listeners.size, timers: () => timers.size, pendingTimers: () => Array.from(timers, (t) => stacks.get(t) ?? ''), restore: () => patches.reverse().forEach((p) => p()) };
}
