import { expect } from '@open-wc/testing';
import { estimateWidth } from '../../src/core/measure.js';
import { breakUnits, wrap, wrapLines, widestUnit } from '../../src/core/wrap.js';

const FONT = '14px sans-serif';

describe('wrap: one line breaker for layouts and static SVG', () => {
  it('never breaks inside a Latin word in a layout: a word too wide for the column ends in "…"', () => {
    // A stage header in a 40px column on a phone: was "Sig" / "ned".
    const lines = wrapLines('Signed', 40, FONT, estimateWidth, 2);
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(/…$/);
    expect(wrapLines('Topped out', 60, FONT, estimateWidth, 2)).to.deep.equal(['Topped', 'out']);
  });

  it('breaks mixed text between words and between Chinese characters', () => {
    // The old layout breaker split on spaces only when there was one, never inside the Chinese run.
    const lines = wrapLines('Source 海州区政府工作报告', 14 * 6, FONT, estimateWidth, 3);
    expect(lines.length).to.be.greaterThan(1);
    expect(lines[0]).to.match(/^Source /);
    expect(lines.join('').replace(' ', '')).to.equal('Source海州区政府工作报告');
    expect(lines.every((l) => estimateWidth(l, FONT) <= 14 * 6)).to.equal(true);
  });

  it('keeps a number with the unit after it, and punctuation off the start of a line', () => {
    expect(breakUnits('新引进过亿元项目80个，')).to.include('80个，');
    expect(breakUnits('收入突破400亿元')).to.include('400亿');
    for (let w = 14 * 3; w <= 14 * 12; w += 7) {
      const lines = wrapLines('新引进过亿元项目80个，过10亿元项目10个。', w, FONT, estimateWidth, 10);
      expect(lines.some((l) => /^[，。]/.test(l)), `at ${w}px: ${lines.join('/')}`).to.equal(false);
      expect(lines.some((l) => /^个/.test(l)), `at ${w}px: ${lines.join('/')}`).to.equal(false);
    }
  });

  it('breaks an over-long unit by characters only when asked (a URL in a source line)', () => {
    const url = 'https://example.com/a/very/long/path/to/the/report.html';
    expect(wrap(url, 100, FONT, estimateWidth, 10, { long: 'break' }).length).to.be.greaterThan(1);
    expect(wrap(url, 100, FONT, estimateWidth, 10, { long: 'truncate' })).to.have.length(1);
  });

  it('measures the widest unbreakable unit', () => {
    expect(widestUnit('In operation', FONT, estimateWidth)).to.equal(estimateWidth('operation', FONT));
  });
});
