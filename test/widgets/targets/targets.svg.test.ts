import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/targets/targets.define.js';
import type { DjTargets } from '../../../src/widgets/targets/targets.js';
import { paintFor } from '../../../src/core/static-svg/paint.js';
import { validateStaticSvg } from '../../../src/core/static-svg/validate.js';
import { TARGETS } from '../../../src/data/haizhou-2021.js';
import { byTag } from '../../hardening/widgets.js';
import { shadow } from '../../helpers/widgets.js';

const rows = (el: DjTargets): HTMLElement[] => Array.from(shadow(el).querySelectorAll<HTMLElement>('[role="option"]'));
const parse = (markup: string): Element => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
const norm = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, '');
/** The board: the frame puts the body in a translated <g>; each row is a <g> child of the body. */
const body = (svg: Element): Element => svg.querySelector(':scope > g > g')!;
const svgRows = (svg: Element): Element[] => Array.from(body(svg).querySelectorAll(':scope > g'));
const headings = (svg: Element): string[] => Array.from(body(svg).querySelectorAll(':scope > text'), (t) => t.textContent);

const ARTICLE = 'source="连网" date="2021-01-15" period="2021" group="category" heading="2021年海州区13项量化目标" notes="均为2021年目标（与2020年相比）；原文只报道目标，未报道完成情况。"';
const SAMPLE = [
  { category: 'A', label: '土地', value: 1000, unit: '亩', comparator: 'ge', 'actual_1-6月': 620, quote: '盘活低产低效土地1000亩以上' },
  { category: 'B', label: '工业投资', value: 12, unit: '%', comparator: 'eq', kind: 'growth', 'actual_1-6月': -2 },
  { category: 'A', label: '收入', value: 4e10, unit: '元', comparator: 'gt', actual_2021: 4.12e10 },
  { category: 'A', label: '用地指标', value: 50, unit: '个', comparator: 'le', 'actual_2021-03': 40, 'actual_2021-05': 58 },
];

