import { expect } from '@open-wc/testing';
import { extractFigures } from '../../src/extract/index.js';
import { one, read } from './helpers.js';

describe('extractFigures: comparators', () => {
  const cases: Array<[string, string]> = [
    ['盘活低产低效土地1000亩以上', 'ge'],
    ['新增入驻楼宇企业不少于500家', 'ge'],
    ['全年至少建成美丽乡村示范村12个', 'ge'],
    ['粮食播种面积不低于58万亩', 'ge'],
    ['农村集体经济收入50万元及以上的村达到86个', 'eq'],
    ['工业应税销售收入突破400亿元', 'gt'],
    ['外贸进出口总额超过120亿美元', 'gt'],
    ['全年引进高层次人才逾300人', 'gt'],
    ['带动就业1000余人', 'gt'],
    ['培育电商企业300多家', 'gt'],
    ['单位GDP能耗下降3%左右', 'approx'],
    ['全年接待游客约560万人次', 'approx'],
    ['改造农村危房近2000户', 'approx'],
    ['城镇调查失业率控制在5.5%以内', 'le'],
    ['居民消费价格涨幅不超过3%', 'le'],
    ['PM2.5平均浓度降至35微克以下', 'le'],
    ['全年地区生产总值达到1200亿元', 'eq'],
    ['新增规上工业企业15家', 'eq'],
  ];
  for (const [text, comparator] of cases) {
    it(`${comparator}: ${text}`, () => {
      expect(one(text).comparator).to.equal(comparator);
    });
  }

  it('lets the word after the figure decide when both sides have one', () => {
    expect(one('城镇调查失业率控制在5.5%以内').comparator).to.equal('le');
    expect(one('研发投入超过营业收入的3%左右').comparator).to.equal('approx');
  });
});

describe('extractFigures: kinds', () => {
  it('calls an amount a level, and an amount right after a change word a change', () => {
    expect(one('该项目总投资4.1亿元').kind).to.equal('level');
    expect(one('全年城镇新增就业2000人').kind, '新增 names a statistic').to.equal('level');
    expect(one('全年城镇新增就业增加2000人')).to.include({ kind: 'growth', direction: 'up' });
    expect(one('第一产业实现增加值41.99亿元').kind, '增加值 is an amount').to.equal('level');
    expect(read('全国夏粮总产量13926万吨,比上年减少162万吨')[1]).to.include({ kind: 'growth', direction: 'down', label: '夏粮总产量' });
    expect(one('城镇调查失业率控制在5.5%以内').kind, 'the level of a rate').to.equal('level');
  });

  it('calls a rate after a change word growth, with the direction the text gives', () => {
    expect(one('工业投资增长12%')).to.include({ kind: 'growth', direction: 'up' });
    expect(one('单位GDP能耗下降3%左右')).to.include({ kind: 'growth', direction: 'down', value: 3 });
    expect(one('同比增长-8.92%')).to.include({ kind: 'growth', direction: 'down', value: -8.92 });
    expect(one('研发经费投入强度比上年提高1.5个百分点')).to.include({ kind: 'growth', direction: 'up' });
    expect(one('规上工业增加值同比回落2.1个百分点')).to.include({ kind: 'growth', direction: 'down' });
    expect(one('全年外贸进出口增速达9.6%')).to.include({ kind: 'growth', direction: 'up' });
    expect(one('农村居民人均可支配收入年均增长7.5%左右')).to.include({ kind: 'growth', comparator: 'approx' });
    expect(one('全社会研发投入较上年增长1.2倍').kind).to.equal('growth');
  });

  it('calls a part of a whole a share', () => {
    expect(one('服务业增加值占地区生产总值比重达52.3%').kind).to.equal('share');
    expect(one('高新技术产业产值占规上工业产值的46%').kind).to.equal('share');
    expect(one('民营经济占比提高0.8个百分点').kind, 'a change in a share is growth').to.equal('growth');
  });

  it('reads an actual against a target as progress plus its share', () => {
    expect(read('全区固定资产投资完成年度目标任务589亿元的37.22%')).to.deep.equal([
      { label: '固定资产投资', value: 21922580000, unit: '元', comparator: 'eq', kind: 'progress', target: 58900000000 },
      { label: '固定资产投资', value: 37.22, unit: '%', comparator: 'eq', kind: 'share' },
    ]);
    const [actual] = read('完成年度目标任务589亿元的37.22%');
    expect(actual).to.deep.equal({
      label: '年度目标任务', value: 21922580000, unit: '元', comparator: 'eq', kind: 'progress', target: 58900000000,
    });
    const [tax] = read('1-6月份，税收收入完成全年计划12.5亿元的52%以上');
    expect(tax).to.include({ label: '税收收入', kind: 'progress', target: 1250000000, value: 650000000, comparator: 'ge' });
  });

  it('does not call "A的B%" progress without a target word', () => {
    expect(read('服务业增加值3000亿元的12%').map((f) => f.kind)).to.deep.equal(['level', 'level']);
  });
});

