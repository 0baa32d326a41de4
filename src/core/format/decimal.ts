/**
 * Plain decimal numbers in zh-CN and en ("1,234.5", "-0.8", "+12", "12345" under min2 grouping)
 * written without asking Intl, with Intl's output to the character.
 *
 * Why not Intl here: the first Intl object a page creates costs 15–40 ms (V8 and ICU set up the
 * locale data; measured in headless Chromium on the "100 bars" bench, where it was the largest
 * single cost of the first paint), and plain d3 pays none of it. Both our locales write numbers
 * alike — ASCII digits, "," every three, "." before decimals, "-" and "+" signs — so a number's
 * digits need no locale data. Everything else (compact 万/亿 and million, NaN, ∞, options this
 * file does not know) still goes to Intl, created on first use. test/core/format/decimal.test.ts
 * holds this file to Intl's own output over many thousands of values.
 */
import type { Locale } from '../i18n/locale.js';

/** What the number modules need of a formatter: Intl.NumberFormat's `format`, nothing more. */
export interface NumberFormatter {
  format(value: number): string;
}

type Grouping = boolean | 'always' | 'auto' | 'min2';

/** A decimal as digits (no leading zeros; '' is zero) and how many of them stand before the mark (may be ≤ 0 or past the end). */
interface Decimal {
  digits: string;
  point: number;
}

/**
 * The shortest decimal that reads back as the same double, as ICU starts from (so 1.005 rounds
 * to 1.01, not toFixed's 1.00): "1.2345e+3" / "5e-7" give digits and a power of ten at any magnitude.
 */
function decimalOf(abs: number): Decimal {
  const [mantissa = '0', exp = '0'] = abs.toExponential().split('e');
  const digits = mantissa.replace('.', '');
  return digits === '0' ? { digits: '', point: 1 } : { digits, point: Number(exp) + 1 };
}

/** `d` rounded to `max` decimals, half away from zero (Intl's default halfExpand). */
function round(d: Decimal, max: number): Decimal {
  const keep = d.point + max;
  if (keep >= d.digits.length) return d;
  if (keep < 0) return { digits: '', point: 1 };
  let digits = d.digits.slice(0, keep);
  let point = d.point;
  if (d.digits.charCodeAt(keep) - 48 >= 5) {
    // Add one at the last kept digit; a carry out of the first adds a digit ("999.5" → "1000").
    let i = digits.length - 1;
    while (i >= 0 && digits[i] === '9') i--;
    digits = i < 0 ? '1' : digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1);
    if (i < 0) point++;
  }
  digits = digits.replace(/0+$/, '');
  return digits ? { digits, point } : { digits: '', point: 1 };
}

function parts(d: Decimal): { int: string; frac: string } {
  const { digits, point } = d;
  if (digits === '') return { int: '0', frac: '' };
  if (point <= 0) return { int: '0', frac: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { int: digits + '0'.repeat(point - digits.length), frac: '' };
  return { int: digits.slice(0, point), frac: digits.slice(point) };
}

/**
 * Compact long notation as CLDR writes it for our locales: the power of ten a magnitude is shown
 * in (zh: 万 from 10⁴, 亿 from 10⁸, 万亿 from 10¹² and above; en: thousand, million, billion,
 * trillion from 10¹² and above) and its word.
 */
const COMPACT: Readonly<Record<string, ReadonlyArray<readonly [number, string]>>> = {
  'zh-CN': [[12, '万亿'], [8, '亿'], [4, '万']],
  en: [[12, ' trillion'], [9, ' billion'], [6, ' million'], [3, ' thousand']],
};

function group(int: string, grouping: Grouping): string {
  // en and zh-CN group by threes; min2 waits for five digits (GB/T 15835 writes "1000亩").
  const from = grouping === false ? Infinity : grouping === 'min2' ? 5 : 4;
  if (int.length < from) return int;
  let out = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = out.length; i < int.length; i += 3) out += ',' + int.slice(i, i + 3);
  return out;
}

