import { expect } from '@open-wc/testing';
import {
  BETWEEN_BOUNDS, CHANGE_UNITS, CHANGE_WORDS, PREFIX_BOUNDS, SUFFIX_BOUNDS,
} from '../../src/core/format/vocabulary.js';
import { extractFigures } from '../../src/extract/index.js';
import {
  APPROXIMATE_MORE, GROWTH_WORDS, PREFIX_COMPARATORS, RATE_UNITS, SUFFIX_COMPARATORS,
} from '../../src/extract/vocabulary.js';
import { one, read, written } from './helpers.js';

/**
 * Issue 17's "what must be true", one test per bullet, and the classes of error the second
 * held-out set (session 4) showed. Each case is a shape found in real published text.
 */
describe('extractFigures: the goals of issue 17', () => {
  it('links an actual to the plan of an earlier sentence of its paragraph (853.8亿元 … 622.2亿元 → 72.9 %)', () => {
    const figures = read('今年全省重点项目年度计划投资853.8亿元。1-9月完成投资622.2亿元，占年度计划的72.9%。');
    expect(figures[1]).to.include({ kind: 'progress', value: 62220000000, target: 85380000000 });
    expect(figures[2]).to.include({ kind: 'share', value: 72.9 });
    // The share the text states is the share the two amounts give.
    expect(Math.round((1000 * 622.2) / 853.8) / 10).to.equal(72.9);
  });

  it('keeps both figures of 完成年度目标任务589亿元的37.22%', () => {
    const [target, share] = read('固定资产投资完成年度目标任务589亿元的37.22%');
    // The actual is the target times the share; the target is kept on the record.
    expect(target).to.include({ kind: 'progress', target: 58900000000, unit: '元' });
    expect(target?.value).to.be.closeTo(58900000000 * 0.3722, 1);
    expect(share).to.include({ value: 37.22, unit: '%', kind: 'share' });
  });

  it('reads multiples and tenths: 翻一番, 翻两番, 增长X倍 vs 增长到X倍, X成, 超八成', () => {
    expect(one('居民收入翻一番')).to.include({ multiple: 2, kind: 'growth' });
    expect(one('经济总量翻两番')).to.include({ multiple: 4, kind: 'growth' });
    expect(one('出口增长2.5倍')).to.include({ multiple: 3.5, kind: 'growth' });
    expect(one('出口增长到3倍')).to.include({ multiple: 3, kind: 'level' });
    expect(one('九成企业已复工')).to.include({ value: 90, unit: '%' });
    expect(one('满意度超八成')).to.include({ value: 80, unit: '%', comparator: 'gt' });
  });

  it('tells 百分点 from %, and marks 同比 and 环比', () => {
    const [yoy, mom] = read('工业增加值同比增长5.2%，环比增长0.4个百分点。');
    expect(yoy).to.include({ unit: '%', basis: 'year-on-year' });
    expect(mom).to.include({ unit: '个百分点', basis: 'period-on-period' });
  });

  it('takes its bound, rate-unit and change words from the one vocabulary in core/format', () => {
    expect(PREFIX_COMPARATORS.map(([w]) => w)).to.deep.equal(PREFIX_BOUNDS.map((b) => b.word));
    expect(SUFFIX_COMPARATORS.map(([w]) => w)).to.deep.equal(SUFFIX_BOUNDS.map((b) => b.word));
    expect(APPROXIMATE_MORE).to.deep.equal(BETWEEN_BOUNDS.map((b) => b.word));
    expect(RATE_UNITS).to.equal(CHANGE_UNITS);
    expect(GROWTH_WORDS).to.equal(CHANGE_WORDS);
  });

  it('reads English numbers with words, currencies, percent and points, verbs, bounds and hyphens', () => {
    expect(one('Profit reached $2.25 billion.')).to.include({ value: 2.25e9, unit: 'USD' });
    expect(one('Output was 350 million yuan.')).to.include({ value: 3.5e8, unit: 'CNY' });
    expect(one('Exports grew 9.9 percent.')).to.include({ unit: '%', kind: 'growth', direction: 'up' });
    expect(one('Imports fell 0.2 percentage points.')).to.include({ unit: 'percentage point', direction: 'down' });
    expect(one('Following the report, Microsoft shares dipped by 2% in late trading.')).to.include({ kind: 'growth', direction: 'down', label: 'Microsoft shares' });
    expect(one('The plant will employ about 1,800 workers.')).to.include({ comparator: 'approx', unit: 'workers' });
    expect(one('a 10-percent increase')).to.include({ value: 10, unit: '%', kind: 'growth' });
  });

  it('does not read dates, ages, times or ordinals as figures', () => {
    expect(read('The report came out on Oct. 18 at 5:30 p.m., for workers ages 16 to 24, the fourth biggest gain.')).to.deep.equal([]);
    expect(read('0-17岁、60岁及以上户籍人口分别为18891人和25594人。').map((f) => [f.value, f.label])).to.deep.equal([
      [18891, '户籍人口'], [25594, '户籍人口'],
    ]);
    expect(read('三次产业增加值结构为5.5:50.6∶43.9。')).to.deep.equal([]);
  });
});

