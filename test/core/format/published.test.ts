import { expect } from '@open-wc/testing';
import { formatNumber, formatValue, unitFor } from '../../../src/core/format/number.js';
import { readNumeral } from '../../../src/core/format/numeral.js';
import { combined, commonForm, publishedOfNumber, scaleBy } from '../../../src/core/format/published.js';
import { parseCell, splitUnit } from '../../../src/core/format/quantity.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import { extractFigures } from '../../../src/extract/index.js';

/** A published figure ("33064.8亿元") → what the widgets write, in `locale`. */
function shown(text: string, locale: Locale): string {
  const c = parseCell(text);
  if (c.kind !== 'number') throw new Error(`not a number: ${text}`);
  return formatValue(c.value, c.unit, locale, { published: c.published });
}

describe('published figures', () => {
  it('are written in Chinese exactly as published: same digits, same multiplier, same unit', () => {
    for (const s of ['33064.8亿元', '22718.3亿元', '13657亿斤', '1.85万㎡', '8000万美元', '8.0%', '4.1亿元', '0.35万亿元', '-3.50%', '12345元', '1.20万人']) {
      expect(shown(s, 'zh-CN'), s).to.equal(s);
    }
  });

  it('keep every published digit in English: 亿 is 100 million, 万 ten thousand', () => {
    expect(shown('33064.8亿元', 'en')).to.equal('3,306.48 billion yuan');
    expect(shown('22718.3亿元', 'en')).to.equal('2,271.83 billion yuan');
    expect(shown('13657亿斤', 'en')).to.equal('1,365.7 billion jin');
    expect(shown('1.85万㎡', 'en')).to.equal('18,500 m²');
    expect(shown('8000万美元', 'en')).to.equal('US$80 million');
    expect(shown('8123万元', 'en')).to.equal('81.23 million yuan');
    expect(shown('4.1亿元', 'en')).to.equal('410 million yuan');
    expect(shown('1.3万亿元', 'en')).to.equal('1.3 trillion yuan');
    expect(shown('0.35万亿元', 'en')).to.equal('350 billion yuan');
    expect(shown('8.0%', 'en')).to.equal('8.0%');
    expect(shown('120万人', 'en')).to.equal('1.2 million people');
  });

  it('reads English multipliers back into 万/亿 for Chinese readers, digits kept', () => {
    expect(shown('410 million', 'zh-CN')).to.equal('4.1亿');
    expect(shown('3,306.48 billion', 'zh-CN')).to.equal('3.30648万亿');
  });

  it('are rescaled and rounded only when the author asks: notation="compact", decimals', () => {
    const c = parseCell('33064.8亿元');
    if (c.kind !== 'number') throw new Error('parse');
    const p = { published: c.published };
    expect(formatValue(c.value, c.unit, 'zh-CN', { ...p, style: { notation: 'compact' } })).to.equal('3.31万亿元');
    expect(formatValue(c.value, c.unit, 'en', { ...p, style: { notation: 'compact', decimals: 1 } })).to.equal('3.3 trillion yuan');
    // decimals fixes the count, trailing zeros kept, in the published multiplier.
    expect(formatValue(c.value, c.unit, 'zh-CN', { ...p, style: { decimals: 2 } })).to.equal('33064.80亿元');
    expect(formatValue(8, '%', 'zh-CN', { published: publishedOfNumber(8), style: { decimals: 1 } })).to.equal('8.0%');
    expect(formatValue(c.value, c.unit, 'zh-CN', { ...p, style: { decimals: 0 } })).to.equal('33065亿元');
    // The style ends with the call: nothing leaks to the next widget.
    expect(formatValue(c.value, c.unit, 'zh-CN', p)).to.equal('33064.8亿元');
  });

  it('computed figures with no published form stay compact and rounded, as before', () => {
    expect(formatValue(410000000, '元', 'zh-CN')).to.equal('4.1亿元');
    expect(formatNumber(123456789, 'en', { compact: false })).to.equal('123,456,789');
  });

  it('carry through a unit with a multiplier (unit="亿元") and JS numbers', () => {
    const given = splitUnit('亿元');
    const s = scaleBy(33064.8, undefined, given);
    expect(s.value).to.equal(3306480000000);
    expect(formatValue(s.value, given.unit, 'zh-CN', { published: s.published })).to.equal('33064.8亿元');
    expect(formatValue(s.value, given.unit, 'en', { published: s.published })).to.equal('3,306.48 billion yuan');
    // Floating-point noise is not a published precision.
    expect(publishedOfNumber(0.1 + 0.2)).to.equal(undefined);
    expect(publishedOfNumber(1e21)).to.equal(undefined);
  });

  it('differences of published figures keep their digits in the larger multiplier', () => {
    const a = parseCell('4.1亿元');
    const b = parseCell('3600万元');
    if (a.kind !== 'number' || b.kind !== 'number') throw new Error('parse');
    const p = combined(a.published, b.published);
    expect(formatValue(a.value - b.value, '元', 'zh-CN', { published: p, signed: true })).to.equal('+3.74亿元');
    expect(combined(a.published, undefined)).to.equal(undefined);
    // A line of "8.0%, 7.5%" keeps its one decimal; "6%, 18.6%" shows each as written.
    expect(formatValue(8, '%', 'zh-CN', { published: commonForm([{ decimals: 1, multiplier: '' }, { decimals: 1, multiplier: '' }]) })).to.equal('8.0%');
    const mixed = commonForm([{ decimals: 0, multiplier: '' }, { decimals: 1, multiplier: '' }]);
    expect(formatValue(6, '%', 'zh-CN', { published: mixed })).to.equal('6%');
    expect(formatValue(18.6, '%', 'zh-CN', { published: mixed })).to.equal('18.6%');
  });
});

