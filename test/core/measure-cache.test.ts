/**
 * core/measure.ts keeps widths per font, then per text (issue #16: the `${font}\0${text}` key it
 * replaced was the 100-bar first render's largest allocation). The cache must still keep fonts
 * apart, measure each text once per font, and give the canvas's width.
 */
import { expect } from '@open-wc/testing';
import { measureText } from '../../src/core/measure.js';
import { spyOnMeasureText } from '../helpers/measure-spy.js';

describe('measureText cache', () => {
  const seen = spyOnMeasureText();

  it('measures a text once per font, in that font, and keeps fonts apart', () => {
    const small = '11px serif';
    const large = '31px serif';
    const texts = ['苏州市', '项目100', 'Nanjing', '苏州市（含工业园区）'];
    const a = texts.map((t) => measureText(t, small));
    const b = texts.map((t) => measureText(t, large));
    const again = [...texts.map((t) => measureText(t, small)), ...texts.map((t) => measureText(t, large))];
    expect(seen.map((s) => `${s.font}|${s.text}`)).to.deep.equal([...texts.map((t) => `11px serif|${t}`), ...texts.map((t) => `31px serif|${t}`)]);
    expect(again).to.deep.equal([...a, ...b]);
    a.forEach((w, i) => expect(b[i]! / w).to.be.closeTo(31 / 11, 0.2));
    // The canvas's own width, whole.
    const c = new OffscreenCanvas(1, 1).getContext('2d')!;
    c.font = small;
    expect(a[3]).to.equal(c.measureText(texts[3]!).width);
  });
});
