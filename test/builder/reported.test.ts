/**
 * Reported results are not targets, and a fall stays a fall, through the builder's paragraph mode:
 * what the editor is offered for a 统计公报, a 政府工作报告 and a wire story, and the records the
 * bars and big numbers are drawn from. Every text is a real published one (URL beside it).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { figuresFromText, figuresToTable } from '../../src/builder/figures.js';
import { defaultDescribe, projectData, widgetAttributes, type Project } from '../../src/builder/project.js';
import { projectsFromText } from '../../src/builder/projects.js';
import { suggestWidgets } from '../../src/builder/suggest.js';
import '../../src/widgets/bar-chart/bar-chart.define.js';

const offered = (text: string): string[] => suggestWidgets(figuresFromText(text), text).map((s) => s.tag);
const first = (text: string): string | undefined => offered(text)[0];

/** 国家统计局, 2018年1-7月份全国规模以上工业企业利润: http://article.chinesenewsboard.com/Gov.CN/2018/08%20-%20August/27/14/index.html */
const PROFITS = '1-7月份，规模以上工业企业中，国有控股企业实现利润总额11913.2亿元，同比增长30.5%；集体企业实现利润总额125.2亿元，增长4.1%；股份制企业实现利润总额27801亿元，增长21.3%；外商及港澳台商投资企业实现利润总额9422.4亿元，增长7.5%。';
/** 蚌埠市2024年统计公报: http://www.ilynn.cn/document_detail/133968.html */
const BENGBU = '初步核算，全年地区生产总值（GDP）2313亿元，比上年增长5.2%。其中，第一产业增加值287亿元，增长2.2%；第二产业增加值714.1亿元，增长6.2%；第三产业增加值1311.9亿元，增长5.2%。人均地区生产总值70908元，比上年增长5.9%。';
/** 2025年政府工作报告, 2024年工作回顾: https://feifmx.com/domestic/945/20250305/48042749.html */
const REVIEW_2024 = '国内生产总值达到134.9万亿元，增长5%。对全球经济增长的贡献保持在30%左右。城镇新增就业1256万人，城镇调查失业率平均为5.1%。居民消费价格上涨0.2%。国际收支基本平衡，外汇储备超过3.2万亿美元。居民人均可支配收入实际增长5.1%。';
/** 2025年政府工作报告, 主要预期目标: http://glaivesports.com/gfbw/qwfb/16374725.html */
const TARGETS_2025 = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.4万亿斤左右；单位国内生产总值能耗降低3%左右，生态环境质量持续改善。';
/** RTTNews on the NBS April 2020 release: https://www.finanzen.at/nachrichten/zinsen/china-industrial-output-rises-3-9percent-on-year-in-april-1029204697 */
const NBS_EN = 'Industrial production in China was up 3.9 percent on year in April, the National Bureau of Statistics said on Friday. The bureau also noted that retail sales fell an annual 7.5 percent. Fixed asset investment sank 10.3 percent on year. The jobless rate came in at 5.8 percent.';
/** 自贡 重点项目: https://www.chacewang.com/newsdetail/news40117.html */
const ZIGONG = '总投资914.9亿元，年度计划投资118亿元，项目完成投资22.37亿元，投资完成率19%，超序时进度2.3个百分点。';
/** 重点项目进展: http://www.harvestkrane.com/index.php/home/news/detail/id/516/gid/2709 */
const PROGRESS = '截至8月底，项目开累完成投资154.21亿元，累计投资完成率44.04%，省方资本金累计到位86.83亿元，到位率75.11%。2021年计划完成投资85.5亿元，年度累计完成投资54.21亿元，年度投资完成率63.41%。';
/** 发改委 on coal, 2009年1-7月: http://sz-shandao.com/qy/2009-09/01/content_178293.htm */
const COAL = '统计数据显示，1-7月份全国原煤产量16.13亿吨，同比增长8.9%，增速同比减缓5.8个百分点。全国铁路煤炭日均装车68213车，同比下降4.9%。另外，据海关统计，煤炭出口1292万吨，同比下降57.3%；进口6216万吨，增长1.5倍。';

