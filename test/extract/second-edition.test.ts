import { expect } from '@open-wc/testing';
import { extractFigures } from '../../src/extract/index.js';
import { one, read } from './helpers.js';

describe('extractFigures: units as statistics bulletins write them', () => {
  it('reads a space between number and unit', () => {
    expect(one('年末常住人口 70.8 万人')).to.include({ value: 708000, unit: '人', label: '常住人口' });
    expect(one('居民消费价格上涨 1.4 %')).to.include({ value: 1.4, unit: '%', kind: 'growth' });
  });

  it('keeps a compound unit whole', () => {
    expect(read('粮食单产5452.1公斤/公顷，比上年增长98.4公斤/公顷').map((f) => [f.unit, f.label])).to.deep.equal([
      ['公斤/公顷', '粮食单产'], ['公斤/公顷', '粮食单产'],
    ]);
    expect(one('人口自然增长率比2015年下降0.75个千分点')).to.include({ unit: '个千分点', kind: 'growth', direction: 'down' });
  });

  it('gives every item of a list the unit written once at its end', () => {
    expect(read('增速分别比规模以上工业快4.6和3.1个百分点').map((f) => [f.value, f.unit])).to.deep.equal([[4.6, '个百分点'], [3.1, '个百分点']]);
    expect(read('分别为4665、2611亿千瓦时').map((f) => [f.value, f.unit])).to.deep.equal([[466500000000, '千瓦时'], [261100000000, '千瓦时']]);
  });

  it('pairs each subject with its figure after 分别', () => {
    expect(read('重点项目个数、总投资和年度计划投资同比分别增长111%、150%和136%').map((f) => f.label))
      .to.deep.equal(['重点项目个数', '总投资', '年度计划投资']);
  });

  it('reads tenths and halves as percentages', () => {
    expect(one('占比已超过九成')).to.include({ value: 90, unit: '%', comparator: 'gt', kind: 'share' });
    expect(one('投产项目已超过半数')).to.include({ value: 50, unit: '%', comparator: 'gt', kind: 'share' });
  });
});

describe('extractFigures: what is not a figure', () => {
  it('steps over sessions, structures, list numbers and footnotes', () => {
    expect(read('十四届全国人大三次会议')).to.deep.equal([]);
    expect(read('三次产业结构不断优化')).to.deep.equal([]);
    expect(read('1.深化改革开放')).to.deep.equal([]);
    expect(read('2、推动高质量发展')).to.deep.equal([]);
    expect(read('国内生产总值增长5.2%[4]').map((f) => f.value)).to.deep.equal([5.2]);
  });
});

describe('extractFigures: labels without the comparison', () => {
  const cases: Array<[string, string]> = [
    ['全国夏粮总产量13926万吨', '夏粮总产量'],
    ['前三季度国内生产总值529971亿元', '国内生产总值'],
    ['全国规模以上工业增加值按可比价格计算同比增长6.0%', '规模以上工业增加值'],
    ['赤字规模比上年增加1.6万亿元', '赤字规模'],
    ['拟安排地方政府专项债券4.4万亿元', '地方政府专项债券'],
    ['国内生产总值(GDP)增长5.2%', '国内生产总值'],
    ['第一产业实现增加值41.99亿元', '第一产业增加值'],
    ['基础设施投资完成4327.61亿元', '基础设施投资'],
  ];
  for (const [text, label] of cases) {
    it(`${label} ← ${text}`, () => {
      expect(extractFigures(text)[0]?.label).to.equal(label);
    });
  }

  it('gives a figure later in the clause the subject of the first', () => {
    const [, change] = read('年末常住人口70.8万人，比上年末增加8630人');
    expect(change).to.include({ label: '常住人口', kind: 'growth', direction: 'up', value: 8630 });
    const [, converted] = read('全国粮食播种面积11606.4万公顷(17409.5万亩)');
    expect(converted).to.include({ label: '粮食播种面积', unit: '亩' });
  });
});

