/**
 * The width a chart is laid out at, from its attributes and its container: a fixed `width`
 * wins; a hydrating element's first render uses the server's `ssr-width` (so Lit finds the
 * server's very marks); then the container as measured (0 = hidden: no layout); before any
 * measurement the server's width again, else 0.
 */
import { clampSize, MAX_WIDTH, MIN_WIDTH } from '../data/limits.js';

export interface WidthInputs {
  width: number | null;
  ssrWidth: number | null;
  /** Hydrating and not yet updated once. */
  firstHydration: boolean;
  /** The container's content width, undefined before it was measured. */
  measured: number | undefined;
}

/** A `width` or `ssr-width` that is not a number above zero is ignored; others are held to [120, 4096] px. */
export function chartWidthOf(w: WidthInputs): number {
  const fixed = clampSize(w.width, MIN_WIDTH, MAX_WIDTH);
  if (fixed !== null) return fixed;
  const server = clampSize(w.ssrWidth, MIN_WIDTH, MAX_WIDTH);
  if (w.firstHydration && server !== null) return server;
  // A measured 0 means hidden: no layout, not the server's width.
  const measured = w.measured;
  if (typeof measured === 'number') return Number.isFinite(measured) ? Math.min(MAX_WIDTH, Math.max(0, Math.floor(measured))) : 0;
  return server ?? 0;
}

/**
 * The host's content-box width: its client width less its own horizontal padding (0 when it is
 * not in the page or not displayed). Read by the width controller and by the first paint alike.
 */
export function contentWidth(el: HTMLElement): number {
  if (!el.isConnected) return 0;
  const style = getComputedStyle(el);
  if (style.display === 'none') return 0;
  const pad = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0);
  return Math.max(0, el.clientWidth - pad);
}