const KNOWN = new Set(['minimumFractionDigits', 'maximumFractionDigits', 'useGrouping', 'signDisplay', 'notation', 'compactDisplay']);

/**
 * A formatter for `options` in `locale`: the plain-decimal writer above when it covers them
 * (standard notation, or compact long with its decimals given; signDisplay auto or exceptZero;
 * at most 20 decimals), else Intl — created only when first needed, and used too for values
 * that are not finite.
 */
export function decimalFormat(locale: Locale, options: Intl.NumberFormatOptions): NumberFormatter {
  let intl: Intl.NumberFormat | undefined;
  const viaIntl = (value: number): string => (intl ??= new Intl.NumberFormat(locale, options)).format(value);
  const notation = options.notation ?? 'standard';
  const compact = notation === 'compact' ? COMPACT[locale] : undefined;
  const min = options.minimumFractionDigits ?? 0;
  const max = options.maximumFractionDigits ?? Math.max(min, 3);
  const sign = options.signDisplay ?? 'auto';
  // Intl groups compact numbers from five digits unless told otherwise.
  const grouping = options.useGrouping ?? (compact ? 'min2' : 'auto');
  // A JavaScript caller may pass any tag ("fr" writes "1 234,5"): only our two are written here.
  const tag: string = locale;
  const plain =
    (tag === 'zh-CN' || tag === 'en') &&
    Object.keys(options).every((k) => KNOWN.has(k) && options[k as keyof Intl.NumberFormatOptions] !== undefined) &&
    (notation === 'standard' ||
      // Compact with no decimals given rounds to significant digits: Intl's.
      (notation === 'compact' && (options.compactDisplay ?? 'short') === 'long' && options.maximumFractionDigits !== undefined)) &&
    (sign === 'auto' || sign === 'exceptZero') &&
    Number.isInteger(min) && Number.isInteger(max) && min >= 0 && min <= max && max <= 20 &&
    (typeof grouping === 'boolean' || grouping === 'always' || grouping === 'auto' || grouping === 'min2');
  if (!plain) {
    // Options Intl would refuse are refused now, as `new Intl.NumberFormat` refused them before.
    intl = new Intl.NumberFormat(locale, options);
    return intl;
  }
  /** The power of ten shown for a magnitude, and its word ('' below the first). */
  const scaleOf = (magnitude: number): readonly [number, string] => compact?.find(([p]) => magnitude >= p) ?? [0, ''];
  return {
    format(value: number): string {
      if (!Number.isFinite(value)) return viaIntl(value);
      const negative = value < 0 || Object.is(value, -0);
      let d = decimalOf(Math.abs(value));
      let word = '';
      if (compact && d.digits) {
        // As ICU: scale by the magnitude, round; a value that rounds up into the next scale
        // (9999.996万 → 1亿) is scaled again from its rounded digits.
        const magnitude = d.point - 1;
        let [power, w] = scaleOf(magnitude);
        d = round({ digits: d.digits, point: d.point - power }, max);
        if (d.digits && d.point - 1 !== magnitude - power) {
          const [next, nw] = scaleOf(magnitude + 1);
          if (next !== power) {
            d = round({ digits: d.digits, point: d.point + power - next }, max);
            [power, w] = [next, nw];
          }
        }
        word = w;
      } else d = round(d, max);
      const { int, frac } = parts(d);
      const f = frac.padEnd(min, '0');
      // Compact notation's "auto" grouping starts at five digits, as "min2" (ICU's compact strategy).
      const g = compact && grouping === 'auto' ? 'min2' : grouping;
      const body = (f ? `${group(int, g)}.${f}` : group(int, g)) + word;
      // Intl's "auto" keeps the minus of a negative that rounds to zero ("-0"); "exceptZero" signs neither zero.
      if (sign === 'exceptZero') return d.digits === '' ? body : `${negative ? '-' : '+'}${body}`;
      return negative ? `-${body}` : body;
    },
  };
}
