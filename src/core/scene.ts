/**
 * What a layout returns and what a widget's status is: plain types with no Lit, so the pure
 * layouts (data + size → scene) import them without depending on the element base.
 */
import type { Paint } from './static-svg/paint.js';

/** What every layout returns, at least. */
export interface WidgetScene {
  /** One sentence that says what the data shows, in the reader's language. */
  summary: string;
}

export type WidgetStatus = 'loading' | 'empty' | 'error' | 'ready';

/** Options of `toSvg`: the static drawing for WeChat, RSS, email and the PNG export. */
export interface ToSvgOptions {
  /** Width in px; default: the widget's current width, else 640. */
  width?: number;
  /** Default: the widget's theme; `auto` follows the reader's system where there is one, else light. */
  theme?: 'light' | 'dark';
  /** Colours to draw with; default: the design tokens (the page export passes the widget's computed ones). */
  paint?: Paint;
}