describe('builder: reported results are not offered as targets', () => {
  it('a statistical release (同比增长, 比上年增长) gets no targets board', () => {
    for (const text of [PROFITS, BENGBU, COAL]) {
      expect(offered(text), text.slice(0, 20)).to.not.include('dj-targets');
      expect(first(text)).to.equal('dj-figures');
    }
  });

  it('a wire story of last month’s figures gets no targets board', () => {
    expect(offered(NBS_EN)).to.not.include('dj-targets');
  });

  it('a year in review with two bounds ("超过3.2万亿美元") offers a board last, with the reason', () => {
    const s = suggestWidgets(figuresFromText(REVIEW_2024), REVIEW_2024);
    const board = s.find((x) => x.tag === 'dj-targets');
    expect(board?.score).to.be.below(0.5);
    expect(s[s.length - 1]?.tag).to.equal('dj-targets');
    expect(board?.zh).to.include('8 个数字中只有 2 个像是目标');
    expect(board?.en).to.include('Only 2 of 8 figures read as targets');
  });

  it('a 计划 in the middle of a sentence names only its own clause', () => {
    const s = suggestWidgets(figuresFromText(ZIGONG), ZIGONG);
    expect(s[0]?.tag).to.equal('dj-figures');
    expect(s.find((x) => x.tag === 'dj-targets')?.score).to.be.below(0.5);
  });

  it('the lead-in "主要预期目标是：" makes the whole list targets', () => {
    const s = suggestWidgets(figuresFromText(TARGETS_2025), TARGETS_2025);
    expect(s[0]?.tag).to.equal('dj-targets');
    expect(s[0]?.zh).to.include('6 个数字中有 6 个是目标');
  });
});

describe('builder: a fall is drawn below zero', () => {
  it('下降 and 减缓 give negative values to bars and big numbers; rises and levels keep theirs', () => {
    const rows = figuresToTable(figuresFromText(COAL));
    const byQuote = new Map(rows.map((r) => [r['quote'], r['value']]));
    expect(byQuote.get('同比下降57.3%')).to.equal(-57.3);
    expect(byQuote.get('同比下降4.9%')).to.equal(-4.9);
    expect(byQuote.get('增速同比减缓5.8个百分点')).to.equal(-5.8);
    expect(byQuote.get('同比增长8.9%')).to.equal(8.9);
    expect(byQuote.get('1-7月份全国原煤产量16.13亿吨')).to.equal(1613000000);
  });

  it('English: fell and sank are falls, was up a rise, the jobless rate a level', () => {
    const rows = figuresToTable(figuresFromText(NBS_EN));
    expect(rows.map((r) => r['value'])).to.deep.equal([3.9, -7.5, -10.3, 5.8]);
    // A change is named by its clause: "fixed asset investment -10.3%" alone would read as a level.
    expect(rows[2]?.['label']).to.equal('Fixed asset investment sank 10.3 percent on year');
    expect(rows[3]?.['label']).to.equal('jobless rate');
  });

  it('a fall written with its sign (增长-8.92%) stays one fall, not a double negative', () => {
    const rows = figuresToTable(figuresFromText('地区生产总值同比增长-8.92%。'));
    expect(rows[0]?.['value']).to.equal(-8.92);
  });
});

describe('builder: bars and big numbers from a paragraph are told apart', () => {
  /** 新华社 via 新浪, 2011年前三季度GDP: http://finance.sina.com.cn/g/20111018/145710642851.shtml */
  const QUARTERS = '国家统计局18日宣布，初步测算显示，前三季度中国国内生产总值为320692亿元，按可比价格计算，同比增长9.4%。一季度中国国内生产总值同比增长9.7%，二季度增长9.5%，三季度增长9.1%。';

  it('figures the extractor gives one label are named by their clause (the quarter, the change), the figure left to the value label', () => {
    const rows = figuresToTable(figuresFromText(QUARTERS));
    expect(rows.map((r) => r['label'])).to.deep.equal([
      '前三季度中国国内生产总值', '中国国内生产总值 同比增长', '一季度中国国内生产总值同比增长', '中国国内生产总值 二季度增长', '中国国内生产总值 三季度增长',
    ]);
    expect(new Set(rows.map((r) => r['label'])).size).to.equal(rows.length);
  });

  it('a change alone keeps its words; a level alone keeps its short label', () => {
    const rows = figuresToTable(figuresFromText('人均地区生产总值70908元，比上年增长5.9%。'));
    // The figure ends the clause; the bar's value label writes it, so the name stops before it.
    expect(rows.map((r) => r['label'])).to.deep.equal(['人均地区生产总值', '人均地区生产总值 比上年增长']);
    expect(figuresToTable(figuresFromText('该项目总投资4.1亿元。'))[0]?.['label']).to.equal('总投资');
  });
});

