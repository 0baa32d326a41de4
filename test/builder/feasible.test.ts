import { expect } from '@open-wc/testing';
import { checkSuggestion, fitFor } from '../../src/builder/feasible.js';
import { measureText } from '../../src/core/measure.js';
import { leftOutWidgets, suggestWidgets } from '../../src/builder/suggest.js';
import { parseInput } from '../../src/builder/parse.js';

// 2023年各省（区、市）地区生产总值（亿元），as the provinces' bulletins published them.
const PROVINCES = `地区\t地区生产总值（亿元）
广东\t135673.16
江苏\t128222.2
山东\t92068.7
浙江\t82553
四川\t60132.9
河南\t59132.39
湖北\t55803.63
福建\t54355.1
湖南\t50012.85
上海\t47218.66
安徽\t47050.6
河北\t43944.1
北京\t43760.7
陕西\t33786.07
江西\t32200.1
辽宁\t30209.4
重庆\t30145.79
云南\t30021.12
广西壮族自治区\t27202.39
山西\t25698.18
内蒙古自治区\t24627
贵州\t20913.25
新疆维吾尔自治区\t19125.91
天津\t16737.3
黑龙江\t15883.9
吉林\t13531.19
甘肃\t11863.8
海南\t7551.18
宁夏回族自治区\t5315
青海\t3799.1
西藏自治区\t2392.67
`;

