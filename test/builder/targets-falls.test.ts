/**
 * The builder route for targets worded as falls and caps: a pasted table goes through the
 * builder's reader and into the targets board as the board reads any other table.
 */
import { expect } from '@open-wc/testing';
import { fromRecords } from '../../src/core/data/raw-table.js';
import { typeTable } from '../../src/core/data/typed.js';
import { parseInput } from '../../src/builder/parse.js';
import { suggestWidgets } from '../../src/builder/suggest.js';
import { readTargets } from '../../src/widgets/targets/targets.data.js';

const PASTED = '指标\t目标\t实际_2021\n单位GDP能耗\t下降3%\t-3.4\n化学需氧量排放量\t下降2.5%以上\t-2.4\n城镇登记失业率\t控制在3%以内\t1.9\n地区生产总值\t增长6%左右\t8.1\n';

describe('builder → targets: falls and caps as pasted', () => {
  it('keeps the words in the records and the board reads them as signed goals', () => {
    const table = parseInput(PASTED);
    expect(table.records.map((r) => r['目标'])).to.deep.equal(['下降3%', '下降2.5%以上', '控制在3%以内', '增长6%左右']);
    expect(suggestWidgets(table)[0]?.tag).to.equal('dj-targets');
    const read = readTargets(typeTable(fromRecords(table.records, 'data')), { unit: '', labelColumn: null, valueColumn: null, asOf: null, year: 2021 });
    expect(read.map((d) => [d.label, d.target, d.comparator, d.kind, d.direction])).to.deep.equal([
      ['单位GDP能耗', -3, 'eq', 'growth', 'fall'],
      ['化学需氧量排放量', -2.5, 'le', 'growth', 'fall'],
      ['城镇登记失业率', 3, 'le', 'level', 'cap'],
      ['地区生产总值', 6, 'approx', 'growth', 'rise'],
    ]);
    expect(read.map((d) => d.checkpoints[0]?.value)).to.deep.equal([-3.4, -2.4, 1.9, 8.1]);
  });
});
