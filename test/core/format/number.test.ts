import { expect } from '@open-wc/testing';
import { axisFormat, formatNumber, formatValue, withNumberStyle } from '../../../src/core/format/number.js';
import { publishedOfNumber } from '../../../src/core/format/published.js';
import { parseCell } from '../../../src/core/format/quantity.js';

describe('formatValue', () => {
  it('writes Chinese amounts with 万/亿 and the unit against the number', () => {
    expect(formatValue(410000000, '元', 'zh-CN')).to.equal('4.1亿元');
    expect(formatValue(18500, '平方米', 'zh-CN')).to.equal('1.85万平方米');
    expect(formatValue(80000000, '美元', 'zh-CN')).to.equal('8000万美元');
    expect(formatValue(1.3e12, '斤', 'zh-CN')).to.equal('1.3万亿斤');
    expect(formatValue(1000, '亩', 'zh-CN')).to.equal('1000亩');
    expect(formatValue(12, '%', 'zh-CN')).to.equal('12%');
    expect(formatValue(-8.92, '%', 'zh-CN')).to.equal('-8.92%');
  });

  it('writes English amounts in words, units translated and placed', () => {
    expect(formatValue(410000000, '元', 'en')).to.equal('410 million yuan');
    expect(formatValue(18500, '平方米', 'en')).to.equal('18,500 m²');
    expect(formatValue(80000000, '美元', 'en')).to.equal('US$80 million');
    expect(formatValue(-3e6, '美元', 'en')).to.equal('-US$3 million');
    expect(formatValue(1000, '人', 'en')).to.equal('1,000 people');
    expect(formatValue(1, '人', 'en')).to.equal('1 person');
    expect(formatValue(15, '家', 'en')).to.equal('15');
    expect(formatValue(0.8, '个百分点', 'en')).to.equal('0.8 percentage points');
    expect(formatValue(12, '%', 'en', { signed: true })).to.equal('+12%');
  });

  it('keeps unknown units as written', () => {
    expect(formatValue(3, '枚', 'en')).to.equal('3 枚');
    expect(formatValue(3, '枚', 'zh-CN')).to.equal('3枚');
  });

  it('writes plain numbers without compacting when asked', () => {
    expect(formatNumber(123456789, 'en', { compact: false })).to.equal('123,456,789');
    expect(formatNumber(123456789, 'zh-CN', { maximumFractionDigits: 10 })).to.equal('1.23456789亿');
  });
});

describe('axisFormat', () => {
  it('puts the scale and unit in the caption, plain numbers on ticks', () => {
    const zh = axisFormat(5e8, 5e7, '元', 'zh-CN');
    expect(zh.caption).to.equal('单位：亿元');
    expect([0, 1e8, 2.5e8].map(zh.format)).to.deep.equal(['0', '1', '2.5']);
    const en = axisFormat(5e8, 1e8, '元', 'en');
    expect(en.caption).to.equal('million yuan');
    expect([0, 1e8].map(en.format)).to.deep.equal(['0', '100']);
    expect(axisFormat(8e7, 2e7, '美元', 'en').caption).to.equal('US$ million');
    expect(axisFormat(80, 20, '', 'zh-CN').caption).to.equal('');
  });

  it('keeps % on every tick', () => {
    const f = axisFormat(15, 5, '%', 'zh-CN');
    expect(f.caption).to.equal('');
    expect([0, 5, 10].map(f.format)).to.deep.equal(['0%', '5%', '10%']);
  });
});

describe('parseCell', () => {
  it('reads numbers with units, multipliers, separators and full-width digits', () => {
    expect(parseCell('4.1亿元')).to.deep.equal({ kind: 'number', value: 410000000, unit: '元', published: { decimals: 1, multiplier: '亿', grouped: false } });
    expect(parseCell('1.85万平方米')).to.deep.equal({ kind: 'number', value: 18500, unit: '平方米', published: { decimals: 2, multiplier: '万', grouped: false } });
    expect(parseCell('8000万美元')).to.deep.equal({ kind: 'number', value: 80000000, unit: '美元', published: { decimals: 0, multiplier: '万', grouped: false } });
    expect(parseCell('1,234')).to.deep.equal({ kind: 'number', value: 1234, unit: '', published: { decimals: 0, multiplier: '', grouped: true } });
    expect(parseCell('１２％')).to.deep.equal({ kind: 'number', value: 12, unit: '%', published: { decimals: 0, multiplier: '', grouped: false } });
    expect(parseCell('1000亩以上')).to.deep.equal({ kind: 'number', value: 1000, unit: '亩', qualifier: '以上', published: { decimals: 0, multiplier: '', grouped: false } });
    expect(parseCell('不少于500家')).to.deep.equal({ kind: 'number', value: 500, unit: '家', qualifier: '不少于', published: { decimals: 0, multiplier: '', grouped: false } });
    expect(parseCell('突破400亿元')).to.deep.equal({ kind: 'number', value: 40000000000, unit: '元', qualifier: '突破', published: { decimals: 0, multiplier: '亿', grouped: false } });
    expect(parseCell('三栋')).to.deep.equal({ kind: 'number', value: 3, unit: '栋' });
    expect(parseCell('(1,234.5)')).to.deep.equal({ kind: 'number', value: -1234.5, unit: '', published: { decimals: 1, multiplier: '', grouped: true } });
    expect(parseCell('−3')).to.deep.equal({ kind: 'number', value: -3, unit: '', published: { decimals: 0, multiplier: '', grouped: false } });
    expect(parseCell('¥4.1亿')).to.deep.equal({ kind: 'number', value: 410000000, unit: '元', published: { decimals: 1, multiplier: '亿', grouped: false } });
    expect(parseCell('1.234,5', { decimal: ',' })).to.deep.equal({ kind: 'number', value: 1234.5, unit: '', published: { decimals: 1, multiplier: '', grouped: true } });
    expect(parseCell(42)).to.deep.equal({ kind: 'number', value: 42, unit: '' });
  });

  it('treats the ways tables write "nothing" as missing, never zero', () => {
    for (const v of ['', ' ', '-', '—', 'NaN', 'null', 'N/A', '无', null, undefined, NaN, Infinity]) {
      expect(parseCell(v), String(v)).to.deep.equal({ kind: 'missing' });
    }
  });

  it('leaves text as text, including prose that starts with a number', () => {
    expect(parseCell('海州区')).to.deep.equal({ kind: 'text', text: '海州区' });
    expect(parseCell('3 projects were late, said the office')).to.deep.equal({ kind: 'text', text: '3 projects were late, said the office' });
    expect(parseCell(true)).to.deep.equal({ kind: 'text', text: 'true' });
  });
});