describe('extractFigures: periods, names and vague counts are not figures', () => {
  const none = [
    '2021年，是“十四五”开局之年',
    '1-6月份，全区经济运行稳中向好',
    '2021年1月15日召开区委全会',
    '会议定于2021-01-15在区行政中心召开',
    '今年一季度，全区经济开门红',
    '实施新一轮企业培育三年行动计划',
    '“一园一业”打造四大主导产业基地',
    '坚持“一二三产并举”',
    '在前不久刚结束的海州区“两会”上',
    '几十个工人冒着寒风进行浇筑地基作业',
    '数百名干部走千企、解千难',
    '一幢崭新的大楼已封顶',
    '向第二个百年奋斗目标进军',
    '排名全省第3',
    '新建5G基站',
    '拨打12345政务服务热线',
    '截至9:30，现场已到四五个人',
    '2019-2021年连续三年获评先进',
    '微信截图_20210115093406',
    '打造一批龙头企业集聚的总部楼宇',
  ];
  for (const text of none) {
    it(text, () => {
      expect(read(text)).to.deep.equal([]);
    });
  }

  it('keeps the figure next to a period', () => {
    expect(read('2021年全区完成地区生产总值1.3万亿元')).to.deep.equal([
      { label: '地区生产总值', value: 1.3e12, unit: '元', comparator: 'eq', kind: 'level' },
    ]);
    expect(one('1-6月份规上工业增加值同比增长12.5%').label).to.equal('规上工业增加值');
  });

  it('keeps a threshold inside a name in the label, not as a figure', () => {
    expect(read('新引进过亿元项目80个，过10亿元项目10个')).to.deep.equal([
      { label: '新引进过亿元项目', value: 80, unit: '个', comparator: 'eq', kind: 'level' },
      { label: '过10亿元项目', value: 10, unit: '个', comparator: 'eq', kind: 'level' },
    ]);
    expect(one('实现税收过千万元楼宇20栋以上')).to.include({ label: '税收过千万元楼宇', value: 20, unit: '栋' });
    expect(one('开工建设5000万元以上项目38个')).to.include({ label: '5000万元以上项目', value: 38 });
  });
});

