import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/line-chart/line-chart.define.js';
import type { DjLineChart } from '../../../src/widgets/line-chart/line-chart.js';
import { paintFor } from '../../../src/core/static-svg/paint.js';
import { validateStaticSvg } from '../../../src/core/static-svg/validate.js';
import { shadow } from '../../helpers/widgets.js';
import { REVENUE, REVENUE_NOTES } from '../../../src/widgets/line-chart/line-chart.sample.js';

const FRAME = 'heading="某企业营业收入与利润（示例数据）" notes="示例数据，非报道内容。2018年利润缺失：线条断开。" source="示例数据"';

async function chart(data: unknown, attrs = '', width = 640, count = 2, annotations: unknown = null): Promise<DjLineChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="zh-CN"><dj-line-chart eager no-motion ${attrs}></dj-line-chart></div>`);
  const el = wrap.querySelector('dj-line-chart')!;
  if (annotations) el.annotations = annotations as DjLineChart['annotations'];
  el.data = data;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('path.line').length === count, 'lines never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const parse = (markup: string): SVGSVGElement => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
const norm = (t: string | null): string => (t ?? '').replace(/\s+/g, '');
const texts = (svg: Element): string[] => Array.from(svg.querySelectorAll('text'), (t) => t.textContent);
const attr = (nodes: Iterable<Element>, name: string): string[] => Array.from(nodes, (n) => n.getAttribute(name) ?? '');
const round = (v: string | null): number => Math.round(Number(v) * 100) / 100;
const centres = (nodes: Iterable<Element>): string[] => Array.from(nodes, (c) => `${round(c.getAttribute('cx'))},${round(c.getAttribute('cy'))}`);

/** Lines are the stroked paths; areas the translucent filled ones. */
const svgLines = (svg: Element): Element[] => Array.from(svg.querySelectorAll('path')).filter((p) => p.closest('[stroke-linecap="round"]') && !p.hasAttribute('fill-opacity'));
const svgAreas = (svg: Element): Element[] => Array.from(svg.querySelectorAll('path[fill-opacity="0.16"]'));

describe('<dj-line-chart> toSvg', () => {
  for (const width of [375, 1080]) {
    it(`draws the sample at ${width} px: the same lines, dots, notes and texts as the page, valid and under budget`, async () => {
      const el = await chart(REVENUE, FRAME, width, 2, REVENUE_NOTES);
      const markup = el.toSvg();
      expect(validateStaticSvg(markup).problems).to.deep.equal([]);
      expect(markup.length).to.be.below(20000);
      const svg = parse(markup);
      const root = shadow(el);
      const paint = paintFor('light');
      expect(attr(svgLines(svg), 'd')).to.deep.equal(attr(root.querySelectorAll('path.line'), 'd'));
      expect(attr(svgLines(svg), 'stroke')).to.deep.equal(paint.palette.slice(0, 2));
      // Colour is never the only cue: the second line is dashed, as in the page.
      expect(attr(svgLines(svg), 'stroke-dasharray')).to.deep.equal(['', '7 4']);
      expect(centres(svg.querySelectorAll('circle[r="3"]'))).to.deep.equal(centres(root.querySelectorAll('circle.dot')));
      expect(svg.querySelectorAll('circle[r="3"]')).to.have.length(13);
      // The note's marker and the shaded range.
      expect(centres(svg.querySelectorAll('circle[r="4"]'))).to.deep.equal(centres(root.querySelectorAll('circle.note-marker')));
      const range = root.querySelector('rect.range')!;
      const shaded = svg.querySelector('rect[fill-opacity="0.12"]')!;
      for (const a of ['x', 'y', 'width', 'height']) expect(round(shaded.getAttribute(a)), a).to.equal(round(range.getAttribute(a)));
      const mine = norm(texts(svg).join(''));
      for (const t of root.querySelectorAll('svg text, .title, footer .notes, footer .source')) expect(mine, t.textContent).to.include(norm(t.textContent));
      expect(texts(svg)).to.include.members(['营业收入', '利润', '单位：亿元', '扩产期', '2015']);
      const endLabel = Array.from(svg.querySelectorAll('text')).find((t) => t.textContent === '利润')!;
      expect(endLabel.getAttribute('fill')).to.equal(paint.palette[1]);
    });
  }

  it('areas and a legend of dashed keys when the names go to a legend', async () => {
    const data = [1, 2, 3].map((x) => ({ x, a: x, b: 4 - x, c: 2, d: x / 2, e: 3 }));
    const el = await chart(data, 'area labels="legend" lang="en"', 640, 5);
    const svg = parse(el.toSvg());
    const root = shadow(el);
    expect(validateStaticSvg(svg.outerHTML).ok).to.equal(true);
    expect(attr(svgAreas(svg), 'd')).to.deep.equal(attr(root.querySelectorAll('path.area'), 'd'));
    expect(svgAreas(svg)).to.have.length(5);
    expect(attr(svgLines(svg), 'd')).to.deep.equal(attr(root.querySelectorAll('path.line'), 'd'));
    const keys = Array.from(svg.querySelectorAll('line[stroke-width="3"]'));
    expect(attr(keys, 'stroke')).to.deep.equal(paintFor('light', 'en').palette.slice(0, 5));
    expect(attr(keys, 'stroke-dasharray')).to.deep.equal(['', '5 3', '2 2', '6 2 2 2', '']);
    expect(texts(svg)).to.include.members(['a', 'b', 'c', 'd', 'e', 'x']);
    const mine = norm(texts(svg).join(''));
    for (const t of root.querySelectorAll('svg text')) expect(mine).to.include(norm(t.textContent));
  });

  it('draws in dark paint for a dark widget, and for toSvg({ theme: "dark" })', async () => {
    const dark = paintFor('dark');
    for (const [attrs, options] of [['theme="dark"', {}], ['theme="light"', { theme: 'dark' as const }]] as const) {
      const el = await chart(REVENUE, attrs, 640, 2, REVENUE_NOTES);
      const svg = parse(el.toSvg(options));
      expect(svg.querySelector(':scope > rect')!.getAttribute('fill')).to.equal(dark.bg);
      expect(attr(svgLines(svg), 'stroke')).to.deep.equal(dark.palette.slice(0, 2));
      expect(svg.querySelector('circle[r="4"]')!.getAttribute('fill') ?? svg.querySelector('circle[r="4"]')!.parentElement!.getAttribute('fill')).to.equal(dark.bg);
    }
  });

  it('writes markup in series names and notes as literal text', async () => {
    const evil = '<script>alert(1)</script>';
    const data = REVENUE.map((r) => ({ 年份: r.年份, [evil]: r.营业收入, '<b>b</b>': r.利润 }));
    const el = await chart(data, '', 640, 2, [{ x: '2019', series: evil, text: '<img src=x onerror=alert(1)>' }]);
    const markup = el.toSvg();
    expect(validateStaticSvg(markup).problems).to.deep.equal([]);
    expect(markup).to.not.include('<script');
    expect(markup).to.not.include('<img');
    expect(markup).to.not.include('<b>');
    const svg = parse(markup);
    expect(svg.querySelectorAll('script, img, b').length).to.equal(0);
    expect(texts(svg)).to.include.members([evil, '<b>b</b>']);
    expect(norm(texts(svg).join(''))).to.include(norm('<img src=x onerror=alert(1)>'));
    await expect(el).to.be.accessible();
  });
});

describe('<dj-line-chart> toSvg() of large columns', () => {
  it('draws 300,000 points as one path reduced as on a 1× screen, valid, with the summary of the full data', async () => {
    const n = 300_000;
    const x = Float64Array.from({ length: n }, (_, i) => Date.UTC(2000, 0, 1) + i * 60_000);
    const y = Float64Array.from(x, (_, i) => Math.sin(i / 3000) * 50 + (i === 123_456 ? 400 : 0));
    const el = await chart({ x, series: { 读数: y }, xType: 'time' }, FRAME, 640, 1);
    const markup = el.toSvg();
    const svg = parse(markup);
    // Valid but for size: a line this dense is over WeChat's 20,000 characters whatever is done (the docs say so).
    expect(validateStaticSvg(markup, Infinity).problems).to.deep.equal([]);
    expect(markup.length).to.be.above(20_000);
    const lines = svgLines(svg);
    expect(lines).to.have.length(1);
    const d = lines[0]!.getAttribute('d')!;
    const points = d.split(/[ML]/).length - 1;
    expect(points).to.be.above(640).and.at.most(4 * 2 * 640);
    // The test browser's screen is 1×: the image is the page's line, the lone spike included.
    if (devicePixelRatio === 1) expect(d).to.equal(shadow(el).querySelector('path.line')!.getAttribute('d'));
    const ys = [...d.matchAll(/[ML][\d.-]+,([\d.-]+)/g)].map((m) => Number(m[1]));
    const el2 = el as unknown as { scene: { y: { domain: [number, number]; range: [number, number] } } };
    const top = el2.scene.y.range[0] + ((400 + 50 * Math.sin(123_456 / 3000) - el2.scene.y.domain[0]) / (el2.scene.y.domain[1] - el2.scene.y.domain[0])) * (el2.scene.y.range[1] - el2.scene.y.range[0]);
    expect(Math.min(...ys)).to.be.closeTo(top, 0.01);
    // Points a minute apart: the spike's minute (123,456 min after 2000-01-01 00:00), not its day alone.
    expect(markup).to.include('最高为2000年3月26日 17:36的');
  });
});
