/**
 * The element's label measure (issue #16): strings made only of Han ideographs, full-width digits
 * and CJK punctuation — and ASCII digits in a font whose digits are tabular — are as wide as their
 * characters one by one (no kerning or ligatures between them; full-width glyphs are 1 em in every
 * CJK font). So 100 labels such as 项目1 … 项目100 or 南京市 … 宿迁市 cost a dozen canvas measures,
 * not a hundred. test/core/measure-chars.test.ts holds every class to the canvas's own measure of
 * the whole string. Latin text is measured whole (kerning matters there: even "11" kerns in some
 * serifs), and so is everything without a canvas (the estimate must stay the server's, bit for bit).
 *
 * A module of its own, not in measure.ts: the first paint (core/paint/) measures a handful of
 * labels with measureText and must not carry this in its size-budgeted chunk.
 */
import { measureText, type Measure } from './measure.js';

/**
 * Widths per font, then per text: two lookups on strings that keep their hash (a font's, a
 * label's), not one on a `${font}\0${text}` key made and hashed anew per call.
 */
const cache = new Map<string, Map<string, number>>();
let cached = 0;
/** Per font: its ASCII digits are all as wide and "11" is two "1"s (no kerning between digits). */
const tabular = new Map<string, boolean>();

/** Full-width CJK punctuation (、。〈〉《》「」『』【】！（），：；？). */
const PUNCT = '\u3001-\u3003\u3008-\u3011\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f';
const BY_CHAR = new RegExp(`^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff10-\uff190-9${PUNCT}]+$`);
/** Two punctuation marks side by side are closed up (。」 is 1.5 em, not 2): such strings are measured whole. */
const PAIR = new RegExp(`[${PUNCT}]{2}`);

function digitsTabular(font: string): boolean {
  let t = tabular.get(font);
  if (t === undefined) {
    const one = measureText('1', font);
    t = measureText('11', font) === one + one && [...'0123456789'].every((d) => measureText(d, font) === one);
    tabular.set(font, t);
  }
  return t;
}

/** measureText, with labels of the classes above measured by their characters. */
export const measureLabel: Measure = (text, font) => {
  if (typeof OffscreenCanvas === 'undefined') return measureText(text, font);
  if (cached > 5000) {
    cache.clear();
    cached = 0;
  }
  let m = cache.get(font);
  if (!m) cache.set(font, (m = new Map<string, number>()));
  let w = m.get(text);
  if (w === undefined) {
    if (text.length > 1 && BY_CHAR.test(text) && !PAIR.test(text) && (!/\d/.test(text) || digitsTabular(font))) {
      w = 0;
      for (const ch of text) w += measureLabel(ch, font);
    } else w = measureText(text, font);
    m.set(text, w);
    cached++;
  }
  return w;
};
