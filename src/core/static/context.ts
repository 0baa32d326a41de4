import type { Locale } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import type { Measure } from '../measure.js';
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
