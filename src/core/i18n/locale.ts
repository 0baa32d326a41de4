/**
 * The reader's language. Widgets speak zh-CN and en; any other language falls back to English
 * for words and to the nearest of the two for number style.
 */
export type Locale = 'zh-CN' | 'en';

/** Maps a BCP 47 tag (zh, zh-Hans, zh-Hans-CN, zh-TW, en-GB …) to a supported locale. */
export function normalizeLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const t = tag.trim().toLowerCase();
  if (t === '') return null;
  if (t === 'zh' || t.startsWith('zh-')) return 'zh-CN';
  return 'en';
}

/**
 * The lang in force for an element: its own, else the nearest ancestor's — across shadow-root
 * boundaries, so a widget inside another component follows the page — else the document's.
 */
export function resolveLocale(el: Element): Locale {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const found = normalizeLocale(node.getAttribute('lang'));
      if (found) return found;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return normalizeLocale(typeof navigator === 'undefined' ? null : navigator.language) ?? 'en';
}
