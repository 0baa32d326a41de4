import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/timeline/timeline.define.js';
import type { DjTimeline } from '../../../src/widgets/timeline/timeline.js';
import { paintFor } from '../../../src/core/static-svg/paint.js';
import { validateStaticSvg } from '../../../src/core/static-svg/validate.js';
import { shadow } from '../../helpers/widgets.js';

/** The article's timeline, as demo/index.html has it. */
const ARTICLE = [
  ['日期', '结束', '标题', '分组', '说明'],
  ['2020', '', '2020年成绩单', '规划与目标', '海州区“两会”政府工作报告晒出2020年海州工业转型、产业升级等一份份成绩单。'],
  ['2021', '2025', '“十四五”时期', '规划与目标', '2021年是“十四五”开局之年。'],
  ['2021', '2021', '2021年目标', '规划与目标', '新引进过亿元项目80个，过10亿元项目10个，实际利用外资8000万美元以上。'],
  ['2021', '', '建成运营快递电商产业园', '现代流通体系', ''],
  ['2021', '', '落地知名电商自营仓项目', '现代流通体系', ''],
  ['2021', '', '竣工投用康缘医疗调拨中心', '现代流通体系', '分拨级物流项目。'],
  ['2021', '', '竣工投用天马智能配送', '现代流通体系', '分拨级物流项目。'],
  ['2021', '', '试点建设社区快递服务中心', '现代流通体系', ''],
];
const FRAME =
  'as-of="2021-01-15" start-at="nearest" rows="5" heading="海州“十四五”开局：报道中的时间" source="连网，2021年1月15日" notes="“十四五”时期为2021–2025年。2021年的流通体系项目为年内计划，原文未给具体日期。竖线为报道日期。"';

const events = (el: Element): SVGGElement[] => Array.from(shadow(el).querySelectorAll<SVGGElement>('g.event'));

