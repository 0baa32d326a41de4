/**
 * Rows and columns that are the sum of the others, told by their figures (core/data/sum-rows.ts).
 * Figures as published: 2010年4月 and 1—4月 port throughput (交通运输部; 规模以上港口 65626 / 247934 万吨
 * = 沿海港口 45221 / 173198 + 内河港口 20405 / 74736; http://nakedoat.com/gzdt/2010-05/19/content_1608897.htm),
 * 全国 2023 GDP by sector (国内生产总值 1260582 = 89755 + 482589 + 688238 亿元;
 * http://www.fzxysj.com/xwzx/hg/202402/t20240229_6392326.html). The small tables below them are
 * shapes (chance sums, rounding), not statistics.
 */
import { expect } from '@open-wc/testing';
import { sumColumns, sumRows } from '../../../src/core/data/sum-rows.js';
import { typeTable } from '../../../src/core/data/typed.js';

const all = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('sumRows / sumColumns', () => {
  it('a total row under any name, in every column, and only it', () => {
    const t = typeTable({ columns: ['港口', '4月（万吨）', '1—4月（万吨）'], rows: [['规模以上港口', '65626', '247934'], ['沿海港口', '45221', '173198'], ['内河港口', '20405', '74736']] });
    expect(sumRows(t, all(3), [1, 2])).to.deep.equal([0]);
    // Last instead of first: the same.
    const last = typeTable({ columns: ['港口', '4月', '1—4月'], rows: [['沿海港口', '45221', '173198'], ['内河港口', '20405', '74736'], ['规模以上港口', '65626', '247934']] });
    expect(sumRows(last, all(3), [1, 2])).to.deep.equal([2]);
  });

  it('a total column beside three parts, in one row', () => {
    const t = typeTable({ columns: ['地区', '第一产业（亿元）', '第二产业（亿元）', '第三产业（亿元）', '国内生产总值（亿元）'], rows: [['全国2023年', '89755', '482589', '688238', '1260582']] });
    expect(sumColumns(t, [0], [1, 2, 3, 4])).to.deep.equal([4]);
    // Two parts in one row prove nothing (1 + 2 = 3 by chance): a second row is needed.
    const two = typeTable({ columns: ['x', 'a', 'b', 'c'], rows: [['r', '1', '2', '3']] });
    expect(sumColumns(two, [0], [1, 2, 3])).to.deep.equal([]);
  });

  it('chance sums in one column, a row of zeros and a missing part are no totals', () => {
    const one = typeTable({ columns: ['项目', '个数'], rows: [['甲', '1'], ['乙', '2'], ['丙', '3']] });
    expect(sumRows(one, all(3), [1])).to.deep.equal([]);
    const zeros = typeTable({ columns: ['x', 'a', 'b'], rows: [['p', '0', '0'], ['q', '0', '0'], ['r', '0', '0']] });
    expect(sumRows(zeros, all(3), [1, 2])).to.deep.equal([]);
    const gap = typeTable({ columns: ['x', 'a', 'b'], rows: [['total', '30', '7'], ['p', '10', ''], ['q', '20', '3']] });
    expect(sumRows(gap, all(3), [1, 2])).to.deep.equal([]);
    // One column that fails is enough to say no (3 off: more than three figures' rounding).
    const off = typeTable({ columns: ['x', 'a', 'b'], rows: [['t', '65626', '247937'], ['p', '45221', '173198'], ['q', '20405', '74736']] });
    expect(sumRows(off, all(3), [1, 2])).to.deep.equal([]);
  });

  it('within the rounding of the figures as written: 0.1 off in one-decimal figures holds, 0.2 off in a total of three does not', () => {
    const t = typeTable({ columns: ['x', 'a', 'b'], rows: [['t', '10.1', '20.0'], ['p', '4.0', '8.0'], ['q', '6.0', '12.1']] });
    // 10.1 vs 4.0 + 6.0 = 10.0: the three figures' half-units add to 0.15.
    expect(sumRows(t, all(3), [1, 2])).to.deep.equal([0]);
    const far = typeTable({ columns: ['x', 'a', 'b'], rows: [['t', '10.2', '20.0'], ['p', '4.0', '8.0'], ['q', '6.0', '12.0']] });
    expect(sumRows(far, all(3), [1, 2])).to.deep.equal([]);
  });
});
