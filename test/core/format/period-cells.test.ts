/**
 * A cell that opens with a number but names a period — "2023年1月", "2023年一季度", "1-2月",
 * "2021-01-05", "2023Q1" — is text, not the number 2023 with the unit "年1月": a data table wrote
 * it "2,023 年1月" in English and "1 -2月" for "1-2月". Quantities that look alike stay numbers.
 */
import { expect } from '@open-wc/testing';
import { parseCell } from '../../../src/core/format/quantity.js';

describe('core/format/quantity: periods are not quantities', () => {
  it('types the periods statistics bulletins write as text', () => {
    const periods = ['2023年', '2023年1月', '2023年12月份', '2023年一季度', '2023年第一季度', '2023年上半年', '2023年前三季度', '2023年全年', '2023年1-6月', '2021年1月5日',
      '1-2月', '1—11月', '1至3月', '3月', '12月份', '1月5日', '2021-01', '2021-01-05', '2021/1/5', '2021-01-05 14:30', '2023Q1', '2023H2', '2021-2025', '2021—2025年'];
    for (const s of periods) expect(parseCell(s), s).to.deep.equal({ kind: 'text', text: s });
  });

  it('keeps numbers that look alike numbers', () => {
    const kept: Array<[string, number, string]> = [['2023', 2023, ''], ['2021.01', 2021.01, ''], ['30年', 30, '年'], ['5个月', 5, '个月'], ['13月', 13, '月'], ['1500米', 1500, '米'], ['-2023年', -2023, '年'], ['4.5%', 4.5, '%'], ['2000元', 2000, '元'], ['1200万人', 12_000_000, '人']];
    for (const [s, value, unit] of kept) {
      const c = parseCell(s);
      expect(c.kind, s).to.equal('number');
      if (c.kind === 'number') expect([c.value, c.unit], s).to.deep.equal([value, unit]);
    }
  });
});
