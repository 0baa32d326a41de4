import { expect } from '@open-wc/testing';
import { perScene } from '../../../src/core/draw/memo.js';

describe('perScene: the page drawing memoised per scene', () => {
  it('draws a scene once, however often it is asked for', () => {
    let calls = 0;
    const drawingOf = perScene((scene: { n: number }) => ({ n: scene.n, call: ++calls }));
    const scene = { n: 1 };
    const first = drawingOf(scene);
    expect(drawingOf(scene)).to.equal(first);
    expect(drawingOf(scene)).to.equal(first);
    expect(calls).to.equal(1);
  });

  it('draws again for another scene object, even one with equal contents', () => {
    let calls = 0;
    const drawingOf = perScene((scene: { n: number }) => ({ n: scene.n, call: ++calls }));
    const a = drawingOf({ n: 1 });
    const b = drawingOf({ n: 1 });
    expect(b).not.to.equal(a);
    expect(b.call).to.equal(2);
  });

  it('keeps one slot: going back to an earlier scene draws it again', () => {
    let calls = 0;
    const drawingOf = perScene((scene: object) => (calls += Object.keys(scene).length + 1));
    const a = {};
    const b = {};
    expect([drawingOf(a), drawingOf(b), drawingOf(a)]).to.deep.equal([1, 2, 3]);
  });

  it('draws again when the key changes (the line chart keys on its locale), not when it stays', () => {
    const locales: string[] = [];
    let locale = 'zh-CN';
    const drawingOf = perScene((scene: object) => {
      expect(scene).to.be.an('object');
      locales.push(locale);
      return locale;
    });
    const scene = {};
    expect(drawingOf(scene, locale)).to.equal('zh-CN');
    expect(drawingOf(scene, locale)).to.equal('zh-CN');
    locale = 'en';
    expect(drawingOf(scene, locale)).to.equal('en');
    expect(locales).to.deep.equal(['zh-CN', 'en']);
  });
});