describe('extractFigures: kinds of change', () => {
  it('reads a named rate as a level, even when its name says 增长', () => {
    expect(one('人口自然增长率7.22‰')).to.include({ kind: 'level', unit: '‰' });
    expect(one('第三产业经济增长的贡献率达到33.5%').kind).to.equal('level');
  });

  it('reads a gap in points after 高于 / 超过 as an exact growth, not a bound', () => {
    expect(read('同比增长10.2%，高于全国2.8个百分点')[1]).to.include({ comparator: 'eq', kind: 'growth', direction: 'up', value: 2.8 });
    expect(one('超过时间进度13.8个百分点')).to.include({ comparator: 'eq', kind: 'growth', direction: 'up' });
  });

  it('reads multiples: 翻一番 ×2, 翻两番 ×4, 增长X倍 ×(1+X), 增长到X倍 ×X', () => {
    expect(one('国内生产总值比2010年翻一番')).to.include({ kind: 'growth', value: 1, unit: '倍', multiple: 2, label: '国内生产总值' });
    expect(one('城乡居民人均收入翻两番')).to.include({ kind: 'growth', value: 3, multiple: 4 });
    expect(one('出口增长2.5倍')).to.include({ kind: 'growth', value: 2.5, multiple: 3.5 });
    expect(one('产值增长到3倍')).to.include({ kind: 'level', value: 3, multiple: 3 });
  });

  it('marks 同比 and 环比 in the record', () => {
    expect(one('社会消费品零售总额同比增长8.2%').basis).to.equal('year-on-year');
    expect(one('社会消费品零售总额环比增长0.5%').basis).to.equal('period-on-period');
    expect(one('社会消费品零售总额增长8.2%').basis).to.equal(undefined);
  });

  it('reads 约合 as the same figure, approximately, in another currency', () => {
    const [, yuan] = read('出口额15亿美元,约合人民币100亿元');
    expect(yuan).to.include({ label: '出口额', comparator: 'approx', unit: '元' });
  });
});

describe('extractFigures: actuals linked to the plan earlier in the paragraph', () => {
  it('links 完成投资 to the 年度投资计划 of an earlier sentence', () => {
    const figures = read('项目总投资5141亿元，年度投资计划647.4亿元。1-10月项目累计完成投资629.0亿元，占年度投资计划的97.2%。');
    expect(figures[2]).to.include({ kind: 'progress', value: 62900000000, target: 64740000000 });
    expect(figures[3]).to.include({ kind: 'share', value: 97.2, label: figures[2]?.label });
  });

  it('keeps both figures of 完成年度目标任务589亿元的37.22%', () => {
    expect(read('完成年度目标任务589亿元的37.22%').map((f) => f.kind)).to.deep.equal(['progress', 'share']);
  });

  it('does not link across a paragraph break or to a different unit', () => {
    expect(read('年度投资计划647.4亿元。\n完成投资629.0亿元')[1]?.kind).to.equal('level');
    expect(read('年度投资计划647.4亿元。完成项目30个')[1]?.kind).to.equal('level');
  });
});

describe('extractFigures: English wire copy', () => {
  it('reads scale words, currencies, percent and points', () => {
    expect(read('the trade surplus totaled $40.8 billion in May')[0]).to.include({ value: 40.8e9, unit: 'USD', label: 'trade surplus' });
    expect(one('it spent 350 million dollars')).to.include({ value: 350e6, unit: 'USD' });
    expect(one('GDP grew 9.9 percent')).to.include({ value: 9.9, unit: '%', kind: 'growth', direction: 'up', label: 'GDP' });
    expect(one('a 2.25-billion-dollar plant')).to.include({ value: 2.25e9, unit: 'USD', label: 'plant' });
    expect(one('a 10-percent rise')).to.include({ value: 10, unit: '%' });
    expect(one('output of 1,747.1bn yuan')).to.include({ value: 1747.1e9, unit: 'CNY' });
    expect(one('The unemployment rate fell 0.1 percentage point')).to.include({ unit: 'percentage point', direction: 'down', label: 'unemployment rate' });
  });

  it('reads verbs of change as growth with direction, and a change "to" a value as a level', () => {
    expect(one('China\'s exports rose by 6.3% in April')).to.include({ kind: 'growth', direction: 'up', label: 'exports' });
    expect(one('imports shrank 14.2%')).to.include({ kind: 'growth', direction: 'down', label: 'imports' });
    expect(one('The unemployment rate fell to 8.5%')).to.include({ kind: 'level', label: 'unemployment rate' });
    expect(one('Exports rose 3.5% year-on-year').basis).to.equal('year-on-year');
  });

  it('reads bounds', () => {
    expect(one('about 1,800 workers')).to.include({ comparator: 'approx', value: 1800, unit: 'workers' });
    expect(one('more than 1,000 jobs')).to.include({ comparator: 'gt', unit: 'jobs' });
    expect(one('at least $5 million')).to.include({ comparator: 'ge' });
    expect(one('up to 2,000 jobs')).to.include({ comparator: 'le' });
    expect(one('less than 3%')).to.include({ comparator: 'lt' });
  });

  it('does not read dates, ages, ordinals, durations or model numbers as figures', () => {
    expect(read('WASHINGTON, Oct. 18 (Reuters) -- the report said')).to.deep.equal([]);
    expect(read('jobless rates for people ages 16 to 24 rose')).to.deep.equal([]);
    expect(read('the fourth biggest gain since 2011, its 3rd rise')).to.deep.equal([]);
    expect(read('a 20-year tax abatement for the Airbus 350 XWB')).to.deep.equal([]);
  });

  it('labels with whole words', () => {
    expect(one('Gross domestic product grew by 6.3%').label).to.equal('gross domestic product');
    expect(one('The $20 million facility will open').label).to.equal('facility');
  });
});
