/**
 * The static SVG channel (WeChat, RSS, email, the PNG export) for every registered widget: its
 * `toSvg()` is one document that passes the allow-list, stays under the character budget at a
 * phone's and WeChat's export width, follows the theme, and writes hostile text as text.
 */
import { expect } from '@open-wc/testing';
import { paintFor } from '../../src/core/static-svg/paint.js';
import { validateStaticSvg } from '../../src/core/static-svg/validate.js';
import { WIDGETS, type WidgetCase } from './widgets.js';
import { mount, type Widget } from './mount.js';
import { ssr } from '../server/ssr.js';

type Drawable = Widget & { toSvg?: (o?: { width?: number; theme?: 'light' | 'dark' }) => string };

const BUDGET = 20000;
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function svgOf(el: Drawable, options: { width?: number; theme?: 'light' | 'dark' } = {}): string {
  if (typeof el.toSvg !== 'function') throw new Error(`<${el.localName}> has no toSvg()`);
  return el.toSvg(options);
}

const parse = (markup: string): Element => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;

function hostileRows(w: WidgetCase): Array<Record<string, unknown>> {
  return (w.valid() as Array<Record<string, unknown>>).map((r) => {
    const out = { ...r };
    for (const c of w.textColumns) out[c] = `${HOSTILE} ${String(r[c])}`;
    return out;
  });
}

describe('hardening: static SVG of every widget', () => {
  for (const w of WIDGETS) {
    describe(`<${w.tag}>`, () => {
      it('draws one valid SVG under the budget at 375 and 1080 px', async () => {
        const el = (await mount(w)) as Drawable;
        for (const width of [375, 1080]) {
          const markup = svgOf(el, { width });
          const report = validateStaticSvg(markup, BUDGET);
          expect(report.problems, `${width} px`).to.deep.equal([]);
          const svg = parse(markup);
          expect(svg.getAttribute('width')).to.equal(String(width));
          expect(Number(svg.getAttribute('height'))).to.be.greaterThan(0);
        }
      });

      it('draws the same allowed SVG on a server (dj-widgets/static, mode "svg")', async () => {
        const attrs = { lang: 'en', ...w.attrs, width: 375 };
        const input = w.input === 'text' ? attrs : { ...attrs, data: w.valid() };
        const markup = await ssr(w.tag, input, { mode: 'svg', ...(w.input === 'text' ? { props: { paragraphs: w.valid() } } : {}) });
        expect(validateStaticSvg(markup, BUDGET).problems).to.deep.equal([]);
        expect(parse(markup).getAttribute('width')).to.equal('375');
      });

      it('draws in the paint of the theme asked for', async () => {
        const el = (await mount(w)) as Drawable;
        for (const theme of ['light', 'dark'] as const) {
          const svg = parse(svgOf(el, { theme }));
          // The first drawn element is the background.
          expect(svg.querySelector('rect')!.getAttribute('fill'), theme).to.equal(paintFor(theme).bg);
          expect(svg.outerHTML).to.not.include(paintFor(theme === 'light' ? 'dark' : 'light').bg);
        }
      });

      if (w.input === 'data' && w.textColumns.length > 0) {
        it('writes markup in its text fields as text', async () => {
          const el = (await mount(w, hostileRows(w))) as Drawable;
          const markup = svgOf(el);
          expect(validateStaticSvg(markup, BUDGET).problems).to.deep.equal([]);
          expect(markup).to.not.include('<script');
          expect(markup).to.not.include('<img');
          const svg = parse(markup);
          expect(svg.querySelectorAll('script, img, foreignObject').length).to.equal(0);
          expect(Array.from(svg.querySelectorAll('text'), (t) => t.textContent).join('')).to.include('<script>');
        });
      }
    });
  }
});
