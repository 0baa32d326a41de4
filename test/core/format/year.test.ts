import { expect } from '@open-wc/testing';
import { areYears, formatYear, isYearName, namesUnit, yearColumn } from '../../../src/core/format/year.js';

describe('core/format/year: when a number is a year', () => {
  it('knows a header that names a year, and one that names something else', () => {
    for (const n of ['年', '年份', '统计年度', '年度', 'Year', 'year', 'Years', 'Fiscal year', 'report_year', 'yr', '年份 ', 'ＹＥＡＲ', '时间（年）', '年份（年）', 'Year (FY)', 'Period (year)']) expect(isYearName(n), n).to.equal(true);
    for (const n of ['', '年龄', '年均增速', 'yearly change', 'Years of schooling', '剂量', 'distance', '季度']) expect(isYearName(n), n).to.equal(false);
  });

  it('takes a bracketed unit in a header for a quantity', () => {
    for (const n of ['剂量（毫克）', 'Distance (km)', '高度[m]', '海拔（米） ']) expect(namesUnit(n), n).to.equal(true);
    for (const n of ['剂量', '年份', 'Distance', '（注）收入']) expect(namesUnit(n), n).to.equal(false);
  });

  it('reads integers 1000–2999 as years unless the column says they are a quantity', () => {
    // World Bank style year columns and a bulletin's 2019–2023.
    expect(areYears([2019, 2020, 2021, 2022, 2023])).to.equal(true);
    expect(areYears(Float64Array.from([1960, 1961]))).to.equal(true);
    expect(areYears([1000, 2999])).to.equal(true);
    expect(areYears([999, 2020]), '999 is out of range').to.equal(false);
    expect(areYears([2019, 3000])).to.equal(false);
    expect(areYears([2019.5, 2020])).to.equal(false);
    expect(areYears([])).to.equal(false);
    expect(areYears([1000, 1500, 2000], '剂量（毫克）'), 'a dose').to.equal(false);
    expect(areYears([1000, 1500, 2000], '距离', '米'), 'cells with a unit').to.equal(false);
  });

  it('takes any whole year under a header that names one', () => {
    expect(yearColumn([618, 907, 960], '年份')).to.equal(true);
    expect(yearColumn([618, 907, 960], '')).to.equal(false);
    expect(yearColumn([2019, 2019.5], 'Year')).to.equal(false);
    expect(yearColumn([2019, 2020], 'Revenue (yuan)')).to.equal(false);
  });

  it('writes a year as its digits, in every language', () => {
    expect(formatYear(2019)).to.equal('2019');
    expect(formatYear(12)).to.equal('12');
    expect(formatYear(2019)).to.not.contain(',');
  });
});