async function timeline(data: unknown, attrs = FRAME, width = 1080, count = 8): Promise<DjTimeline> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="zh-CN"><dj-timeline eager no-motion ${attrs}></dj-timeline></div>`);
  const el = wrap.querySelector('dj-timeline')!;
  el.data = data;
  await waitUntil(() => events(el).length === count, `timeline never drew ${count} events (has ${events(el).length})`, { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const parse = (markup: string): SVGSVGElement => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
const norm = (t: string | null): string => (t ?? '').replace(/\s+/g, '');
const texts = (svg: Element): string[] => Array.from(svg.querySelectorAll('text'), (t) => t.textContent);
const r2 = (v: string | null): number => Math.round(Number(v) * 100) / 100;
const dots = (nodes: Iterable<Element>): string[] => Array.from(nodes, (c) => `${r2(c.getAttribute('cx'))},${r2(c.getAttribute('cy'))},${c.getAttribute('r')}`);
const rects = (nodes: Iterable<Element>): string[] => Array.from(nodes, (c) => ['x', 'y', 'width', 'height'].map((a) => r2(c.getAttribute(a))).join(','));

/** The static drawing's events: dots (r 5, or 3.5 when counted in a badge) and period bars (rx 2). */
const svgDots = (svg: Element): Element[] => Array.from(svg.querySelectorAll('circle'));
const svgBars = (svg: Element): Element[] => Array.from(svg.querySelectorAll('rect[rx="2"]'));
/** The page's: a period's dot is hidden by its stylesheet, so only points count. */
const liveDots = (el: Element): Element[] => Array.from(shadow(el).querySelectorAll('g.event.point circle.dot'));
const liveBars = (el: Element): Element[] => Array.from(shadow(el).querySelectorAll('g.event rect.bar'));

function sameAsPage(el: DjTimeline, svg: SVGSVGElement): void {
  expect(dots(svgDots(svg))).to.deep.equal(dots(liveDots(el)));
  expect(rects(svgBars(svg))).to.deep.equal(rects(liveBars(el)));
  expect(svgDots(svg).length + svgBars(svg).length).to.equal(events(el).length);
  const mine = norm(texts(svg).join(''));
  for (const t of shadow(el).querySelectorAll('svg text, .title, footer .notes, footer .source')) expect(mine, t.textContent).to.include(norm(t.textContent));
}

describe('<dj-timeline> toSvg', () => {
  it("draws the article's timeline horizontally at 1080 px: lanes, periods, events, as-of — as the page does", async () => {
    const el = await timeline(ARTICLE);
    expect(shadow(el).querySelector('svg')!.classList.contains('horizontal')).to.equal(true);
    const markup = el.toSvg();
    expect(validateStaticSvg(markup).problems).to.deep.equal([]);
    expect(markup.length).to.be.below(20000);
    const svg = parse(markup);
    sameAsPage(el, svg);
    expect(svgBars(svg)).to.have.length(2);
    expect(svgDots(svg)).to.have.length(6);
    expect(texts(svg)).to.include.members(['规划与目标', '现代流通体系', '截至2021年1月15日', '2021–2025年', '“十四五”时期', '2026年1月']);
    // The as-of line in the highlight colour, dashed; no zoom buttons (no HTML at all).
    const paint = paintFor('light');
    expect(svg.querySelector('line[stroke-dasharray="4 3"]')!.getAttribute('stroke')).to.equal(paint.highlight);
    expect(texts(svg).some((t) => /重置缩放|Reset/.test(t))).to.equal(false);
  });

  it("draws the article's timeline vertically at 375 px, as the page does", async () => {
    const el = await timeline(ARTICLE, FRAME, 375);
    expect(shadow(el).querySelector('svg')!.classList.contains('vertical')).to.equal(true);
    const markup = el.toSvg();
    expect(validateStaticSvg(markup).problems).to.deep.equal([]);
    expect(markup.length).to.be.below(20000);
    const svg = parse(markup);
    sameAsPage(el, svg);
    expect(texts(svg)).to.include.members(['2021年 · 现代流通体系', '试点建设社区快递服务中心', '截至2021年1月15日']);
  });

  it('draws the whole period in the orientation its own width calls for, whatever the page is zoomed to', async () => {
    const wide = await timeline(ARTICLE, FRAME, 1080);
    const narrow = await timeline(ARTICLE, FRAME, 375);
    // Asked for 375 px, the wide one draws what the narrow one shows.
    const fromWide = parse(wide.toSvg({ width: 375 }));
    sameAsPage(narrow, fromWide);
    // Zoomed in, the page shows part of the period; the static drawing still shows all of it.
    const before = wide.toSvg();
    wide.zoomBy(8);
    await wide.updateComplete;
    await wide.updateComplete;
    expect(events(wide).length).to.be.below(8);
    expect(wide.toSvg()).to.equal(before);
  });

  it('labels that find no row are counted in "+N" badges, as in the page', async () => {
    const rows = [['日期', '标题'], ...Array.from({ length: 12 }, (_, i) => [`2021-03-${String(i + 1).padStart(2, '0')}`, `事件${i + 1}`])];
    const el = await timeline(rows, 'rows="1"', 640, 12);
    const badges = Array.from(shadow(el).querySelectorAll('.cluster text'), (t) => t.textContent);
    expect(badges.length).to.be.greaterThan(0);
    const svg = parse(el.toSvg());
    expect(validateStaticSvg(svg.outerHTML).ok).to.equal(true);
    sameAsPage(el, svg);
    expect(texts(svg)).to.include.members(badges);
    expect(svgDots(svg).filter((c) => c.getAttribute('r') === '3.5').length).to.equal(shadow(el).querySelectorAll('g.event.overflow').length);
  });

  it('draws in dark paint for a dark widget, and for toSvg({ theme: "dark" })', async () => {
    const dark = paintFor('dark');
    for (const [attrs, options] of [[`${FRAME} theme="dark"`, {}], [`${FRAME} theme="light"`, { theme: 'dark' as const }]] as const) {
      const el = await timeline(ARTICLE, attrs);
      const svg = parse(el.toSvg(options));
      expect(svg.querySelector(':scope > rect')!.getAttribute('fill')).to.equal(dark.bg);
      expect(svgBars(svg).map((b) => b.getAttribute('fill'))).to.deep.equal([dark.accent, dark.accent]);
      expect(svg.querySelector('line[stroke-dasharray="4 3"]')!.getAttribute('stroke')).to.equal(dark.highlight);
    }
  });

  it('writes markup in titles and lanes as literal text', async () => {
    const evil = '<script>alert(1)</script>';
    const el = await timeline([['日期', '标题', '分组'], ['2020', evil, '<b>lane</b>'], ['2021', 'ok', '<b>lane</b>']], 'orientation="horizontal"', 800, 2);
    const markup = el.toSvg();
    expect(validateStaticSvg(markup).problems).to.deep.equal([]);
    expect(markup).to.not.include('<script');
    expect(markup).to.not.include('<b>');
    const svg = parse(markup);
    expect(svg.querySelectorAll('script, b').length).to.equal(0);
    expect(texts(svg)).to.include.members([evil, '<b>lane</b>']);
    await expect(el).to.be.accessible();
  });
});
