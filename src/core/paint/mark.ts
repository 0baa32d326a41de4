/**
 * Which shadow roots a painter filled (./paint.ts): the loader and the full element read it, and
 * they are other copies of this module (the loader is its own script, the painter its own chunk),
 * so the set lives on the page under a registered symbol, not in a module variable. A painted
 * root is not a server's: it needs no hydrate support, and the full element replaces it.
 */
const KEY = Symbol.for('dj-widgets.painted');
type Registry = WeakSet<Element>;

const registry = (): Registry => ((globalThis as { [KEY]?: Registry })[KEY] ??= new WeakSet());

/** `el`'s shadow root holds a first paint (or the painter's stand-in), for the full element to replace. */
export function markPainted(el: Element): void {
  registry().add(el);
}

/** True when the painter, not a server, filled `el`'s shadow root. */
export function isPainted(el: Element): boolean {
  return registry().has(el);
}
