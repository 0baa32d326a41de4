import { expect } from '@open-wc/testing';
import { extractFigures } from '../../src/extract/index.js';
import { HAIZHOU_2021_ARTICLE as ARTICLE } from '../../src/data/haizhou-2021.article.js';
import { essentials, read, type Essentials } from './helpers.js';

/** [figure as written, expected essentials] for every figure of the seed article, in order. */
const SEED: Array<[string, Essentials]> = [
  ['4.1亿元', { label: '总投资', value: 410000000, unit: '元', comparator: 'eq', kind: 'level' }],
  ['1.85万平方米', { label: '总建筑面积', value: 18500, unit: '平方米', comparator: 'eq', kind: 'level' }],
  ['2万件', { label: '年产医疗器械', value: 20000, unit: '件', comparator: 'eq', kind: 'level' }],
  ['1.8亿元', { label: '年产值', value: 180000000, unit: '元', comparator: 'eq', kind: 'level' }],
  ['三栋', { label: '二期新建建筑', value: 3, unit: '栋', comparator: 'eq', kind: 'level' }],
  ['1000亩以上', { label: '低产低效土地', value: 1000, unit: '亩', comparator: 'ge', kind: 'level' }],
  ['10万平方米以上', { label: '闲置老旧厂房', value: 100000, unit: '平方米', comparator: 'ge', kind: 'level' }],
  ['10%以上', { label: '亩均税收', value: 10, unit: '%', comparator: 'ge', kind: 'growth', direction: 'up' }],
  ['15家以上', { label: '新增规上工业企业', value: 15, unit: '家', comparator: 'ge', kind: 'level' }],
  ['12%', { label: '工业投资', value: 12, unit: '%', comparator: 'eq', kind: 'growth', direction: 'up' }],
  ['400亿元', { label: '工业应税销售收入', value: 40000000000, unit: '元', comparator: 'gt', kind: 'level' }],
  ['80个', { label: '新引进过亿元项目', value: 80, unit: '个', comparator: 'eq', kind: 'level' }],
  ['10个', { label: '过10亿元项目', value: 10, unit: '个', comparator: 'eq', kind: 'level' }],
  ['8000万美元以上', { label: '实际利用外资', value: 80000000, unit: '美元', comparator: 'ge', kind: 'level' }],
  ['20栋以上', { label: '税收过千万元楼宇', value: 20, unit: '栋', comparator: 'ge', kind: 'level' }],
  ['10家', { label: '总部经济', value: 10, unit: '家', comparator: 'ge', kind: 'level' }],
  ['500家', { label: '新增入驻楼宇企业', value: 500, unit: '家', comparator: 'ge', kind: 'level' }],
  ['1000人以上', { label: '技术型人才', value: 1000, unit: '人', comparator: 'ge', kind: 'level' }],
];

describe('extractFigures: the seed article', () => {
  it('finds every figure of the article and nothing else', () => {
    const figures = extractFigures(ARTICLE);
    expect(figures.map((f) => ARTICLE.slice(f.figureStart, f.figureEnd))).to.deep.equal(SEED.map(([text]) => text));
    expect(figures.map(essentials)).to.deep.equal(SEED.map(([, e]) => e));
  });

  it('quotes each figure with an exact clause of the article', () => {
    for (const f of extractFigures(ARTICLE)) {
      expect(ARTICLE.slice(f.start, f.end)).to.equal(f.quote);
      expect(f.figureStart).to.be.at.least(f.start);
      expect(f.figureEnd).to.be.at.most(f.end);
      expect(f.quote).to.not.match(/[,;。，；]/);
    }
  });

  // Each figure sentence of the article on its own, as an editor would paste it.
  const sentences: Array<[string, number[]]> = [
    ['公司负责人张杰介绍,该项目总投资4.1亿元,规划总建筑面积1.85万平方米,投产后可形成年产2万件医疗器械的生产能力,年产值达1.8亿元。', [410000000, 18500, 20000, 180000000]],
    ['目前一期已投入使用,二期三栋新建建筑主体基本完工,正进行内外装修。', [3]],
    ['盘活闲置资源,深入推进“砸笼换绿”“腾笼换鸟”“开笼引凤”,盘活低产低效土地1000亩以上、闲置老旧厂房10万平方米以上,亩均税收增长10%以上,实现高新区全国综合排名争先进位;', [1000, 100000, 10]],
    ['实施新一轮企业培育三年行动计划,培优培强骨干企业,大力支持中小微企业创新产品、提高质量、降低成本、拓展市场,确保新增规上工业企业15家以上,工业投资增长12%,工业应税销售收入突破400亿元;', [15, 12, 40000000000]],
    ['综合运用资本招商、基金招商、兼并重组、增资扩股以及以商引商等方式,新引进过亿元项目80个,过10亿元项目10个,实际利用外资8000万美元以上,确保项目招得来、建得快、育得大、留得住。', [80, 10, 80000000]],
    ['实现税收过千万元楼宇20栋以上,引进总部经济不少于10家,新增入驻楼宇企业不少于500家,吸纳技术型人才1000人以上。', [20, 10, 500, 1000]],
  ];
  for (const [sentence, values] of sentences) {
    it(`reads ${sentence.slice(0, 16)}…`, () => {
      expect(sentence.length > 0 && ARTICLE.includes(sentence.replace(/[。;]$/, ''))).to.equal(true);
      expect(read(sentence).map((f) => f.value)).to.deep.equal(values);
    });
  }

  it('reads the sentences without figures as none', () => {
    for (const sentence of [
      '2021年,是“十四五”开局之年,也是乘势而上,开启全面建设社会主义现代化国家新征程、向第二个百年奋斗目标进军的关键之年',
      '在爱维康医疗器械生产项目现场,初现雏形的厂房前,几十个工人冒着寒风进行浇筑地基作业',
      '数百名干部走千企、解千难,冲到一线、靠前指挥',
      '在前不久刚结束的海州区“两会”上,政府工作报告不仅晒出了2020年海州工业转型、产业升级等一份份成绩单',
      '坚持“一二三产并举、大中小项目齐上、国资外资民资同抓、区镇街园联动”',
      '微信截图_20210115093426',
    ]) {
      expect(ARTICLE.includes(sentence), sentence).to.equal(true);
      expect(read(sentence), sentence).to.deep.equal([]);
    }
  });
});
