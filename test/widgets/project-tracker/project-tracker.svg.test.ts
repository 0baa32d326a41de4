import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/project-tracker/project-tracker.define.js';
import type { DjProjectTracker } from '../../../src/widgets/project-tracker/project-tracker.js';
import { paintFor } from '../../../src/core/static-svg/paint.js';
import { validateStaticSvg } from '../../../src/core/static-svg/validate.js';
import { byTag } from '../../hardening/widgets.js';
import { shadow } from '../../helpers/widgets.js';

/** The article's projects as the demo page feeds them. */
const ARTICLE = [
  { 项目: '爱维康医疗器械生产项目', 阶段: '地基浇筑', 截至: '2021-01-15', 原文: '几十个工人冒着寒风进行浇筑地基作业' },
  { 项目: '力磁医疗科技产业园项目', 阶段: '外墙搭脚手架', 截至: '2021-01-15', 原文: '厂房外墙正搭建脚手架' },
  { 项目: '科技创新企业总部项目', 阶段: '封顶、内部施工', 截至: '2021-01-15', 原文: '一幢崭新的大楼已封顶,工人们正进行内部施工' },
  { 项目: '江苏联宇医疗器械研发生产项目', 分期: '一期', 阶段: '生产线投入运行，一期投用', 截至: '2021-01-15', 原文: '崭新的生产线已经投入运行；目前一期已投入使用', 总投资: '4.1亿元', 规划总建筑面积: '1.85万平方米', 年产能: '2万件', 年产值: '1.8亿元' },
  { 项目: '江苏联宇医疗器械研发生产项目', 分期: '二期', 阶段: '二期三栋主体基本完工、内外装修', 截至: '2021-01-15', 原文: '二期三栋新建建筑主体基本完工,正进行内外装修' },
];
const FRAME = 'heading="海州区重点项目建设进度" source="连网，2021年1月15日" notes="阶段为报道所写；“截至”为报道日期。"';

const parse = (markup: string): Element => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
const clientRows = (el: DjProjectTracker): Element[] => Array.from(shadow(el).querySelectorAll('g.row'));
/** The body's last group holds one <g> per row. */
const svgRows = (svg: Element): Element[] => Array.from(svg.querySelectorAll(':scope > g > g > g:last-child > g'));
const round = (v: string | null): number => Math.round(Number(v) * 10) / 10;

