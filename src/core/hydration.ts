/**
 * Pre-rendered widgets (dj-widgets/static) arrive with a declarative shadow root. With Lit's
 * hydrate support loaded and hydration markers in the markup (mode "hydratable"), Lit takes the
 * nodes over in place. Otherwise (mode "static", or a page without hydrate support) the
 * server's drawing must go before the element renders: Lit would append a second chart after it.
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';

const hydrateSupport = (): boolean => typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport === 'function';

/** The host's pre-rendered root, emptied and styled for a fresh render — or null when there is none, or Lit will hydrate it. */
export function staticRoot(host: HTMLElement, styles: CSSResultOrNative[]): ShadowRoot | null {
  const root = host.shadowRoot;
  if (!root || root.childNodes.length === 0) return null;
  const markers = Array.from(root.childNodes).some((n) => n.nodeType === Node.COMMENT_NODE && (n as Comment).data.startsWith('lit-part'));
  if (markers && hydrateSupport()) {
    // Lit's hydrate support takes the root as it is, relying on the server's <style>, which a
    // strict CSP (style-src 'self') blocks: adopt the styles too (constructed sheets are allowed).
    adoptStyles(root, styles);
    return null;
  }
  root.replaceChildren();
  // The server's <style> went with its drawing: adopt ours, as a fresh element would.
  adoptStyles(root, styles);
  return root;
}
