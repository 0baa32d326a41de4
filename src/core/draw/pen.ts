/**
 * ONE DRAWING PER WIDGET — why it is built this way.
 *
 * A widget used to be drawn twice: Lit templates for the page and `s()` nodes for `toSvg()`, each
 * finishing the geometry on its own, so the two drifted (tick labels kept inside in one, zero-size
 * bars in the other). Now a widget has one drawing function, scene + pen → SvgNode tree
 * (core/static-svg/svg.ts's plain node model), and both channels show that tree:
 *
 * - `toSvg()` serialises it (`serializeSvg`), drawn with a `Pen` that carries resolved `Paint`: the
 *   static channels (WeChat, email, PNG) keep presentation attributes only, no CSS.
 * - The live element mounts the same tree with the `drawn()` directive (./live.ts), drawn with a
 *   pen without paint: the page colours by CSS classes and tokens (presentation attributes cannot
 *   hold `var()`, and inline `style` breaks the strict-CSP page), so the paint attributes are left
 *   out and the classes, parts and roles are put in. `pen.live(…)`/`pen.paint(…)` choose.
 *
 * Everything else is the element's own small Lit templates: hit areas, roving tabindex, focus
 * ring, hover, tooltip, events. They sit around or over the drawing, so a hover or a focus move
 * re-renders those few templates and never the drawing: the drawing is memoised per scene, and
 * `drawn()` patches DOM positionally (same tag → same element, attributes updated) when a new
 * scene arrives, so a focused bar keeps its element (and its focus) and CSS transitions run, as
 * they did with Lit's positional reuse. Numbers go through `num()` in both channels, so the
 * page's coordinates are the image's to the 1/100 px: equal by construction, and a test compares
 * them mark by mark.
 */
import type { Measure } from '../measure.js';
import type { Paint } from '../static-svg/paint.js';
import type { SvgAttrs } from '../static-svg/svg.js';

/** What a drawing is drawn with: the text measure always, resolved colours only for a static image. */
export interface Pen {
  /** Resolved colours (static drawing) or null (live page: CSS colours it). */
  paint: Paint | null;
  measure: Measure;
  /** Body text font shorthand for `measure`. */
  font: string;
}

/** Attributes only the live page needs (class, part, role, aria-*): dropped from a static image. */
export function live(pen: Pen, attrs: SvgAttrs): SvgAttrs {
  return pen.paint ? {} : attrs;
}

/** Presentation attributes from resolved paint, only in a static image (the page's CSS does this). */
export function painted(pen: Pen, fn: (paint: Paint) => SvgAttrs): SvgAttrs {
  return pen.paint ? fn(pen.paint) : {};
}

/** The pen of a static drawing: the context's paint, measure and body font. */
export function staticPen(ctx: { paint: Paint; measure: Measure; font: string }): Pen {
  return { paint: ctx.paint, measure: ctx.measure, font: ctx.font };
}

/** The pen of the page's drawing: no paint (CSS colours it), the element's measure and body font. */
export function livePen(measure: Measure, font: string): Pen {
  return { paint: null, measure, font };
}
