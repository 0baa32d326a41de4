import { expect } from '@open-wc/testing';
import { parseChineseNumeral, readNumeral, toHalfWidth } from '../../../src/core/format/numeral.js';

describe('numeral', () => {
  it('reads Chinese numerals', () => {
    const cases: Array<[string, number]> = [
      ['一千', 1000], ['两万', 20000], ['三', 3], ['十亿', 1e9], ['十', 10], ['十五', 15], ['二十', 20],
      ['一百零五', 105], ['一千二百万', 12000000], ['一万亿', 1e12], ['三万五千亿', 3.5e12],
      ['二〇二一', 2021], ['三点五', 3.5], ['壹佰', 100], ['一亿二千万', 1.2e8], ['十万零三', 100003],
    ];
    for (const [text, value] of cases) expect(parseChineseNumeral(text), text).to.equal(value);
  });

  it('rejects what is not a Chinese numeral', () => {
    for (const text of ['', '元', '一元', '点五', '三点']) expect(parseChineseNumeral(text), text).to.equal(null);
  });

  it('reads Arabic numerals with separators and multipliers', () => {
    const cases: Array<[string, number, number]> = [
      ['1,234', 1234, 5], ['4.1亿元', 410000000, 4], ['1.85万平方米', 18500, 5], ['8000万美元', 80000000, 5],
      ['1.3万亿斤', 1.3e12, 5], ['12%', 12, 2], ['-8.92%', -8.92, 5], ['410 million yuan', 410000000, 11],
      ['.5', 0.5, 2], ['1000亩以上', 1000, 4], ['3 millionaires', 3, 1],
    ];
    for (const [text, value, length] of cases) {
      const m = readNumeral(text);
      expect(m?.value, text).to.be.closeTo(value, Math.abs(value) * 1e-12);
      expect(m?.length, text).to.equal(length);
    }
  });

  it('reads a decimal comma when told to', () => {
    expect(readNumeral('1.234,5', { decimal: ',' })?.value).to.equal(1234.5);
    expect(readNumeral('1.234,5')?.value).to.equal(1.234);
  });

  it('reads Chinese numerals at the start of text but not bare units', () => {
    expect(readNumeral('三栋')?.value).to.equal(3);
    expect(readNumeral('两万人')).to.deep.equal({ value: 20000, length: 2 });
    expect(readNumeral('万元')).to.equal(null);
    expect(readNumeral('abc')).to.equal(null);
  });

  it('folds full-width characters without changing length', () => {
    const s = '４．１亿元，增长１２％　－３';
    const h = toHalfWidth(s);
    expect(h).to.equal('4.1亿元,增长12% -3');
    expect(h.length).to.equal(s.length);
  });
});

describe('core/format/numeral: numerals as they are said', () => {
  it('reads a last digit after 百, 千 or 万 in the next unit down, as spoken', () => {
    expect(parseChineseNumeral('三千五')).to.equal(3500);
    expect(parseChineseNumeral('一百二')).to.equal(120);
    expect(parseChineseNumeral('两万三')).to.equal(23000);
    expect(parseChineseNumeral('一百零二')).to.equal(102);
    expect(parseChineseNumeral('一万零三')).to.equal(10003);
    expect(parseChineseNumeral('三千五百')).to.equal(3500);
    expect(parseChineseNumeral('二十五')).to.equal(25);
    expect(parseChineseNumeral('二〇二一')).to.equal(2021);
  });

  it('reads no number from a plan name or a guess', () => {
    for (const s of ['十四五', '十三五', '两三', '三五', '七八', '一二三']) expect(parseChineseNumeral(s), s).to.equal(null);
  });
});
