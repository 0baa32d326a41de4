/**
 * What `theme="auto"` follows: the page the widget stands in, then the reader's system. A news
 * article that declares no color-scheme and paints white is light, whatever the reader's system
 * says — a dark box in a white article is the wrong answer. Only a page that opts in to both
 * schemes (`color-scheme: light dark`) hands the choice to the reader's system.
 */
import { takeRead } from './controllers/first-reads.js';

/** Relative luminance of an rgb()/rgba() colour, or null when transparent or unreadable. */
function luminance(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  if (alpha < 0.5) return null;
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(Number(m[1])) + 0.7152 * lin(Number(m[2])) + 0.0722 * lin(Number(m[3]));
}

/**
 * The scheme the page around `el` asks for: 'light' or 'dark' from its color-scheme (when it
 * names one only) or, when it names none, from the first painted background above the element;
 * null when the page accepts both (then the reader's system decides, as CSS does).
 */
export function pageScheme(el: Element): 'light' | 'dark' | null {
  if (typeof getComputedStyle !== 'function') return null;
  // A widget's first update takes the value read with every other widget's (controllers/first-reads.ts).
  return takeRead(el, 'scheme', () => readPageScheme(el));
}

/** pageScheme, read from the page now. */
export function readPageScheme(el: Element): 'light' | 'dark' | null {
  if (typeof getComputedStyle !== 'function') return null;
  const root = el.getRootNode();
  const parent = el.parentElement ?? (root instanceof ShadowRoot ? root.host : document.documentElement);
  const declared = getComputedStyle(parent).colorScheme.trim();
  const words = new Set(declared.split(/\s+/).filter((w) => w === 'light' || w === 'dark'));
  if (words.size === 2) return null;
  if (words.size === 1) return words.has('dark') ? 'dark' : 'light';
  // No color-scheme (normal): the page is as its background paints it; a page that paints none is white.
  for (let node: Element | null = parent; node; node = node.parentElement) {
    const l = luminance(getComputedStyle(node).backgroundColor);
    if (l !== null) return l < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
