import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/waffle/waffle.define.js';
import type { DjWaffle } from '../../../src/widgets/waffle/waffle.js';
import { marks, staticBody } from '../../helpers/drawing.js';
import { shadow } from '../../helpers/widgets.js';

/** The article's targets: 80 projects over 1亿元, of which 10 over 10亿元. */
const ARTICLE = [
  { 项目: '新引进过亿元项目', 目标: '80个' },
  { 项目: '新引进过10亿元项目', 目标: '10个' },
];
/**
 * 第七次全国人口普查公报（第六号）: people per 100,000 with each level of education, 2020
 * (国家统计局, 2021年5月11日). Four separate counts, about 900 squares of 100: the wide grid.
 */
const CENSUS = [
  { 受教育程度: '大学（大专及以上）', 每10万人: 15467 },
  { 受教育程度: '高中（含中专）', 每10万人: 15088 },
  { 受教育程度: '初中', 每10万人: 34507 },
  { 受教育程度: '小学', 每10万人: 24767 },
];
/** Seven categories (every texture, then the palette starts again), one missing. */
const SEVEN = ['医药健康', '智能制造', '新材料', '软件信息及大数据', '物流', '文旅', '其他', '未分类'].map((产业, i) => ({ 产业, 企业: i === 7 ? '-' : `${[124, 96, 55, 38, 30, 22, 40][i]}家` }));

async function waffle(data: unknown, attrs: string, width: number, lang = 'zh-CN'): Promise<DjWaffle> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-waffle eager no-motion ${attrs}></dj-waffle></div>`);
  const el = wrap.querySelector('dj-waffle')!;
  el.data = data;
  await waitUntil(() => el.shadowRoot?.querySelector('path.square'), 'no squares', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

/** The page's drawing and toSvg()'s body, mark by mark (toSvg at the page's own width). */
function both(el: DjWaffle): { page: string[]; image: string[] } {
  const svg = shadow(el).querySelector<SVGSVGElement>('svg[role="group"]')!;
  const body = staticBody(el.toSvg({ width: Number(svg.getAttribute('width')) }));
  return { page: marks(svg), image: marks(body) };
}

/** Squares drawn in the marks: one "h…z" box per square. */
const squares = (ms: readonly string[]): number => ms.filter((m) => m.startsWith('path')).reduce((n, m) => n + (m.match(/h[\d.]+v[\d.]+h-[\d.]+z/g)?.length ?? 0), 0);

describe('<dj-waffle> one drawing: the page and toSvg() draw the same marks', () => {
  for (const width of [375, 1280]) {
    it(`the article's whole and part at ${width} px`, async () => {
      const el = await waffle(ARTICLE, 'mode="part"', width);
      const { page, image } = both(el);
      expect(image).to.deep.equal(page);
      // 80 squares and two 14 px legend keys; the part's texture over its 10 squares and its key.
      expect(squares(page)).to.equal(80 + 2);
      expect(page.filter((m) => m.startsWith('text')).join('')).to.include('"每格代表 1个"').and.include('"其中：新引进过10亿元项目 10个（占 12.5%）"');
    });

    it(`the 2020 census's education counts (about 900 squares) at ${width} px, in English`, async () => {
      const el = await waffle(CENSUS, 'unit-size="100"', width, 'en');
      const { page, image } = both(el);
      expect(image).to.deep.equal(page);
      // 898.3 squares round to 898: floors 154, 150, 345, 247, then the largest remainders (.88, .67 of the larger) get one each.
      expect(squares(page)).to.equal(154 + 151 + 345 + 248 + 4);
      expect(page.join('')).to.include('"Each square = 100"');
    });
  }

  it('every texture, the palette going round, and a missing category with no squares', async () => {
    const el = await waffle(SEVEN, 'unit-size="10"', 640);
    const { page, image } = both(el);
    expect(image).to.deep.equal(page);
    // Category 7 reuses category 0's colour and texture (none); the missing one draws only its key.
    const paths = Array.from(shadow(el).querySelectorAll('g.squares path'));
    expect(paths.filter((p) => p.classList.contains('texture'))).to.have.length(6);
    expect(shadow(el).querySelector('g.cat[data-item="7"]')!.children).to.have.length(0);
    expect(page.join('')).to.include('"未分类 无数据"');
  });

  it('no id and no url() anywhere: two static waffles on one page cannot clash, a sanitiser has nothing to strip', async () => {
    const a = await waffle(ARTICLE, 'mode="part"', 640);
    const b = await waffle(SEVEN, 'unit-size="10"', 640);
    for (const markup of [a.toSvg(), b.toSvg()]) {
      expect(markup).to.not.match(/\sid="/);
      expect(markup).to.not.include('url(');
      expect(markup).to.not.include('<pattern');
    }
    expect(shadow(a).querySelectorAll('svg [id]').length).to.equal(0);
  });

  it('a hover leaves the drawing alone, and new data patches it in place (same elements, new geometry)', async () => {
    const el = await waffle(ARTICLE, 'mode="part"', 640);
    const drawnEls = (): Element[] => Array.from(shadow(el).querySelectorAll('g.squares path, g.legend path, g.legend text'));
    const before = drawnEls();
    const part = shadow(el).querySelector('g.cat[data-item="1"] path.square')!;
    const d = part.getAttribute('d');
    part.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(shadow(el).querySelector('g.squares')!.classList.contains('reading')).to.equal(true);
    expect(Array.from(shadow(el).querySelectorAll('g.cat.on'), (g) => g.getAttribute('data-item'))).to.deep.equal(['1']);
    expect(shadow(el).querySelector('.tooltip')!.textContent.replace(/\s+/g, '')).to.equal('新引进过10亿元项目10个(12.5%)10格');
    expect(drawnEls()).to.deep.equal(before);
    shadow(el).querySelector('g.squares')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(shadow(el).querySelector('g.squares')!.classList.contains('reading')).to.equal(false);
    el.data = [{ 项目: '新引进过亿元项目', 目标: '80个' }, { 项目: '新引进过10亿元项目', 目标: '25个' }];
    await waitUntil(() => part.getAttribute('d') !== d, 'the part never redrew', { timeout: 4000 });
    await el.updateComplete;
    const after = drawnEls();
    for (const [i, n] of after.entries()) expect(n, `mark ${i} kept`).to.equal(before[i]);
    expect(squares(marks(shadow(el).querySelector('g.cat[data-item="1"]')!))).to.equal(25);
    const { page, image } = both(el);
    expect(image).to.deep.equal(page);
  });
});
