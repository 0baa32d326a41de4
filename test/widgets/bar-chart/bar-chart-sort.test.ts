import { expect } from '@open-wc/testing';
import { sortSeries } from '../../../src/widgets/bar-chart/bar-chart.data.js';

describe('bar chart: sort with several series', () => {
  const t = {
    categories: ['甲', '乙', '丙', '丁'],
    series: [{ name: 'a', unit: '' }, { name: 'b', unit: '' }],
    values: [[1, 9], [5, 1], [3, 3], [null, 2]],
  };
  it('grouped and diverging: by the first visible series, missing last', () => {
    expect(sortSeries(t, 'descending', 'grouped', []).categories).to.deep.equal(['乙', '丙', '甲', '丁']);
    expect(sortSeries(t, 'ascending', 'diverging', []).categories).to.deep.equal(['甲', '丙', '乙', '丁']);
    expect(sortSeries(t, 'descending', 'grouped', ['a']).categories).to.deep.equal(['甲', '丙', '丁', '乙']);
  });
  it('stacked: by the sum; percent: by the first series share; none: as given', () => {
    expect(sortSeries(t, 'descending', 'stacked', []).categories).to.deep.equal(['甲', '乙', '丙', '丁']);
    expect(sortSeries(t, 'descending', 'percent', []).categories).to.deep.equal(['乙', '丙', '甲', '丁']);
    expect(sortSeries(t, 'none', 'stacked', [])).to.equal(t);
    expect(sortSeries(t, 'ascending', 'stacked', []).values).to.deep.equal([[null, 2], [5, 1], [3, 3], [1, 9]]);
  });
});
