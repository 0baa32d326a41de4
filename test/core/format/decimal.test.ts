import { expect } from '@open-wc/testing';
import { decimalFormat } from '../../../src/core/format/decimal.js';
import type { Locale } from '../../../src/core/i18n/locale.js';

/** Seeded, so a failure names a value that fails again. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values of every kind a chart meets: counts, shares, published decimals, ties, huge and tiny ones. */
function values(seed: number, n: number): number[] {
  const r = mulberry32(seed);
  const out: number[] = [0, -0, 0.5, 1.5, 2.5, -0.5, 1.005, 1.015, 2.675, 0.045, 9.995, 99.995, 999.5, 9999.5, 99999.5, 1e21, 1.5e21, 123456789012345680000, 1e-7, 5e-7, -4e-7, 0.1 + 0.2, 33064.8, 3306480000000 / 1e8, Number.MAX_SAFE_INTEGER, 2 ** 60, Number.MAX_VALUE, Number.MIN_VALUE,
    // Where compact notation changes its word, and values that round up into the next one.
    999.5, 9999, 10000, 99995000, 99999999.5, 99999999, 1e8, 999950000000, 999999999999.5, 1e12, 1e15, 1.23456789e19, 999999.5, 999999999.5, 999500, 1e6, 1e9];
  for (let i = 0; i < n; i++) {
    const sign = r() < 0.3 ? -1 : 1;
    const kind = r();
    const mag = 10 ** Math.floor(r() * 30 - 8);
    let v: number;
    if (kind < 0.25) v = Math.round(r() * 1e6); // counts
    else if (kind < 0.5) v = Math.round(r() * 1e5) / 10 ** Math.floor(r() * 5); // published decimals
    else if (kind < 0.65) v = (Math.floor(r() * 1e4) + 0.5) / 10 ** Math.floor(r() * 4); // ties at some digit
    else v = r() * mag; // any double
    out.push(sign * v);
  }
  return out;
}

const OPTIONS: Intl.NumberFormatOptions[] = [];
for (const max of [0, 1, 2, 3, 6, 20]) {
  for (const min of [0, 1, 2, 6]) {
    if (min > max) continue;
    for (const useGrouping of ['min2', 'auto', 'always', true, false] as const) {
      for (const signDisplay of ['auto', 'exceptZero'] as const) OPTIONS.push({ maximumFractionDigits: max, minimumFractionDigits: min, useGrouping, signDisplay });
    }
  }
}
// Compact long (万/亿/万亿, thousand … trillion), as formatNumber asks for it and with Intl's default grouping.
for (const max of [0, 1, 2, 6]) {
  for (const min of [0, 1, 2]) {
    if (min > max) continue;
    for (const useGrouping of ['min2', 'auto', false, undefined] as const) {
      for (const signDisplay of ['auto', 'exceptZero'] as const) {
        const o: Intl.NumberFormatOptions = { maximumFractionDigits: max, minimumFractionDigits: min, signDisplay, notation: 'compact', compactDisplay: 'long' };
        if (useGrouping !== undefined) o.useGrouping = useGrouping;
        OPTIONS.push(o);
      }
    }
  }
}

describe('decimalFormat', () => {
  for (const locale of ['zh-CN', 'en'] as Locale[]) {
    it(`writes what Intl.NumberFormat writes in ${locale}, to the character`, () => {
      const vs = values(locale === 'en' ? 7 : 11, 400);
      let checked = 0;
      const wrong: string[] = [];
      for (const o of OPTIONS) {
        const ours = decimalFormat(locale, o);
        const intl = new Intl.NumberFormat(locale, o);
        for (const v of vs) {
          const a = ours.format(v);
          const b = intl.format(v);
          checked++;
          if (a !== b && wrong.length < 10) wrong.push(`${v} ${JSON.stringify(o)}: ${a} ≠ ${b}`);
        }
      }
      expect(wrong).to.deep.equal([]);
      expect(checked).to.be.greaterThan(100000);
    });
  }

  it('takes Intl’s defaults for decimals it is not given', () => {
    for (const o of [{}, { minimumFractionDigits: 1 }, { maximumFractionDigits: 1 }, { minimumFractionDigits: 5 }, { useGrouping: 'min2' as const }]) {
      for (const v of [1234.56789, 0.1, 7, -12345.5]) expect(decimalFormat('zh-CN', o).format(v), JSON.stringify(o)).to.equal(new Intl.NumberFormat('zh-CN', o).format(v));
    }
  });

  it('leaves what is not a plain decimal to Intl', () => {
    for (const v of [NaN, Infinity, -Infinity]) {
      expect(decimalFormat('en', { maximumFractionDigits: 2 }).format(v)).to.equal(new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(v));
    }
    // Compact without decimals given rounds to significant digits, and short compact has other words: Intl's.
    for (const o of [{ notation: 'compact' }, { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 }] as Intl.NumberFormatOptions[]) {
      for (const v of [1234, 410000000, 18500]) expect(decimalFormat('en', o).format(v)).to.equal(new Intl.NumberFormat('en', o).format(v));
    }
    expect(decimalFormat('en', { signDisplay: 'always' }).format(0)).to.equal('+0');
    expect(decimalFormat('en', { style: 'percent' }).format(0.12)).to.equal('12%');
    // A tag from plain JavaScript that is neither of ours keeps its own digits and separators.
    expect(decimalFormat('fr' as Locale, {}).format(12345.5)).to.equal(new Intl.NumberFormat('fr').format(12345.5));
    expect(decimalFormat('de' as Locale, { maximumFractionDigits: 2 }).format(1234.5)).to.equal('1.234,5');
  });

  it('refuses the options Intl refuses', () => {
    expect(() => decimalFormat('en', { minimumFractionDigits: 3, maximumFractionDigits: 1 })).to.throw(RangeError);
    expect(() => decimalFormat('en', { maximumFractionDigits: 101 })).to.throw(RangeError);
  });
});
