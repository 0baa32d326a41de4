import { expect } from '@open-wc/testing';
import { figuresFromText } from '../../src/builder/figures.js';
import { parseInput } from '../../src/builder/parse.js';
import { suggestWidgets } from '../../src/builder/suggest.js';

const tags = (input: Parameters<typeof suggestWidgets>[0]): string[] => suggestWidgets(input).map((s) => s.tag);
const best = (input: Parameters<typeof suggestWidgets>[0]): string | undefined => tags(input)[0];

describe('builder: suggestWidgets', () => {
  it('puts targets first for figures with bounds, with a reason in both languages', () => {
    const s = suggestWidgets(figuresFromText('盘活低产低效土地1000亩以上,亩均税收增长10%以上,工业应税销售收入突破400亿元。'));
    expect(s[0]?.tag).to.equal('dj-targets');
    expect(s[0]?.en).to.match(/3 of 3 figures are targets/);
    expect(s[0]?.zh).to.match(/3 个数字中有 3 个是目标/);
    expect(s.map((x) => x.score)).to.deep.equal([...s.map((x) => x.score)].sort((a, b) => b - a));
  });

  it('offers big numbers for one to four plain figures, bars when they share a unit', () => {
    // No target wording: no targets board (it would only judge figures nobody set as targets).
    expect(tags(figuresFromText('该项目总投资4.1亿元,年产值达1.8亿元。'))).to.deep.equal(['dj-big-number', 'dj-bar-chart', 'dj-figures']);
    const many = figuresFromText('甲地5个,乙地6个,丙地7个,丁地8个,戊地9个。');
    expect(tags(many)).to.not.include('dj-big-number');
    expect(best(many)).to.equal('dj-bar-chart');
  });

  it('offers a waffle for shares that add up to 100%', () => {
    expect(tags(figuresFromText('第一产业占比10%,第二产业占比45%,第三产业占比45%。'))).to.include('dj-waffle');
  });

  it('puts the line chart first for a date column with many numbers', () => {
    expect(best(parseInput('年份\t收入\t利润\n2017\t1\t0.1\n2018\t1.1\t0.2\n2019\t1.2\t0.3\n2020\t1.1\t0.2\n2021\t1.6\t0.4\n'))).to.equal('dj-line-chart');
  });

  it('puts the timeline first for dates with events and no numbers', () => {
    expect(best(parseInput('日期\t事件\n2020-12-01\t签约\n2021-01-15\t开工\n2021-06-30\t封顶\n'))).to.equal('dj-timeline');
  });

  it('puts bars first for categories with values', () => {
    const t = parseInput('地区\t产值\n海州\t12\n连云\t8\n赣榆\t5\n东海\t4\n灌云\t3\n');
    expect(best(t)).to.equal('dj-bar-chart');
    expect(tags(t)).to.not.include('dj-line-chart');
  });

  it('offers a waffle for parts of a whole: shares of 100% or a total row', () => {
    expect(best(parseInput('产业\t占比\n第一产业\t10%\n第二产业\t45%\n第三产业\t45%\n'))).to.equal('dj-waffle');
    expect(best(parseInput('产业\t产值\n第一产业\t10\n第二产业\t45\n第三产业\t45\n合计\t100\n'))).to.equal('dj-waffle');
    expect(tags(parseInput('地区\t增速\n海州\t-3%\n连云\t5%\n'))).to.not.include('dj-waffle');
  });

  it('offers counted squares only for a few hundred things, not for money or area', () => {
    expect(tags(parseInput('项目\t数量\n过亿元项目\t80\n过10亿元项目\t10\n'))).to.include('dj-waffle');
    expect(tags(parseInput('项目\t金额\n总投资\t4.1亿元\n年产值\t1.8亿元\n'))).to.not.include('dj-waffle');
    expect(tags(parseInput('项目\t数量\n甲\t2000\n乙\t900\n'))).to.not.include('dj-waffle');
  });

  it('offers a big number for one row', () => {
    expect(best(parseInput('指标\t数值\n总投资\t4.1亿元\n'))).to.equal('dj-big-number');
  });

  it('puts the project tracker first for a stage column', () => {
    expect(best(parseInput('项目\t阶段\t截至\n联宇\t封顶\t2021-01-15\n海州湾\t主体施工\t2021-01-15\n'))).to.equal('dj-project-tracker');
  });

  it('puts targets first for a table with bounds or a target column', () => {
    expect(best(parseInput('指标\t目标\n新增企业\t15家以上\n外资\t8000万美元以上\n'))).to.equal('dj-targets');
  });

  it('suggests nothing for nothing', () => {
    expect(suggestWidgets(parseInput(''))).to.deep.equal([]);
    expect(suggestWidgets([])).to.deep.equal([]);
  });
});
