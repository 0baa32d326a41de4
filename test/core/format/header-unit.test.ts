/**
 * A unit named in a header's brackets (header-unit.ts), read as the unit of the column's bare
 * numbers. The headers are as published: 江苏省统计局's 设区市 table "地区生产总值（亿元）" (2023年上半年,
 * https://zfw.changzhou.gov.cn/html/czzf/2023/FCPIQHAJ_0801/22475.html), yearbook columns
 * "常住人口（万人）", "城镇居民人均可支配收入（元）", "比上年增长（%）", "全社会用电量（亿千瓦时）",
 * the World Bank's "GDP (current US$)"-style English headers.
 */
import { expect } from '@open-wc/testing';
import { headerUnit } from '../../../src/core/format/header-unit.js';
import { splitUnit } from '../../../src/core/format/quantity.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { axisFormat } from '../../../src/core/format/number.js';

describe('headerUnit', () => {
  it('reads a multiplier and a unit, full- or half-width brackets, with or without 单位：', () => {
    expect(headerUnit('地区生产总值（亿元）')).to.deep.equal({ factor: 1e8, unit: '元', multiplier: '亿' });
    expect(headerUnit('一般公共预算收入(万元)')).to.deep.equal({ factor: 1e4, unit: '元', multiplier: '万' });
    expect(headerUnit('常住人口（万人）')).to.deep.equal({ factor: 1e4, unit: '人', multiplier: '万' });
    expect(headerUnit('城镇居民人均可支配收入（元）')).to.deep.equal({ factor: 1, unit: '元', multiplier: '' });
    expect(headerUnit('比上年增长（%）')).to.deep.equal({ factor: 1, unit: '%', multiplier: '' });
    expect(headerUnit('财政收入（单位：亿元）')).to.deep.equal({ factor: 1e8, unit: '元', multiplier: '亿' });
    expect(headerUnit('全社会用电量（亿千瓦时）')).to.deep.equal({ factor: 1e8, unit: '千瓦时', multiplier: '亿' });
    expect(headerUnit('旅客周转量（亿人公里）')?.factor).to.equal(1e8);
    expect(headerUnit('港口集装箱吞吐量（万标箱）')).to.deep.equal({ factor: 1e4, unit: '标箱', multiplier: '万' });
    expect(headerUnit('人均住房面积（平方米/人）')).to.deep.equal({ factor: 1, unit: '平方米/人', multiplier: '' });
  });

  it('reads English headers, the multiplier before or after the unit', () => {
    expect(headerUnit('GDP (billion yuan)')).to.deep.equal({ factor: 1e9, unit: '元', multiplier: 'billion' });
    expect(headerUnit('Exports (US$ million)')).to.deep.equal({ factor: 1e6, unit: '美元', multiplier: 'million' });
    expect(headerUnit('Growth (%)')).to.deep.equal({ factor: 1, unit: '%', multiplier: '' });
    expect(headerUnit('Population (million)')).to.deep.equal({ factor: 1e6, unit: '', multiplier: 'million' });
    expect(headerUnit('Distance [km]')).to.deep.equal({ factor: 1, unit: '公里', multiplier: '' });
  });

  it('a bracket that is a year, a period or a note is not a unit', () => {
    for (const h of ['人口（2023年）', '完成（1-6月）', '全省（平均）', 'GDP（现价）', '增速（同比）', '时间（年）', '地区（设区市）', 'Output (est.)', 'GDP (2023)', '地区生产总值', '']) {
      expect(headerUnit(h), h).to.equal(null);
    }
  });

  it('units whose name opens with 千 or 百 are one unit, not a multiplier', () => {
    expect(splitUnit('千瓦时')).to.deep.equal({ factor: 1, unit: '千瓦时', multiplier: '' });
    expect(splitUnit('千克')).to.deep.equal({ factor: 1, unit: '千克', multiplier: '' });
    expect(splitUnit('百分点')).to.deep.equal({ factor: 1, unit: '百分点', multiplier: '' });
    expect(splitUnit('千公顷')).to.deep.equal({ factor: 1e3, unit: '公顷', multiplier: '千' });
  });

  it('an axis over figures published in 亿 is written in 亿 while its ticks stay short, else in the larger scale', () => {
    const yi = { decimals: 1, multiplier: '亿' };
    const zh = axisFormat(1.2e12, 2e11, '元', 'zh-CN', yi);
    expect([zh.caption, zh.format(2e11), zh.format(1.2e12)]).to.deep.equal(['单位：亿元', '2000', '12,000']);
    const en = axisFormat(1.2e12, 2e11, '元', 'en', yi);
    expect([en.caption, en.format(2e11)]).to.deep.equal(['billion yuan', '200']);
    // 国内生产总值 1260582亿元: 1,300,000 亿 is no short tick; 万亿 it is (as without a published form).
    const big = axisFormat(1.4e14, 2e13, '元', 'zh-CN', yi);
    expect([big.caption, big.format(2e13)]).to.deep.equal(['单位：万亿元', '20']);
    expect(axisFormat(1.2e12, 2e11, '元', 'zh-CN').caption).to.equal('单位：万亿元');
  });

  it('typeTable reads bare cells in the header unit; cells with their own unit keep it; raw cells stay as published', () => {
    const t = typeTable({ columns: ['地区', '地区生产总值（亿元）'], rows: [['全省', '60465.3'], ['苏州市', '11458.4'], ['南京市', '8316.92亿元'], ['连云港市', 1955.9]] });
    expect(t.columns[1]).to.deep.equal({ name: '地区生产总值（亿元）', type: 'number', unit: '元' });
    expect(t.cells.map((r) => (r[1]?.kind === 'number' ? [r[1].value, r[1].published?.multiplier] : null))).to.deep.equal([
      [6046530000000, '亿'], [1145840000000, '亿'], [831692000000, '亿'], [195590000000, '亿'],
    ]);
    expect(t.raw[0]).to.deep.equal(['全省', '60465.3']);
    // A header that names no unit leaves the numbers as they are.
    expect(typeTable({ columns: ['地区', '地区生产总值'], rows: [['苏州市', '11458.4']] }).cells[0]?.[1]).to.deep.include({ value: 11458.4, unit: '' });
  });
});
