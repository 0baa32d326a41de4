/**
 * The static drawings (WeChat/RSS SVG, no-JS HTML) write deadlines as the page does: "2021年底" /
 * "end of 2021", never the day "Dec 31" it is placed on. Deadlines from 吴川市重点项目推进会
 * (2021-05-19): "要确保在2021年6月底竣工" (http://www.lggbt.com/bmzz/wcsrmzfw/zwgk/wcdt/zwyw/content/post_1453881.html);
 * target from 咸阳 "预计到2024年底，全市生产总值将达到8000亿元以上" (https://trucostecnicos.com/article/26714.html).
 */
import { expect } from '@open-wc/testing';
import { ssr } from './ssr.js';

const texts = (markup: string): string => Array.from(markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g), (m) => m[1] ?? '').join(' ');
const EVENTS = [
  { 日期: '2021年5月18日', 事件: '推进会召开' },
  { 日期: '2021年6月底', 事件: '白庙水厂扩建竣工' },
  { 日期: '2021年底', 事件: '吴川支线竣工' },
];
const PROJECTS = [
  { 项目: '白庙水厂扩建供水工程', 阶段: '主体施工', 截至: '2021-05-18', 计划竣工: '2021年6月底' },
  { 项目: '汕湛高速吴川支线', 阶段: '主体施工', 截至: '2021-05-18', 计划竣工: '2021年底' },
];
const TARGETS = [{ 指标: '地区生产总值', 目标: '8000亿元以上', 期限: '2024年底', 实际: '3900亿元' }];

describe('static drawings of deadlines', () => {
  for (const [lang, june, year] of [['zh-CN', '2021年6月底', '2021年底'], ['en', 'end of Jun 2021', 'end of 2021']] as const) {
    it(`timeline and project tracker write them as published (${lang}), in SVG and static HTML`, async () => {
      for (const [tag, data] of [['dj-timeline', EVENTS], ['dj-project-tracker', PROJECTS]] as const) {
        const svg = texts(await ssr(tag, { data, width: 640, lang }, { mode: 'svg' }));
        expect(svg, tag).to.include(june).and.to.include(year);
        expect(svg, tag).to.not.match(/12月31日|Dec 31|6月30日|Jun 30/);
        const page = await ssr(tag, { data, width: 640, lang }, { mode: 'static' });
        expect(page, tag).to.contain(year);
      }
    });
  }

  it('the targets board says its deadline and is paced to it (en, roomy)', async () => {
    const svg = texts(await ssr('dj-targets', { data: TARGETS, width: 640, lang: 'en', density: 'roomy', date: '2024-01-15', 'as-of': '2024-06-30' }, { mode: 'svg' }));
    expect(svg).to.include('end of 2024').and.to.include('behind');
  });
});
