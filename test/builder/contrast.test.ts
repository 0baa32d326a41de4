import { expect } from '@open-wc/testing';
import { BACKGROUNDS, checkColors, contrastRatio, parseColor } from '../../src/builder/contrast.js';

describe('builder: contrast', () => {
  it('computes WCAG ratios (reference values from the WCAG examples and WebAIM)', () => {
    const cases: Array<[string, string, number]> = [
      ['#000000', '#ffffff', 21],
      ['#fff', '#000', 21],
      ['#767676', '#ffffff', 4.54],
      ['#777777', '#ffffff', 4.47],
      ['#949494', '#ffffff', 3.03],
      ['#959595', '#ffffff', 2.99],
      ['rgb(118, 118, 118)', '#fff', 4.54],
      ['rgb(118 118 118)', '#fff', 4.54],
      ['#ffffff', '#ffffff', 1],
    ];
    for (const [a, b, ratio] of cases) expect(Math.floor(contrastRatio(a, b) * 100) / 100, `${a} on ${b}`).to.equal(ratio);
  });

  it('refuses what is not #hex or opaque rgb()', () => {
    for (const c of ['red', '#12', '#12345', '#gggggg', 'rgb(1,2)', 'rgb(256, 0, 0)', 'rgba(0,0,0,0.5)', 'hsl(0 0% 0%)', 'var(--x)', 'url(x)', '', '#fff;background:red']) {
      expect(parseColor(c), c).to.equal(null);
      expect(Number.isNaN(contrastRatio(c, '#fff')), c).to.equal(true);
    }
    expect(parseColor('rgba(10, 20, 30, 1)')).to.deep.equal([10, 20, 30]);
    expect(parseColor(' #ABC ')).to.deep.equal([170, 187, 204]);
  });

  it('checks each colour against the widget background: 3:1 for marks, 4.5:1 for text', () => {
    expect(BACKGROUNDS).to.deep.equal({ light: '#ffffff', dark: '#16181d' });
    expect(checkColors(['#1f6feb', '#949494', '#959595', 'nope'], 'light')).to.deep.equal([
      { color: '#1f6feb', ratio: 4.63, marks: true, text: true, valid: true, against: 'light' },
      { color: '#949494', ratio: 3.03, marks: true, text: false, valid: true, against: 'light' },
      { color: '#959595', ratio: 2.99, marks: false, text: false, valid: true, against: 'light' },
      { color: 'nope', ratio: Number.NaN, marks: false, text: false, valid: false, against: 'light' },
    ]);
    expect(checkColors(['#58a6ff'], 'dark')).to.deep.equal([{ color: '#58a6ff', ratio: 7.03, marks: true, text: true, valid: true, against: 'dark' }]);
  });

  it('holds a colour to both backgrounds when the theme follows the reader', () => {
    // The light accent passes on white but not on the dark background.
    expect(checkColors(['#1f6feb'], 'auto')).to.deep.equal([{ color: '#1f6feb', ratio: 3.83, marks: true, text: false, valid: true, against: 'dark' }]);
    expect(checkColors(['#ffff00'], 'auto')[0]).to.include({ marks: false, against: 'light' });
  });
});
