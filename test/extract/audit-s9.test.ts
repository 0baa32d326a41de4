/**
 * The session 9 audit's extractor fixes, each on the real published sentence it was found in:
 * falls the words say (减缓…个百分点, sank), and a rate named by its compound (投资完成率, not 率).
 */
import { expect } from '@open-wc/testing';
import { extractFigures } from '../../src/extract/index.js';

describe('extractFigures: session 9 audit', () => {
  it('"增速同比减缓5.8个百分点" is a fall of 5.8 points (发改委, http://sz-shandao.com/qy/2009-09/01/content_178293.htm)', () => {
    const f = extractFigures('1-7月份全国原煤产量16.13亿吨，同比增长8.9%，增速同比减缓5.8个百分点。');
    expect(f[2]).to.include({ value: 5.8, unit: '个百分点', kind: 'growth', direction: 'down', label: '增速' });
    expect(extractFigures('增速比上月趋缓0.3个百分点')[0]).to.include({ kind: 'growth', direction: 'down' });
  });

  it('"sank 10.3 percent" is a fall, labelled without its verb (https://www.finanzen.at/nachrichten/zinsen/china-industrial-output-rises-3-9percent-on-year-in-april-1029204697)', () => {
    const [f] = extractFigures('Fixed asset investment sank 10.3 percent on year.');
    expect(f).to.include({ value: 10.3, unit: '%', kind: 'growth', direction: 'down', label: 'fixed asset investment' });
    expect(extractFigures('Exports plummeted 20 percent.')[0]).to.include({ kind: 'growth', direction: 'down' });
    expect(extractFigures('Imports rallied 4.5 percent.')[0]).to.include({ kind: 'growth', direction: 'up' });
  });

  it('a rate named by a verb compound keeps the compound (http://www.harvestkrane.com/index.php/home/news/detail/id/516/gid/2709)', () => {
    const labels = extractFigures('截至8月底，项目开累完成投资154.21亿元，累计投资完成率44.04%，省方资本金累计到位86.83亿元，到位率75.11%。2021年计划完成投资85.5亿元，年度投资完成率63.41%。').map((x) => x.label);
    expect(labels[1]).to.equal('投资完成率');
    expect(labels[3]).to.equal('到位率');
    expect(labels[5]).to.equal('年度投资完成率');
  });

  it('"a 2 percent increase in the consumer price index" names the index (https://agricoop.net/news/show.php?itemid=25089)', () => {
    const f = extractFigures('The report also outlines other key development goals for this year, including a surveyed urban unemployment rate of around 5.5 percent, over 12 million new urban jobs, and an around 2 percent increase in the consumer price index.');
    expect(f[2]).to.include({ value: 2, kind: 'growth', label: 'consumer price index' });
    // A time after "in the" is not what changed.
    expect(extractFigures('Sales posted a 3 percent increase in the first quarter.')[0]?.label).to.not.match(/first quarter/);
  });
});
