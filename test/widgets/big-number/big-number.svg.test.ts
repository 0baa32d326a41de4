import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/big-number/big-number.define.js';
import type { DjBigNumber } from '../../../src/widgets/big-number/big-number.js';
import { bigColumns } from '../../../src/widgets/big-number/big-number.svg.js';
import { paintFor } from '../../../src/core/static-svg/paint.js';
import { validateStaticSvg } from '../../../src/core/static-svg/validate.js';
import { PROJECTS } from '../../../src/data/haizhou-2021.js';
import { byTag } from '../../hardening/widgets.js';
import { shadow } from '../../helpers/widgets.js';

const figures = (el: DjBigNumber): HTMLElement[] => Array.from(shadow(el).querySelectorAll<HTMLElement>('.figure'));
const parse = (markup: string): Element => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
const norm = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, '');
const svgFigures = (svg: Element): Element[] => Array.from(svg.querySelectorAll(':scope > g > g > g'));
const at = (g: Element): number[] => /translate\(([\d.]+),([\d.]+)\)/.exec(g.getAttribute('transform') ?? '')!.slice(1).map(Number);

/** The article's Lianyu project, as the demo page feeds it (a table with the quotes). */
const LIANYU = `<table><thead><tr><th>指标</th><th>数值</th><th>原文</th></tr></thead><tbody>
  <tr><td>总投资</td><td>4.1亿元</td><td>该项目总投资4.1亿元</td></tr>
  <tr><td>规划总建筑面积</td><td>1.85万平方米</td><td>规划总建筑面积1.85万平方米</td></tr>
  <tr><td>年产医疗器械</td><td>2万件</td><td>投产后可形成年产2万件医疗器械的生产能力</td></tr>
  <tr><td>年产值</td><td>1.8亿元</td><td>年产值达1.8亿元</td></tr></tbody></table>`;
const FRAME = 'source="连网" date="2021-01-15" heading="江苏联宇医疗器械研发生产项目" notes="年产能与年产值为投产后的预计值。"';

