/**
 * Numerals as news copy writes them → numbers. Pure and DOM-free: the data inputs (table cells,
 * CSV) and the article extractor (src/extract) read numbers with this one piece of code, so
 * "4.1亿" means the same thing everywhere.
 */

/** Multipliers that may follow an Arabic numeral, longest first so "万亿" wins over "万". */
export const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['千亿', 1e11],
  ['百亿', 1e10],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
  ['trillion', 1e12],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
];

/** MULTIPLIERS with whether the word is English (it may follow a space). */
const MULTIPLIER_PLACES: ReadonlyArray<readonly [string, number, boolean]> = MULTIPLIERS.map(([word, factor]) => [word, factor, /^[a-z]/.test(word)] as const);
/** The characters a multiplier can start with. */
const MULTIPLIER_FIRST_CHARS: ReadonlySet<string> = new Set(MULTIPLIERS.map(([word]) => word[0] ?? ''));

/** Characters that may make up a Chinese numeral (lower case, financial capitals, 两 and 〇). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟';

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/**
 * Full-width ASCII (０-９, ．, ，, ％, －, ＋ …) → half-width, ideographic space → space, and the
 * typographic minus → "-". Keeps string length, so offsets into the original stay valid.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[\u2212\u2012\u2013\uFE63]/g, '-');
}

/** A section below 万: 一千二百零五 → 1205, 十五 → 15, 二〇二一 → 2021 (digit by digit). */
function parseSection(s: string): number | null {
  if (s === '') return 0;
  const hasUnit = [...s].some((c) => c in CN_SMALL_UNITS);
  if (!hasUnit) {
    // Digit-by-digit: years and codes ("二〇二一"), or a single digit. Two or three digits side
    // by side are a guess, not a number: 两三个 is "two or three", 三五天 "three to five days".
    const length = [...s].length;
    if (length > 1 && length < 4 && !/[零〇]/.test(s)) return null;
    let n = 0;
    for (const c of s) {
      const d = CN_DIGITS[c];
      if (d === undefined) return null;
      n = n * 10 + d;
    }
    return n;
  }
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let zero = false;
  for (const c of s) {
    const d = CN_DIGITS[c];
    if (d !== undefined) {
      // Two digits side by side are no numeral ("十四五" is a five-year plan, not 15); 零 only holds a place.
      if (digit !== null && digit !== 0) return null;
      if (d === 0) zero = true;
      digit = d;
      continue;
    }
    const u = CN_SMALL_UNITS[c];
    if (u === undefined) return null;
    // "十五" starts with the unit: an implied 一.
    total += (digit ?? 1) * u;
    digit = null;
    lastUnit = u;
    zero = false;
  }
  // A last digit right after 百 or 千, with no 零, counts in the next unit down, as it is said:
  // 三千五 is 3500 and 一百二 is 120 (一百零二 is 102).
  if (digit !== null && !zero && lastUnit >= 100) return total + digit * (lastUnit / 10);
  return total + (digit ?? 0);
}

/**
 * A Chinese numeral → its value, or null when the text is not one.
 * 一千 → 1000, 两万 → 20000, 十亿 → 1e9, 一万亿 → 1e12, 三点五 → 3.5, 二〇二一 → 2021.
 */
export function parseChineseNumeral(text: string): number | null {
  const s = text.trim();
  if (s === '') return null;
  const point = s.indexOf('点');
  if (point >= 0) {
    const int = parseChineseNumeral(s.slice(0, point));
    const frac = s.slice(point + 1);
    if (int === null || frac === '') return null;
    let digits = '';
    for (const c of frac) {
      const d = CN_DIGITS[c];
      if (d === undefined) return null;
      digits += String(d);
    }
    return Number(`${int}.${digits}`);
  }
  // Split at the first 亿 then 万: what stands left of it is itself a numeral (so 一万亿 = 1e4 × 1e8).
  for (const [unit, factor] of [['亿', 1e8], ['万', 1e4]] as const) {
    const i = s.indexOf(unit);
    if (i >= 0) {
      const left = i === 0 ? 1 : parseChineseNumeral(s.slice(0, i));
      const rest = s.slice(i + 1);
      // 两万三 is 23000 (the digit counts in 千), 一万零三 is 10003.
      const lone = rest.length === 1 ? CN_DIGITS[rest] : undefined;
      const right = rest === '' ? 0 : lone !== undefined && lone !== 0 ? lone * (factor / 10) : parseChineseNumeral(rest.replace(/^[零〇]/, ''));
      if (left === null || right === null) return null;
      return left * factor + right;
    }
  }
  return parseSection(s);
}