describe('extractFigures: what the second held-out set taught', () => {
  it('names a figure by its subject after "to reach", "reaching" and a sentence-opening subject', () => {
    expect(read("China's gross domestic product grew 6.7 percent in the first quarter of 2016 to reach 15.9 trillion yuan.").map((f) => f.label))
      .to.deep.equal(['gross domestic product', 'gross domestic product']);
    expect(one('Industrial production grew steadily, rising 6 percent year on year.')).to.include({ label: 'industrial production' });
  });

  it('resolves "it" and "they" to the subject of the sentence before, within the paragraph', () => {
    const f = read('Retail sales increased 0.80% in April from March. In March, they grew a revised 0.86% from the preceding month.');
    expect(f[1]).to.include({ label: 'retail sales', kind: 'growth' });
    expect(read('Retail sales rose 1%.\n\nThey grew 2% later.')[1]?.label).to.not.equal('retail sales');
  });

  it('names a forecast, a consensus or an estimate "of" a figure, and gives it the kind of the rate it forecasts', () => {
    expect(read('Exports rose 3% in May, beating a median forecast of 2.1%.')[1]).to.include({ label: 'median forecast', kind: 'growth' });
    expect(read('Revenue rose to $56.2 billion, surpassing analyst estimates of $55.5 billion.')[1]).to.include({ label: 'analyst estimates' });
  });

  it('reads what changed after "a 26% increase in …" and the subject after "… for the service sector"', () => {
    expect(one('Microsoft achieved a 26% increase in revenue for Azure and other cloud services.')).to.include({ label: 'revenue for Azure and other cloud services', kind: 'growth' });
    const f = read('In breakdown, fixed-asset investment in agriculture was up 25.5 percent in Q1, followed by 12.6 percent for the service sector and 7.3 percent for industry.');
    expect(f.map((x) => [x.label, x.kind])).to.deep.equal([
      ['fixed-asset investment in agriculture', 'growth'], ['service sector', 'growth'], ['industry', 'growth'],
    ]);
  });

  it('reads a rate set "at" a value as a level, and a range written with one unit', () => {
    expect(one('The urban unemployment rate remained stable at 5% in June.')).to.include({ kind: 'level', label: 'urban unemployment rate' });
    expect(one('This surpassed the forecast of 26-27% growth.')).to.include({ value: 26, upper: 27, unit: '%', kind: 'growth' });
  });

  it('keeps a count across "up from": the earlier figure counts the same thing', () => {
    const [now, before] = read('The economy added 164,000 jobs, up from 135,000 in March.');
    expect(now).to.include({ unit: 'jobs', kind: 'growth' });
    expect(before).to.include({ unit: 'jobs', kind: 'growth', value: 135000 });
  });

  it('reads a subject after the figure: 有6.5%-7%的增速 is a growth of what stands before', () => {
    expect(one('预计全年经济有6.5%-7%的增速。')).to.include({ value: 6.5, upper: 7, kind: 'growth', label: '经济' });
  });

  it('reads 拉动 and 贡献 as named rates (levels), and a signed item of a shared-unit list', () => {
    expect(one('消费拉动GDP增长3.4个百分点。')).to.include({ kind: 'level' });
    expect(read('三次产业对经济增长的拉动贡献分别为0.15、-5.64、1.34个百分点').map((f) => [f.value, f.unit, f.kind])).to.deep.equal([
      [0.15, '个百分点', 'level'], [-5.64, '个百分点', 'level'], [1.34, '个百分点', 'level'],
    ]);
  });

  it('carries the subject to a change with none in the next sentence of the paragraph, not across paragraphs', () => {
    expect(read('全县生产总值比上年下降4.1%;与2020年相比,两年平均增长2.5%。')[1]).to.include({ label: '生产总值', kind: 'growth' });
    expect(read('全县生产总值比上年下降4.1%。\n\n与2020年相比,两年平均增长2.5%。')[1]).to.include({ label: '' });
  });

  it('trims scope, averaging and computing frames from Chinese labels', () => {
    expect(one('我国国内生产总值达到114万亿元')).to.include({ label: '国内生产总值' });
    expect(one('城镇调查失业率平均为5.1%')).to.include({ label: '城镇调查失业率' });
    expect(one('城镇调查失业率全年控制在5.5%以内')).to.include({ label: '城镇调查失业率', comparator: 'le' });
    expect(one('按常住人口计算人均地区生产总值为74331元')).to.include({ label: '人均地区生产总值' });
    expect(one('2020年我州重点项目250个')).to.include({ label: '重点项目' });
  });

  it('keeps "X县第一" a count of what the ranking covers, and 第一 itself no figure', () => {
    const text = '累计完成投资占年度目标的比例均位居7县(市)第一。';
    expect(extractFigures(text).map((x) => written(text, x))).to.deep.equal(['7县']);
  });
});
