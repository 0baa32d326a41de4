/**
 * What a reader sees, measured from the rendered page (never from a widget's scene): the boxes
 * of every visible piece of text in a widget's shadow trees and of every SVG mark, and the
 * faults a reader would notice — two texts on top of each other, text or marks cut off at the
 * widget's edge, a Latin word broken across lines.
 */
import { shadowRoots } from './mount.js';

export interface TextBox {
  text: string;
  /** Where it was found, for the failure message. */
  where: string;
  node: Node;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const LATIN = /[A-Za-z0-9]/;

function describe(el: Element): string {
  const cls = el.getAttribute('class');
  const parent = el.parentElement;
  const pc = parent?.getAttribute('class');
  return `${parent ? `${parent.localName}${pc ? `.${pc.split(/\s+/).join('.')}` : ''} > ` : ''}${el.localName}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}`;
}

/** Text the reader cannot see: hidden, clipped to nothing (screen-reader only), or not rendered at all. */
function invisible(el: Element): boolean {
  if (el.closest('title, desc, style, script, template, defs, clipPath, mask')) return true;
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return true;
  // Visually hidden (sr-only) text: clipped to a pixel.
  for (let e: Element | null = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.getPropertyValue('clip') === 'rect(0px, 0px, 0px, 0px)' || cs.clipPath === 'inset(50%)' || (cs.position === 'absolute' && parseFloat(cs.width) <= 1 && parseFloat(cs.height) <= 1)) return true;
    if (Number(cs.opacity) === 0) return true;
  }
  return false;
}

/**
 * Ink boxes: horizontally the glyph advances; vertically 0.9 em around the line's middle, since
 * a font's ascent + descent (the rect the browser reports) is taller than its ink and lines
 * set close together would otherwise always "overlap".
 */
function inkBox(r: DOMRect, fontSize: number): Omit<TextBox, 'text' | 'where' | 'node'> {
  const mid = (r.top + r.bottom) / 2;
  const half = Math.min(r.height, fontSize * 0.9) / 2;
  return { left: r.left, right: r.right, top: mid - half, bottom: mid + half };
}

/** Every visible text in `host`'s shadow trees: one box per line of HTML text, one per SVG text/tspan. */
export function textBoxes(host: Element): TextBox[] {
  const out: TextBox[] = [];
  for (const root of shadowRoots(host)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      const parent = n.parentElement;
      if (!text.trim() || !parent || invisible(parent)) continue;
      const fontSize = parseFloat(getComputedStyle(parent).fontSize) || 14;
      if (parent instanceof SVGElement) {
        const r = parent.getBoundingClientRect();
        if (r.width > 0) out.push({ text: text.trim(), where: describe(parent), node: n, ...inkBox(r, fontSize) });
        continue;
      }
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of Array.from(range.getClientRects())) {
        if (r.width > 0.5) out.push({ text: text.trim(), where: describe(parent), node: n, ...inkBox(r, fontSize) });
      }
    }
  }
  return out;
}

/** Drawn SVG marks (bars, dots, lines, paths) a reader sees, with their boxes. */
export function markBoxes(host: Element): TextBox[] {
  const out: TextBox[] = [];
  for (const root of shadowRoots(host)) {
    for (const el of Array.from(root.querySelectorAll('svg rect, svg circle, svg path, svg line, svg polygon'))) {
      if (invisible(el) || el.matches('.hit, .focus-ring')) continue;
      const cs = getComputedStyle(el);
      if ((cs.fill === 'none' || cs.fillOpacity === '0') && (cs.stroke === 'none' || Number(cs.strokeWidth) === 0)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      out.push({ text: '', where: describe(el), node: el, left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    }
  }
  return out;
}

/** Pairs of texts whose ink overlaps by more than `tol` px both ways. */
export function overlaps(boxes: readonly TextBox[], tol = 0.5): string[] {
  const faults: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (a.node === b.node) continue;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > tol && h > tol) faults.push(`"${a.text}" (${a.where}) overlaps "${b.text}" (${b.where}) by ${w.toFixed(1)}×${h.toFixed(1)}px`);
    }
  }
  return faults;
}

/** Boxes that stick out of `frame` (the widget's box, or the SVG that would clip them) by more than `tol` px. */
export function outside(boxes: readonly TextBox[], frame: DOMRect, what: string, tol = 0.5): string[] {
  const faults: string[] = [];
  for (const b of boxes) {
    const out = Math.max(frame.left - b.left, b.right - frame.right, frame.top - b.top, b.bottom - frame.bottom);
    if (out > tol) faults.push(`${b.text ? `"${b.text}"` : 'mark'} (${b.where}) lies ${out.toFixed(1)}px outside the ${what}`);
  }
  return faults;
}

