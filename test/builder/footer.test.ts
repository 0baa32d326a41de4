/**
 * A table's published notes and source reach the chart: pasted under a real table, they fill
 * the Describe step's notes and source (the editor's own win), so the published widget carries
 * the caveat its source printed.
 */
import { expect } from '@open-wc/testing';
import { reduce, initialState } from '../../src/builder/app/state.js';
import { footerParts } from '../../src/builder/footer.js';
import { parseInput } from '../../src/builder/parse.js';

/** 国家统计局, 2013年1-3季度GDP初步核算: http://www.sxoinv.com/a/xinxizhongxin/jingjiqingkuang/20131114/212.html */
const GDP_Q3_2013 = ['表1：2013年1-3季度国内生产总值初步核算数据', '\t绝对额(亿元)\t比去年同期增长(%)', '国内生产总值\t386762\t7.7', '第一产业\t35669\t3.4',
  '第二产业\t175118\t7.8', '第三产业\t175975\t8.4', '注：绝对额按现价计算，增长速度按不变价计算。'].join('\n');
/** 中商产业研究院 monthly output by province: http://s.askci.com/data/MonthDetail/Index?type=4&zbId=a02020w */
const ASKCI = ['地区\t当月产量(万吨)\t累计产量(万吨)\t当月同比增长(%)\t累计增长(%)', '北京市\t0.02\t0.31\t-29.78\t-22.25', '天津市\t3.77\t63.45\t-37.42\t-3.85',
  '海南省\t0.11\t0.93\t--\t--', '【注】从2011年起，规模以上工业企业起点标准由原来的年主营业务收入500万元提高到年主营业务收入2000万元。'].join('\n');

describe('builder: the notes and source under a table', () => {
  it('splits a footer into notes (with their mark) and the source (without)', () => {
    expect(footerParts('注：绝对额按现价计算，增长速度按不变价计算。')).to.deep.equal({ notes: '注：绝对额按现价计算，增长速度按不变价计算。', source: '' });
    expect(footerParts('资料来源：江苏省统计局，各设区市统计局')).to.deep.equal({ notes: '', source: '江苏省统计局，各设区市统计局' });
    expect(footerParts('注：增速按可比价格计算。 资料来源：国家统计局。')).to.deep.equal({ notes: '注：增速按可比价格计算。', source: '国家统计局' });
    expect(footerParts('Note: 2023 figures are preliminary. Source: NBS')).to.deep.equal({ notes: 'Note: 2023 figures are preliminary.', source: 'NBS' });
    expect(footerParts('')).to.deep.equal({ notes: '', source: '' });
  });

  it('"【注】…" under a table is its footnote, not a heading row', () => {
    const t = parseInput(ASKCI);
    expect(t.skipped).to.deep.equal([]);
    expect(t.records).to.have.length(3);
    expect(t.footer).to.match(/^【注】从2011年起/);
  });

  it('pasting the table fills notes and source, once, and never over the editor’s', () => {
    const s = reduce(initialState(), { type: 'text', text: GDP_Q3_2013 });
    expect(s.project.describe.heading).to.equal('表1：2013年1-3季度国内生产总值初步核算数据');
    expect(s.project.describe.notes).to.equal('注：绝对额按现价计算，增长速度按不变价计算。');
    const edited = { ...s, project: { ...s.project, describe: { ...s.project.describe, notes: '编者注' } } };
    expect(reduce(edited, { type: 'text', text: `${GDP_Q3_2013}\n` }).project.describe.notes).to.equal('编者注');
    expect(reduce(initialState(), { type: 'text', text: `${ASKCI}\n资料来源：中商产业研究院` }).project.describe).to.include({ source: '中商产业研究院' });
  });
});
