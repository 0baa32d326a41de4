import { expect } from '@open-wc/testing';
import { checkSuggestion } from '../../src/builder/feasible.js';
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

  it('says which label a phone cuts short when horizontal bars cannot help', () => {
    const t = parseInput('项目\t总投资（亿元）\n中国（上海）自由贸易试验区临港新片区滴水湖金融湾一期及配套道路工程项目\t120\n轨道交通13号线\t45\n');
    const f = checkSuggestion('dj-bar-chart', t, {});
    expect(f.ok).to.equal(true);
    expect(f.attributes).to.deep.equal({});
    expect(f.en).to.match(/At 375 px, 1 label too long for a phone is cut short \(e\.g\. "中国（上海）[^"]*…"\)/);
    expect(f.zh).to.match(/1 个过长的标签会被截短（如“中国（上海）[^”]*…”）/);
  });
});
