/**
 * A column named as a reader reads it: value="地区生产总值" finds the header "地区生产总值（亿元）" and
 * the figures keep their unit. Headers as published: 江苏省2023年国民经济和社会发展统计公报's
 * table of regions, "地区生产总值（亿元）" and "比上年增长（%）" (the bulletin's columns; the test's
 * rows are 南京 17421.40 and 苏州 24653.37 亿元, as published); the World Bank's "GDP (current US$)"
 * is not a unit the library reads, so it is matched only in full.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { chooseColumn, typeTable } from '../../../src/core/data/typed.js';
import { columnNamed } from '../../../src/core/data/columns.js';
import { DataError } from '../../../src/core/data/errors.js';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import { shadow } from '../../helpers/widgets.js';

const table = (rows: Record<string, unknown>[]) => typeTable(fromRecords(rows, 'data'));
const JIANGSU = [
  { 地区: '南京', '地区生产总值（亿元）': 17421.4, '比上年增长（%）': 4.6 },
  { 地区: '苏州', '地区生产总值（亿元）': 24653.37, '比上年增长（%）': 4.6 },
];

describe('a column named without its unit', () => {
  it('matches the header whose name without its bracketed unit it is: full- and half-width, zh and en, any case', () => {
    const t = table(JIANGSU);
    expect(columnNamed(t, '地区生产总值')).to.equal(1);
    expect(columnNamed(t, '比上年增长')).to.equal(2);
    const en = table([{ Region: 'Nanjing', 'GDP (billion yuan)': 1742.14, 'Share [%]': 10.3 }]);
    expect(columnNamed(en, 'GDP')).to.equal(1);
    expect(columnNamed(en, 'gdp')).to.equal(1);
    expect(columnNamed(en, 'Share')).to.equal(2);
  });

  it('keeps the column\'s unit: the figures are still 亿元', () => {
    const t = table(JIANGSU);
    const i = chooseColumn(t, 'number', '地区生产总值');
    // The header's multiplier is applied to the cells, the unit kept: 24653.37亿元 is 2.465337e12元.
    expect(t.columns[i]?.unit).to.equal('元');
    const cell = t.cells[1]?.[i];
    expect(cell?.kind === 'number' ? Math.round(cell.value / 1e6) : null).to.equal(2465337);
  });

  it('an exact header wins over one that matches only without its unit', () => {
    const t = table([{ 地区: '南京', 地区生产总值: 1, '地区生产总值（亿元）': 17421.4 }]);
    expect(columnNamed(t, '地区生产总值')).to.equal(1);
  });

  it('a bracket that is not a unit is part of the name: "（2023年）", "(est.)" are matched only in full', () => {
    const t = table([{ 地区: '南京', '地区生产总值（2023年）': 17421.4, 'GDP (est.)': 1 }]);
    expect(columnNamed(t, '地区生产总值')).to.equal(-1);
    expect(columnNamed(t, 'GDP')).to.equal(-1);
  });

  it('two headers that match only without their units: a bilingual error naming both, never a guess', () => {
    const t = table([{ 地区: '南京', '地区生产总值（亿元）': 17421.4, '地区生产总值（万元）': 174214000 }]);
    expect(() => columnNamed(t, '地区生产总值')).to.throw(/地区生产总值（亿元）.*地区生产总值（万元）/);
    let error: DataError | null = null;
    try {
      columnNamed(t, '地区生产总值');
    } catch (e) {
      error = e as DataError;
    }
    expect(error).to.be.instanceOf(DataError);
    expect(error?.text('en')).to.match(/^Which column is "地区生产总值"\?/);
    expect(error?.text('zh-CN')).to.match(/^“地区生产总值”是哪一列？/);
  });

  it('in a chart: value="地区生产总值" draws the column in 亿元', async () => {
    const wrap = await fixture<HTMLDivElement>('<div style="width:600px" lang="zh-CN"><dj-bar-chart eager no-motion value="地区生产总值" label="地区"></dj-bar-chart></div>');
    const el = wrap.querySelector('dj-bar-chart') as HTMLElement & { data: unknown };
    // With the province's row (全省 60465.3亿元, as published): the total is told apart, the lookup still holds.
    el.data = [...JIANGSU, { 地区: '全省', '地区生产总值（亿元）': 60465.3, '比上年增长（%）': 5.8 }];
    await waitUntil(() => shadow(el).textContent.includes('亿元'), 'the chart never drew in 亿元', { timeout: 4000 });
    expect(shadow(el).textContent).to.include('24653.37亿元');
    expect(shadow(el).querySelector('.error, [part="error"]')).to.equal(null);
  });
});
