/**
 * The session 10 audit's extractor fixes, each on the real published targets paragraph it was
 * found in (2025 city government work reports).
 */
import { expect } from '@open-wc/testing';
import { extractFigures } from '../../src/extract/index.js';

describe('extractFigures: session 10 audit', () => {
  it('"粮食产量继续保持500亿斤以上" is labelled 粮食产量, not 粮食产量继续 (湖北 2025 政府工作报告 as summarised by 长江日报, 2025-01-17, https://cjrb.cjn.cn/h5/html5/2025-01/17/content_151731_1763949.htm)', () => {
    const f = extractFigures('2025年经济社会发展的主要预期目标：经济增长6%左右，城镇调查失业率5.5%左右，城镇新增就业70万人以上，居民消费价格涨幅2%左右，居民收入增长与经济增长同步，粮食产量继续保持500亿斤以上，单位地区生产总值能耗完成“十四五”国家考核目标。');
    expect(f[4]).to.include({ label: '粮食产量', value: 50_000_000_000, unit: '斤', comparator: 'ge' });
    // The same adverbs before other verbs of a steady level.
    expect(extractFigures('城镇调查失业率持续控制在5.5%以内')[0]?.label).to.equal('城镇调查失业率');
    expect(extractFigures('森林覆盖率进一步提高到45%')[0]?.label).to.equal('森林覆盖率');
  });

  it('"城乡居民人均可支配收入分别增长5.5%左右和6%左右" names the urban and the rural figure (济南 2025 政府工作报告, 2025-01-13, https://www.jiuchuangxh.com/125164.html)', () => {
    const f = extractFigures('2025年济南市经济社会发展主要预期目标是：地区生产总值增长5.5%左右；一般公共预算收入增长3%左右；规模以上工业增加值增长6.5%左右；固定资产投资合理增长；社会消费品零售总额增长3%左右；城乡居民人均可支配收入分别增长5.5%左右和6%左右；城镇新增就业15万人以上。');
    expect(f[4]).to.include({ label: '城镇居民人均可支配收入', value: 5.5, kind: 'growth', comparator: 'approx' });
    expect(f[5]).to.include({ label: '农村居民人均可支配收入', value: 6, kind: 'growth', comparator: 'approx' });
    // Written with both places named, the noun they share goes to each.
    const g = extractFigures('城镇和农村居民人均可支配收入分别增长4.6%和6.6%。');
    expect(g.map((x) => x.label)).to.deep.equal(['城镇居民人均可支配收入', '农村居民人均可支配收入']);
    // Subjects that are whole names stay as they are.
    const h = extractFigures('重点项目个数、总投资和年度计划投资同比分别增长111%、150%和136%');
    expect(h.map((x) => x.label)).to.deep.equal(['重点项目个数', '总投资', '年度计划投资']);
  });
});

describe('extractFigures: session 10 audit, English', () => {
  // Chinadaily via People's Daily Online, 2025-03-17, on the NBS January–February 2025 release:
  // http://en.people.cn/n3/2025/0317/c90000-20290206.html
  const RELEASE = "Retail sales, a key measurement of consumer spending, surged 4 percent year-on-year over the January-February period, after the 3.7 percent rise in December. China's value-added industrial output - a gauge of activity in the manufacturing, mining, and utilities sectors - grew by 5.9 percent over the January-February period from a year earlier after a 6.2 percent rise in December, figures released by the National Bureau of Statistics NBS showed. Fixed-asset investment - a gauge of expenditures on items including infrastructure, property, machinery, and equipment - increased by 4.1 percent over the January-February period year-on-year, compared with a 3.2 percent rise for the whole year of 2024. The surveyed urban jobless rate came in at 5.3 percent in the first two months, up from 5.1 percent in December, according to the NBS. The figure came in at 5.4 percent in February, 0.2 percentage point higher than that in the previous month.";

  it('"after the 3.7 percent rise in December" is a rise of retail sales, not a figure called "rise"', () => {
    const f = extractFigures(RELEASE);
    expect(f.map((x) => [x.label, x.value])).to.deep.equal([
      ['retail sales', 4], ['retail sales', 3.7],
      ['value-added industrial output', 5.9], ['value-added industrial output', 6.2],
      ['fixed-asset investment', 4.1], ['fixed-asset investment', 3.2],
      ['surveyed urban jobless rate', 5.3], ['surveyed urban jobless rate', 5.1],
      ['surveyed urban jobless rate', 5.4], ['surveyed urban jobless rate', 0.2],
    ]);
    // With nothing named before it, the change noun is still all there is.
    expect(extractFigures('The decline was 3 percent.')[0]?.label).to.equal('decline');
    // A forecast named just before is not what grew (fresh-china-q2-2025 in the corpus).
    const q2 = extractFigures('GDP grew by 5.2% year-on-year in the April-June period, exceeding the 5.1% growth forecast, but a slowdown from the 5.4% growth in the first three months of this year.');
    expect(q2[2]?.label).to.not.match(/forecast/);
  });

  it('"The figure came in at 5.4 percent" is the jobless rate the sentence before named', () => {
    const f = extractFigures(RELEASE);
    expect(f[8]).to.include({ label: 'surveyed urban jobless rate', value: 5.4, kind: 'level' });
    // A paragraph break ends what "the figure" can point back to.
    expect(extractFigures('Exports rose 3 percent.\n\nThe figure came in at 5.4 percent.')[1]?.label).to.not.equal('exports');
  });
});
