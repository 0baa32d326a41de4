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

/**
 * Digits of |value| rounded to `max` decimals, half away from zero, as ICU rounds: from the
 * shortest decimal that reads back as the same double (so 1.005 rounds to 1.01, not toFixed's
 * 1.00). Returns the integer digits and the decimal digits, trailing zeros not yet trimmed.
 */
function roundedDigits(abs: number, max: number): { int: string; frac: string } {
  // "1.2345e+3" / "5e-7": shortest round-trip digits and a power of ten, whatever the magnitude.
  const [mantissa = '0', exp = '0'] = abs.toExponential().split('e');
  let digits = mantissa.replace('.', '');
  // `point` digits stand before the decimal mark (it may be ≤ 0 or past the end).
  let point = Number(exp) + 1;
  const keep = point + max;
  if (keep < 0) return { int: '0', frac: '' };
  if (keep < digits.length) {
    const up = (digits.charCodeAt(keep) - 48) >= 5;
    digits = digits.slice(0, keep);
    if (up) {
      // Add one at the last kept digit; a carry out of the first adds a digit ("999.5" → "1000").
      let i = digits.length - 1;
      let out = '';
      while (i >= 0 && digits[i] === '9') {
        out = '0' + out;
        i--;
      }
      digits = i < 0 ? '1' + out : digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1) + out;
      if (i < 0) point++;
    }
    if (digits === '') return { int: '0', frac: '' };
  }
  if (point <= 0) return { int: '0', frac: '0'.repeat(-point) + digits };
  if (point >= digits.length) return { int: digits + '0'.repeat(point - digits.length), frac: '' };
  return { int: digits.slice(0, point), frac: digits.slice(point) };
}

function group(int: string, grouping: Grouping): string {
  // en and zh-CN group by threes; min2 waits for five digits (GB/T 15835 writes "1000亩").
  const from = grouping === false ? Infinity : grouping === 'min2' ? 5 : 4;
  if (int.length < from) return int;
  let out = int.slice(0, ((int.length - 1) % 3) + 1);
  for (let i = out.length; i < int.length; i += 3) out += ',' + int.slice(i, i + 3);
  return out;
}

const KNOWN = new Set(['minimumFractionDigits', 'maximumFractionDigits', 'useGrouping', 'signDisplay']);

/**
 * A formatter for `options` in `locale`: the plain-decimal writer above when it covers them
 * (standard notation, signDisplay auto or exceptZero, at most 20 decimals), else Intl — created
 * only when first needed, and used too for values that are not finite.
 */
export function decimalFormat(locale: Locale, options: Intl.NumberFormatOptions): NumberFormatter {
  let intl: Intl.NumberFormat | undefined;
  const viaIntl = (value: number): string => (intl ??= new Intl.NumberFormat(locale, options)).format(value);
  const min = options.minimumFractionDigits ?? 0;
  const max = options.maximumFractionDigits ?? Math.max(min, 3);
  const sign = options.signDisplay ?? 'auto';
  const grouping = options.useGrouping ?? 'auto';
  // A JavaScript caller may pass any tag ("fr" writes "1 234,5"): only our two are written here.
  const tag: string = locale;
  const plain =
    (tag === 'zh-CN' || tag === 'en') &&
    Object.keys(options).every((k) => KNOWN.has(k) && options[k as keyof Intl.NumberFormatOptions] !== undefined) &&
    (sign === 'auto' || sign === 'exceptZero') &&
    Number.isInteger(min) && Number.isInteger(max) && min >= 0 && min <= max && max <= 20 &&
    (typeof grouping === 'boolean' || grouping === 'always' || grouping === 'auto' || grouping === 'min2');
  if (!plain) {
    // Options Intl would refuse are refused now, as `new Intl.NumberFormat` refused them before.
    intl = new Intl.NumberFormat(locale, options);
    return intl;
  }
  return {
    format(value: number): string {
      if (!Number.isFinite(value)) return viaIntl(value);
      const negative = value < 0 || Object.is(value, -0);
      const { int, frac } = roundedDigits(Math.abs(value), max);
      let f = frac.length > max ? frac.slice(0, max) : frac;
      let end = f.length;
      while (end > min && f.charCodeAt(end - 1) === 48) end--;
      f = f.slice(0, end).padEnd(min, '0');
      const body = f ? `${group(int, grouping)}.${f}` : group(int, grouping);
      // Intl's "auto" keeps the minus of a negative that rounds to zero ("-0"); "exceptZero" signs neither zero.
      const zero = int === '0' && !/[1-9]/.test(f);
      if (sign === 'exceptZero') return zero ? body : `${negative ? '-' : '+'}${body}`;
      return negative ? `-${body}` : body;
    },
  };
}
