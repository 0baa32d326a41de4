import { expect } from '@open-wc/testing';
import { scaleLinear, scaleLinearNice } from '../../src/core/scale.js';

describe('scaleLinear', () => {
  it('maps the domain onto the range, both ways round', () => {
    const s = scaleLinear([0, 80], [100, 500]);
    expect(s(0)).to.equal(100);
    expect(s(40)).to.equal(300);
    expect(s(80)).to.equal(500);
    expect(scaleLinear([0, 10], [300, 20])(10)).to.equal(20);
  });

  it('puts every value in the middle of a degenerate domain', () => {
    expect(scaleLinear([5, 5], [0, 100])(5)).to.equal(50);
  });

  it('one tick over a span across zero: round values for two, never an endless widening', () => {
    // PMI sub-index changes in points (June 2017: +0.1, −0.4, −0.3): d3's nice() for one tick went to ±1e308.
    const s = scaleLinearNice([-0.4, 0.1], [0, 40], 1);
    expect(s.domain()).to.deep.equal([-0.4, 0.2]);
    expect(s.ticks(1).every(Number.isFinite)).to.equal(true);
    expect(scaleLinearNice([0, 0.5], [0, 40], 1).domain()).to.deep.equal([0, 0.5]);
  });

  it('extends the domain to round values and ticks them as d3 does', () => {
    const s = scaleLinearNice([-3, 4.1e8], [0, 600], 5);
    expect(s.domain()).to.deep.equal([-1e8, 5e8]);
    expect(s.ticks(5)).to.deep.equal([-1e8, 0, 1e8, 2e8, 3e8, 4e8, 5e8]);
    expect(scaleLinearNice([0, 80], [0, 1], 4).ticks(4)).to.deep.equal([0, 20, 40, 60, 80]);
  });
});