describe('splitUnit', () => {
  it('takes a multiplier off a unit written in an attribute', async () => {
    const { splitUnit } = await import('../../../src/core/format/quantity.js');
    expect(splitUnit('亿元')).to.deep.equal({ factor: 1e8, unit: '元', multiplier: '亿' });
    expect(splitUnit('万平方米')).to.deep.equal({ factor: 1e4, unit: '平方米', multiplier: '万' });
    expect(splitUnit('%')).to.deep.equal({ factor: 1, unit: '%', multiplier: '' });
    expect(splitUnit('')).to.deep.equal({ factor: 1, unit: '', multiplier: '' });
    expect(splitUnit('万亿斤')).to.deep.equal({ factor: 1e12, unit: '斤', multiplier: '万亿' });
  });
});

describe('formatValue with a widget\'s number style (the `style` option)', () => {
  const p = { published: { decimals: 1, multiplier: '亿', grouped: false } };
  it('writes exactly `decimals` decimals, or rescales under notation="compact", from the option alone', () => {
    expect(formatValue(3306480000000, '元', 'zh-CN', p)).to.equal('33064.8亿元');
    expect(formatValue(3306480000000, '元', 'zh-CN', { ...p, style: { decimals: 2 } })).to.equal('33064.80亿元');
    expect(formatValue(3306480000000, '元', 'zh-CN', { ...p, style: { decimals: 0 } })).to.equal('33065亿元');
    expect(formatValue(3306480000000, '元', 'zh-CN', { ...p, style: { notation: 'compact' } })).to.equal('3.31万亿元');
    expect(formatValue(3306480000000, '元', 'en', { ...p, style: { notation: 'compact', decimals: 1 } })).to.equal('3.3 trillion yuan');
    expect(formatValue(8, '%', 'zh-CN', { published: publishedOfNumber(8), style: { decimals: 1 } })).to.equal('8.0%');
    // Out of range or not a number: clamped to 0–6, or as published.
    expect(formatValue(8, '%', 'zh-CN', { published: publishedOfNumber(8), style: { decimals: 9 } })).to.equal('8.000000%');
    expect(formatValue(8, '%', 'zh-CN', { published: publishedOfNumber(8), style: { decimals: Number.NaN } })).to.equal('8%');
    // An explicit maximumFractionDigits (a computed share) still beats the style's decimals.
    expect(formatNumber(12.345, 'zh-CN', { maximumFractionDigits: 1, style: { decimals: 3 } })).to.equal('12.3');
  });

  /* eslint-disable @typescript-eslint/no-deprecated -- the deprecated public wrapper is what this test keeps working */
  it('the deprecated withNumberStyle still sets the style of calls that pass none, and never overrides one given', () => {
    expect(withNumberStyle({ decimals: 2 }, () => formatValue(8, '%', 'zh-CN', { published: publishedOfNumber(8) }))).to.equal('8.00%');
    expect(withNumberStyle({ decimals: 2 }, () => formatValue(8, '%', 'zh-CN', { published: publishedOfNumber(8), style: { decimals: 0 } }))).to.equal('8%');
    expect(withNumberStyle({ notation: 'compact' }, () => formatValue(3306480000000, '元', 'zh-CN', { ...p, style: {} }))).to.equal('33064.8亿元');
    // Restored afterwards, even when fn throws.
    expect(() => withNumberStyle({ decimals: 3 }, () => {
      throw new Error('x');
    })).to.throw('x');
    expect(formatValue(8, '%', 'zh-CN', { published: publishedOfNumber(8) })).to.equal('8%');
  });
  /* eslint-enable @typescript-eslint/no-deprecated */
});
