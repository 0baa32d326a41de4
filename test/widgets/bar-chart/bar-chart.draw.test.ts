import { expect, fixture } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { marks, staticBody } from '../../helpers/drawing.js';
import { drawn, shadow } from '../../helpers/widgets.js';

/** 2023年江苏省设区市地区生产总值 (江苏省统计局): GDP in 亿元 and growth in %, 13 cities. */
const JIANGSU = [
  ['南京市', 17421.4, 4.6],
  ['无锡市', 15456.19, 6.0],
  ['徐州市', 8900.44, 4.5],
  ['常州市', 10116.36, 6.8],
  ['苏州市', 24653.37, 4.6],
  ['南通市', 11813.27, 5.8],
  ['连云港市', 4363.61, 8.4],
  ['淮安市', 5015.06, 6.1],
  ['盐城市', 7403.87, 5.9],
  ['扬州市', 7423.26, 6.0],
  ['镇江市', 5264.07, 5.9],
  ['泰州市', 6731.66, 7.0],
  ['宿迁市', 4398.07, 5.1],
] as const;
const GDP = JIANGSU.map(([地区, gdp]) => ({ 地区, '地区生产总值（亿元）': gdp }));
const GROWTH = JIANGSU.map(([地区, , g]) => ({ 地区, '比上年增长（%）': g }));
/** The article's targets, one of them unpublished. */
const ARTICLE = [
  { 项目: '新引进过亿元项目', 目标: '80个' },
  { 项目: '新引进过10亿元项目', 目标: '10个' },
  { 项目: '实际利用外资（万美元）', 目标: '-' },
];

async function chart(data: unknown, attrs: string, width: number, count: number): Promise<DjBarChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="zh-CN"><dj-bar-chart eager no-motion ${attrs}></dj-bar-chart></div>`);
  const el = wrap.querySelector('dj-bar-chart')!;
  el.data = data;
  await drawn(el, count);
  return el;
}

/** The page's chart and toSvg()'s body, mark by mark (toSvg at the page's own width). */
function both(el: DjBarChart): { page: string[]; image: string[] } {
  const svg = shadow(el).querySelector<SVGSVGElement>('.plot svg')!;
  const body = staticBody(el.toSvg({ width: Number(svg.getAttribute('width')) }));
  // With several series the image puts its legend first; the chart is the body's last group.
  return { page: marks(svg), image: marks(body.lastElementChild!) };
}

describe('<dj-bar-chart> one drawing: the page and toSvg() draw the same marks', () => {
  for (const width of [375, 1280]) {
    it(`江苏 GDP 2023, sorted, highlighted, at ${width} px`, async () => {
      const el = await chart(GDP, 'sort="descending" highlight="连云港市"', width, 13);
      const { page, image } = both(el);
      expect(page.length).to.be.above(13 * 3);
      expect(image).to.deep.equal(page);
      expect(page.filter((m) => m.startsWith('text')).join('')).to.include('"苏州市"').and.include('"24653.37亿元"');
      // The header's （亿元） is the unit: the axis is in the figures' 亿元 (never a bare 万), ticks grouped.
      expect(page).to.include.members([`text x=${width} y=9 text-anchor=end "单位：亿元"`]);
      // Ticks in 亿 (Chinese groups from five digits: 2000, 10,000), up past 苏州's 24653.37.
      const ticks = page.filter((m) => m.includes('text-anchor=middle')).map((m) => m.slice(m.indexOf('"')));
      expect(ticks[0]).to.equal('"0"');
      expect(ticks).to.include('"20,000"');
    });

    it(`growth as columns, and the article's targets with a missing value, at ${width} px`, async () => {
      const columns = await chart(GROWTH, 'orientation="vertical"', width, 13);
      const a = both(columns);
      expect(a.image).to.deep.equal(a.page);
      const targets = await chart(ARTICLE, '', width, 3);
      const b = both(targets);
      expect(b.image).to.deep.equal(b.page);
      expect(b.page.join('')).to.include('"无数据"');
    });
  }

  it('several series, stacked, after a series is switched off', async () => {
    const data = JIANGSU.slice(0, 6).map(([地区, gdp, g]) => ({ 地区, 总值: gdp, 增量: Math.round((gdp * g) / (100 + g)) }));
    const el = await chart(data, 'mode="stacked"', 640, 12);
    const a = both(el);
    expect(a.image).to.deep.equal(a.page);
    shadow(el).querySelectorAll<HTMLButtonElement>('.legend button')[1]!.click();
    await drawn(el, 6);
    const b = both(el);
    expect(b.image).to.deep.equal(b.page);
    expect(b.page).to.not.deep.equal(a.page);
  });

  it('a hover leaves the drawing alone, and new data patches it in place (same elements, new geometry)', async () => {
    const el = await chart(GDP, '', 640, 13);
    const rects = (): Element[] => Array.from(shadow(el).querySelectorAll('g.bar rect.mark'));
    const ticks = (): Element[] => Array.from(shadow(el).querySelectorAll('.grid text'));
    const before = rects();
    const tickEls = ticks();
    const widths = before.map((r) => r.getAttribute('width'));
    before[3]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('g.bar.active rect.mark')).to.equal(before[3]);
    expect(rects()).to.deep.equal(before);
    expect(ticks()).to.deep.equal(tickEls);
    el.data = GDP.map((d) => ({ ...d, '地区生产总值（亿元）': d['地区生产总值（亿元）'] * 1.05 }));
    await drawn(el, 13);
    await el.updateComplete;
    const after = rects();
    for (const [i, r] of after.entries()) expect(r, `bar ${i} kept`).to.equal(before[i]);
    expect(after.map((r) => r.getAttribute('width'))).to.not.deep.equal(widths);
  });
});
