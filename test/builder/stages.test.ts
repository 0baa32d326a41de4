/**
 * The stages of reading a table, each on its own, then real statistical tables through all of
 * them: the columns, their units as written, the rows left out, and the records.
 */
import { expect } from '@open-wc/testing';
import { classify } from '../../src/builder/cells.js';
import { columnType, typeColumns } from '../../src/builder/columns.js';
import { readGrid } from '../../src/builder/grid.js';
import { readLayout, TOTAL_ROW } from '../../src/builder/layout.js';
import { unitLine, unitsRow, writtenUnit } from '../../src/builder/numbers.js';
import { buildRecords } from '../../src/builder/records.js';

const classes = (cells: unknown[][]) => cells.map((r) => r.map((c) => classify(c, '.')));

describe('builder stages: layout (header, units, total rows)', () => {
  it('reads units as written from brackets, a units row and a caption line', () => {
    const cells = [['地区', '2023年GDP（亿元）', '增速(%)'], ['全省', '128222.16', '5.8'], ['南京', '17421.40', '4.6']];
    const l = readLayout({ cells, classes: classes(cells), caption: [], keyed: false, options: {} });
    expect([l.header, l.names, l.units, l.totals, l.headRows]).to.deep.equal([true, ['地区', '2023年GDP', '增速'], [null, '亿元', '%'], [0], 1]);
    const rowed = [['地区', '产量', '增长'], ['', '万吨', '%'], ['甲', '12', '3']];
    const r = readLayout({ cells: rowed, classes: classes(rowed), caption: [], keyed: false, options: {} });
    expect([r.names, r.units, r.body, r.headRows]).to.deep.equal([['地区', '产量', '增长'], [null, '万吨', '%'], [['甲', '12', '3']], 2]);
    const plain = [['地区', '生产总值', '增速'], ['甲', '12', '3']];
    const c = readLayout({ cells: plain, classes: classes(plain), caption: ['单位：亿元/%'], keyed: false, options: {} });
    expect([c.units, c.captionLines]).to.deep.equal([['亿元', '亿元', '%'], []]);
  });

  it('knows the aggregate rows statistics tables print, and only short labels', () => {
    for (const label of ['合计', '总计', '全省', '全市', '全国', '全区合计', '平均', '小计', 'Total', 'Grand total', '全省（平均）']) expect(TOTAL_ROW.test(label), label).to.equal(true);
    for (const label of ['全力推进', '合计划', '海州', '平均工资', 'totally']) expect(TOTAL_ROW.test(label), label).to.equal(false);
  });

  it('reads unit lines and units rows, and the unit a cell is written in', () => {
    expect(unitLine('单位：万吨')).to.deep.equal(['万吨']);
    expect(unitLine('亿元/%')).to.deep.equal(['亿元', '%']);
    expect(unitLine('2021年主要指标')).to.equal(null);
    expect(unitsRow(['', '绝对量(亿元)', '同比增长(%)'])).to.deep.equal([null, { name: '绝对量', unit: '亿元' }, { name: '同比增长', unit: '%' }]);
    expect(unitsRow(['海州', '4.1', '12'])).to.equal(null);
    expect([writtenUnit('4.1亿元', '元'), writtenUnit('¥4.1亿', '元'), writtenUnit('1000亩以上', '亩'), writtenUnit('12%', '%'), writtenUnit('12', '')]).to.deep.equal(['亿元', '亿元', '亩', '%', '']);
  });
});

describe('builder stages: column types and records', () => {
  it('types a notes column as text even when some notes name a period', () => {
    const notes = ['上半年', '全年', '受疫情影响'].map((c) => classify(c, '.'));
    expect(columnType(notes, '备注', [])).to.equal('text');
    expect(columnType(notes, '情况', [])).to.equal('text');
    expect(columnType(['date', 'date', 'text'].map((c) => c as 'date' | 'text'), '时间', [])).to.equal('date');
  });

  it('lets the editor set a type, a unit or skip a column', () => {
    const body = [['甲', '12', 'x'], ['乙', '13', 'y']];
    const typed = typeColumns(['a', 'b', 'c'], [null, null, null], body, classes(body), { b: { unit: '万吨' }, a: { type: 'text' }, c: { skip: true } });
    expect(typed.map((c) => [c.name, c.type, c.unit, c.skipped])).to.deep.equal([['a', 'text', null, false], ['b', 'number', '万吨', false], ['c', 'text', null, true]]);
  });

  it('keeps numbers in the unit the column is written in; mixed multipliers share the base unit', () => {
    const col = { name: '投资', type: 'number' as const, unit: null, skipped: false };
    const one = buildRecords({ body: [['4.1亿元'], ['1.8亿元'], ['3']], columns: [col], decimal: '.', dateOrder: 'ymd', year: null });
    expect([one.columns[0]?.unit, one.records.map((x) => x['投资'])]).to.deep.equal(['亿元', [4.1, 1.8, 3]]);
    const mixed = buildRecords({ body: [['4.1亿元'], ['5000万元']], columns: [col], decimal: '.', dateOrder: 'ymd', year: null });
    expect([mixed.columns[0]?.unit, mixed.records.map((x) => x['投资'])]).to.deep.equal(['元', [410000000, 50000000]]);
    // Multipliers alone (4.1亿, 1.85万, as the builder's own example writes them): plain numbers.
    const bare = buildRecords({ body: [['4.1亿'], ['1.85万']], columns: [col], decimal: '.', dateOrder: 'ymd', year: null });
    expect([bare.columns[0]?.unit, bare.records.map((x) => x['投资']), bare.issues]).to.deep.equal(['', [410000000, 18500], []]);
    const headed = buildRecords({ body: [['8900.44'], ['5000万元']], columns: [{ ...col, unit: '亿元' }], decimal: '.', dateOrder: 'ymd', year: null });
    expect([headed.columns[0]?.unit, headed.records.map((x) => x['投资'])]).to.deep.equal(['亿元', [8900.44, 0.5]]);
  });

  it('reads the grid once per kind: a caption line and a source line stay apart', () => {
    const g = readGrid('单位：万吨\n地区\t产量\n甲\t1\n乙\t2\n资料来源：统计局\n', 'tsv');
    expect([g.caption, g.footer, g.cells.length]).to.deep.equal([['单位：万吨'], ['资料来源：统计局'], 3]);
  });
});
