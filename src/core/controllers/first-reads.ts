/**
 * What a widget reads from the page before its first render — its width, its font, the page's
 * colour scheme — read for every widget connected in the same task at once. Read one by one, in
 * each widget's own update, every read came right after the previous widget had rendered and
 * forced the browser to recompute styles and layout for it: fifty charts on a page cost fifty
 * style-and-layout passes (issue #16, the CPU profile in CHANGELOG). Read together, before any of
 * them renders, they cost one.
 *
 * The values are what the page says at that moment; none depends on what a sibling widget then
 * renders (a block's width, inherited font, ancestors' backgrounds), and the size controller's
 * ResizeObserver reports any later change as before. Each value is handed out once, and only
 * within the task it was read in: later reads go to the page again.
 */

type Reads = Record<string, unknown>;

const pending = new Map<Element, () => Reads>();
const read = new Map<Element, Map<string, unknown>>();
let clearing = false;

/** `el` was connected and will want `reads()` in its first update: read it with the others. */
export function expectReads(el: Element, reads: () => Reads): void {
  pending.set(el, reads);
}

/** Forget a pending read (the element left before its first update). */
export function dropReads(el: Element): void {
  pending.delete(el);
  read.delete(el);
}

function flush(): void {
  const all = [...pending];
  pending.clear();
  // Reads only, one after another: the first forces one style and layout pass, the rest find it clean.
  for (const [el, reads] of all) if (el.isConnected) read.set(el, new Map(Object.entries(reads())));
  if (!clearing) {
    clearing = true;
    // Handed out within this task only (a later update reads afresh).
    setTimeout(() => {
      read.clear();
      clearing = false;
    }, 0);
  }
}

/**
 * The value of `key` for `el` as read with every other pending widget (reading them all now if
 * `el` is pending), or `fresh()` when there is none.
 */
export function takeRead<T>(el: Element, key: string, fresh: () => T): T {
  if (pending.has(el)) flush();
  const values = read.get(el);
  if (values?.has(key)) {
    const v = values.get(key) as T;
    values.delete(key);
    return v;
  }
  return fresh();
}