describe('extractFigures: labels and quotes', () => {
  const labels: Array<[string, string]> = [
    ['确保新增规上工业企业15家以上', '新增规上工业企业'],
    ['实际利用外资8000万美元以上', '实际利用外资'],
    ['盘活低产低效土地1000亩以上', '低产低效土地'],
    ['吸纳技术型人才1000人以上', '技术型人才'],
    ['该项目总投资4.1亿元', '总投资'],
    ['规划总建筑面积1.85万平方米', '总建筑面积'],
    ['年产值达1.8亿元', '年产值'],
    ['投产后可形成年产2万件医疗器械的生产能力', '年产医疗器械'],
    ['今年全市粮食总产量达1.3万亿斤', '粮食总产量'],
    ['单位GDP能耗下降3%左右', '单位GDP能耗'],
    ['城镇调查失业率控制在5.5%以内', '城镇调查失业率'],
    ['新建5G基站两万个', '新建5G基站'],
    ['力争引进3家行业龙头企业', '行业龙头企业'],
    ['建成10万千瓦渔光互补光伏电站', '渔光互补光伏电站'],
    ['“十四五”期间新增城镇就业一千人', '新增城镇就业'],
  ];
  for (const [text, label] of labels) {
    it(`${label} ← ${text}`, () => {
      expect(one(text).label).to.equal(label);
    });
  }

  it('takes labels from the list item a figure stands in', () => {
    expect(read('新增省级专精特新企业8家、高新技术企业56家').map((f) => f.label))
      .to.deep.equal(['新增省级专精特新企业', '高新技术企业']);
  });

  it('lets a rate with no subject borrow the label before it in its sentence, or its paragraph (issue 17)', () => {
    expect(read('全年完成地区生产总值1.3万亿元，同比增长-8.92%').map((f) => f.label))
      .to.deep.equal(['地区生产总值', '地区生产总值']);
    // A change with no subject of its own in the next sentence is about the paragraph's subject…
    expect(read('全年完成地区生产总值1.3万亿元。同比增长-8.92%').map((f) => f.label))
      .to.deep.equal(['地区生产总值', '地区生产总值']);
    // …but never across a paragraph break.
    expect(read('全年完成地区生产总值1.3万亿元。\n\n同比增长-8.92%').map((f) => f.label))
      .to.deep.equal(['地区生产总值', '']);
    expect(read('全年完成地区生产总值1.3万亿元，同比增长-8.92%', { inheritLabels: false }).map((f) => f.label))
      .to.deep.equal(['地区生产总值', '']);
    expect(read('实现营业收入5亿元，共3000家').map((f) => f.label), 'a count does not borrow')
      .to.deep.equal(['营业收入', '']);
  });

  it('gives figures joined by 和 or 、 the label and kind of the first', () => {
    // 城乡 names two sides, so each figure gets its own (session 10 audit: both rows read 城乡…).
    expect(read('城乡居民人均可支配收入分别增长6.2%和7.5%')).to.deep.equal([
      { label: '城镇居民人均可支配收入', value: 6.2, unit: '%', comparator: 'eq', kind: 'growth', direction: 'up' },
      { label: '农村居民人均可支配收入', value: 7.5, unit: '%', comparator: 'eq', kind: 'growth', direction: 'up' },
    ]);
    expect(read('粮食产量增长6.2%和7.5%').map((f) => [f.label, f.kind]))
      .to.deep.equal([['粮食产量', 'growth'], ['粮食产量', 'growth']]);
    expect(read('化学需氧量、氨氮排放量分别下降3.1%、2.8%').map((f) => [f.kind, f.direction]))
      .to.deep.equal([['growth', 'down'], ['growth', 'down']]);
    expect(read('每万人发明专利拥有量达到12.6件、高价值发明专利2.3件').map((f) => f.label), 'a label after 、 is its own')
      .to.deep.equal(['每万人发明专利拥有量', '高价值发明专利']);
  });

  it('quotes the exact clause with its offsets, for full- and half-width punctuation alike', () => {
    for (const text of [
      '今年，全区实现地区生产总值1.3万亿元，同比增长8.1%；新增就业1.2万人。',
      '今年,全区实现地区生产总值1.3万亿元,同比增长8.1%;新增就业1.2万人.',
    ]) {
      const figures = extractFigures(text);
      expect(figures.map((f) => f.quote), text).to.deep.equal(['全区实现地区生产总值1.3万亿元', '同比增长8.1%', '新增就业1.2万人']);
      for (const f of figures) expect(text.slice(f.start, f.end)).to.equal(f.quote);
    }
  });

  it('trims white space off the quote and keeps offsets true', () => {
    const text = '据统计，  全年新增市场主体2.3万户  \n下一段';
    const [f] = extractFigures(text);
    expect(f?.quote).to.equal('全年新增市场主体2.3万户');
    expect(text.slice(f?.start ?? 0, f?.end ?? 0)).to.equal(f?.quote);
  });
});
