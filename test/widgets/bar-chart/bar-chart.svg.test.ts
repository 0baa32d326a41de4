import { expect, fixture } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { paintFor } from '../../../src/core/static-svg/paint.js';
import { validateStaticSvg } from '../../../src/core/static-svg/validate.js';
import { drawn, shadow } from '../../helpers/widgets.js';

const ARTICLE = [
  { 项目: '新引进过亿元项目', 目标: '80个' },
  { 项目: '新引进过10亿元项目', 目标: '10个' },
];
const PARKS = [
  { 园区: '海州工业园', 工业: '30亿元', 服务业: '42亿元', 其他: '5亿元' },
  { 园区: '新浦工业园', 工业: '18亿元', 服务业: '25亿元', 其他: '3亿元' },
  { 园区: '宋跳工业园', 工业: '12亿元', 服务业: '9亿元', 其他: '2亿元' },
];
const FRAME = 'heading="2021年招商引资目标（报道数据）" source="连网，2021年1月15日" notes="2021年目标值。" highlight="新引进过10亿元项目"';

async function chart(data: unknown, attrs = '', width = 640, lang = 'zh-CN', count?: number): Promise<DjBarChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-bar-chart eager no-motion ${attrs}></dj-bar-chart></div>`);
  const el = wrap.querySelector('dj-bar-chart')!;
  el.data = data;
  await drawn(el, count);
  return el;
}

const parse = (markup: string): SVGSVGElement => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
const norm = (t: string | null): string => (t ?? '').replace(/\s+/g, '');
const texts = (svg: Element): string[] => Array.from(svg.querySelectorAll('text'), (t) => t.textContent);
const geometry = (r: Element): string => ['x', 'y', 'width', 'height'].map((a) => Math.round(Number(r.getAttribute(a)) * 100) / 100).join(',');

/** Bars the page draws (zero-size ones draw nothing), as rounded x,y,width,height. */
const clientBars = (el: DjBarChart): string[] =>
  Array.from(shadow(el).querySelectorAll('g.bar rect.mark'))
    .filter((r) => Number(r.getAttribute('width')) > 0 && Number(r.getAttribute('height')) > 0)
    .map(geometry);
/** The static drawing's bars: rects with a corner radius of 1 (legend swatches have 2); zero-size ones draw nothing, as in the page. */
const svgBars = (svg: Element): Element[] =>
  Array.from(svg.querySelectorAll('rect[rx="1"]')).filter((r) => Number(r.getAttribute('width')) > 0 && Number(r.getAttribute('height')) > 0);

/** Every text the page shows: chart texts, the legend, title, subtitle, notes, source. */
function clientTexts(el: DjBarChart): string[] {
  const root = shadow(el);
  const nodes = root.querySelectorAll('svg text, .legend button, .title, .subtitle, footer .notes, footer .source, footer .credit');
  return Array.from(nodes, (n) => norm(n.textContent)).filter(Boolean);
}

describe('<dj-bar-chart> toSvg', () => {
  for (const width of [375, 1080]) {
    it(`draws the article's bars at ${width} px: the same bars, colours and texts as the page, valid and under budget`, async () => {
      const el = await chart([...ARTICLE, { 项目: '实际利用外资（万美元）', 目标: '-' }], FRAME, width, 'zh-CN', 3);
      const markup = el.toSvg();
      expect(validateStaticSvg(markup).problems).to.deep.equal([]);
      expect(markup.length).to.be.below(20000);
      const svg = parse(markup);
      expect(svg.getAttribute('width')).to.equal(String(width));
      const bars = svgBars(svg);
      expect(bars.map(geometry)).to.deep.equal(clientBars(el));
      expect(bars).to.have.length(2);
      const paint = paintFor('light');
      expect(bars.map((b) => b.getAttribute('fill'))).to.deep.equal([paint.accent, paint.highlight]);
      const mine = norm(texts(svg).join(''));
      for (const t of clientTexts(el)) expect(mine, t).to.include(t);
      expect(texts(svg)).to.include.members(['80个', '10个', '无数据', '单位：个', '新引进过亿元项目']);
      // The missing value's text is muted, as in the page.
      const missing = Array.from(svg.querySelectorAll('text')).find((t) => t.textContent === '无数据')!;
      expect(missing.getAttribute('fill')).to.equal(paint.muted);
      expect(svg.querySelector('title')!.textContent).to.equal('2021年招商引资目标（报道数据）');
      expect(svg.querySelector('desc')!.textContent).to.equal(shadow(el).querySelector('#summary')!.textContent);
    });
  }

  for (const mode of ['grouped', 'stacked', 'percent', 'diverging'] as const) {
    it(`${mode}: one bar per segment the page draws, and the legend as SVG text in the series colours`, async () => {
      const el = await chart(PARKS, `mode="${mode}"`, 640, 'zh-CN', 9);
      const svg = parse(el.toSvg());
      expect(validateStaticSvg(svg.outerHTML).ok).to.equal(true);
      expect(svgBars(svg).map(geometry)).to.deep.equal(clientBars(el));
      const paint = paintFor('light');
      // Segment i of a category belongs to series i % 3: its colour is the series' palette colour (left of zero too).
      expect(svgBars(svg).map((b) => b.getAttribute('fill'))).to.deep.equal(PARKS.flatMap(() => paint.palette.slice(0, 3)));
      const swatches = Array.from(svg.querySelectorAll('rect[rx="2"]'));
      expect(swatches.map((r) => r.getAttribute('fill'))).to.deep.equal(paint.palette.slice(0, 3));
      expect(texts(svg)).to.include.members(['工业', '服务业', '其他']);
      const mine = norm(texts(svg).join(''));
      for (const t of clientTexts(el)) expect(mine, t).to.include(t);
    });
  }

  it('a series switched off in the legend is listed struck through, and not drawn', async () => {
    const el = await chart(PARKS, 'mode="stacked"', 640, 'zh-CN', 9);
    shadow(el).querySelectorAll<HTMLButtonElement>('.legend button')[1]!.click();
    await drawn(el, 6);
    const svg = parse(el.toSvg());
    expect(svgBars(svg).map(geometry)).to.deep.equal(clientBars(el));
    const off = Array.from(svg.querySelectorAll('text')).find((t) => t.textContent === '服务业')!;
    expect(off.getAttribute('text-decoration')).to.equal('line-through');
    expect(Array.from(svg.querySelectorAll('rect[rx="2"]'), (r) => r.getAttribute('fill'))).to.deep.equal([paintFor('light').palette[0], 'none', paintFor('light').palette[2]]);
  });

  it('vertical columns with negative values and no value labels (but "no data" still said)', async () => {
    const data = [{ k: 'A', v: 5.5 }, { k: 'B', v: -3 }, { k: 'C', v: null }];
    const el = await chart(data, 'orientation="vertical" no-values', 400, 'en', 3);
    const svg = parse(el.toSvg());
    expect(validateStaticSvg(svg.outerHTML).ok).to.equal(true);
    expect(svgBars(svg).map(geometry)).to.deep.equal(clientBars(el));
    expect(svgBars(svg).map((b) => b.getAttribute('fill'))).to.deep.equal([paintFor('light', 'en').accent, paintFor('light', 'en').negative]);
    expect(texts(svg)).to.include.members(['A', 'B', 'C', 'no data']);
    expect(texts(svg)).to.not.include('5.5');
  });

  it('draws in dark paint for a dark widget, and for toSvg({ theme: "dark" })', async () => {
    const dark = paintFor('dark');
    const el = await chart(ARTICLE, 'theme="dark"', 640, 'zh-CN', 2);
    const light = await chart(ARTICLE, 'theme="light"', 640, 'zh-CN', 2);
    for (const svg of [parse(el.toSvg()), parse(light.toSvg({ theme: 'dark' }))]) {
      expect(svg.querySelector(':scope > rect')!.getAttribute('fill')).to.equal(dark.bg);
      expect(svg.getAttribute('fill')).to.equal(dark.fg);
      expect(svgBars(svg).map((b) => b.getAttribute('fill'))).to.deep.equal([dark.accent, dark.accent]);
    }
    expect(parse(light.toSvg()).querySelector(':scope > rect')!.getAttribute('fill')).to.equal(paintFor('light').bg);
  });

  it('writes markup in labels as literal text', async () => {
    const evil = '<script>alert(1)</script><b onmouseover="x()">&amp;</b>';
    const el = await chart([{ 项目: evil, 目标: 3 }, { 项目: 'ok', 目标: 2 }], `heading='<img src=x onerror=alert(1)>'`, 640, 'en', 2);
    const markup = el.toSvg();
    expect(markup).to.not.include('<script');
    expect(markup).to.not.include('<b ');
    expect(markup).to.not.include('<img');
    expect(markup).to.include('&lt;script&gt;');
    const svg = parse(markup);
    expect(validateStaticSvg(markup).problems).to.deep.equal([]);
    expect(svg.querySelectorAll('script, b, img').length).to.equal(0);
    expect(texts(svg).join('')).to.include(evil.slice(0, 20));
    expect(svg.querySelector('title')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('draws at any width asked for, with text inside the width', async () => {
    const el = await chart(PARKS, 'mode="percent"', 640, 'zh-CN', 9);
    for (const width of [280, 1200]) {
      const markup = el.toSvg({ width });
      const host = await fixture<HTMLDivElement>('<div></div>');
      host.append(document.importNode(parse(markup), true));
      const svg = host.querySelector('svg')!;
      expect(svg.getAttribute('width')).to.equal(String(width));
      for (const t of Array.from(svg.querySelectorAll('text'))) {
        const box = t.getBBox();
        expect(box.x, `${width}: ${t.textContent}`).to.be.at.least(-0.5);
        expect(box.x + box.width, `${width}: ${t.textContent}`).to.be.at.most(width + 0.5);
      }
    }
    await expect(el).to.be.accessible();
  });
});
