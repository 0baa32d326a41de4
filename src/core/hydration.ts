/**
 * Pre-rendered widgets (dj-widgets/static) arrive with a declarative shadow root. With Lit's
 * hydrate support loaded and hydration markers in the markup (mode "hydratable"), Lit takes the
 * nodes over in place. Otherwise (mode "static", or a page without hydrate support) the
 * server's drawing must go before the element renders: Lit would append a second chart after it.
 *
 * A responsive pre-render carries two drawings of the chart: the one at `ssr-width` (the one Lit
 * hydrates) and a narrow one for phones (`data-ssr-alt`), picked by a container query. The
 * narrow one is the server's alone: it goes before Lit looks at the root. Where the container is
 * narrower than `ssr-width`, the reader is looking at that narrow drawing; hydrating the wide one
 * would show it overflowing for a frame, so the widget renders afresh at its real width instead.
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';

const hydrateSupport = (): boolean => typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport === 'function';

/** The attribute the server puts on what only a reader without the script needs (the narrow drawing and its style). */
export const SSR_ALT = 'data-ssr-alt';

export interface StaticRoot {
  /** The host's pre-rendered root, emptied and styled for a fresh render; null when there is none or Lit hydrates it. */
  root: ShadowRoot | null;
  /** Lit's hydrate support takes the server's nodes over (the first render must then be the server's). */
  hydrate: boolean;
}

/** Does the server's main drawing fit the host as it is laid out now? */
function fits(host: HTMLElement): boolean {
  const drawn = Number(host.getAttribute('ssr-width'));
  if (!(drawn > 0) || host.hasAttribute('width')) return true;
  const style = getComputedStyle(host);
  const pad = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0);
  return host.clientWidth - pad >= drawn;
}

export function staticRoot(host: HTMLElement, styles: CSSResultOrNative[]): StaticRoot {
  const root = host.shadowRoot;
  if (!root || root.childNodes.length === 0) return { root: null, hydrate: false };
  const markers = Array.from(root.childNodes).some((n) => n.nodeType === Node.COMMENT_NODE && (n as Comment).data.startsWith('lit-part'));
  if (markers && hydrateSupport() && fits(host)) {
    for (const alt of Array.from(root.querySelectorAll(`[${SSR_ALT}]`))) alt.remove();
    // Lit's hydrate support takes the root as it is, relying on the server's <style>, which a
    // strict CSP (style-src 'self') blocks: adopt the styles too (constructed sheets are allowed).
    adoptStyles(root, styles);
    return { root: null, hydrate: true };
  }
  root.replaceChildren();
  // The server's <style> went with its drawing: adopt ours, as a fresh element would.
  adoptStyles(root, styles);
  return { root, hydrate: false };
}

/**
 * True while the HTML parser is still inside `el`: a classic script in <head> upgrades elements
 * as they are created, before their content. Attaching a shadow root then makes the parser
 * refuse the server's declarative one ("A second declarative shadow root cannot be created")
 * and leave it as an inert <template>. The document is loading and neither `el` nor any
 * ancestor has a next sibling yet; once the parser moves past `el`, one of them has.
 */
export function stillParsing(el: Element): boolean {
  if (typeof document === 'undefined' || document.readyState !== 'loading') return false;
  for (let n: Node | null = el; n && n !== document; n = n.parentNode) if (n.nextSibling) return false;
  return true;
}
