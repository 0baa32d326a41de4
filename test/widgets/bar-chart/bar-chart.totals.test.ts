/**
 * Total rows (合计, 全省, 平均, Total) in a bar chart's table: not bars, not ranked, said under the
 * plot and kept in the data table (bar-chart.totals.ts). A real published table: 江苏 2023年上半年
 * 设区市 GDP with 全省 first (test/fixtures/gdp-jiangsu-2023h1.gbk.csv, as 新华日报 published it).
 * GDP by sector, 江苏 2023年上半年 as 江苏省统计局 published it (第一产业 1720.2, 第二产业 26613.4, 第三产业
 * 32131.7, 生产总值 60465.3 亿元; https://zfw.changzhou.gov.cn/html/czzf/2023/FCPIQHAJ_0801/22475.html),
 * here in English with Total last. Several series: container throughput of China's ports as 交通运输部
 * published it — 2013年3月 and 一季度 (全国 1529.03 / 4304.07 万标箱 = 沿海港口 1373.10 / 3855.98 + 内河港口
 * 155.93 / 448.09; http://texasayurvedic.com/news/13112015.html) and 2010年4月 and 1—4月 (规模以上港口
 * 1162.85 / 4368.06 万TEU = 沿海港口 1048.28 / 3941.96 + 内河港口 114.57 / 426.10;
 * http://nakedoat.com/gzdt/2010-05/19/content_1608897.htm).
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import type { DjSelectEvent } from '../../../src/core/events.js';
import { bars, drawn, shadow, valueTexts } from '../../helpers/widgets.js';
import { labels, note, summary, tableChart } from './table-chart.js';

const JIANGSU: [string, string][] = [
  ['全省', '60465.3'], ['苏州市', '11458.4'], ['南京市', '8316.92'], ['无锡市', '7105.67'], ['南通市', '6032.4'], ['常州市', '4525.4'], ['徐州市', '4009.09'],
  ['扬州市', '3417.36'], ['盐城市', '3413.41'], ['泰州市', '3208.78'], ['镇江市', '2635.11'], ['淮安市', '2432.08'], ['连云港市', '1955.9'], ['宿迁市', '1920.57'],
];
const SECTORS_EN: [string, string][] = [['Primary industry', '1720.2'], ['Secondary industry', '26613.4'], ['Tertiary industry', '32131.7'], ['Total', '60465.3']];

const chart = tableChart;

async function dataRows(el: DjBarChart): Promise<string[][]> {
  shadow(el).querySelector<HTMLButtonElement>('.tools button')!.click();
  await el.updateComplete;
  return Array.from(shadow(el).querySelectorAll('table tbody tr')).map((r) => Array.from(r.children).map((c) => c.textContent));
}

describe('<dj-bar-chart> total rows', () => {
  it('zh-CN: 全省 first is not a bar nor the largest; the note and the summary say it; the data table keeps it', async () => {
    const el = await chart('zh-CN', ['地区', '地区生产总值（亿元）'], JIANGSU, 'sort="descending"');
    expect(bars(el)).to.have.length(13);
    expect(labels(el)).not.to.include('全省');
    expect(labels(el)[0]).to.equal('苏州市');
    // Written as the bars write theirs: the header's （亿元） is every figure's unit.
    expect(valueTexts(el)[0]).to.equal('11458.4亿元');
    expect(note(el)).to.equal('全省 60465.3亿元（未绘入图中）');
    expect(summary(el)).to.equal('共 13 项：“苏州市”最大（11458.4亿元），“宿迁市”最小（1920.57亿元）。全省 60465.3亿元（未绘入图中）。');
    // Each bar's position counts the cities only.
    expect(bars(el)[0]!.getAttribute('aria-label')).to.equal('苏州市：11458.4亿元（第 1 项，共 13 项）');
    // The static image says it too, under the bars, and draws no 全省 bar.
    const svg = el.toSvg();
    expect(svg).to.contain('>全省 60465.3亿元（未绘入图中）</text>');
    expect(svg).not.to.contain('>全省</text>');
    const rows = await dataRows(el);
    expect(rows).to.have.length(14);
    expect(rows[0]).to.deep.equal(['全省', '60465.3']);
  });

  it('a bar chosen names its row as published (the province above it counts)', async () => {
    const el = await chart('zh-CN', ['地区', '地区生产总值（亿元）'], JIANGSU);
    const event: Promise<DjSelectEvent> = oneEvent(el, 'dj-select');
    bars(el)[1]!.querySelector('rect.mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = await event;
    expect(detail.label).to.equal('南京市');
    expect(detail.index).to.equal(2);
  });

  it('en: a Total row last is noted, not drawn; the bars keep their proportions', async () => {
    const el = await chart('en', ['Sector', 'Value added'], SECTORS_EN, 'unit="亿元"');
    expect(labels(el)).to.deep.equal(['Primary industry', 'Secondary industry', 'Tertiary industry']);
    // Written as the bars write 亿元 in English: 60465.3亿元 is 6,046.53 billion yuan.
    expect(note(el)).to.equal('Total 6,046.53 billion yuan (not drawn)');
    expect(summary(el)).to.equal('3 items: Tertiary industry is the largest (3,213.17 billion yuan), Primary industry the smallest (172.02 billion yuan). Total 6,046.53 billion yuan (not drawn).');
    expect(valueTexts(el)).to.deep.equal(['172.02 billion yuan', '2,661.34 billion yuan', '3,213.17 billion yuan']);
    expect(valueTexts(el)).to.have.length(3);
    const rows = await dataRows(el);
    expect(rows.map((r) => r[0])).to.deep.equal(['Primary industry', 'Secondary industry', 'Tertiary industry', 'Total']);
  });

  it('en: the unit in the header "GDP (亿元)" or "(billion yuan)" is every figure\'s, and the axis says it whole', async () => {
    // The same figures in billion yuan, as an English table writes them (60465.3亿 = 6,046.53 billion).
    const billions: [string, string][] = [['Primary industry', '172.02'], ['Secondary industry', '2661.34'], ['Tertiary industry', '3213.17'], ['Total', '6046.53']];
    for (const head of ['GDP (亿元)', 'GDP (billion yuan)']) {
      const rows = head.includes('billion') ? billions : SECTORS_EN;
      const el = await chart('en', ['Sector', head], rows);
      expect(note(el), head).to.equal('Total 6,046.53 billion yuan (not drawn)');
      const axis = Array.from(shadow(el).querySelectorAll('svg text')).map((t) => t.textContent);
      // The axis in the scale the bars' labels take (billion yuan), never a bare "trillion".
      expect(axis, head).to.include('billion yuan').and.include('3,000');
      expect(axis.some((t) => /trillion/.test(t)), head).to.equal(false);
    }
  });

  it('keep-totals draws them as bars, with no note', async () => {
    const el = await chart('zh-CN', ['地区', '地区生产总值（亿元）'], JIANGSU.slice(0, 4), 'keep-totals');
    expect(labels(el)).to.deep.equal(['全省', '苏州市', '南京市', '无锡市']);
    expect(note(el)).to.equal(null);
    expect(summary(el)).to.contain('“全省”最大');
  });

  it('several series: the 全国 row is not a category; it is named under the plot and kept in the data table', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-bar-chart><table>
      <tr><th>港口</th><th>3月（万标箱）</th><th>1-3月（万标箱）</th></tr>
      <tr><td>全国</td><td>1529.03</td><td>4304.07</td></tr><tr><td>沿海港口</td><td>1373.10</td><td>3855.98</td></tr>
      <tr><td>内河港口</td><td>155.93</td><td>448.09</td></tr></table></dj-bar-chart></div>`);
    const el = wrap.querySelector('dj-bar-chart')!;
    await drawn(el, 4);
    const named = bars(el).map((b) => b.getAttribute('aria-label')!);
    expect(named.filter((a) => a.includes('全国'))).to.deep.equal([]);
    expect(named.filter((a) => a.includes('沿海港口'))).to.have.length(2);
    expect(note(el)).to.equal('全国（未绘入图中，见数据表）');
    expect(summary(el)).to.match(/^共 2 项、2 个系列/);
    // Written as published, trailing zero kept; the axis in the figures' 万标箱.
    expect(valueTexts(el)).to.include('1373.10万标箱');
    expect(Array.from(shadow(el).querySelectorAll('.plot svg text'), (t) => t.textContent)).to.include('单位：万标箱');
    expect((await dataRows(el)).map((r) => r[0])).to.deep.equal(['全国', '沿海港口', '内河港口']);
  });

  const PORTS_2010 = `<tr><th>港口</th><th>4月（万TEU）</th><th>1—4月（万TEU）</th></tr>
    <tr><td>规模以上港口</td><td>1162.85</td><td>4368.06</td></tr><tr><td>沿海港口</td><td>1048.28</td><td>3941.96</td></tr>
    <tr><td>内河港口</td><td>114.57</td><td>426.10</td></tr>`;

  for (const lang of ['zh-CN', 'en']) {
    it(`${lang}: a total row not named so (规模以上港口 = 沿海 + 内河 in both columns) is told by its figures`, async () => {
      const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="${lang}"><dj-bar-chart mode="stacked"><table>${PORTS_2010}</table></dj-bar-chart></div>`);
      const el = wrap.querySelector('dj-bar-chart')!;
      await drawn(el, 4);
      expect(bars(el).some((b) => b.getAttribute('aria-label')!.includes('规模以上港口'))).to.equal(false);
      expect(note(el)).to.equal(lang === 'zh-CN' ? '规模以上港口（未绘入图中，见数据表）' : '规模以上港口 (not drawn; see the data table)');
      // The static image draws what the page draws.
      const svg = el.toSvg();
      expect(svg).to.not.contain('>规模以上港口</text>');
      expect((await dataRows(el)).map((r) => r[0])).to.include('规模以上港口');
    });
  }

  it('keep-totals draws the total row of several series too; with no total row, every row is drawn', async () => {
    const kept = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-bar-chart keep-totals><table>${PORTS_2010}</table></dj-bar-chart></div>`);
    await drawn(kept.querySelector('dj-bar-chart')!, 6);
    expect(note(kept.querySelector('dj-bar-chart')!)).to.equal(null);
    const parts = PORTS_2010.replace(/<tr><td>规模以上港口<\/td>.*?<\/tr>/, '');
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-bar-chart><table>${parts}</table></dj-bar-chart></div>`);
    const el = wrap.querySelector('dj-bar-chart')!;
    await drawn(el, 4);
    expect(note(el)).to.equal(null);
  });

  it('among periods a sum is a longer span, not a total: 一季度, 4月 and 1-4月 are all drawn', async () => {
    // A shape, not statistics: 1-4月 is 一季度 + 4月 in both columns, as such tables are.
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-bar-chart><table>
      <tr><th>时期</th><th>沿海港口（万吨）</th><th>内河港口（万吨）</th></tr>
      <tr><td>一季度</td><td>30</td><td>10</td></tr><tr><td>4月</td><td>12</td><td>4</td></tr>
      <tr><td>1-4月</td><td>42</td><td>14</td></tr></table></dj-bar-chart></div>`);
    const el = wrap.querySelector('dj-bar-chart')!;
    await drawn(el, 6);
    expect(note(el)).to.equal(null);
  });

  it('a total column — 全国 beside 沿海/内河 by its figures, 地区生产总值 beside the three 产业 — is not a series', async () => {
    const ports = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-bar-chart unit="万标箱" mode="stacked"><table>
      <tr><th>时期</th><th>沿海港口</th><th>内河港口</th><th>全国</th></tr>
      <tr><td>3月</td><td>1373.10</td><td>155.93</td><td>1529.03</td></tr><tr><td>1-3月</td><td>3855.98</td><td>448.09</td><td>4304.07</td></tr></table></dj-bar-chart></div>`);
    const p = ports.querySelector('dj-bar-chart')!;
    await drawn(p, 4);
    expect(Array.from(shadow(p).querySelectorAll('.legend button'), (b) => b.textContent.trim())).to.deep.equal(['沿海港口', '内河港口']);
    expect(note(p)).to.equal('全国（未绘入图中，见数据表）');
    const jiangsu = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-bar-chart mode="stacked"><table>
      <tr><th>地区</th><th>第一产业（亿元）</th><th>第二产业（亿元）</th><th>第三产业（亿元）</th><th>地区生产总值（亿元）</th></tr>
      <tr><td>江苏省2023年上半年</td><td>1720.2</td><td>26613.4</td><td>32131.7</td><td>60465.3</td></tr></table></dj-bar-chart></div>`);
    const j = jiangsu.querySelector('dj-bar-chart')!;
    await drawn(j, 3);
    expect(note(j)).to.equal('地区生产总值（未绘入图中，见数据表）');
    expect((await dataRows(j))[0]).to.deep.equal(['江苏省2023年上半年', '1720.2', '26613.4', '32131.7', '60465.3']);
    // Named by the author, the column is drawn: series= is the author's choice.
    const named = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-bar-chart unit="万标箱" series="沿海港口,全国"><table>
      <tr><th>时期</th><th>沿海港口</th><th>内河港口</th><th>全国</th></tr>
      <tr><td>3月</td><td>1373.10</td><td>155.93</td><td>1529.03</td></tr><tr><td>1-3月</td><td>3855.98</td><td>448.09</td><td>4304.07</td></tr></table></dj-bar-chart></div>`);
    await drawn(named.querySelector('dj-bar-chart')!, 4);
    expect(note(named.querySelector('dj-bar-chart')!)).to.equal(null);
  });

  it('an 平均 row is noted too; a label that only starts like a total is a bar', async () => {
    const el = await chart('zh-CN', ['指标', '数值'], [['平均工资', '9.8万元'], ['全力推进项目', '12个'], ['平均', '7万元']]);
    expect(labels(el)).to.deep.equal(['平均工资', '全力推进项目']);
    expect(note(el)).to.equal('平均 7万元（未绘入图中）');
  });
});
