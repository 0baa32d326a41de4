import { expect } from '@open-wc/testing';
import { messages } from '../../../src/core/i18n/messages.js';
import { measureText } from '../../../src/core/measure.js';
import type { SvgContext } from '../../../src/core/static-svg/context.js';
import { paintFor } from '../../../src/core/static-svg/paint.js';
import { serializeSvg, s } from '../../../src/core/static-svg/svg.js';
import { BODY, fontAt, paragraph, placeAt, SMALL, textBody, textLines } from '../../../src/core/static-svg/text.js';

const ctxFor = (width: number, theme: 'light' | 'dark' = 'light'): SvgContext => {
  const paint = paintFor(theme, 'zh-CN');
  return { width, locale: 'zh-CN', paint, measure: measureText, font: `${paint.fontSize}px ${paint.font}`, t: messages('zh-CN') };
};

const QUOTE = '工程建成后，预计新增粮食储备能力5万吨，年周转量可达15万吨，带动周边就业300余人。';

describe('static-svg text blocks', () => {
  it('fontAt writes a shorthand in the paint family, with the weight only when given', () => {
    const ctx = ctxFor(320);
    expect(fontAt(ctx, 12)).to.equal(`12px ${ctx.paint.font}`);
    expect(fontAt(ctx, 14, 700)).to.equal(`700 14px ${ctx.paint.font}`);
  });

  it('textLines stacks lines on the line height, baselines a third of an em below each middle', () => {
    const nodes = textLines(['一', '二', '三'], 4.04, 10, 20, 14, { fill: 'red' });
    expect(nodes.map((n) => n.attrs)).to.deep.equal([
      { x: 4, y: 24.9, fill: 'red' },
      { x: 4, y: 44.9, fill: 'red' },
      { x: 4, y: 64.9, fill: 'red' },
    ]);
    expect(nodes.map((n) => n.children[0])).to.deep.equal(['一', '二', '三']);
  });

  it('paragraph wraps inside the width, stops at maxLines and reports lines × line height', () => {
    const ctx = ctxFor(320);
    const wide = paragraph(QUOTE, { x: 0, top: 0, width: 2000, maxLines: 4 }, BODY, ctx);
    expect(wide.nodes).to.have.length(1);
    expect(wide.height).to.equal(BODY.lineHeight);
    const narrow = paragraph(QUOTE, { x: 0, top: 0, width: 120, maxLines: 3 }, SMALL, ctx, { fill: ctx.paint.muted });
    expect(narrow.nodes).to.have.length(3);
    expect(narrow.height).to.equal(3 * SMALL.lineHeight);
    for (const n of narrow.nodes) {
      expect(n.attrs['fill']).to.equal(ctx.paint.muted);
      expect(ctx.measure(n.children[0] as string, fontAt(ctx, SMALL.size))).to.be.at.most(120);
    }
    const all = paragraph(QUOTE, { x: 0, top: 0, width: 120, maxLines: 99 }, SMALL, ctx);
    expect(all.nodes.length).to.be.greaterThan(3);
    // Cut at maxLines, the words are not simply dropped: the last line says more follows.
    expect(narrow.nodes[2]?.children[0]).to.be.a('string').and.match(/…$/);
  });

  it('empty text is no lines and no height', () => {
    const p = paragraph('', { x: 0, top: 0, width: 300, maxLines: 3 }, BODY, ctxFor(300));
    expect(p).to.deep.equal({ nodes: [], height: 0 });
  });

  it('placeAt moves a block; textBody gives body size and colour to what it holds', () => {
    const ctx = ctxFor(300, 'dark');
    const body = textBody([placeAt(s('g', {}, s('text', { x: 0, y: 10 }, 'x')), 12, 30)], 50, ctx);
    expect(body.height).to.equal(50);
    expect(serializeSvg(body.node)).to.equal(`<g fill="${ctx.paint.fg}" font-size="${BODY.size}"><g transform="translate(12,30)"><text x="0" y="10">x</text></g></g>`);
  });
});