async function big(inner: string, attrs = '', count = 1, width = 640, lang = 'zh-CN', data?: unknown): Promise<DjBigNumber> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-big-number eager no-motion ${attrs}>${inner}</dj-big-number></div>`);
  const el = wrap.querySelector('dj-big-number')!;
  if (data !== undefined) el.data = data;
  await waitUntil(() => figures(el).length === count, 'figures never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

/** What the page shows of a figure: number, label, comparison (the disclosure's full text is drawn as a line). */
const clientTexts = (f: HTMLElement): string[] =>
  Array.from(f.querySelectorAll('.final, .label, .comparison [aria-hidden="true"], .provenance'), (n) => norm(n.textContent)).filter(Boolean);

describe('<dj-big-number> toSvg', () => {
  for (const [width, cols] of [[375, 2], [1080, 4]] as const) {
    it(`draws the article's four figures at ${width} px in ${cols} columns, as the page's grid does`, async () => {
      const el = await big(LIANYU, FRAME, 4, width);
      const markup = el.toSvg();
      expect(validateStaticSvg(markup).problems).to.deep.equal([]);
      expect(markup.length).to.be.below(20000);
      const svg = parse(markup);
      const drawn = svgFigures(svg);
      expect(drawn).to.have.length(figures(el).length);
      figures(el).forEach((f, i) => {
        for (const t of clientTexts(f)) expect(norm(drawn[i]!.textContent).replace('原文：', '原文'), `figure ${i}`).to.include(t);
      });
      expect(drawn.map((g) => g.querySelector('text')!.textContent)).to.deep.equal(['4.1亿元', '1.85万平方米', '2万件', '1.8亿元']);
      expect(drawn.map((g) => g.querySelector('text')!.getAttribute('font-weight'))).to.deep.equal(['700', '700', '700', '700']);
      // Columns: as many distinct x as the page's grid has, and the same figures side by side.
      const pageCols = new Set(figures(el).map((f) => f.offsetLeft)).size;
      expect(pageCols).to.equal(cols);
      expect(new Set(drawn.map((g) => at(g)[0])).size).to.equal(cols);
      expect(bigColumns(4, width)).to.equal(cols);
      const pageRows = figures(el).map((f) => f.offsetTop);
      const svgRows = drawn.map((g) => at(g)[1]);
      for (let i = 1; i < 4; i++) expect(svgRows[i] === svgRows[i - 1], `figure ${i}`).to.equal(pageRows[i] === pageRows[i - 1]);
      expect(norm(drawn[0]!.textContent)).to.include(norm('原文：“该项目总投资4.1亿元”（连网，2021-01-15）'));
      expect(svg.querySelector('title')!.textContent).to.equal('江苏联宇医疗器械研发生产项目');
    });
  }

  it('one figure fills the width in one column; its number never runs past the edge', async () => {
    const el = await big('', '', 1, 280, 'zh-CN', [{ label: '一个很大的数', value: '123456789012亿元' }]);
    const svg = parse(el.toSvg());
    const number = svgFigures(svg)[0]!.querySelector('text')!;
    const size = Number(number.getAttribute('font-size'));
    expect(size).to.be.below(28);
    const probe = document.createElement('canvas').getContext('2d')!;
    probe.font = `700 ${size}px ${paintFor('light').font}`;
    expect(probe.measureText(number.textContent).width).to.be.at.most(280);
  });

  it('draws comparisons with arrow, sign and words, coloured by the reader’s convention', async () => {
    const data = [
      { label: '地区生产总值', value: 410, unit: '亿元', previous: 360, previous_label: '2020年' },
      { label: '外资', value: 8e7, unit: '美元', previous: 9e7, previous_label: '2020年' },
      { label: '工业投资增速', value: 12, unit: '%', target: 12 },
    ];
    const zh = await big('', '', 3, 640, 'zh-CN', data);
    const svg = parse(zh.toSvg());
    const paint = paintFor('light', 'zh-CN');
    const lines = svgFigures(svg).map((g) => Array.from(g.querySelectorAll('text[font-weight="600"]'), (t) => [t.textContent, t.getAttribute('fill')]));
    expect(lines).to.deep.equal([[['▲ +13.9%', paint.red]], [['▼ -11.1%', paint.green]], [['= 0个百分点', paint.fg]]]);
    expect(svgFigures(svg)[0]!.textContent).to.include('较2020年');
    figures(zh).forEach((f, i) => {
      for (const t of clientTexts(f)) expect(norm(svgFigures(svg)[i]!.textContent), `figure ${i}`).to.include(t);
    });
    const en = await big('', '', 3, 640, 'en', data);
    const enPaint = paintFor('light', 'en');
    const enLines = svgFigures(parse(en.toSvg())).map((g) => g.querySelector('text[font-weight="600"]')!.getAttribute('fill'));
    expect(enLines).to.deep.equal([enPaint.green, enPaint.red, enPaint.fg]);
  });

  it('draws the final figure even while the page is counting up', async () => {
    const data = PROJECTS[3]!.figures.slice(0, 2).map((f) => ({ ...f }));
    const el = await big('', '', 2, 640, 'zh-CN', data);
    // The page's ticker shows an in-between figure; the drawing is of the final state.
    (el as unknown as { countUp: number }).countUp = 0.3;
    await el.updateComplete;
    expect(shadow(el).querySelector('.ticker')).to.not.equal(null);
    const drawn = svgFigures(parse(el.toSvg())).map((g) => g.querySelector('text')!.textContent);
    expect(drawn).to.deep.equal(Array.from(shadow(el).querySelectorAll('.final'), (n) => n.textContent.trim()));
  });

  it('draws with dark paint for theme dark, and when asked', async () => {
    const dark = paintFor('dark');
    const light = paintFor('light');
    const a = await big(LIANYU, `${FRAME} theme="dark"`, 4);
    const b = await big(LIANYU, FRAME, 4);
    for (const markup of [a.toSvg(), b.toSvg({ theme: 'dark' })]) {
      const svg = parse(markup);
      expect(svg.querySelector(':scope > rect')!.getAttribute('fill')).to.equal(dark.bg);
      expect(svg.querySelector(':scope > g > g')!.getAttribute('fill')).to.equal(dark.fg);
      expect(svgFigures(svg)[0]!.querySelectorAll('text')[1]!.getAttribute('fill')).to.equal(dark.muted);
      expect(markup).not.to.include(light.fg);
      expect(markup).not.to.include(light.muted);
    }
  });

  it('keeps hostile labels and quotes as literal text', async () => {
    const data = [
      { label: '<img src=x onerror=alert(1)>', value: 4.1, unit: '亿元', quote: '</text><script>alert(1)</script>' },
      { label: 'A & B </text>', value: 80, unit: '亩' },
    ];
    const markup = (await big('', '', 2, 640, 'zh-CN', data)).toSvg();
    expect(validateStaticSvg(markup).problems).to.deep.equal([]);
    const svg = parse(markup);
    expect(svg.querySelectorAll('img, script, foreignObject')).to.have.length(0);
    const all = Array.from(svg.querySelectorAll('text'), (t) => t.textContent).join('');
    expect(all).to.include('<img src=x onerror=alert(1)>');
    expect(all).to.include('A & B </text>');
    expect(norm(all)).to.include(norm('“</text><script>alert(1)</script>”'));
  });

  it('draws the hardening registry’s sample as the page does', async () => {
    const c = byTag('dj-big-number')!;
    const el = await big('', '', c.count, 375, 'zh-CN', c.valid());
    const svg = parse(el.toSvg());
    expect(validateStaticSvg(svg.outerHTML).problems).to.deep.equal([]);
    expect(svgFigures(svg)).to.have.length(c.count);
    figures(el).forEach((f, i) => {
      for (const t of clientTexts(f)) expect(norm(svgFigures(svg)[i]!.textContent).replace('原文：', '原文'), `figure ${i}`).to.include(t);
    });
  });
});
// Append to test/widgets/big-number/big-number.svg.test.ts once /tmp/static-svg4-lead.diff is applied:
describe('<dj-big-number> toSvg, attribute mode', () => {
  it('draws the figure written as attributes', async () => {
    const el = await big('', 'value="4.1亿元" label="总投资" previous="3.6亿元" previous-label="2020年"', 1, 375);
    const svg = parse(el.toSvg());
    expect(svgFigures(svg)).to.have.length(1);
    expect(norm(svgFigures(svg)[0]!.textContent)).to.equal(norm('4.1亿元总投资▲ +13.9%较2020年'));
  });
});
