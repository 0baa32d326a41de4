/**
 * The type scale layouts lay text out with: the font size read from the font shorthand a widget
 * measures with (`fontOf`: the host's computed size, so a page that sets 16px gets 16px rows), and
 * the line height that size implies. One rule for every layout; it used to be copied into seven
 * with fallbacks of 12, 13 or 14.
 */
import { FONT_STACK } from './colors.js';

/**
 * The size when the shorthand names none in px (a hand-written "1em serif" in a test or a server
 * call): 14, the `--dj-font-size` token's default, the static paint's size and what `fontOf`
 * answers on a server — so a layout without a page lays out as the page would by default.
 */
export const BASE_FONT_SIZE = 14;

/** Line height of a row of chart text: tight (1.3), as labels, not running prose (1.45 in CSS). */
export const LINE_HEIGHT = 1.3;

/** The default font shorthand: the design token's size and family. */
export const BASE_FONT = `${BASE_FONT_SIZE}px ${FONT_STACK}`;

const PX = /(\d+(?:\.\d+)?)px/;

/** The size in px a font shorthand names ("600 15px Noto Sans" → 15), else the base size. */
export function fontSizeOf(font: string): number {
  const size = Number(PX.exec(font)?.[1]);
  return Number.isFinite(size) && size > 0 ? size : BASE_FONT_SIZE;
}

export interface TypeScale {
  fontSize: number;
  /** Whole pixels: rows of text stack on exact lines, never on half pixels. */
  lineHeight: number;
}

/** Font size and line height for a layout's text. */
export function typeScale(font: string): TypeScale {
  const fontSize = fontSizeOf(font);
  return { fontSize, lineHeight: Math.round(fontSize * LINE_HEIGHT) };
}
