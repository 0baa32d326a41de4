import { expect } from '@open-wc/testing';
import { extractFigures } from '../../src/extract/index.js';
import { one, read, written } from './helpers.js';

describe('extractFigures: values and units', () => {
  it('gives values in base units with the multiplier taken off the unit', () => {
    const cases: Array<[string, number, string]> = [
      ['该项目总投资4.1亿元', 410000000, '元'],
      ['规划总建筑面积1.85万平方米', 18500, '平方米'],
      ['实际利用外资8000万美元', 80000000, '美元'],
      ['全市粮食总产量达1.3万亿斤', 1300000000000, '斤'],
      ['全年进出口总额完成326.7亿元', 32670000000, '元'],
      ['全区新增造林面积2150亩', 2150, '亩'],
      ['建成高标准农田3.6万公顷', 36000, '公顷'],
      ['全年粮食总产量稳定在16.8万吨', 168000, '吨'],
      ['新增光伏装机容量12万千瓦', 120000, '千瓦'],
      ['居民人均可支配收入达3.2万元', 32000, '元'],
    ];
    for (const [text, value, unit] of cases) {
      const f = one(text);
      expect(f.value, text).to.equal(value);
      expect(f.unit, text).to.equal(unit);
    }
  });

  it('reads percentages and percentage points as numbers with their unit', () => {
    expect(one('工业投资增长12%')).to.include({ value: 12, unit: '%' });
    expect(one('研发经费投入强度比上年提高1.5个百分点')).to.include({ value: 1.5, unit: '个百分点' });
    expect(one('城镇登记失业率为2.8‰')).to.include({ value: 2.8, unit: '‰' });
    expect(one('税收占一般公共预算收入比重提高0.6百分点')).to.include({ value: 0.6, unit: '百分点' });
  });

  it('reads Arabic numerals with separators, decimals and full-width digits', () => {
    expect(one('全年接待游客1,234,567人次').value).to.equal(1234567);
    expect(one('社会消费品零售总额增长７．５％')).to.include({ value: 7.5, unit: '%' });
    expect(one('新增城镇就业１２，０００人').value, 'a full-width comma before three digits groups thousands')
      .to.equal(12000);
    expect(read('排名第12，3000家企业参评').map((f) => f.value), 'before other than three digits it is a break')
      .to.deep.equal([3000]);
    expect(one('新增城镇就业12,000人').value).to.equal(12000);
    expect(one('人均公园绿地面积达到14.62平方米').value).to.equal(14.62);
  });

  it('reads a decimal comma when told to', () => {
    expect(one('出口1.234,5吨', { decimal: ',' })).to.include({ value: 1234.5, unit: '吨' });
    expect(read('出口1.234,5吨'), 'malformed with the default decimal point').to.deep.equal([]);
  });

  it('reads Chinese numerals before a measure word', () => {
    expect(one('新建5G基站两万个')).to.include({ value: 20000, unit: '个' });
    expect(one('全年培训新型职业农民一千人')).to.include({ value: 1000, unit: '人' });
    expect(one('二期三栋新建建筑主体基本完工')).to.include({ value: 3, unit: '栋' });
    expect(one('引进社会资本十亿元')).to.include({ value: 1e9, unit: '元' });
    expect(one('改造老旧小区一百零五个')).to.include({ value: 105, unit: '个' });
    expect(one('增长百分之十二')).to.include({ value: 12, unit: '%' });
  });

  it('reads negative numbers', () => {
    expect(one('全年完成地区生产总值1.3万亿元，同比增长-8.92%'.split('，')[1] ?? '')).to.include({ value: -8.92, unit: '%' });
    expect(one('一般公共预算收入同比增长－3.1％')).to.include({ value: -3.1, unit: '%' });
  });

  it('keeps units that begin with a multiplier character whole', () => {
    expect(one('户用光伏平均装机8千瓦')).to.include({ value: 8, unit: '千瓦' });
    expect(one('全年售电量23.5亿千瓦时')).to.include({ value: 2350000000, unit: '千瓦时' });
    expect(one('新建农村公路126千米')).to.include({ value: 126, unit: '千米' });
  });

  it('knows the issue units and keeps an unknown measure word as written', () => {
    const units = ['元', '美元', '亩', '平方米', '公顷', '家', '个', '项', '栋', '人', '件', '斤', '吨', '千瓦'];
    for (const unit of units) expect(one(`共计完成17${unit}`).unit, unit).to.equal(unit);
    expect(one('全年发放消费券300枚')).to.include({ value: 300, unit: '枚' });
    expect(read('新增省级专精特新企业8户、高新技术企业56家').map((f) => f.unit)).to.deep.equal(['户', '家']);
  });

  it('reads a figure with no unit when it ends the clause', () => {
    expect(one('制造业采购经理指数为51.2，连续扩张')).to.include({ value: 51.2, unit: '' });
  });

  it('reads ranges as a lower value and an upper bound, sharing a trailing multiplier', () => {
    expect(one('地区生产总值预期增长6%-7%')).to.include({ value: 6, upper: 7, unit: '%' });
    expect(one('单个项目补助1-2亿元')).to.include({ value: 100000000, upper: 200000000, unit: '元' });
    expect(one('每年新增就业岗位3至5万个')).to.include({ value: 30000, upper: 50000, unit: '个' });
  });

  it('gives the figure offsets of what it read, bound word included', () => {
    const text = '盘活低产低效土地1000亩以上、闲置老旧厂房10万平方米以上';
    const figures = extractFigures(text);
    expect(figures.map((f) => written(text, f))).to.deep.equal(['1000亩以上', '10万平方米以上']);
  });

  it('reads the figures in the order they are written', () => {
    const text = '全年实现规上工业总产值1250亿元，规上工业增加值增长8.5%，新增规上工业企业42家。';
    expect(read(text).map((f) => f.value)).to.deep.equal([125000000000, 8.5, 42]);
  });
});
