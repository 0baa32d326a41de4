/**
 * A rate printed straight after a header's words — "比上年增长%", as 蚌埠市2024年统计公报's table
 * "2024年全市地区生产总值及其增长速度" heads it (指标 | 绝对数(亿元) | 比上年增长%; 地区生产总值 2313.0 5.2,
 * 第一产业 287.0 2.2, 第二产业 714.1 6.2, 第三产业 1311.9 5.2): http://www.ilynn.cn/document_detail/133968.html
 * — names the unit % as "（%）" does. Read with no unit, a growth of 5.2% was drawn as "5.2".
 */
import { expect, fixture } from '@open-wc/testing';
import { headerName, headerUnit, headerUnitText } from '../../../src/core/format/header-unit.js';
import { parseInput } from '../../../src/builder/parse.js';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import { drawn, valueTexts } from '../../helpers/widgets.js';

const ROWS: [string, string, string][] = [['第一产业', '287.0', '2.2'], ['第二产业', '714.1', '6.2'], ['第三产业', '1311.9', '5.2']];

describe('a rate written after the header’s words', () => {
  it('比上年增长% and 增速‰ name their unit; "增长5%", "100%" and "%" alone do not', () => {
    expect(headerUnit('比上年增长%')).to.deep.equal({ factor: 1, unit: '%', multiplier: '' });
    expect(headerUnit('比上年增长％')?.unit).to.equal('%');
    expect(headerUnit('出生率‰')?.unit).to.equal('‰');
    expect([headerUnit('增长5%'), headerUnit('100%'), headerUnit('%')]).to.deep.equal([null, null, null]);
    expect([headerName('比上年增长%'), headerUnitText('比上年增长%')]).to.deep.equal(['比上年增长', '%']);
    // Brackets still win, and read as before.
    expect(headerUnit('绝对数(亿元)')?.unit).to.equal('元');
  });

  it('the bar chart draws the growth column in %', async () => {
    const table = `<table><tr><th>指标</th><th>绝对数(亿元)</th><th>比上年增长%</th></tr>${ROWS.map((r) => `<tr><td>${r.join('</td><td>')}</td></tr>`).join('')}</table>`;
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-bar-chart value="比上年增长">${table}</dj-bar-chart></div>`);
    const el = wrap.querySelector('dj-bar-chart')!;
    await drawn(el, 3);
    expect(valueTexts(el)).to.deep.equal(['2.2%', '6.2%', '5.2%']);
  });

  it('the builder reads the same unit from the same header', () => {
    const t = parseInput(['指标\t绝对数(亿元)\t比上年增长%', ...ROWS.map((r) => r.join('\t'))].join('\n'), { kind: 'tsv' });
    expect(t.columns.map((c) => [c.name, c.unit])).to.deep.equal([['指标', ''], ['绝对数', '亿元'], ['比上年增长', '%']]);
  });
});
