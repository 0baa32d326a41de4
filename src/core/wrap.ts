/**
 * The one line breaker every layout and the static SVG frame share: between words for Latin
 * text, between characters for Chinese (mixed text too), never inside a Latin word or between a
 * number and the Chinese unit or measure word after it ("80个", "410亿"), and with punctuation
 * kept off the start or end of a line as Chinese typesetting requires (kinsoku).
 */
import type { Measure } from './measure.js';

const CJK = '\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef';
/** A CJK character, a run of anything else but spaces (a Latin word, a number, a URL), or spaces. */
const TOKEN = new RegExp(`[${CJK}]|[^\\s${CJK}]+|\\s+`, 'gu');
/** Punctuation that must not start a line, and punctuation that must not end one. */
const NO_START = /^[，。、：；！？）」』》〉】”’,.;:!?)\]}%…]/u;
const NO_END = /[（「『《〈【“‘([{]$/u;
const CJK_CHAR = new RegExp(`^[${CJK}]$`, 'u');
const CJK_ANY = new RegExp(`[${CJK}]`, 'u');

/** Breakable units: CJK characters one by one, Latin by words, numbers with their unit, punctuation on the right line. */
export function breakUnits(text: string): string[] {
  const out: string[] = [];
  for (const t of text.match(TOKEN) ?? []) {
    const prev = out[out.length - 1];
    const glue = prev !== undefined && !/^\s/.test(t) && !/\s$/.test(prev) && (NO_START.test(t) || NO_END.test(prev) || (/\d%?$/.test(prev) && CJK_CHAR.test(t)));
    if (glue) out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}

/** Characters enough to overflow any line a layout draws (about 2 px each at 4,096 px). */
const HEAD = 2048;

/** Shortens text to fit `max` px, ending in "…"; the full text stays in the aria-label. */
export function truncate(text: string, max: number, font: string, measure: Measure): string {
  // A 1 MB field must not be measured whole twenty times over: when a head of the text already
  // overflows, the longest prefix that fits lies inside that head.
  let chars = text.length > HEAD ? [...text.slice(0, HEAD)] : null;
  if (chars && measure(chars.join(''), font) <= max) chars = null;
  if (!chars && measure(text, font) <= max) return text;
  chars ??= [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('')}…`, font) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}

export interface WrapOptions {
  /**
   * A unit wider than a whole line: 'break' splits it by characters (a URL in a source line),
   * 'truncate' ends it in "…" (a word in a narrow column; the full text stays in its label).
   */
  long?: 'break' | 'truncate';
}

/**
 * Lines of at most `max` px (see the module comment for where lines break); past `maxLines` the
 * last line ends in "…". Whitespace runs (newlines in an attribute) count as one space.
 */
export function wrap(text: string, max: number, font: string, measure: Measure, maxLines: number, options: WrapOptions = {}): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean || maxLines < 1) return [];
  const lines: string[] = [];
  let line = '';
  const units = breakUnits(clean);
  for (const unit of units) {
    // Past maxLines nothing more is drawn: the lines beyond the last kept one only feed its "…",
    // so a 1 MB label costs a few lines of measuring, not a million.
    if (lines.length > maxLines) break;
    if (/^\s+$/.test(unit)) {
      if (line) line += ' ';
      continue;
    }
    if (measure(line + unit, font) <= max) {
      line += unit;
      continue;
    }
    if (line.trim()) {
      lines.push(line.trimEnd());
      line = '';
    }
    if (measure(unit, font) <= max) {
      line = unit;
    } else if (options.long === 'truncate') {
      lines.push(truncate(unit, max, font, measure));
    } else {
      for (const ch of unit) {
        if (line && measure(line + ch, font) > max) {
          lines.push(line);
          line = '';
        }
        line += ch;
      }
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // The rest joined back as written: a space where Latin words were broken apart, none inside Chinese.
  const rest = lines.slice(maxLines - 1).reduce((a, b) => (CJK_ANY.test(a.slice(-1)) || CJK_ANY.test(b.charAt(0)) ? a + b : `${a} ${b}`));
  kept[maxLines - 1] = truncate(rest, max, font, measure);
  return kept;
}

/** The widest unit that cannot be broken (a Latin word, a number with its unit), in px. */
export function widestUnit(text: string, font: string, measure: Measure): number {
  // A loop, not Math.max(...units): a long text has more units than a call takes arguments.
  let widest = 0;
  for (const u of breakUnits(text)) if (!/^\s+$/.test(u)) widest = Math.max(widest, measure(u, font));
  return widest;
}

/** Lines for a layout: like `wrap`, with a word too wide for any line ended in "…", never split. */
export function wrapLines(text: string, max: number, font: string, measure: Measure, maxLines: number): string[] {
  return wrap(text, max, font, measure, maxLines, { long: 'truncate' });
}
