/**
 * A deadline written "2025年" is typed as text (a period, not the number 2,025 in 年): the board
 * must still read it as "2025" or 2025 — by the end of 2025, as "到2025年" (period-deadline.ts). Target as published: 徐州 "力争到
 * 2025年,地区生产总值突破1万亿元" (江苏广电总台, 2023-02-01,
 * http://m.gonghui.yzbytv.com/zixun/2023/0201/10058.html).
 */
import { expect } from '@open-wc/testing';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { readTargets } from '../../../src/widgets/targets/targets.data.js';

const OPTIONS = { unit: '', labelColumn: null, valueColumn: null, asOf: Date.UTC(2023, 1, 2), year: 2023 };
const read = (deadline: unknown) =>
  readTargets(typeTable(fromRecords([{ 指标: '徐州地区生产总值', 目标: '突破1万亿元', 期限: deadline }], 'data')), OPTIONS)[0]!;

describe('targets: a deadline cell "2025年"', () => {
  it('falls due at the end of 2025, as "2025" and 2025 do, paced from the board\'s year (2023) as 到2025年 is', () => {
    const by2025 = { start: Date.UTC(2023, 0, 1), end: Date.UTC(2026, 0, 1) };
    for (const cell of ['2025年', '2025', 2025, '２０２５年', '到2025年']) {
      const d = read(cell);
      expect(d.period, String(cell)).to.deep.equal(by2025);
      expect([d.target, d.unit, d.comparator], String(cell)).to.deep.equal([1e12, '元', 'gt']);
    }
  });

  it('a deadline the reader cannot place is a located error, not a lost one', () => {
    expect(() => read('近期')).to.throw(/期限|period|deadline/i);
  });
});
