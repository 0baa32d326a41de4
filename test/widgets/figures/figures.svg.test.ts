import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/figures/figures.define.js';
import type { DjFigures } from '../../../src/widgets/figures/figures.js';
import { DataError } from '../../../src/core/data/errors.js';
import { paintFor } from '../../../src/core/static-svg/paint.js';
import { validateStaticSvg } from '../../../src/core/static-svg/validate.js';
import { HAIZHOU_2021_ARTICLE } from '../../../src/data/haizhou-2021.article.js';
import { byTag } from '../../hardening/widgets.js';
import { shadow } from '../../helpers/widgets.js';

const paragraphs = HAIZHOU_2021_ARTICLE.split('\n\n');
const TARGETS = paragraphs.find((p) => p.startsWith('与2020年相比'))!;
const BUILDINGS = paragraphs.find((p) => p.startsWith('为集聚新兴业态'))!;

const marks = (el: DjFigures): HTMLElement[] => Array.from(shadow(el).querySelectorAll<HTMLElement>('mark[part="figure"]'));
const parse = (markup: string): Element => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
const body = (svg: Element): Element => svg.querySelector(':scope > g > g')!;
/** Each highlight is a <g> of boxes under the text; each line of text a <text>. */
const highlights = (svg: Element): Element[] => Array.from(body(svg).querySelectorAll(':scope > g:not([font-size])'));
/** Count line and legend: the group that sets its own (smaller) size. */
const meta = (svg: Element): string[] => Array.from(body(svg).querySelectorAll(':scope > g[font-size] text'), (t) => t.textContent);
const lines = (svg: Element): Element[] => Array.from(body(svg).querySelectorAll(':scope > text'));
const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

