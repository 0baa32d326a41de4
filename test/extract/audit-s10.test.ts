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
});