/** The Arabic part of a numeral: sign, digits with optional thousands separators, decimals. */
const ARABIC_DOT = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?/;
const ARABIC_COMMA = /^([-+]?)(\d{1,3}(?:\.\d{3})+|\d+)?(?:,(\d+))?/;

/** What a Chinese numeral opens with: a digit or 十 ("十亿"); a bare "万元" is a unit, not a number. */
const CHINESE_OPENERS = '零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾';

const CHINESE_NUMERAL = new RegExp(`^[-+]?[${CHINESE_OPENERS}][${CHINESE_NUMERAL_CHARS}]*(?:点[${CHINESE_NUMERAL_CHARS}]+)?`);

/**
 * Whether `ch` (one half-width character) can open a numeral `readNumeral` reads: a sign, a
 * digit, a decimal mark (".5", or ",5" with decimal ","), or a Chinese numeral's first character.
 * Lets a reader answer "text" for a label without running the numeral patterns.
 */
export function opensNumeral(ch: string): boolean {
  return ch.length === 1 && ((ch >= '0' && ch <= '9') || ch === '-' || ch === '+' || ch === '.' || ch === ',' || CHINESE_OPENERS.includes(ch));
}

export interface NumeralMatch {
  /** The number, multiplier applied (4.1亿 → 410000000). */
  value: number;
  /** How many characters of the input it used (numeral and multiplier). */
  length: number;
  /** The multiplier word it used, if any ("亿", "million"). */
  multiplier?: string;
  /**
   * Arabic numerals only: how many digits were written after the decimal mark ("33064.8亿" → 1,
   * "8.0%" → 1) and whether the digits were grouped ("1,234"). With `multiplier` this is the
   * published form, which the formatter reproduces (see format/published.ts).
   */
  decimals?: number;
  grouped?: boolean;
}

export interface NumeralOptions {
  /** The decimal mark: "." (default, 1,234.5) or "," (1.234,5 as in much of Europe). */
  decimal?: '.' | ',';
}

/**
 * Reads the numeral at the start of `text` (already half-width): Arabic with separators and an
 * optional multiplier ("1,234", "4.1亿", "1.3万亿", "410 million"), or a Chinese numeral ("两万").
 * Returns null when the text does not start with a number.
 */
export function readNumeral(text: string, options: NumeralOptions = {}): NumeralMatch | null {
  const m = (options.decimal === ',' ? ARABIC_COMMA : ARABIC_DOT).exec(text);
  if (m && (m[2] !== undefined || m[3] !== undefined)) {
    const sep = options.decimal === ',' ? '.' : ',';
    const int = (m[2] ?? '0').split(sep).join('');
    const n = Number(`${int}.${m[3] ?? '0'}`) * (m[1] === '-' ? -1 : 1);
    let length = m[0].length;
    const decimals = m[3]?.length ?? 0;
    const grouped = int !== (m[2] ?? '0');
    // No multiplier can follow unless the next character starts one or is a space (cheap test
    // first: the extractor reads a numeral at almost every digit of a text).
    const next = text[length];
    if (next === undefined || (!MULTIPLIER_FIRST_CHARS.has(next) && !/\s/.test(next))) {
      return { value: n, length, decimals, grouped };
    }
    const after = text.slice(length);
    const gap = /^\s*/.exec(after)?.[0].length ?? 0;
    for (const [word, factor, spaced] of MULTIPLIER_PLACES) {
      // Chinese multipliers sit right against the digits; English ones follow a space and end a
      // word ("1 millionaire" is no million). A Chinese one may run into a Latin unit: 4368.06万TEU.
      const at = spaced ? gap : 0;
      if (after.startsWith(word, at) && !(spaced && /^[a-z]/i.test(after.slice(at + word.length, at + word.length + 1)))) {
        length += at + word.length;
        // 4.1 × 1e8 is 409999999.99999994 in binary floating point: round to what was written.
        return { value: Number((n * factor).toPrecision(15)), length, multiplier: word, decimals, grouped };
      }
    }
    return { value: n, length, decimals, grouped };
  }
  // A Chinese numeral must open with a digit or 十 ("十亿"): a bare "万元" is a unit, not a number.
  const cn = CHINESE_NUMERAL.exec(text);
  if (cn) {
    const sign = cn[0].startsWith('-') ? -1 : 1;
    const body = cn[0].replace(/^[-+]/, '');
    const v = parseChineseNumeral(body);
    if (v !== null) return { value: sign * v, length: cn[0].length };
  }
  return null;
}
