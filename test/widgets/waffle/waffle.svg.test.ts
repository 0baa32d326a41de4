import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/waffle/waffle.define.js';
import type { DjWaffle } from '../../../src/widgets/waffle/waffle.js';
import { paintFor } from '../../../src/core/static-svg/paint.js';
import { validateStaticSvg } from '../../../src/core/static-svg/validate.js';
import { shadow } from '../../helpers/widgets.js';

const ARTICLE = [
  { 项目: '新引进过亿元项目', 目标: '80个' },
  { 项目: '过10亿元项目', 目标: '10个' },
];
const ARTICLE_FRAME =
  'mode="part" heading="2021年新引进项目目标：80个过亿元项目，其中10个过10亿元" source="连网，2021年1月15日（海州区政府工作报告）" notes="2021年目标值，不是完成数。每格代表1个项目；过10亿元项目包含在过亿元项目之内。"';
/** Sample data (seven categories: every pattern). */
const SEVEN = ['医药健康', '智能制造', '新材料', '软件信息及大数据', '物流', '文旅', '其他'].map((产业, i) => ({ 产业, 企业: `${[124, 96, 55, 38, 30, 22, 40][i]}家` }));

async function waffle(data: unknown, attrs = '', width = 640): Promise<DjWaffle> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="zh-CN"><dj-waffle eager no-motion ${attrs}></dj-waffle></div>`);
  const el = wrap.querySelector('dj-waffle')!;
  el.data = data;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('path.square[part="square"]').length, 'no squares', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const parse = (markup: string): SVGSVGElement => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
const norm = (t: string | null): string => (t ?? '').replace(/\s+/g, '');
const texts = (svg: Element): string[] => Array.from(svg.querySelectorAll('text'), (t) => t.textContent);

/** Boxes drawn as "Mx,yhSvSh-Sz" in the static drawing: [x, y, size, fill]. */
function boxes(svg: Element): Array<[number, number, number, string]> {
  const out: Array<[number, number, number, string]> = [];
  for (const p of Array.from(svg.querySelectorAll('path'))) {
    for (const m of (p.getAttribute('d') ?? '').matchAll(/M([-\d.]+),([-\d.]+)h([\d.]+)v[\d.]+h-[\d.]+z/g)) out.push([Number(m[1]), Number(m[2]), Number(m[3]), p.getAttribute('fill') ?? '']);
  }
  return out;
}

/** The page's squares: [x, y, size, colour index] (from each category's path and its colour class). */
const clientSquares = (el: DjWaffle): Array<[number, number, number, number]> =>
  Array.from(shadow(el).querySelectorAll('path.square[part="square"]')).flatMap((p) =>
    Array.from((p.getAttribute('d') ?? '').matchAll(/M([-\d.]+),([-\d.]+)h([\d.]+)/g), (m): [number, number, number, number] => [Number(m[1]), Number(m[2]), Number(m[3]), Number(/\bc(\d)\b/.exec(p.getAttribute('class') ?? '')?.[1])]),
  );

async function pixels(markup: string, width: number, height: number): Promise<Uint8ClampedArray> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const c = canvas.getContext('2d')!;
  c.drawImage(img, 0, 0);
  return c.getImageData(0, 0, width, height).data;
}

/**
 * The page's squares as an image: its <svg> cloned with every colour it computes (from CSS
 * tokens) written in as attributes, cut to the grid. The image has the same marks by
 * construction; this compares the page's CSS colours with the image's resolved paint.
 */
function clientGridMarkup(el: DjWaffle, box: { w: number; h: number; top: number }, bg: string): string {
  const live = shadow(el).querySelector('svg')!;
  const copy = live.cloneNode(true) as SVGSVGElement;
  const a = Array.from(live.querySelectorAll('*'));
  const b = Array.from(copy.querySelectorAll('*'));
  a.forEach((n, i) => {
    const cs = getComputedStyle(n);
    const c = b[i]!;
    for (const prop of ['fill', 'stroke', 'stroke-width', 'stroke-linecap', 'opacity'] as const) c.setAttribute(prop, cs.getPropertyValue(prop));
    c.removeAttribute('class');
  });
  for (const t of Array.from(copy.querySelectorAll('text, .legend'))) t.remove();
  copy.setAttribute('viewBox', `0 ${box.top} ${box.w} ${box.h}`);
  copy.setAttribute('width', String(box.w));
  copy.setAttribute('height', String(box.h));
  const back = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  copy.insertBefore(back, copy.firstChild);
  for (const [k, v] of Object.entries({ x: 0, y: box.top, width: box.w, height: box.h, fill: bg })) back.setAttribute(k, String(v));
  return new XMLSerializer().serializeToString(copy);
}

describe('<dj-waffle> toSvg', () => {
  for (const width of [375, 1080]) {
    it(`draws the article's waffle at ${width} px: the same squares, colours, legend and texts as the page, valid and under budget`, async () => {
      const el = await waffle(ARTICLE, ARTICLE_FRAME, width);
      const markup = el.toSvg();
      expect(validateStaticSvg(markup).problems).to.deep.equal([]);
      expect(markup.length).to.be.below(20000);
      const svg = parse(markup);
      const paint = paintFor('light');
      const cell = clientSquares(el)[0]![2];
      const squares = boxes(svg).filter((b) => b[2] === cell);
      expect(squares.map(([x, y, , f]) => [x, y, f]).sort()).to.deep.equal(clientSquares(el).map(([x, y, , p]) => [x, y, paint.palette[p]!]).sort());
      expect(squares).to.have.length(80);
      expect(squares.filter((b) => b[3] === paint.palette[1])).to.have.length(10);
      // The legend's keys: one per category, in its colour.
      expect(boxes(svg).filter((b) => b[2] === 14).map((b) => b[3])).to.deep.equal(paint.palette.slice(0, 2));
      const mine = norm(texts(svg).join(''));
      for (const t of shadow(el).querySelectorAll('svg text, .title, footer .notes, footer .source')) expect(mine, t.textContent).to.include(norm(t.textContent));
      expect(texts(svg)).to.include.members(['每格代表 1个', '新引进过亿元项目 80个', '其中：过10亿元项目 10个（占 12.5%）']);
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: every texture draws the pixels the page's CSS colours draw`, async () => {
      const el = await waffle(SEVEN, `unit-size="10" theme="${theme}"`, 640);
      const paint = paintFor(theme);
      const live = clientSquares(el);
      const cell = live[0]![2];
      const ys = live.map((r) => r[1]);
      const xs = live.map((r) => r[0]);
      const grid = { top: Math.min(...ys), w: Math.max(...xs) + cell, h: Math.max(...ys) + cell - Math.min(...ys) };
      // The static body alone, cut to the same grid: the frame moves it down by the title's height.
      const svg = parse(el.toSvg());
      const shift = Number(/translate\(0,([\d.]+)\)/.exec(svg.querySelector(':scope > g')!.getAttribute('transform')!)![1]);
      svg.setAttribute('viewBox', `0 ${shift + grid.top} ${grid.w} ${grid.h}`);
      svg.setAttribute('width', String(grid.w));
      svg.setAttribute('height', String(grid.h));
      const mine = await pixels(svg.outerHTML, grid.w, grid.h);
      const theirs = await pixels(clientGridMarkup(el, grid, paint.bg), grid.w, grid.h);
      let differ = 0;
      for (let i = 0; i < mine.length; i += 4) {
        if (Math.max(...[0, 1, 2].map((k) => Math.abs(mine[i + k]! - theirs[i + k]!))) > 48) differ++;
      }
      // Antialiasing where a stroke meets a square's edge may differ; the patterns may not.
      expect(differ / (grid.w * grid.h), `${differ} of ${grid.w * grid.h} pixels differ`).to.be.below(0.01);
      // And the comparison can tell patterns apart: a plain square is not a hatched one.
      let plain = 0;
      for (let i = 0; i < theirs.length; i += 4) if (theirs[i] !== theirs[4]) plain++;
      expect(plain).to.be.greaterThan(grid.w * grid.h * 0.1);
      expect(validateStaticSvg(el.toSvg()).problems).to.deep.equal([]);
    });
  }

  it('draws in dark paint for toSvg({ theme: "dark" }) of a light widget', async () => {
    const el = await waffle(ARTICLE, 'mode="part" theme="light"');
    const dark = paintFor('dark');
    const svg = parse(el.toSvg({ theme: 'dark' }));
    expect(svg.querySelector(':scope > rect')!.getAttribute('fill')).to.equal(dark.bg);
    expect(new Set(boxes(svg).map((b) => b[3]))).to.deep.equal(new Set(dark.palette.slice(0, 2)));
    const hatch = Array.from(svg.querySelectorAll('path[stroke-width="1.4"]'));
    expect(hatch.map((p) => p.getAttribute('stroke'))).to.deep.equal([dark.bg, dark.bg]);
  });

  it('writes markup in labels as literal text', async () => {
    const evil = '<script>alert(1)</script>';
    const el = await waffle([{ 项目: evil, 目标: 3 }, { 项目: '<i>x</i>', 目标: 2 }]);
    const markup = el.toSvg();
    expect(validateStaticSvg(markup).problems).to.deep.equal([]);
    expect(markup).to.not.include('<script');
    expect(markup).to.not.include('<i>');
    const svg = parse(markup);
    expect(svg.querySelectorAll('script, i').length).to.equal(0);
    expect(norm(texts(svg).join(''))).to.include(norm(`${evil} 3`));
  });

  it('stays accessible in the page after drawing itself as SVG', async () => {
    const el = await waffle(ARTICLE, ARTICLE_FRAME);
    el.toSvg();
    await expect(el).to.be.accessible();
  });
});
