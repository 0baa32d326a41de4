import { expect } from '@open-wc/testing';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { seriesFromColumns, seriesFromTable } from '../../../src/widgets/line-chart/series.js';

const table = (rows: unknown[]) => typeTable(fromRecords(rows, 'data'));

describe('line chart data shapes', () => {
  it('reads a wide table: x column, one series per numeric column, units scaled', () => {
    const d = seriesFromTable(table([{ 年份: '2021', 收入: '1.2亿元', 利润: '-' }, { 年份: '2022', 收入: '1.5亿元', 利润: '3000万元' }]));
    expect(d.xType).to.equal('time');
    expect(d.granularity).to.equal('year');
    expect(d.series.map((s) => s.name)).to.deep.equal(['收入', '利润']);
    expect([...d.series[0]!.y]).to.deep.equal([1.2e8, 1.5e8]);
    expect([...d.series[1]!.y]).to.deep.equal([NaN, 3e7]);
    expect(d.series[0]!.unit).to.equal('元');
  });

  it('reads a long table (x, series, value) and sorts each series by x', () => {
    const d = seriesFromTable(
      table([
        { 月份: '2021-02', 园区: '海州', 产值: 5 },
        { 月份: '2021-01', 园区: '海州', 产值: 4 },
        { 月份: '2021-01', 园区: '新浦', 产值: 2 },
      ]),
    );
    expect(d.granularity).to.equal('month');
    expect(d.series.map((s) => [s.name, [...s.x], [...s.y]])).to.deep.equal([
      ['海州', [Date.UTC(2021, 0, 1), Date.UTC(2021, 1, 1)], [4, 5]],
      ['新浦', [Date.UTC(2021, 0, 1)], [2]],
    ]);
  });

  it('keeps a numeric x numeric, and names bad cells in both languages', () => {
    const d = seriesFromTable(table([{ 距离: 0.5, 高度: 10 }, { 距离: 1.5, 高度: 12 }]));
    expect(d.xType).to.equal('number');
    expect([...d.series[0]!.x]).to.deep.equal([0.5, 1.5]);
    expect(() => seriesFromTable(table([{ 年份: '2021', 收入: '1' }, { 年份: '2022', 收入: '很多' }]))).to.throw('Row 2: "很多" in column "收入" is not a number.');
    expect(() => seriesFromTable(table([{ 年份: '2021', 收入: 1 }, { 年份: '2021', 收入: 2 }]))).to.throw('Series "收入" has two values for the same 年份.');
  });

  it('takes columns of numbers as they are (the large-data input)', () => {
    const x = Float64Array.from([3, 1, 2]);
    const d = seriesFromColumns({ x, series: { a: [30, null, 20] } });
    expect([...d.series[0]!.x]).to.deep.equal([1, 2, 3]);
    expect([...d.series[0]!.y]).to.deep.equal([NaN, 20, 30]);
    expect(() => seriesFromColumns({ x, series: { a: [1] } })).to.throw('Series "a" has 1 values for 3 x values.');
  });
});