describe('builder: bars from a paragraph share one axis, so one unit', () => {
  const bars = (text: string): Project => ({
    format: 'dj-widgets-project', version: 1, widget: 'dj-bar-chart', input: { text, options: {} }, figures: figuresFromText(text), attributes: {}, describe: defaultDescribe(),
  });

  it('draws the figures in the main unit only, says so, and the unit goes out with them', async () => {
    const p = bars(PROGRESS);
    const data = projectData(p) as Array<Record<string, unknown>>;
    // 44.04% beside 154.21亿 under 单位：亿 would read as 44.04亿: the rates are not drawn.
    expect(data.map((r) => r['quote'])).to.deep.equal(['项目开累完成投资154.21亿元', '省方资本金累计到位86.83亿元', '2021年计划完成投资85.5亿元', '年度累计完成投资54.21亿元']);
    expect(widgetAttributes(p)['unit']).to.equal('元');
    const s = suggestWidgets(p.figures ?? [], PROGRESS).find((x) => x.tag === 'dj-bar-chart');
    expect(s?.zh).to.include('本图只画单位为“元”的 4 个数字');
    expect(s?.en).to.include('draws only the 4 in 元');
    const el = await fixture<HTMLElement>(html`<dj-bar-chart lang="zh-CN" no-motion unit="元" .data=${data}></dj-bar-chart>`);
    const labels = (): string[] => Array.from(el.shadowRoot?.querySelectorAll('g.bar text') ?? []).map((t) => t.textContent.trim());
    await waitUntil(() => labels().length >= 4, 'bars never drew', { timeout: 4000 });
    expect(labels().filter((t) => /^[\d.]+亿元$/.test(t))).to.deep.equal(['154.21亿元', '86.83亿元', '85.5亿元', '54.21亿元']);
  });

  it('a per-capita figure is not a bar beside the totals it divides', () => {
    // The editor unticks the growth rates, as the suggestion asks, to draw the amounts.
    const p = bars(BENGBU);
    p.figures = (p.figures ?? []).map((f) => ({ ...f, include: f.unit !== '%' }));
    const data = projectData(p) as Array<Record<string, unknown>>;
    expect(data.map((r) => r['value'])).to.deep.equal([231300000000, 28700000000, 71410000000, 131190000000]);
    const s = suggestWidgets(p.figures.filter((f) => f.include), BENGBU).find((x) => x.tag === 'dj-bar-chart');
    expect(s?.zh).to.include('2 种单位（元、元/人）').and.include('本图只画单位为“元”的 4 个数字');
  });

  it('a big number strip keeps every unit (each figure carries its own)', () => {
    const p = { ...bars(PROGRESS), widget: 'dj-big-number' };
    expect(projectData(p)).to.have.length(7);
  });
});

describe('builder: a tally of projects is not a project at a stage', () => {
  /** 重点项目进展: https://456150.com.cn/bmpd/jmsfzhggj/zwgk/tjfx/zdxmxxtj/content/post_1584634.html */
  const CITY = '今年安排全市重点建设项目444项（打包项目拆分后共569项），项目总投资5141亿元，年度投资计划647.4亿元。本年度计划开工项目255项（其中1-10月份计划新开工223项），目前实际已开工206项，完成年度计划开工的80.8%。';
  /** https://456150.com.cn/bmpd/jmsfzhggj/zdlyxxgk/zdjsxmxxgk/zdxmjz/content/post_2314420.html */
  const CITY_2021 = '本年度计划新开工项目270项，实际已开工129项，开工率达47%。';

  it('"计划开工项目255项…已开工206项" places no project, and no tracker is offered', () => {
    for (const text of [CITY, CITY_2021]) {
      expect(projectsFromText(text), text.slice(0, 12)).to.deep.equal([]);
      expect(offered(text)).to.not.include('dj-project-tracker');
    }
  });

  it('a batch or a plan is no project: "汇聚一批区域总部运营中心", "海州将优化园区"', () => {
    const names = projectsFromText('今年，海州还将打造一批新兴楼宇，汇聚一批区域总部运营中心，建成运营快递电商产业园。今年海州将优化园区总体布局，推动项目开工。').map((p) => p.项目);
    expect(names.filter((n) => /一批|将/.test(n))).to.deep.equal([]);
  });

  it('a plan that lists tasks verb first ("落地…仓项目，竣工投用…中心") places no project', async () => {
    // The article's own targets paragraphs: a list of the year's tasks, not stages reached.
    const { HAIZHOU_2021_ARTICLE } = await import('../../src/data/haizhou-2021.article.js');
    const plans = HAIZHOU_2021_ARTICLE.split('\n\n').find((p) => p.includes('落地知名电商自营仓项目')) ?? '';
    expect(plans).to.include('竣工投用康缘医疗调拨中心');
    expect(projectsFromText(plans)).to.deep.equal([]);
    expect(offered(plans)).to.not.include('dj-project-tracker');
  });

  it('a named project still moves to the stage the text reports', () => {
    expect(projectsFromText('科技创新企业总部项目已开工。').map((p) => p.项目)).to.deep.equal(['科技创新企业总部项目']);
  });
});
