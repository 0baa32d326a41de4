import { expect, fixture } from '@open-wc/testing';
import { messages } from '../../../src/core/i18n/messages.js';
import { estimateWidth, measureText } from '../../../src/core/measure.js';
import type { SvgContext } from '../../../src/core/static-svg/context.js';
import { frameSvg, wrapText } from '../../../src/core/static-svg/frame.js';
import { paintFor } from '../../../src/core/static-svg/paint.js';
import { s, serializeSvg } from '../../../src/core/static-svg/svg.js';
import { validateStaticSvg } from '../../../src/core/static-svg/validate.js';

const ctxFor = (width: number, locale: 'zh-CN' | 'en' = 'zh-CN', theme: 'light' | 'dark' = 'light'): SvgContext => {
  const paint = paintFor(theme, locale);
  return { width, locale, paint, measure: measureText, font: `${paint.fontSize}px ${paint.font}`, t: messages(locale) };
};

const LONG_ZH = '“十四五”时期为2021–2025年。2021年的流通体系项目为年内计划，原文未给具体日期。竖线为报道日期。江苏联宇项目的数据由公司负责人张杰介绍。';
const LONG_EN = 'A long note in English that should wrap over several lines without running past the right edge, then a URL: https://example.com/a/very/long/path/without/any/spaces/at/all/index.html';

/** Puts the markup into the page as a real SVG, so the browser measures what it draws. */
async function mounted(markup: string): Promise<SVGSVGElement> {
  const host = await fixture<HTMLDivElement>('<div></div>');
  const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  host.append(document.importNode(parsed, true));
  return host.querySelector('svg')!;
}

describe('wrapText', () => {
  const font = '14px sans-serif';
  it('breaks Chinese between characters and keeps punctuation off the start of a line', () => {
    const lines = wrapText('盘活低产低效土地，闲置老旧厂房。', 14 * 8, font, estimateWidth, 10);
    expect(lines).to.deep.equal(['盘活低产低效土', '地，闲置老旧厂', '房。']);
  });

  it('breaks Latin between words, mixed text between characters too, and a word longer than a line by characters', () => {
    expect(wrapText('one two three', 60, font, estimateWidth, 10)).to.deep.equal(['one two', 'three']);
    expect(wrapText('Source 海州区政府工作报告', 14 * 6, font, estimateWidth, 10)).to.deep.equal(['Source 海州', '区政府工作报', '告']);
    const url = 'https://example.com/abcdefghijklmnopqrstuvwxyz';
    const lines = wrapText(url, 100, font, estimateWidth, 10);
    expect(lines.join('')).to.equal(url);
    for (const l of lines) expect(estimateWidth(l, font)).to.be.at.most(100);
  });

  it('collapses whitespace and ends the last allowed line in an ellipsis', () => {
    expect(wrapText('  a \n\n b  ', 500, font, estimateWidth, 3)).to.deep.equal(['a b']);
    const lines = wrapText('一二三四五六七八九十一二三四五六七八九十', 14 * 5, font, estimateWidth, 2);
    expect(lines).to.have.length(2);
    expect(lines[0]).to.equal('一二三四五');
    expect(lines[1]!.endsWith('…')).to.equal(true);
    expect(wrapText('   ', 100, font, estimateWidth, 2)).to.deep.equal([]);
  });
});

describe('frameSvg', () => {
  const body = (h: number) => ({ node: s('rect', { width: 10, height: h, fill: '#123456' }), height: h });

  it('stacks title, subtitle, body, notes, source and credit, all as text, inside the width', async () => {
    for (const width of [280, 375, 640, 1080, 1200]) {
      for (const [locale, note] of [['zh-CN', LONG_ZH], ['en', LONG_EN]] as const) {
        const ctx = ctxFor(width, locale);
        const text = { title: `${LONG_ZH.slice(0, 30)} title`, subtitle: 'Sub', notes: note, source: '连网，2021年1月15日（海州区政府工作报告）', credit: 'Credit', summary: 'Summary.' };
        const markup = serializeSvg(frameSvg(text, body(40), ctx));
        expect(validateStaticSvg(markup).problems, `${width} ${locale}`).to.deep.equal([]);
        const svg = await mounted(markup);
        expect(svg.getAttribute('width')).to.equal(String(width));
        const texts = Array.from(svg.querySelectorAll('text'));
        for (const t of texts) {
          const box = t.getBBox();
          expect(box.x, `${width} ${locale}: "${t.textContent}"`).to.be.at.least(-0.5);
          expect(box.x + box.width, `${width} ${locale}: "${t.textContent}"`).to.be.at.most(width + 0.5);
        }
        const bodyG = svg.querySelector('g')!;
        const bodyTop = bodyG.getBoundingClientRect().top - svg.getBoundingClientRect().top;
        const tops = texts.map((t) => t.getBoundingClientRect().top - svg.getBoundingClientRect().top);
        const titleLines = texts.filter((t) => t.getAttribute('font-weight') === '700');
        expect(titleLines.length, 'the title wraps rather than overflowing').to.be.at.least(width < 600 ? 2 : 1);
        // Title and subtitle above the body, notes/source/credit below it, in reading order.
        const joined = texts.map((t) => t.textContent).join('|');
        expect(joined.indexOf('Sub')).to.be.greaterThan(joined.indexOf('title'));
        const after = texts.filter((_, i) => (tops[i] ?? 0) > bodyTop);
        expect(after.map((t) => t.textContent).join('').replace(/\s+/g, '')).to.equal(`${messages(locale).notes}${note}${messages(locale).source}连网，2021年1月15日（海州区政府工作报告）Credit`.replace(/\s+/g, ''));
        for (let i = 1; i < tops.length; i++) expect(tops[i]).to.be.greaterThan(tops[i - 1]!);
        expect(Number(svg.getAttribute('height'))).to.be.greaterThan(bodyTop + 40);
      }
    }
  });

  it('draws the background and text in the paint of the theme, and names the image', () => {
    const ctx = ctxFor(400, 'en', 'dark');
    const markup = serializeSvg(frameSvg({ title: 'T', subtitle: '', notes: '', source: '', credit: '', summary: 'What it shows.' }, body(10), ctx));
    const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('lang')).to.equal('en');
    expect(svg.querySelector('title')!.textContent).to.equal('T');
    expect(svg.querySelector('desc')!.textContent).to.equal('What it shows.');
    expect(svg.querySelector(':scope > rect')!.getAttribute('fill')).to.equal('#16181d');
    expect(svg.getAttribute('fill')).to.equal('#e8eaed');
    expect(svg.getAttribute('font-family')).to.equal(ctx.paint.font);
  });

  it('without a title, names the image by its summary', () => {
    const markup = serializeSvg(frameSvg({ title: '', subtitle: '', notes: '', source: '', credit: '', summary: 'S' }, body(10), ctxFor(300)));
    const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
    expect(svg.querySelector('title')!.textContent).to.equal('S');
    expect(svg.querySelectorAll('text').length).to.equal(0);
    // 12 px above the body, 8 below it, 12 px of margin.
    expect(svg.querySelector('g')!.getAttribute('transform')).to.equal('translate(0,12)');
    expect(svg.getAttribute('height')).to.equal(String(12 + 10 + 8 + 12));
  });
});