/** Text inside an SVG must lie inside that (outermost) SVG, which clips it. */
export function clippedBySvg(boxes: readonly TextBox[]): string[] {
  const faults: string[] = [];
  for (const b of boxes) {
    const el = b.node instanceof Element ? b.node : b.node.parentElement;
    let svg: SVGSVGElement | null = null;
    for (let e: Element | null | undefined = el; e; e = e.parentElement) if (e instanceof SVGSVGElement) svg = e;
    if (!svg || getComputedStyle(svg).overflow === 'visible') continue;
    faults.push(...outside([b], svg.getBoundingClientRect(), 'SVG that clips it'));
  }
  return faults;
}

/** Latin words broken across two lines of one HTML text node (a line break between two letters or digits). */
export function brokenHtmlWords(host: Element): string[] {
  const faults: string[] = [];
  for (const root of shadowRoots(host)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      const parent = n.parentElement;
      if (!parent || parent instanceof SVGElement || !LATIN.test(text) || invisible(parent)) continue;
      const range = document.createRange();
      let prevTop: number | null = null;
      for (let i = 0; i < text.length; i++) {
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getClientRects()[0];
        if (!r || /\s/.test(text[i]!)) continue;
        if (prevTop !== null && r.top > prevTop + 2 && LATIN.test(text[i]!) && LATIN.test(text[i - 1] ?? ' ')) {
          faults.push(`"${text.trim()}" breaks inside a word before "${text.slice(i, i + 8)}"`);
        }
        prevTop = r.top;
      }
    }
  }
  return faults;
}

/**
 * Latin words broken across an SVG text's lines (sibling tspans, or stacked texts of one mark):
 * a line ending in a letter and the next starting with one, where the reader's full text
 * (`corpus`: aria labels, data) has the two halves joined as one word.
 */
export function brokenSvgWords(host: Element, corpus: string): string[] {
  const faults: string[] = [];
  const lines = (group: Element[]): string[] => group.map((e) => e.textContent.trim()).filter(Boolean);
  for (const root of shadowRoots(host)) {
    const groups: Element[][] = [];
    for (const t of Array.from(root.querySelectorAll('svg text'))) {
      const spans = Array.from(t.querySelectorAll(':scope > tspan'));
      if (spans.length > 1) groups.push(spans);
    }
    // Lines drawn as sibling <text> elements of one parent, one under the other.
    for (const g of Array.from(root.querySelectorAll('svg g'))) {
      const texts = Array.from(g.querySelectorAll(':scope > text')).filter((t) => !invisible(t));
      if (texts.length > 1) groups.push(texts);
    }
    for (const g of groups) {
      const ls = lines(g);
      for (let i = 1; i < ls.length; i++) {
        const tail = /[A-Za-z]+$/.exec(ls[i - 1]!)?.[0];
        const head = /^[A-Za-z]+/.exec(ls[i]!)?.[0];
        if (!tail || !head) continue;
        if (new RegExp(`(^|[^A-Za-z])${tail}${head}`).test(corpus)) {
          faults.push(`"${ls[i - 1]}" / "${ls[i]}" breaks the word "${tail}${head}"`);
        }
      }
    }
  }
  return faults;
}

/** The nearest ancestor that is laid out as a block (inline runs of one paragraph share it). */
function blockOf(node: Node): Element | null {
  for (let e = node.parentElement; e; e = e.parentElement) {
    if (e instanceof SVGElement) return e.closest('text') ?? e;
    if (!getComputedStyle(e).display.startsWith('inline')) return e;
  }
  return null;
}

/**
 * Texts of different blocks that touch: one just above another with under `vGap` px of air
 * between their ink (a title sitting on a figure), or side by side on one line with under `hGap`
 * px (two figures running into each other). Lines of one paragraph are the paragraph's business.
 */
export function touching(boxes: readonly TextBox[], vGap = 2, hGap = 4): string[] {
  const faults: string[] = [];
  const blocks = boxes.map((b) => blockOf(b.node));
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (a.node === b.node || blocks[i] === blocks[j]) continue;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 0.5 && h > 0.5) continue; // an overlap, reported as one
      const sameLine = h > 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top);
      if (w > 0.5 && h <= 0.5 && -h < vGap) faults.push(`"${a.text}" (${a.where}) touches "${b.text}" (${b.where}) vertically: ${(-h).toFixed(1)}px apart`);
      else if (sameLine && w <= 0.5 && -w < hGap && !(a.node.parentElement instanceof SVGElement)) faults.push(`"${a.text}" (${a.where}) touches "${b.text}" (${b.where}) on one line: ${(-w).toFixed(1)}px apart`);
    }
  }
  return faults;
}
