import { expect } from '@open-wc/testing';
import { estimateWidth } from '../../../src/core/measure.js';
import { largestRemainder } from '../../../src/widgets/waffle/rounding.js';
import { layoutWaffle, waffleUnits, type WaffleOptions } from '../../../src/widgets/waffle/waffle.layout.js';

const base: WaffleOptions = { mode: 'separate', unitSize: 1, locale: 'zh-CN', font: '14px sans-serif', measure: estimateWidth, missingText: '无数据' };
const projects = [
  { label: '新引进过亿元项目', value: 80, unit: '个' },
  { label: '过10亿元项目', value: 10, unit: '个' },
];

describe('largestRemainder', () => {
  it('gives the missing units to the largest remainders, so shares add up', () => {
    expect(largestRemainder([33.4, 33.3, 33.3], 100)).to.deep.equal([34, 33, 33]);
    expect(largestRemainder([1.5, 1.5, 1], 4)).to.deep.equal([2, 1, 1]);
    expect(largestRemainder([0.2, 0.2, 0.2, 0.2, 0.2], 1)).to.deep.equal([1, 0, 0, 0, 0]);
    expect(largestRemainder([], 0)).to.deep.equal([]);
  });

  it('adds up to the rounded total for any shares (seeded)', () => {
    let s = 3;
    for (let run = 0; run < 200; run++) {
      const quotas = Array.from({ length: 1 + (run % 7) }, () => ((s = (s * 16807) % 2147483647) / 2147483647) * 50);
      const total = Math.round(quotas.reduce((a, b) => a + b, 0));
      const units = largestRemainder(quotas, total);
      expect(units.reduce((a, b) => a + b, 0)).to.equal(total);
      units.forEach((u, i) => expect(Math.abs(u - quotas[i]!)).to.be.below(1));
    }
  });

  it('rounds parts inside the whole in part mode', () => {
    expect(waffleUnits([80, 10], 'part', 1)).to.deep.equal([80, 10]);
    // 9.5 → 10 squares; 1.2, 3.3 and the rest 5.0 floor to 9, the largest remainder (0.3) takes the tenth.
    expect(waffleUnits([95, 12, 33], 'part', 10)).to.deep.equal([10, 1, 4]);
    expect(waffleUnits([124, 96, 55, 38, 17], 'separate', 10)).to.deep.equal([12, 10, 5, 4, 2]);
  });
});

describe('layoutWaffle', () => {
  it('draws 80 squares for the whole, 10 of them for the part, ten to a row', () => {
    const s = layoutWaffle(projects, { ...base, mode: 'part' }, 600);
    expect(s.squares).to.have.length(80);
    expect(s.columns).to.equal(10);
    expect(s.squares.filter((q) => q.item === 1)).to.have.length(10);
    expect(s.squares.slice(0, 10).every((q) => q.item === 1)).to.equal(true);
    expect(s.items.map((i) => i.units)).to.deep.equal([80, 10]);
    expect(s.items[1]!.aria).to.equal('其中：过10亿元项目：10个，占 12.5%，10 格，每格代表 1个（第 2 项，共 2 项）');
    expect(s.unitText).to.equal('每格代表 1个');
    expect(s.summary).to.equal('“新引进过亿元项目”共 80个，其中“过10亿元项目”10个，占 12.5%；每格代表 1个。');
    const en = layoutWaffle(projects, { ...base, mode: 'part', locale: 'en' }, 600);
    expect(en.summary).to.equal('新引进过亿元项目: 80, of which 过10亿元项目: 10 (12.5%); each square is 1.');
  });

  it('keeps squares apart and inside the width, legend clear of the grid, from 280 to 1200 px', () => {
    for (const width of [280, 375, 520, 800, 1200]) {
      const s = layoutWaffle(projects, base, width);
      expect(s.squares).to.have.length(90);
      for (const q of s.squares) expect(q.x + s.cell).to.be.at.most(width);
      const gridRight = Math.max(...s.squares.map((q) => q.x + s.cell));
      const gridBottom = Math.max(...s.squares.map((q) => q.y + s.cell));
      for (const it of s.items) {
        expect(it.legendX + it.legendWidth, `legend at ${width}`).to.be.at.most(width);
        expect(it.legendX >= gridRight || it.legendY >= gridBottom, `legend clear at ${width}`).to.equal(true);
      }
      const keys = new Set(s.squares.map((q) => `${q.x},${q.y}`));
      expect(keys.size).to.equal(90);
    }
  });

  it('says when squares were rounded, lists missing values, and refuses what it cannot draw', () => {
    const s = layoutWaffle([{ label: 'A', value: 124, unit: '家' }, { label: 'B', value: null, unit: '家' }], { ...base, unitSize: 10 }, 600);
    expect(s.squares).to.have.length(12);
    expect(s.summary).to.equal('共 2 类：“A”124家，“B”无数据；每格代表 10家，方格数已四舍五入。');
    expect(() => layoutWaffle([{ label: 'A', value: -1, unit: '' }], base, 600)).to.throw('Row 1: a waffle cannot show the negative value -1.');
    expect(() => layoutWaffle([{ label: 'A', value: 5, unit: '' }, { label: 'B', value: 6, unit: '' }], { ...base, mode: 'part' }, 600)).to.throw(
      'In mode="part" the first row is the whole: its parts (6) exceed it (5).',
    );
    expect(() => layoutWaffle([{ label: 'A', value: 30000, unit: '' }], base, 600)).to.throw('30,000 squares are too many to read (at most 2,500); set unit-size, e.g. unit-size="100".');
  });
});
