/**
 * paintFor() copies the design tokens by hand (a static SVG cannot use CSS): this holds the copy
 * equal to what the browser computes for the same tokens inside a widget, in both schemes.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import '../../../src/widgets/big-number/big-number.define.js';
import { FONT_STACK, paintFor, paletteColor, type Paint } from '../../../src/core/static-svg/paint.js';

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** The colour a token resolves to inside `host`'s shadow root (under `cls`, for tokens set per class). */
function computed(host: Element, token: string, cls = ''): string {
  const root = host.shadowRoot!;
  const wrap = document.createElement('div');
  if (cls) wrap.className = cls;
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  wrap.append(probe);
  root.append(wrap);
  const color = getComputedStyle(probe).color;
  wrap.remove();
  return color;
}

async function widget(tag: string, theme: 'light' | 'dark', lang: string): Promise<Element> {
  const wrap = await fixture<HTMLDivElement>(`<div lang=${lang}><${tag} theme=${theme}></${tag}></div>`);
  const el = wrap.firstElementChild!;
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

const TOKENS: Array<[keyof Paint, string]> = [
  ['bg', '--_bg'],
  ['fg', '--_fg'],
  ['muted', '--_muted'],
  ['grid', '--_grid'],
  ['axis', '--_axis'],
  ['accent', '--_accent'],
  ['highlight', '--_highlight'],
  ['negative', '--_negative'],
  ['onMark', '--_on-mark'],
  ['errorFg', '--_error-fg'],
];

describe('paintFor', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: every frame token and the palette equal the browser's`, async () => {
      const el = await widget('dj-bar-chart', theme, 'zh-CN');
      const paint = paintFor(theme);
      expect(paint.theme).to.equal(theme);
      for (const [key, token] of TOKENS) expect(rgb(paint[key] as string), `${theme} ${token}`).to.equal(computed(el, token));
      expect(paint.palette).to.have.length(7);
      for (const [i, c] of paint.palette.entries()) expect(rgb(c), `${theme} --_c${i}`).to.equal(computed(el, `--_c${i}`));
      // Series past the palette reuse it, as colorClass does.
      expect(paletteColor(paint, 9)).to.equal(paint.palette[2]);
    });

    it(`${theme}: red, green, and rise/fall by the locale's convention equal the browser's`, async () => {
      for (const locale of ['zh-CN', 'en'] as const) {
        const el = await widget('dj-big-number', theme, locale);
        const paint = paintFor(theme, locale);
        expect(rgb(paint.red)).to.equal(computed(el, '--_red'));
        expect(rgb(paint.green)).to.equal(computed(el, '--_green'));
        const conv = locale === 'zh-CN' ? 'conv-zh' : 'conv-en';
        expect(rgb(paint.rise), `${theme} ${locale} rise`).to.equal(computed(el, '--_rise', conv));
        expect(rgb(paint.fall), `${theme} ${locale} fall`).to.equal(computed(el, '--_fall', conv));
      }
      expect(paintFor(theme, 'zh-CN').rise).to.equal(paintFor(theme, 'zh-CN').red);
      expect(paintFor(theme, 'en').rise).to.equal(paintFor(theme, 'en').green);
    });
  }

  it('the light and dark paints differ in every colour (a dark export never falls back to light)', () => {
    const light = paintFor('light');
    const dark = paintFor('dark');
    for (const [key] of TOKENS) expect(dark[key], key).to.not.equal(light[key]);
    for (const [i, c] of dark.palette.entries()) expect(c).to.not.equal(light.palette[i]);
  });

  it('the font and size equal the widget frame defaults', async () => {
    const el = await widget('dj-bar-chart', 'light', 'zh-CN');
    const cs = getComputedStyle(el);
    const norm = (f: string): string => f.replace(/["']/g, '').replace(/\s*,\s*/g, ',');
    expect(norm(cs.fontFamily)).to.equal(norm(FONT_STACK));
    expect(cs.fontSize).to.equal(`${paintFor('light').fontSize}px`);
  });
});
