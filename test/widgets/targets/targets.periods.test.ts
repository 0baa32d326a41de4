/**
 * The targets' period and as-of readers go through the one period reader: every way a plan or
 * a bulletin writes the span reads the same here as in the line chart and the builder.
 */
import { expect } from '@open-wc/testing';
import { parseDateEnd, parsePeriod } from '../../../src/widgets/targets/targets.status.js';

const day = (y: number, m: number, d = 1): number => Date.UTC(y, m - 1, d);

describe('targets: periods and as-of dates read as written', () => {
  it('reads plan periods: years, ranges, five-year plans, halves', () => {
    const rows: Array<[string, number, number]> = [
      ['2021', day(2021, 1), day(2022, 1)],
      ['2021年', day(2021, 1), day(2022, 1)],
      ['2021年度', day(2021, 1), day(2022, 1)],
      ['2021-2025', day(2021, 1), day(2026, 1)],
      ['2021—2025年', day(2021, 1), day(2026, 1)],
      ['2021/2025', day(2021, 1), day(2026, 1)],
      ['十四五', day(2021, 1), day(2026, 1)],
      ['“十四五”时期', day(2021, 1), day(2026, 1)],
      ['十三五规划', day(2016, 1), day(2021, 1)],
      ['2021-01-01/2021-06-30', day(2021, 1), day(2021, 7)],
      ['2021-01/2021-06-30', day(2021, 1), day(2021, 7)],
      ['2021年上半年', day(2021, 1), day(2021, 7)],
      ['2021Q3', day(2021, 7), day(2021, 10)],
      ['2021年前三季度', day(2021, 1), day(2021, 10)],
    ];
    for (const [text, start, end] of rows) expect(parsePeriod(text), text).to.deep.equal({ start, end });
    for (const text of ['', '明年', '2025-2021', '十四', '2021-06-30/2021-01-01']) expect(parsePeriod(text), text).to.equal(null);
  });

  it('reads as-of dates as the end of the span they name, with the year of the period where they name none', () => {
    expect(parseDateEnd('2021年6月')).to.equal(day(2021, 7));
    expect(parseDateEnd('2021-06-30')).to.equal(day(2021, 7));
    expect(parseDateEnd('1-6月', 2021)).to.equal(day(2021, 7));
    expect(parseDateEnd('上半年', 2021)).to.equal(day(2021, 7));
    expect(parseDateEnd('前三季度', 2021)).to.equal(day(2021, 10));
    expect(parseDateEnd('一季度', 2021)).to.equal(day(2021, 4));
    expect(parseDateEnd('2021')).to.equal(day(2022, 1));
    expect(parseDateEnd('一季度')).to.equal(null);
    expect(parseDateEnd('2021-02-30')).to.equal(null);
  });
});
