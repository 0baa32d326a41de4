import { expect } from '@open-wc/testing';
import { extractFigures } from '../../src/extract/index.js';

/** About 1 MB (in UTF-16 code units) of `unit` repeated. */
const megabyte = (unit: string): string => unit.repeat(Math.ceil(2 ** 20 / unit.length)).slice(0, 2 ** 20);

describe('extractFigures: bad input', function () {
  // 1 MB inputs: speed is measured in bench/extract.bench.mjs, never here; on a loaded machine a
  // linear pass over 1 MB can still take seconds, so these only check what comes back.
  this.timeout(120000);

  it('returns no figures for empty or blank text', () => {
    expect(extractFigures('')).to.deep.equal([]);
    expect(extractFigures('   \n\n　')).to.deep.equal([]);
    expect(extractFigures('数九寒冬,天寒地冻')).to.deep.equal([]);
  });

  it('throws a TypeError naming what it got for anything but a string', () => {
    const cases: Array<[unknown, string]> = [
      [undefined, 'undefined'], [null, 'null'], [42, 'number'], [['12%'], 'an array'], [{ text: '12%' }, 'object'],
    ];
    for (const [input, name] of cases) {
      expect(() => extractFigures(input), name).to.throw(TypeError, `extractFigures: text must be a string, got ${name}`);
    }
  });

  it('reads a 1 MB paragraph of report sentences and finds every figure', () => {
    const sentence = '全年完成地区生产总值1.3万亿元，同比增长-8.92%；新增规上工业企业15家以上。';
    const text = megabyte(sentence);
    const whole = Math.floor(text.length / sentence.length);
    const figures = extractFigures(text);
    // The cut-off last sentence may still hold a figure or two.
    expect(figures.length).to.be.within(whole * 3, whole * 3 + 3);
    expect(figures[3]).to.include({ label: '地区生产总值', value: 1.3e12, unit: '元' });
    expect(figures[3]?.start, "the second sentence starts a clause").to.equal(sentence.length);
  });

  it('reads a 1 MB clause with no punctuation at all', () => {
    const unit = '工业投资增长12%工业应税销售收入突破400亿元';
    const figures = extractFigures(megabyte(unit));
    expect(figures.length).to.be.within(Math.floor(2 ** 20 / unit.length) * 2 - 1, Math.ceil(2 ** 20 / unit.length) * 2);
    expect(figures[1]).to.include({ label: '工业应税销售收入', value: 4e10, comparator: 'gt' });
  });

  it('gives up cleanly on 1 MB runs of digits, numeral characters, dashes and separators', () => {
    expect(extractFigures(megabyte('1234567890'))).to.deep.equal([]);
    expect(extractFigures(megabyte('一二三四五六七八九十百千万亿'))).to.deep.equal([]);
    expect(extractFigures(megabyte('1-'))).to.deep.equal([]);
    expect(extractFigures(megabyte('百分之'))).to.deep.equal([]);
    const list = extractFigures(megabyte('、1亩'));
    expect(list.length).to.be.above(300000);
    expect(list.every((f) => f.value === 1 && f.unit === '亩')).to.equal(true);
  });

  it('reads 1 MB of each hostile shape, one figure per item, in whatever language', () => {
    const shapes: Array<[string, number, Partial<Record<'value' | 'unit', unknown>>]> = [
      // [repeated unit, figures per unit, what each figure is]
      ['、1亩', 1, { value: 1, unit: '亩' }],
      ['1和2个百分点、', 2, { unit: '个百分点' }],
      ['5452.1公斤/公顷，', 1, { value: 5452.1, unit: '公斤/公顷' }],
      ['三次产业', 0, {}],
      ['rose 5% to ', 1, { value: 5, unit: '%' }],
      ['$1.5 billion, ', 1, { value: 1.5e9, unit: 'USD' }],
      ['about 1,800 jobs; ', 1, { value: 1800, unit: 'jobs' }],
      ['Oct. 18 ', 0, {}],
    ];
    for (const [unit, per, fields] of shapes) {
      const text = megabyte(unit);
      const figures = extractFigures(text);
      const whole = Math.floor(text.length / unit.length);
      expect(figures.length, unit).to.be.within(whole * per, Math.ceil(text.length / unit.length) * per);
      for (const [k, v] of Object.entries(fields)) {
        // The item cut off at the end of the megabyte may be cut inside its number.
        expect(figures.slice(0, whole * per).every((f) => f[k as 'value' | 'unit'] === v), `${unit} ${k}`).to.equal(true);
      }
    }
  });
});