async function passage(paras: readonly string[], lang = 'zh-CN', width = 640, attrs = ''): Promise<DjFigures> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-figures ${attrs}>${paras.map((p) => `<p>${esc(p)}</p>`).join('')}</dj-figures></div>`);
  const el = wrap.querySelector('dj-figures')!;
  await waitUntil(() => shadow(el).querySelector('.count'), 'never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('<dj-figures> toSvg', () => {
  for (const width of [375, 1080]) {
    it(`draws the article's two paragraphs at ${width} px: every line, every highlight, count and legend; valid and under budget`, async () => {
      const el = await passage([TARGETS, BUILDINGS], 'zh-CN', width);
      const markup = el.toSvg();
      expect(validateStaticSvg(markup).problems).to.deep.equal([]);
      expect(markup.length).to.be.below(20000);
      const svg = parse(markup);
      expect(svg.getAttribute('width')).to.equal(String(width));
      const hs = highlights(svg);
      expect(hs).to.have.length(marks(el).length);
      expect(hs).to.have.length(13);
      // The lines, read in order, are the paragraphs themselves (Chinese breaks between characters), then count and legend.
      const text = lines(svg).map((t) => t.textContent);
      expect(text.join('')).to.equal(TARGETS + BUILDINGS);
      expect(meta(svg)).to.deep.equal([shadow(el).querySelector('.count')!.textContent, ...Array.from(shadow(el).querySelectorAll('.legend li'), (li) => li.textContent.replace(/\s+/g, ' ').trim())]);
      // No line is wider than the drawing, and no line starts with a closing mark.
      const probe = document.createElement('canvas').getContext('2d')!;
      probe.font = `15.8px ${paintFor('light').font}`;
      for (const t of text) {
        expect(probe.measureText(t).width, t).to.be.at.most(width);
        expect(t, t).not.to.match(/^[，。、；：,.;:”）]/);
      }
      // Each highlight's boxes sit on a line that holds its words, in the kind's colours.
      const paint = paintFor('light');
      marks(el).forEach((m, i) => {
        const boxes = Array.from(hs[i]!.querySelectorAll('rect'));
        expect(boxes).to.have.length(2);
        const underline = boxes[1]!;
        expect(hs[i]!.getAttribute('fill')).to.equal(m.classList.contains('kind-growth') ? paint.green : paint.accent);
        const line = text.findIndex((_, k) => Math.abs(Number(lines(svg)[k]!.getAttribute('y')) - Number(underline.getAttribute('y'))) < 10);
        expect(text[line], m.textContent).to.include(m.textContent);
        expect(Number(underline.getAttribute('x')) + Number(underline.getAttribute('width'))).to.be.at.most(width + 1);
      });
    });
  }

  it('keeps a figure whole on one line ("10万平方米以上" never breaks)', async () => {
    for (const width of [280, 320, 375, 414]) {
      const el = await passage([TARGETS], 'zh-CN', width);
      const text = lines(parse(el.toSvg())).map((t) => t.textContent);
      for (const m of marks(el)) expect(text.some((t) => t.includes(m.textContent)), `${m.textContent} at ${width}`).to.equal(true);
    }
  });

  it('the whole article: leaves out the paragraphs without figures and says so, under the budget', async () => {
    const el = await passage(paragraphs, 'zh-CN', 375);
    const markup = el.toSvg();
    expect(validateStaticSvg(markup).problems).to.deep.equal([]);
    const svg = parse(markup);
    expect(highlights(svg)).to.have.length(marks(el).length);
    const text = lines(svg).map((t) => t.textContent);
    const notes = text.filter((t) => t.startsWith('……'));
    const withFigures = new Set(Array.from(shadow(el).querySelectorAll('p[part="paragraph"]')).filter((p) => p.querySelector('mark')));
    expect(notes.length).to.be.at.least(1);
    const skipped = notes.map((t) => Number(/略去 (\d+) 段没有数字的文字/.exec(t)![1])).reduce((a, b) => a + b, 0);
    expect(skipped).to.equal(paragraphs.length - withFigures.size);
    expect(text.join('')).to.include(TARGETS);
    expect(text.join('')).not.to.include(paragraphs[0]!);
  });

  it('past the character budget, stops at a paragraph and says how many are left out', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `第${i + 1}段：新引进过亿元项目${i + 10}个，工业投资增长${i + 1}%，实际利用外资8000万美元以上，确保新增规上工业企业15家以上。`);
    const el = await passage(many, 'zh-CN', 375);
    const markup = el.toSvg();
    expect(validateStaticSvg(markup).problems).to.deep.equal([]);
    expect(markup.length).to.be.below(20000);
    const text = lines(parse(markup)).map((t) => t.textContent);
    const last = text[text.length - 1]!;
    const rest = Number(/以下 (\d+) 段从略/.exec(last)![1]);
    expect(rest).to.be.above(0);
    expect(text.filter((t) => /^第\d+段/.test(t))).to.have.length(40 - rest);
    // The count line still counts every figure of the passage.
    expect(markup).to.include(shadow(el).querySelector('.count')!.textContent);
  });

  it('English: breaks at spaces, never inside a word or a figure', async () => {
    const en = ['The district aims to attract at least 80 projects worth over 100 million yuan, raise industrial investment by 12% and exceed 40 billion yuan in taxable industrial sales.'];
    const el = await passage(en, 'en', 300);
    const svg = parse(el.toSvg());
    const text = lines(svg).map((t) => t.textContent);
    expect(text.length).to.be.above(2);
    expect(text.join(' ')).to.equal(en[0]);
    expect(highlights(svg)).to.have.length(marks(el).length);
    expect(meta(svg)[0]).to.equal(shadow(el).querySelector('.count')!.textContent);
  });

  it('draws with dark paint for theme dark, and when asked', async () => {
    const dark = paintFor('dark');
    const light = paintFor('light');
    const a = await passage([TARGETS], 'zh-CN', 640, 'theme="dark"');
    const b = await passage([TARGETS]);
    for (const markup of [a.toSvg(), b.toSvg({ theme: 'dark' })]) {
      const svg = parse(markup);
      expect(svg.querySelector(':scope > rect')!.getAttribute('fill')).to.equal(dark.bg);
      expect(body(svg).getAttribute('fill')).to.equal(dark.fg);
      expect(highlights(svg)[0]!.getAttribute('fill')).to.equal(dark.accent);
      expect(markup).not.to.include(light.fg);
    }
  });

  it('keeps hostile text literal', async () => {
    const el = await passage(['<img src=x onerror=alert(1)> 投资4.1亿元 </text><script>alert(1)</script>']);
    const markup = el.toSvg();
    expect(validateStaticSvg(markup).problems).to.deep.equal([]);
    const svg = parse(markup);
    expect(svg.querySelectorAll('img, script, foreignObject')).to.have.length(0);
    expect(lines(svg).map((t) => t.textContent).join(' ')).to.equal('<img src=x onerror=alert(1)> 投资4.1亿元 </text><script>alert(1)</script>');
    expect(highlights(svg)).to.have.length(marks(el).length);
  });

  it('throws a DataError when there is no text', async () => {
    const el = await passage([]);
    expect(() => el.toSvg()).to.throw(DataError);
  });

  it('draws the hardening registry’s sample as the page does', async () => {
    const c = byTag('dj-figures')!;
    const el = await passage(c.valid() as string[], 'zh-CN', 375);
    const svg = parse(el.toSvg());
    expect(validateStaticSvg(svg.outerHTML).problems).to.deep.equal([]);
    expect(highlights(svg)).to.have.length(c.count);
    expect(lines(svg).map((t) => t.textContent).join('')).to.equal((c.valid() as string[]).join(''));
  });
});