async function tracker(data: unknown, attrs = '', count = 5, width = 640, lang = 'zh-CN'): Promise<DjProjectTracker> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-project-tracker eager no-motion ${attrs}></dj-project-tracker></div>`);
  const el = wrap.querySelector('dj-project-tracker')!;
  el.data = data;
  await waitUntil(() => clientRows(el).length === count, `${count} rows never drew`, { timeout: 4000 });
  await el.updateComplete;
  return el;
}

/** Every text the page's chart shows, in document order. */
const clientTexts = (el: DjProjectTracker): string[] => Array.from(shadow(el).querySelectorAll('svg text'), (t) => t.textContent);
const svgTexts = (svg: Element): string[] => Array.from(svg.querySelectorAll(':scope > g > g text'), (t) => t.textContent);

describe('<dj-project-tracker> toSvg', () => {
  for (const width of [375, 1080]) {
    it(`draws the article's pipeline at ${width} px: the same rows, markers and words as the page, valid and under budget`, async () => {
      const el = await tracker(ARTICLE.map((r) => ({ ...r })), FRAME, 5, width);
      const markup = el.toSvg();
      expect(validateStaticSvg(markup).problems).to.deep.equal([]);
      expect(markup.length).to.be.below(20000);
      const svg = parse(markup);
      expect(svgRows(svg)).to.have.length(clientRows(el).length);
      expect(svgTexts(svg).sort()).to.deep.equal(clientTexts(el).sort());
      for (const t of ['签约', '封顶', '爱维康医疗器械生产项目', '截至2021年1月15日', '地基浇筑', '一期', '二期', '二期三栋主体基本完工、内外装修']) {
        expect(svgTexts(svg).join('|')).to.include(t);
      }
      expect(svgTexts(svg).join('')).to.include('总投资：4.1亿元');
      // Markers where the page has them, each state by shape and size.
      clientRows(el).forEach((row, i) => {
        const mine = Array.from(svgRows(svg)[i]!.querySelectorAll('circle'), (c) => [round(c.getAttribute('cx')), round(c.getAttribute('cy')), c.getAttribute('r')]);
        const theirs = Array.from(row.querySelectorAll('circle'), (c) => [round(c.getAttribute('cx')), round(c.getAttribute('cy')), c.getAttribute('r')]);
        expect(mine, `row ${i}`).to.deep.equal(theirs);
      });
      const paint = paintFor('light');
      const first = svgRows(svg)[0]!;
      expect(Array.from(first.querySelectorAll('circle'), (c) => c.getAttribute('fill'))).to.deep.equal([paint.accent, paint.accent, paint.highlight, paint.bg, paint.bg, paint.bg, paint.bg, paint.bg]);
      expect(first.querySelectorAll('path')).to.have.length(2);
      expect(svg.querySelector('title')!.textContent).to.equal('海州区重点项目建设进度');
      expect(svg.querySelector('desc')!.textContent).to.equal(shadow(el).querySelector('#summary')!.textContent);
    });
  }

  it('puts every text on its baseline, none relying on dominant-baseline, in the image and (one drawing) the page', async () => {
    const el = await tracker(ARTICLE.map((r) => ({ ...r })));
    const markup = el.toSvg();
    expect(markup).not.to.include('dominant-baseline');
    expect(shadow(el).querySelectorAll('svg text[dominant-baseline]')).to.have.length(0);
    const svg = parse(markup);
    const note = Array.from(svgRows(svg)[0]!.querySelectorAll('text')).pop()!;
    const page = Array.from(clientRows(el)[0]!.querySelectorAll('text')).pop()!;
    expect(note.getAttribute('y')).to.equal(page.getAttribute('y'));
  });

  it('draws with dark paint for theme dark, and when asked', async () => {
    const dark = paintFor('dark');
    const light = paintFor('light');
    const a = await tracker(ARTICLE.map((r) => ({ ...r })), 'theme="dark"');
    const b = await tracker(ARTICLE.map((r) => ({ ...r })));
    for (const markup of [a.toSvg(), b.toSvg({ theme: 'dark' })]) {
      const svg = parse(markup);
      expect(svg.querySelector(':scope > rect')!.getAttribute('fill')).to.equal(dark.bg);
      expect(svgRows(svg)[0]!.querySelector('circle')!.getAttribute('fill')).to.equal(dark.accent);
      expect(markup).not.to.include(light.fg);
      expect(markup).not.to.include(light.accent);
    }
  });

  it('keeps hostile project names and stages as literal text', async () => {
    const data = [
      { 项目: '<img src=x onerror=alert(1)>', 阶段: '开工', 截至: '2021-01-15' },
      { 项目: 'A & B </text><script>alert(1)</script>', 阶段: '</text>封顶', 截至: '2021-01-15' },
    ];
    const markup = (await tracker(data, '', 2)).toSvg();
    expect(validateStaticSvg(markup).problems).to.deep.equal([]);
    const svg = parse(markup);
    expect(svg.querySelectorAll('img, script, foreignObject')).to.have.length(0);
    // Names wrap at spaces: compared without them.
    const all = svgTexts(svg).join('').replace(/\s+/g, '');
    expect(all).to.include('<imgsrc=xonerror=alert(1)>');
    expect(all).to.include('</text>封顶');
  });

  it('draws the hardening registry’s sample as the page does', async () => {
    const c = byTag('dj-project-tracker')!;
    const el = await tracker(c.valid(), '', c.count, 375);
    const svg = parse(el.toSvg());
    expect(validateStaticSvg(svg.outerHTML).problems).to.deep.equal([]);
    expect(svgRows(svg)).to.have.length(c.count);
    expect(svgTexts(svg).sort()).to.deep.equal(clientTexts(el).sort());
  });
});
