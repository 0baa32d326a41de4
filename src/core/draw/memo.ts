/**
 * The page's drawing of a scene, made once per scene object (./pen.ts says why): hover, focus, a
 * crosshair or an open panel re-render the element's own small templates, and the drawing they
 * sit around is the same object again, which `drawn()` skips outright. A new scene (new data,
 * width or options) makes a new drawing, which `drawn()` then patches into the DOM in place.
 * Every element with a drawing kept this cache by hand; this is it once.
 */

/**
 * `draw` memoised on the last scene: called again only for another scene object, or another
 * `key` — what the drawing depends on that its scene does not carry (the line chart's locale).
 * One slot, not a map: an element shows one scene at a time, and the old one may be collected.
 */
export function perScene<S extends object, D>(draw: (scene: S) => D): (scene: S, key?: unknown) => D {
  let last: { scene: S; key: unknown; drawing: D } | null = null;
  return (scene, key) => {
    if (last?.scene !== scene || last.key !== key) last = { scene, key, drawing: draw(scene) };
    return last.drawing;
  };
}
