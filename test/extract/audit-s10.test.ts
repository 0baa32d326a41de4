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
