import type { Locale } from '../i18n/locale.js';
import { messages, type Messages } from '../i18n/messages.js';
import { measureText, type Measure } from '../measure.js';
import type { Paint } from './paint.js';

/** Everything a widget's static drawing may use besides its scene. */
export interface SvgContext {
  /** Width of the whole drawing in px (the body spans all of it). */
  width: number;
  locale: Locale;
  /** Resolved colours: no CSS reaches a static SVG. */
  paint: Paint;
  /** Text width: canvas in the page, an estimate in Node. */
  measure: Measure;
  /** The font shorthand of body text, for `measure`: e.g. "14px system-ui, …". */
  font: string;
  t: Messages;
}

export interface SvgFrameText {
  title: string;
  subtitle: string;
  notes: string;
  source: string;
  credit: string;
  /** One sentence for screen readers (the SVG's <desc>). */
  summary: string;
}

/** The context every static drawing gets: body text in the paint's font, the page's messages. */
export function svgContext(width: number, locale: Locale, paint: Paint, measure: Measure = measureText): SvgContext {
  return { width, locale, paint, measure, font: `${paint.fontSize}px ${paint.font}`, t: messages(locale) };
}
