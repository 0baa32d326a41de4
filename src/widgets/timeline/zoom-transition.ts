/**
 * The part of d3-transition that d3-zoom uses, put in its place by the script-tag and chunk
 * builds (vite.config.ts aliases `d3-transition` here; so do the browser tests).
 *
 * Why: d3-zoom imports d3-transition for `interrupt` and for `selection.transition()`, which it
 * calls for one thing only — animating a double-click zoom over `zoom.duration()` (250 ms). The
 * real module patches Selection.prototype when it loads, so the bundler keeps all of it, with
 * d3-ease and d3-timer: ≈4.6 KiB gzip in dj-widgets.all.js and the timeline's chunk for a
 * transition API (attr/style tweens, named and chained transitions, delays, easing choices)
 * nothing here calls. The npm ESM build keeps d3 external, so its users get the real module.
 *
 * What d3-zoom relies on, kept as d3-transition does it: one transition per node (starting one
 * interrupts the one running), `on('start' | 'end' | 'interrupt')` listeners and a `tween`
 * factory called with the node as `this` and its datum, index and group; a first tick one frame
 * after scheduling; eased time from 0 to exactly 1 (cubic in-out, d3's default); `interrupt()`
 * stops it and fires 'interrupt'. `selection()` gives back the selection, as d3-zoom checks.
 */
import { selection, type Selection } from 'd3-selection';

type Listener = (this: Element, datum: unknown, index: number, group: ArrayLike<Element>) => void;
type Tick = (t: number) => void;
type TweenFactory = (this: Element, datum: unknown, index: number, group: ArrayLike<Element>) => Tick | null | undefined;

interface Running {
  frame: number;
  stop: (type: 'interrupt') => void;
}

/** The transition running on each node (d3-zoom only ever uses the unnamed one). */
const running = new WeakMap<Element, Running>();

/** Stops the transition running on `node`, firing its 'interrupt' listeners (d3-transition's interrupt). */
export function interrupt(node: Element): void {
  const r = running.get(node);
  if (!r) return;
  running.delete(node);
  cancelAnimationFrame(r.frame);
  r.stop('interrupt');
}

/** d3-ease's easeCubicInOut, d3-transition's default easing. */
const cubicInOut = (t: number): number => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

type Any = Selection<Element, unknown, null, undefined>;

export class Transition {
  private ms = 250;
  private readonly listeners = new Map<string, Listener[]>();
  private factory: TweenFactory | undefined;

  constructor(private readonly from: Any) {
    // Scheduled now, started on the next frame: the caller registers its listeners first.
    from.each(function (datum, index, group) {
      interrupt(this);
      const me: Running = { frame: 0, stop: () => undefined };
      running.set(this, me);
      me.frame = requestAnimationFrame((start) => run(this, datum, index, group, start, me));
    });
    const run = (node: Element, datum: unknown, index: number, group: ArrayLike<Element>, start: number, me: Running): void => {
      const fire = (type: string): void => {
        for (const f of this.listeners.get(type) ?? []) f.call(node, datum, index, group);
      };
      me.stop = fire;
      fire('start');
      // A 'start' listener may have interrupted it.
      if (running.get(node) !== me) return;
      const tick = this.factory?.call(node, datum, index, group) ?? undefined;
      const step = (now: number): void => {
        const t = this.ms > 0 ? Math.min(1, (now - start) / this.ms) : 1;
        tick?.(t === 1 ? 1 : cubicInOut(t));
        if (running.get(node) !== me) return;
        if (t < 1) {
          me.frame = requestAnimationFrame(step);
          return;
        }
        running.delete(node);
        fire('end');
      };
      step(start);
    };
  }

  duration(ms: number): this {
    this.ms = ms;
    return this;
  }

  /** Listeners by type; a `.name` suffix (d3's namespaces, like `end.zoom`) is accepted and ignored. */
  on(types: string, listener: Listener): this {
    for (const type of types.trim().split(/\s+/)) {
      const [base = type] = type.split('.');
      this.listeners.set(base, [...(this.listeners.get(base) ?? []), listener]);
    }
    return this;
  }

  /** The one tween d3-zoom registers: its factory runs at start and returns the tick. */
  tween(_name: string, factory: TweenFactory): this {
    this.factory = factory;
    return this;
  }

  call<A extends unknown[]>(fn: (t: this, ...args: A) => void, ...args: A): this {
    fn(this, ...args);
    return this;
  }

  selection(): Any {
    return this.from;
  }
}

// What d3-transition adds to every selection when it loads; d3-zoom calls both.
const proto = selection.prototype as unknown as { interrupt(): Any; transition(): Transition };
proto.interrupt = function (this: Any) {
  return this.each(function () {
    interrupt(this);
  });
};
proto.transition = function (this: Any) {
  return new Transition(this);
};
