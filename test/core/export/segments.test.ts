import { expect } from '@open-wc/testing';
import { MAX_CANVAS_PIXELS, planSegments } from '../../../src/core/export/segments.js';

describe('planSegments', () => {
  it('keeps a short stack in one segment, parts at their tops with gaps between', () => {
    const plan = planSegments([300, 200], 1080, MAX_CANVAS_PIXELS, 48);
    expect(plan.height).to.equal(548);
    expect(plan.tops).to.deep.equal([0, 348]);
    expect(plan.segments).to.deep.equal([
      {
        top: 0,
        height: 548,
        pieces: [
          { part: 0, sourceY: 0, y: 0, height: 300 },
          { part: 1, sourceY: 0, y: 348, height: 200 },
        ],
      },
    ]);
  });

  it('cuts a tall stack into the fewest even segments, none over the limit', () => {
    // 1080 px wide, 16 M px: 14,814 rows a canvas at most.
    const heights = [9000, 12000, 7000];
    const plan = planSegments(heights, 1080, 16_000_000, 72);
    expect(plan.height).to.equal(9000 + 72 + 12000 + 72 + 7000);
    expect(plan.segments.length).to.equal(2);
    for (const s of plan.segments) expect(s.height * 1080).to.be.at.most(16_000_000);
    expect(plan.segments.map((s) => s.height)).to.deep.equal([14072, 14072]);
    // Every row of every part is drawn exactly once, at the right place.
    heights.forEach((h, part) => {
      const rows = plan.segments.flatMap((s) => s.pieces.filter((p) => p.part === part).map((p) => ({ ...p, at: s.top + p.y })));
      expect(rows.reduce((n, p) => n + p.height, 0)).to.equal(h);
      for (const p of rows) expect(p.at - p.sourceY).to.equal(plan.tops[part]);
    });
    expect(plan.segments[0]!.pieces).to.deep.equal([
      { part: 0, sourceY: 0, y: 0, height: 9000 },
      { part: 1, sourceY: 0, y: 9072, height: 5000 },
    ]);
    expect(plan.segments[1]!.pieces).to.deep.equal([
      { part: 1, sourceY: 5000, y: 0, height: 7000 },
      { part: 2, sourceY: 0, y: 7072, height: 7000 },
    ]);
  });

  it('splits one part over many segments when the limit is small', () => {
    const plan = planSegments([1000], 100, 100 * 300);
    expect(plan.segments.map((s) => [s.top, s.height])).to.deep.equal([
      [0, 250],
      [250, 250],
      [500, 250],
      [750, 250],
    ]);
    expect(plan.segments[2]!.pieces).to.deep.equal([{ part: 0, sourceY: 500, y: 0, height: 250 }]);
  });

  it('gives a gap-only segment no pieces', () => {
    const plan = planSegments([10, 10], 10, 10 * 10, 30);
    expect(plan.height).to.equal(50);
    expect(plan.segments.map((s) => s.pieces.length)).to.deep.equal([1, 0, 0, 0, 1]);
  });

  it('refuses what cannot be planned', () => {
    expect(() => planSegments([], 100)).to.throw(/nothing/);
    expect(() => planSegments([10], 0)).to.throw(/width/);
    expect(() => planSegments([10.5], 10)).to.throw(/heights/);
    expect(() => planSegments([0], 10)).to.throw(/heights/);
    expect(() => planSegments([10], 200, 100)).to.throw(/over the 100 px limit/);
  });
});