/** mulberry32: a small seeded generator, so a failure names a case that can be run again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = ['元', '美元', '%', '亩', '人', '平方米', '吨', '公顷', '斤', '个百分点', '家', '㎡', '公里', '枚'];
const MULTIPLIERS = ['', '万', '亿', '万亿'];

/** The digits a figure says, without separators, sign, or leading and trailing zeros. */
function significant(text: string): string {
  return (text.match(/\d/g) ?? []).join('').replace(/^0+/, '').replace(/0+$/, '');
}

/** An English display read back: sign, "US$" prefix, numeral with its scale word, unit. */
function readEnglish(text: string): { value: number; unit: string } {
  const m = /^([-+]?)(US\$)?(.*)$/.exec(text);
  const sign = m?.[1] === '-' ? -1 : 1;
  const rest = m?.[3] ?? '';
  const n = readNumeral(rest);
  if (!n) throw new Error(`no number in "${text}"`);
  return { value: sign * n.value, unit: m?.[2] ? 'US$' : rest.slice(n.length).trim() };
}

const tidy = (n: number): number => Number(n.toPrecision(15));

describe('published figures: round trip (property, seeded)', () => {
  it('any published value → display (zh-CN and en) → parse gives back the same value and unit', () => {
    const rnd = random(20261205);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const digits = (n: number): string => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join('');
    for (let i = 0; i < 3000; i++) {
      const unit = pick(UNITS);
      const rate = unit === '%' || unit === '个百分点';
      const multiplier = rate ? '' : pick(MULTIPLIERS);
      const intLen = 1 + Math.floor(rnd() * 6);
      const int = intLen === 1 ? digits(1) : String(1 + Math.floor(rnd() * 9)) + digits(intLen - 1);
      const decimals = Math.floor(rnd() * 5);
      const negative = rnd() < 0.2 && Number(int) > 0;
      const text = `${negative ? '-' : ''}${int}${decimals ? `.${digits(decimals)}` : ''}${multiplier}${unit}`;
      const cell = parseCell(text);
      if (cell.kind !== 'number') throw new Error(`case ${i}: "${text}" did not parse`);
      const opts = { published: cell.published };

      // Chinese: the very string that was published.
      const zh = formatValue(cell.value, cell.unit, 'zh-CN', opts);
      expect(zh, `case ${i} zh`).to.equal(text);
      const back = parseCell(zh);
      expect(back.kind === 'number' && tidy(back.value) === tidy(cell.value) && back.unit === cell.unit, `case ${i}: ${text} → ${zh}`).to.equal(true);

      // English: every published digit, the same value and the unit as English writes it.
      const en = formatValue(cell.value, cell.unit, 'en', opts);
      const read = readEnglish(en);
      expect(tidy(read.value), `case ${i}: ${text} → ${en}`).to.equal(tidy(cell.value));
      const u = unitFor(cell.unit, 'en', cell.value);
      expect(read.unit, `case ${i}: ${text} → ${en}`).to.equal(u.text);
      expect(significant(en), `case ${i}: ${text} → ${en}`).to.equal(significant(text));
    }
  });
});

describe('published figures: through the article extractor (property, seeded)', () => {
  it('a figure in a sentence is explained with the very digits, multiplier and unit it was written with', () => {
    const rnd = random(13);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const digits = (n: number): string => Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join('');
    for (let i = 0; i < 600; i++) {
      const unit = pick(['元', '美元', '亩', '吨', '斤', '平方米', '人', '%']);
      const multiplier = unit === '%' ? '' : pick(MULTIPLIERS);
      const int = String(1 + Math.floor(rnd() * 9)) + digits(Math.floor(rnd() * 5));
      const decimals = Math.floor(rnd() * 5);
      const fig = `${int}${decimals ? `.${digits(decimals)}` : ''}${multiplier}${unit}`;
      const text = `全年地区生产总值${fig}，比上年增长${int.slice(0, 1)}.5%。`;
      const [f] = extractFigures(text);
      if (!f) throw new Error(`case ${i}: nothing read in ${text}`);
      expect(text.slice(f.figureStart, f.figureEnd), `case ${i}`).to.equal(fig);
      expect(formatValue(f.value, f.unit, 'zh-CN', { published: f.published }), `case ${i}: ${text}`).to.equal(fig);
      const en = formatValue(f.value, f.unit, 'en', { published: f.published });
      expect(significant(en), `case ${i}: ${fig} → ${en}`).to.equal(significant(fig));
    }
  });
});