async function board(attrs: string, data: unknown, count: number, width = 640, lang = 'zh-CN'): Promise<DjTargets> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-targets eager no-motion ${attrs}></dj-targets></div>`);
  const el = wrap.querySelector('dj-targets')!;
  el.data = data;
  await waitUntil(() => rows(el).length === count, `${count} rows never drew`, { timeout: 4000 });
  await el.updateComplete;
  return el;
}

/** What each row of the page shows (hidden provenance and screen-reader-only words excepted). */
function clientRowTexts(row: HTMLElement): string[] {
  const shown = row.querySelectorAll('.label, .words, .meta > span:not(.sr-only), .state, .provenance:not([hidden])');
  return Array.from(shown, (n) => norm(n.textContent)).filter(Boolean);
}

describe('<dj-targets> toSvg', () => {
  for (const width of [375, 1080]) {
    it(`draws the article's 13 targets at ${width} px: every row, label, target, status word, valid and under budget`, async () => {
      const el = await board(ARTICLE, TARGETS.map((t) => ({ ...t })), 13, width);
      const markup = el.toSvg();
      expect(validateStaticSvg(markup).problems).to.deep.equal([]);
      expect(markup.length).to.be.below(20000);
      const svg = parse(markup);
      expect(svg.getAttribute('width')).to.equal(String(width));
      const drawn = svgRows(svg);
      expect(drawn).to.have.length(rows(el).length);
      rows(el).forEach((row, i) => {
        const mine = norm(drawn[i]!.textContent);
        for (const t of clientRowTexts(row)) expect(mine, `row ${i}`).to.include(t);
        // The status in words, and the comparator spelled out (the page says it to screen readers only).
        expect(mine).to.include('尚未公布');
      });
      expect(headings(svg)).to.deep.equal(Array.from(shadow(el).querySelectorAll('.group'), (g) => g.textContent));
      expect(headings(svg)).to.deep.equal(['盘活闲置资源', '企业培育', '招商引资', '楼宇经济']);
      expect(norm(drawn[0]!.textContent)).to.equal(norm('低产低效土地尚未公布≥1000亩不少于1000亩尚无实际数据'));
      expect(norm(drawn[5]!.textContent)).to.include('>400亿元超过400亿元');
      expect(norm(drawn[2]!.textContent)).to.include('≥+10%比2020年增长不少于10%');
      // A plain goal ("80个") is not said twice.
      expect(norm(drawn[6]!.textContent)).to.equal(norm('新引进过亿元项目尚未公布80个尚无实际数据'));
      expect(svg.querySelector('title')!.textContent).to.equal('2021年海州区13项量化目标');
      expect(svg.querySelector('desc')!.textContent).to.equal('13 项目标，均尚未公布完成情况。');
    });
  }

  it('the article’s roomy board (quotes and scale labels on every row) stays under the budget, narrow or wide', async () => {
    for (const width of [280, 1200]) {
      const el = await board(`${ARTICLE} density="roomy"`, TARGETS.map((t) => ({ ...t })), 13, width);
      const markup = el.toSvg();
      expect(validateStaticSvg(markup).problems, `${width}`).to.deep.equal([]);
      const svg = parse(markup);
      expect(svgRows(svg).every((g) => norm(g.textContent).includes('原文：“'))).to.equal(true);
    }
  });

  it('lays rows out as the page does: label and status on one line with the scale when wide, the scale below when narrow', async () => {
    const wide = parse((await board(ARTICLE, TARGETS.map((t) => ({ ...t })), 13, 1080)).toSvg());
    const narrow = parse((await board(ARTICLE, TARGETS.map((t) => ({ ...t })), 13, 375)).toSvg());
    const firstTexts = (svg: Element): Element[] => Array.from(svgRows(svg)[0]!.querySelectorAll(':scope > text'));
    const track = (svg: Element): string => svgRows(svg)[0]!.querySelector(':scope > g:not([fill="none"])')!.getAttribute('transform')!;
    // 1080: the scale starts right of the label column, on the label's line; the status in its 118 px column.
    const [, wy] = /translate\(([\d.]+),([\d.]+)\)/.exec(track(wide))!.slice(1).map(Number);
    expect(Number(/translate\(([\d.]+)/.exec(track(wide))![1])).to.be.above(60);
    expect(wy).to.be.below(20);
    expect(firstTexts(wide)[1]!.getAttribute('x')).to.equal(String(1080 - 4 - 118 + 21));
    // 375: the scale on its own line under the label, the status words ending at the row's edge.
    expect(track(narrow)).to.match(/^translate\(4,2\d/);
    expect(firstTexts(narrow)[1]!.getAttribute('text-anchor')).to.equal('end');
    expect(firstTexts(narrow)[1]!.getAttribute('x')).to.equal(String(375 - 4));
  });

  it('roomy: the words line, scale labels, progress bars in their status colours, status icons and the quote', async () => {
    const el = await board('density="roomy" period="2021" as-of="2021-06-30" source="连网" date="2021-01-15"', SAMPLE, 4, 640);
    const svg = parse(el.toSvg());
    expect(validateStaticSvg(svg.outerHTML).problems).to.deep.equal([]);
    const drawn = svgRows(svg);
    rows(el).forEach((row, i) => {
      for (const t of clientRowTexts(row)) expect(norm(drawn[i]!.textContent), `row ${i}`).to.include(t);
    });
    expect(norm(drawn[0]!.textContent)).to.include(norm('目标：不少于1000亩'));
    expect(norm(drawn[0]!.textContent)).to.include(norm('原文：“盘活低产低效土地1000亩以上”（连网，2021-01-15）'));
    expect(Array.from(drawn[0]!.querySelectorAll('g[font-size="11"] text'), (t) => t.textContent)).to.deep.equal(['0亩', '1000亩']);
    const words = rows(el).map((r) => r.querySelector('.state')!.textContent.trim());
    expect(words).to.deep.equal(['进度正常', '进度滞后', '已完成', '未完成']);
    const paint = paintFor('light', 'zh-CN');
    const bar = (i: number): string | null => drawn[i]!.querySelector('rect[height="8"]')!.getAttribute('fill');
    // Colour encodes status, not direction: on track blue, behind orange, met green.
    expect([bar(0), bar(1), bar(2)]).to.deep.equal([paint.accent, paint.highlight, paint.green]);
    // Icons: a filled disc for achieved, a triangle for behind, a filled disc with a cross for missed.
    const icon = (i: number): Element => drawn[i]!.querySelector('g[fill="none"]')!;
    expect(icon(2).getAttribute('stroke')).to.equal(paint.green);
    expect(icon(2).querySelector('circle')!.getAttribute('fill')).to.equal(paint.green);
    expect(icon(0).getAttribute('stroke')).to.equal(paint.accent);
    expect(icon(1).getAttribute('stroke')).to.equal(paint.highlight);
    expect(icon(1).querySelector('path')!.getAttribute('d')).to.equal('M8 1.5l7 12.5H1z');
    expect(icon(3).getAttribute('stroke')).to.equal(paint.errorFg);
    // The strict target (> 400亿元) has an open marker, the others a filled one.
    expect(drawn[2]!.querySelector('circle[r="4.5"]')!.getAttribute('fill')).to.equal(paint.bg);
    expect(drawn[0]!.querySelector('circle[r="4.5"]')!.getAttribute('fill')).to.equal(paint.fg);
  });

  it('English: the same status colours as Chinese, English words, comparators spelled out', async () => {
    const el = await board('period="2021" as-of="2021-06-30"', SAMPLE.slice(0, 2), 2, 640, 'en');
    const svg = parse(el.toSvg());
    const paint = paintFor('light', 'en');
    const drawn = svgRows(svg);
    expect(drawn[0]!.querySelector('rect[height="8"]')!.getAttribute('fill')).to.equal(paint.accent);
    expect(drawn[1]!.querySelector('rect[height="8"]')!.getAttribute('fill')).to.equal(paint.highlight);
    expect(paintFor('light', 'zh-CN').accent).to.equal(paint.accent);
    expect(drawn[0]!.textContent).to.include('at least 1,000 mu');
    expect(drawn[0]!.textContent).to.include('on track');
    expect(drawn[1]!.textContent).to.include('growth of 12% on 2020');
    expect(drawn[1]!.textContent).to.include('behind');
  });

  it('groups by status in the page’s order, and sorts as the page does', async () => {
    const el = await board('group="status" sort="progress" period="2021" as-of="2021-06-30"', SAMPLE, 4);
    const svg = parse(el.toSvg());
    expect(headings(svg)).to.deep.equal(Array.from(shadow(el).querySelectorAll('.group'), (g) => g.textContent));
    expect(svgRows(svg).map((g) => g.querySelector('text')!.textContent)).to.deep.equal(rows(el).map((r) => r.querySelector('.label')!.textContent));
  });

  it('draws with dark paint for theme dark, and when asked', async () => {
    const el = await board('theme="dark"', TARGETS.map((t) => ({ ...t })), 13);
    const dark = paintFor('dark');
    const light = paintFor('light');
    for (const markup of [el.toSvg(), (await board('', TARGETS.map((t) => ({ ...t })), 13)).toSvg({ theme: 'dark' })]) {
      const svg = parse(markup);
      expect(svg.querySelector(':scope > rect')!.getAttribute('fill')).to.equal(dark.bg);
      expect(body(svg).getAttribute('fill')).to.equal(dark.fg);
      expect(markup).not.to.include(light.fg);
      expect(markup).not.to.include(light.grid);
      expect(svgRows(svg)[0]!.querySelector('line')!.getAttribute('stroke')).to.equal(dark.grid);
    }
  });

  it('keeps hostile labels and quotes as literal text', async () => {
    const hostile = [
      { category: '</text><script>alert(1)</script>', label: '<img src=x onerror=alert(1)>', value: 10, unit: '个', comparator: 'ge', quote: '</text><image href="https://example.com/x.png"/>' },
      { label: 'A & B "quoted" </text>', value: 5, unit: '%', comparator: 'approx' },
    ];
    const el = await board('density="roomy" group="category"', hostile, 2);
    const markup = el.toSvg();
    expect(validateStaticSvg(markup).problems).to.deep.equal([]);
    const svg = parse(markup);
    expect(svg.querySelectorAll('img, script, image, foreignObject')).to.have.length(0);
    const all = Array.from(svg.querySelectorAll('text'), (t) => t.textContent).join('\n');
    expect(all).to.include('<img src=x onerror=alert(1)>');
    expect(all).to.include('A & B "quoted" </text>');
    expect(headings(svg)[0]).to.equal('</text><script>alert(1)</script>');
    expect(norm(all)).to.include(norm('原文：“</text><image href="https://example.com/x.png"/>”'));
  });

  it('draws the hardening registry’s sample as the page does', async () => {
    const c = byTag('dj-targets')!;
    const el = await board('', c.valid(), c.count);
    const svg = parse(el.toSvg({ width: 375 }));
    expect(validateStaticSvg(svg.outerHTML).problems).to.deep.equal([]);
    expect(svgRows(svg)).to.have.length(c.count);
    expect(svgRows(svg).map((g) => g.querySelector('text')!.textContent)).to.deep.equal(['土地', '工业投资']);
  });
});
