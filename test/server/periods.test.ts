/**
 * The static drawings (WeChat/RSS SVG, no-JS HTML) of a line of periods write the periods as the
 * page does: quarters and cumulative spans as written, the running total said in the summary.
 * Figures: 国家统计局, 2021 GDP 一季度 249310亿元 … 全年 1143670亿元 (see line-chart.periods.test.ts).
 */
import { expect } from '@open-wc/testing';
import { ssr } from './ssr.js';

const GDP = [
  { 时间: '2021年一季度', 国内生产总值: '249310亿元' },
  { 时间: '上半年', 国内生产总值: '532167亿元' },
  { 时间: '前三季度', 国内生产总值: '823131亿元' },
  { 时间: '全年', 国内生产总值: '1143670亿元' },
];
const texts = (markup: string): string[] => Array.from(markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g), (m) => m[1] ?? '');

describe('static line chart of periods', () => {
  for (const [lang, ticks, words] of [
    ['zh-CN', ['2021年一季度', '上半年', '前三季度', '全年'], '为年内累计值'],
    ['en', ['Q1 2021', 'H1', 'Q1–Q3', 'Full year'], 'year-to-date totals'],
  ] as const) {
    it(`writes quarters and cumulative spans as written (${lang}), in SVG and static HTML`, async () => {
      const svg = await ssr('dj-line-chart', { data: GDP, width: 640, lang }, { mode: 'svg' });
      const t = texts(svg);
      for (const tick of ticks) expect(t, tick).to.include(tick);
      expect(t.join(' ')).to.not.match(/\d月|Jan|Apr|Jul|Oct/);
      const page = await ssr('dj-line-chart', { data: GDP, width: 640, lang }, { mode: 'static' });
      expect(page).to.contain(words);
      for (const tick of ticks) expect(page).to.contain(`>${tick}<`);
    });
  }
});