describe('builder: feasible — bars read at 375 px', () => {
  it('turns 31 upright provincial bars lying down: their labels would be cut beyond recognition on a phone', () => {
    const t = parseInput(PROVINCES);
    const f = checkSuggestion('dj-bar-chart', t, { orientation: 'vertical' });
    expect(f.ok).to.equal(true);
    expect(f.attributes).to.deep.equal({ orientation: 'horizontal' });
    expect(f.en).to.match(/375 px: drawn lying down instead/);
    expect(f.zh).to.match(/改为横向/);
  });

  it('leaves upright bars alone when their labels fit (four quarters)', () => {
    const t = parseInput('季度\t增长（%）\n2022年一季度\t4.8\n2022年二季度\t0.4\n2022年三季度\t3.9\n2022年四季度\t2.9\n');
    const f = checkSuggestion('dj-bar-chart', t, { orientation: 'vertical' });
    expect(f).to.deep.equal({ ok: true, attributes: {}, en: '', zh: '' });
  });

  it('horizontal bars with short labels need nothing said', () => {
    expect(checkSuggestion('dj-bar-chart', parseInput(PROVINCES), {})).to.deep.equal({ ok: true, attributes: {}, en: '', zh: '' });
  });

  it('does not call short year labels cut (2022, 2023 fit exactly)', () => {
    const t = parseInput('年份\t地区生产总值（亿元）\n2022\t8500.1\n2023\t8900.44\n');
    expect(checkSuggestion('dj-bar-chart', t, {})).to.deep.equal({ ok: true, attributes: {}, en: '', zh: '' });
  });

  it('says which label a phone cuts short when horizontal bars cannot help', () => {
    const t = parseInput('项目\t总投资（亿元）\n中国（上海）自由贸易试验区临港新片区滴水湖金融湾一期及配套道路工程项目\t120\n轨道交通13号线\t45\n');
    const f = checkSuggestion('dj-bar-chart', t, {});
    expect(f.ok).to.equal(true);
    expect(f.attributes).to.deep.equal({});
    expect(f.en).to.match(/At 375 px, 1 label too long for a phone is cut short \(e\.g\. "中国（上海）[^"]*…"\)/);
    expect(f.zh).to.match(/1 个过长的标签会被截短（如“中国（上海）[^”]*…”）/);
  });
});

// The 70 cities of the NBS monthly house-price release (70个大中城市); the index values are
// made up for the test (only their count matters here), not the published ones.
const CITIES = '北京 天津 石家庄 太原 呼和浩特 沈阳 大连 长春 哈尔滨 上海 南京 杭州 宁波 合肥 福州 厦门 南昌 济南 青岛 郑州 武汉 长沙 广州 深圳 南宁 海口 重庆 成都 贵阳 昆明 西安 兰州 西宁 银川 乌鲁木齐 唐山 秦皇岛 包头 丹东 锦州 吉林 牡丹江 无锡 扬州 徐州 温州 金华 蚌埠 安庆 泉州 九江 赣州 烟台 济宁 洛阳 平顶山 宜昌 襄阳 岳阳 常德 韶关 湛江 惠州 桂林 北海 三亚 泸州 南充 遵义 大理'.split(' ');

describe('builder: left-out suggestions and why', () => {
  it('has 70 cities', () => expect(CITIES.length).to.equal(70));

  it('leaves bars out of a 70-city table and says why in both languages, below nothing it offers', () => {
    const t = parseInput(`城市\t新建商品住宅销售价格指数（上月=100）\n${CITIES.map((c, i) => `${c}\t${(99 + (i % 7) * 0.2).toFixed(1)}`).join('\n')}\n`);
    const out = leftOutWidgets(t);
    const bar = out.find((l) => l.tag === 'dj-bar-chart');
    expect(bar?.en).to.equal('70 bars cannot be told apart or labelled on a 375 px phone (at most 60); leave rows out in step 1.');
    expect(bar?.zh).to.equal('70 个条形在 375 像素宽的手机上无法分辨和标注（最多 60 个）；可在第 1 步排除部分行。');
    expect(suggestWidgets(t).map((s) => s.tag)).to.not.include('dj-bar-chart');
  });

  it('leaves the line out when a dated column has only one number, with its reason', () => {
    const t = parseInput('年份\t地区生产总值（亿元）\t备注\n2022\t\t未公布\n2023\t8900.44\t初步核算\n');
    const out = leftOutWidgets(t);
    expect(out.find((l) => l.tag === 'dj-line-chart')).to.deep.equal({ tag: 'dj-line-chart', en: 'A line needs at least two numbers in one series.', zh: '折线至少需要一个系列中有两个数字。' });
    expect(suggestWidgets(t).map((s) => s.tag)).to.not.include('dj-line-chart');
  });

  it('leaves nothing out when every candidate draws, and nothing for figures of a paragraph', () => {
    expect(leftOutWidgets(parseInput('产业\t占比\n第一产业\t10%\n第二产业\t45%\n第三产业\t45%\n'))).to.deep.equal([]);
    expect(leftOutWidgets([])).to.deep.equal([]);
  });

  it('gives the timeline its titles column when its own reader would show an error', () => {
    const t = parseInput('日期\t事件\t项目\n2021年1月\t\t联宇项目\n2021年6月\t封顶\t联宇项目\n');
    const s = suggestWidgets(t).find((x) => x.tag === 'dj-timeline');
    expect(s?.attributes).to.deep.equal({ label: '项目' });
    expect(s?.zh).to.include('事件标题取自“项目”（已为您设置），否则会显示“第 1 行没有标题。”');
  });

  it('checks labels at 375 px in the font it is given: the preview\'s measured font, not an assumed one', () => {
    // Jiangsu, 2023 H1 GDP (test/fixtures/README.md): five cities, upright bars.
    const t = parseInput('城市\t地区生产总值（亿元）\n苏州市\t11458.4\n南京市\t8316.92\n无锡市\t7105.67\n南通市\t6032.4\n常州市\t4525.4\n');
    const upright = { orientation: 'vertical' };
    const small = checkSuggestion('dj-bar-chart', t, upright, fitFor('14px sans-serif', measureText));
    const large = checkSuggestion('dj-bar-chart', t, upright, fitFor('40px sans-serif', measureText));
    expect([small.ok, small.attributes]).to.deep.equal([true, {}]);
    expect([large.ok, large.attributes]).to.deep.equal([true, { orientation: 'horizontal' }]);
    expect(large.zh).to.include('竖向时在 375 像素宽的手机上标签会被截成');
    // Without a font, the bar chart's default (14px sans-serif, estimated): the same answer as the small one.
    expect(checkSuggestion('dj-bar-chart', t, upright).attributes).to.deep.equal({});
  });

  it('offers no timeline where the numbers are the story: a period + GDP table, with or without notes (NBS 2021, year to date)', () => {
    // NBS first estimates (sources in test/widgets/line-chart/line-chart.periods.test.ts).
    const plain = '2021年国内生产总值\n时间\t国内生产总值（亿元）\n一季度\t249310\n上半年\t532167\n前三季度\t823131\n全年\t1143670\n';
    expect(suggestWidgets(parseInput(plain)).map((s) => s.tag)).to.not.include('dj-timeline');
    const notes = plain.replace('（亿元）', '（亿元）\t备注').replace('249310', '249310\t同比增长18.3%').replace('532167', '532167\t两年平均增长5.3%').replace('823131', '823131\t三季度增长4.9%').replace('1143670', '1143670\t初步核算');
    const t = parseInput(notes);
    expect(t.columns.map((c) => c.type)).to.deep.equal(['date', 'number', 'text']);
    expect(suggestWidgets(t).map((s) => s.tag)).to.not.include('dj-timeline');
    // A column named for events earns one beside the numbers, with the rule in its words.
    const events = parseInput(plain.replace('（亿元）', '（亿元）\t事件').replace('249310', '249310\t一季度同比增长18.3%').replace('532167', '532167\t二季度增长7.9%').replace('823131', '823131\t三季度增长4.9%').replace('1143670', '1143670\t四季度增长4.0%'));
    const tl = suggestWidgets(events).find((s) => s.tag === 'dj-timeline');
    expect(tl?.attributes).to.deep.equal({ label: '事件' });
    expect(tl?.zh).to.include('时间线只用于用文字讲述的事件；表格里有数字时，数字用折线或条形表达更好。');
    expect(suggestWidgets(events)[0]?.tag).to.equal('dj-line-chart');
  });

  it('shows the number column large, not the years; leaves big numbers out when a value is missing', () => {
    const gap = parseInput('年份\t地区生产总值（亿元）\t备注\n2022\t\t未公布\n2023\t8900.44\t初步核算\n');
    expect(leftOutWidgets(gap).find((l) => l.tag === 'dj-big-number')?.zh).to.equal('会显示错误：第 1 行：缺少数值。');
    const both = parseInput('年份\t地区生产总值（亿元）\t备注\n2022\t8500.1\t\n2023\t8900.44\t初步核算\n');
    expect(suggestWidgets(both).find((s) => s.tag === 'dj-big-number')?.attributes).to.deep.equal({ value: '地区生产总值', label: '年份' });
  });

  it('gives each reason a waffle cannot draw', () => {
    const neg = checkSuggestion('dj-waffle', parseInput('地区\t增速（%）\n海州\t-3\n连云\t5\n'), {});
    expect(neg).to.deep.equal({ ok: false, attributes: {}, en: '"增速" has negative values, which squares cannot count.', zh: '“增速”有负数，方格无法计数。' });
    const zero = checkSuggestion('dj-waffle', parseInput('地区\t事故（起）\n海州\t0\n连云\t0\n'), {});
    expect(zero.ok).to.equal(false);
    expect(zero.zh).to.equal('“事故（起）”没有大于零的数值可计数。');
  });
});
