/**
 * The line chart with the periods of Chinese economic news: quarterly GDP written as a bulletin
 * writes it (一季度, 上半年, 前三季度, 全年 — running totals), discrete quarters, and cumulative
 * monthly retail sales (1-6月 … 1-12月). Real figures, 国家统计局 releases:
 * - 2021 GDP 一季度 249310亿元: release of 2021-04-16, as quoted at
 *   https://www.bg3.co/a/da-lu-di-yi-ji-gdpnian-zeng-18-3-jing-ji-kai-ju-liang-hao.html ;
 *   上半年 532167亿元 (2021-07-15, 初步核算, +12.7%; http://nvmoo.com/zonghezixun/202107/228077.html),
 *   前三季度 823131亿元 (2021-10-18, +9.8%; https://m.endonezyahaber.com/zixun/202110/18/561931.shtml),
 *   全年 1143670亿元 (2022-01-17, +8.1%; http://finance.sc2p.com/finance/20220117/30168.html) —
 *   checked against those copies of the NBS first estimates (s4); all four were right.
 *   The discrete quarters below are their differences.
 * - Retail sales 2021 1—6月 211904亿元 (http://m.zjgdzjg.cn/data/142/2021-07-15/6821290416177221730.html),
 *   1—9月 318057亿元 (http://redsh.com/a/20211021/164436.shtml), 全年 440823亿元 (+12.5%;
 *   https://msingerart.com/Trends/info_90_8900.html), 2020 1—11月 351415亿元
 *   (http://myjingjing.com/2020-12-15/202623845.html); 2020 1—6月 172256亿元 and 全年 391981亿元 are
 *   the bases the cited growth rates (+23.0%, +12.5%) imply.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { estimateWidth } from '../../../src/core/measure.js';
import { layoutLine, type LineOptions } from '../../../src/widgets/line-chart/line-chart.layout.js';
import { seriesFromTable } from '../../../src/widgets/line-chart/series.js';
import '../../../src/widgets/line-chart/line-chart.define.js';
import type { DjLineChart } from '../../../src/widgets/line-chart/line-chart.js';
import { shadow } from '../../helpers/widgets.js';

const table = (rows: unknown[]) => typeTable(fromRecords(rows, 'data'));
const opts = (locale: 'zh-CN' | 'en'): LineOptions => ({ locale, font: '14px sans-serif', measure: estimateWidth, area: false, annotations: [], labels: 'auto' });

const GDP_CUMULATIVE = [
  { 时间: '2021年一季度', 国内生产总值: '249310亿元' },
  { 时间: '上半年', 国内生产总值: '532167亿元' },
  { 时间: '前三季度', 国内生产总值: '823131亿元' },
  { 时间: '全年', 国内生产总值: '1143670亿元' },
];
const GDP_QUARTERS = [
  { 季度: '2021Q1', 国内生产总值: '249310亿元' },
  { 季度: '2021Q2', 国内生产总值: '282857亿元' },
  { 季度: '2021Q3', 国内生产总值: '290964亿元' },
  { 季度: '2021Q4', 国内生产总值: '320539亿元' },
];
const RETAIL = [
  { 时间: '2020年1-6月', 社会消费品零售总额: '172256亿元' },
  { 时间: '1-11月', 社会消费品零售总额: '351415亿元' },
  { 时间: '1-12月', 社会消费品零售总额: '391981亿元' },
  { 时间: '2021年1-6月', 社会消费品零售总额: '211904亿元' },
  { 时间: '1-9月', 社会消费品零售总额: '318057亿元' },
  { 时间: '1-12月', 社会消费品零售总额: '440823亿元' },
];

describe('line chart: quarters and cumulative periods', () => {
  it('places a cumulative series at the end of each span and marks it cumulative', () => {
    const d = seriesFromTable(table(GDP_CUMULATIVE));
    expect(d.xType).to.equal('time');
    expect(d.cumulative).to.equal(true);
    expect([...d.series[0]!.x]).to.deep.equal([Date.UTC(2021, 3, 1), Date.UTC(2021, 6, 1), Date.UTC(2021, 9, 1), Date.UTC(2022, 0, 1)]);
  });

  it('places discrete quarters at their start, three months apart', () => {
    const d = seriesFromTable(table(GDP_QUARTERS));
    expect(d.cumulative).to.equal(false);
    expect([...d.series[0]!.x]).to.deep.equal([0, 3, 6, 9].map((m) => Date.UTC(2021, m, 1)));
  });

  for (const width of [375, 1280]) {
    it(`writes quarter ticks as written, never as months (${width} px)`, () => {
      const zh = layoutLine(seriesFromTable(table(GDP_QUARTERS)), opts('zh-CN'), width);
      const en = layoutLine(seriesFromTable(table(GDP_QUARTERS)), opts('en'), width);
      const zhTicks = zh.xTicks.map((t) => t.text);
      expect(zhTicks[0]).to.equal('2021年一季度');
      for (const t of zhTicks.slice(1)) expect(['二季度', '三季度', '四季度']).to.include(t);
      expect(en.xTicks[0]?.text).to.equal('Q1 2021');
      for (const t of [...zhTicks, ...en.xTicks.map((x) => x.text)]) expect(t).to.not.match(/\d月|Jan|Apr|Jul|Oct/);
      // Ticks stand under points.
      const xs = new Set([...seriesFromTable(table(GDP_QUARTERS)).series[0]!.x]);
      for (const t of zh.xTicks) expect(xs.has(t.value)).to.equal(true);
    });
  }

  it('labels a cumulative GDP series 一季度 上半年 前三季度 全年, and never compares a quarter with a year', () => {
    const zh = layoutLine(seriesFromTable(table(GDP_CUMULATIVE)), opts('zh-CN'), 1280);
    expect(zh.xTicks.map((t) => t.text)).to.deep.equal(['2021年一季度', '上半年', '前三季度', '全年']);
    expect(zh.summary).to.match(/^“国内生产总值”为年内累计值，最新为2021年全年的[^；]+亿元。$/);
    expect(zh.summary).to.not.match(/增加|减少|增至|降至|最高|最低/);
    const en = layoutLine(seriesFromTable(table(GDP_CUMULATIVE)), opts('en'), 1280);
    expect(en.xTicks.map((t) => t.text)).to.deep.equal(['Q1 2021', 'H1', 'Q1–Q3', 'Full year']);
    expect(en.summary).to.match(/^国内生产总值 are year-to-date totals; the latest is .+ for 2021\.$/);
    expect(en.summary).to.not.match(/\bup\b|\bdown\b|rose|fell|highest/);
  });

  it('compares a running total only with the same span a year before', () => {
    const zh = layoutLine(seriesFromTable(table(RETAIL)), opts('zh-CN'), 1280);
    expect(zh.summary).to.match(/^“社会消费品零售总额”为年内累计值，最新为2021年1-12月的[^，]+，比2020年1-12月增加12\.5%。$/);
    const en = layoutLine(seriesFromTable(table(RETAIL)), opts('en'), 1280);
    expect(en.summary).to.match(/the latest is .+ for Jan–Dec 2021, up 12\.5% on Jan–Dec 2020\.$/);
    // Running totals start again each January: the line breaks between 2020 and 2021.
    expect(zh.series[0]!.path.match(/M/g)).to.have.length(2);
    expect(layoutLine(seriesFromTable(table(GDP_QUARTERS)), opts('zh-CN'), 1280).series[0]!.path.match(/M/g)).to.have.length(1);
    // The axis names the spans and the years where they change.
    expect(zh.xTicks[0]?.text).to.equal('2020年1-6月');
    expect(zh.xTicks.map((t) => t.text)).to.include('2021年1-6月');
  });

  for (const width of [375, 640, 1280]) {
    it(`keeps period tick labels apart, as anchored at the edges (${width} px)`, () => {
      for (const rows of [GDP_QUARTERS, GDP_CUMULATIVE, RETAIL]) {
        for (const locale of ['zh-CN', 'en'] as const) {
          const scene = layoutLine(seriesFromTable(table(rows)), opts(locale), width);
          const boxes = scene.xTicks.map((t) => {
            const w = estimateWidth(t.text, '14px sans-serif');
            const left = t.anchor === 'start' ? t.pos : t.anchor === 'end' ? t.pos - w : t.pos - w / 2;
            return [left, left + w];
          });
          expect(boxes.length, `${locale} ${width}`).to.be.greaterThan(1);
          boxes.forEach((b, k) => {
            if (boxes[k + 1]) expect(boxes[k + 1]![0]! - b[1]!, `${locale} ${width}: ${scene.xTicks.map((t) => t.text).join(' | ')}`).to.be.at.least(2);
          });
          for (const b of boxes) expect(b[0]! >= -0.5 && b[1]! <= width + 0.5, `${locale} ${width} inside`).to.equal(true);
        }
      }
    });
  }

  it('still compares discrete quarters first with last (the same span)', () => {
    const zh = layoutLine(seriesFromTable(table(GDP_QUARTERS)), opts('zh-CN'), 1280);
    expect(zh.summary).to.match(/^“国内生产总值”从2021年一季度的.+增至2021年四季度的.+，增加28\.6%。$/);
  });

  it('refuses a year among quarters and a running total among single months, naming the row', () => {
    const mixed = [{ 时间: '2021年', 值: 1143670 }, { 时间: '2022年一季度', 值: 270178 }, { 时间: '2022年二季度', 值: 292464 }];
    expect(() => seriesFromTable(table(mixed))).to.throw(/^Row 1: "2021年" in column "时间" is a span of another length/);
    const months = [{ 月份: '2021年1-2月', 值: 1 }, { 月份: '2021年3月', 值: 2 }, { 月份: '2021年4月', 值: 3 }];
    expect(() => seriesFromTable(table(months))).to.throw(/mixes cumulative spans/);
    expect(() => seriesFromTable(table([{ 季度: '一季度', 值: 1 }, { 季度: '二季度', 值: 2 }]))).to.throw(/names no year/);
  });

  it('keeps years, months and days on the calendar axis as before', () => {
    const d = seriesFromTable(table([{ 年份: '2020年', 值: 1 }, { 年份: '2021年', 值: 2 }]));
    expect([d.granularity, d.periods ?? null, [...d.series[0]!.x]]).to.deep.equal(['year', null, [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)]]);
    expect(layoutLine(d, opts('zh-CN'), 640).summary).to.contain('从2020年的');
  });
});

describe('<dj-line-chart> with periods', () => {
  async function chart(rows: unknown[], lang: 'zh-CN' | 'en'): Promise<DjLineChart> {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="${lang}"><dj-line-chart eager no-motion></dj-line-chart></div>`);
    const el = wrap.querySelector('dj-line-chart')!;
    el.data = rows;
    await waitUntil(() => el.shadowRoot?.querySelectorAll('path.line').length === 1, 'line never drew', { timeout: 4000 });
    await el.updateComplete;
    return el;
  }
  const cursor = (el: DjLineChart): SVGGElement => shadow(el).querySelector<SVGGElement>('[data-cursor]')!;

  it('announces each point by its period, with the running-total mark, in the page and in toSvg', async () => {
    const el = await chart(GDP_CUMULATIVE, 'zh-CN');
    cursor(el).focus();
    await el.updateComplete;
    expect(cursor(el).getAttribute('aria-label')).to.match(/^2021年一季度（累计）：.+亿元（第 1 个，共 4 个）$/);
    expect(shadow(el).querySelector('.tooltip')?.textContent.replace(/\s+/g, '')).to.match(/^2021年一季度（累计）/);
    const svg = el.toSvg();
    for (const t of ['2021年一季度', '上半年', '前三季度', '全年']) expect(svg).to.contain(`>${t}<`);
    expect(svg).to.not.contain('2021年1月');
  });

  it('reads the periods from a light-DOM table and from a JSON script alike', async () => {
    const rows = GDP_QUARTERS.map((r) => `<tr><td>${r.季度}</td><td>${r.国内生产总值}</td></tr>`).join('');
    const json = JSON.stringify(GDP_CUMULATIVE);
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN">
      <dj-line-chart eager no-motion><table><tr><th>季度</th><th>国内生产总值</th></tr>${rows}</table></dj-line-chart>
      <dj-line-chart eager no-motion><script type="application/json">${json}</script></dj-line-chart></div>`);
    const [table, script] = Array.from(wrap.querySelectorAll('dj-line-chart'));
    for (const el of [table!, script!]) await waitUntil(() => el.shadowRoot?.querySelector('path.line'), 'line never drew', { timeout: 4000 });
    const ticks = (el: Element): string[] => Array.from(el.shadowRoot!.querySelectorAll('.x-ticks .tick text'), (t) => t.textContent);
    const summary = (el: Element): string => el.shadowRoot!.querySelector('#summary')?.textContent ?? '';
    expect(summary(table!)).to.match(/^“国内生产总值”从2021年一季度的.+增至2021年四季度的/);
    expect(summary(script!)).to.match(/^“国内生产总值”为年内累计值，最新为2021年全年的/);
    expect(ticks(table!)[0]).to.equal('2021年一季度');
    expect(ticks(script!)).to.deep.equal(['2021年一季度', '上半年', '前三季度', '全年']);
  });

  it('takes the year of 一季度, 二季度 … from the table caption', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-line-chart eager no-motion><table>
      <caption>2021年国内生产总值（分季度）</caption><tr><th>季度</th><th>国内生产总值</th></tr>
      <tr><td>一季度</td><td>249310亿元</td></tr><tr><td>二季度</td><td>282857亿元</td></tr>
      <tr><td>三季度</td><td>290964亿元</td></tr><tr><td>四季度</td><td>320539亿元</td></tr></table></dj-line-chart></div>`);
    const el = wrap.querySelector('dj-line-chart')!;
    await waitUntil(() => el.shadowRoot?.querySelector('path.line'), 'line never drew', { timeout: 4000 });
    expect(el.shadowRoot!.querySelector('.x-ticks .tick text')?.textContent).to.equal('2021年一季度');
    expect(el.shadowRoot!.querySelector('#summary')?.textContent).to.match(/^“国内生产总值”从2021年一季度的.+增至2021年四季度的/);
  });

  it('says Q1 2021 (year to date) in English', async () => {
    const el = await chart(GDP_CUMULATIVE, 'en');
    cursor(el).focus();
    await el.updateComplete;
    expect(cursor(el).getAttribute('aria-label')).to.match(/^Q1 2021 \(year to date\): .+ \(1 of 4\)$/);
  });
});
