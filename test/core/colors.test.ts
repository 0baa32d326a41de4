/**
 * The one colour-token table (src/core/colors.ts) writes both the CSS light-dark() tokens and the
 * static paint. This holds, for every token in the table and in both schemes, that the browser
 * computes the table's colour inside a widget and that the static paint draws the same colour —
 * and that no core stylesheet keeps a colour of its own beside the table.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/widgets/bar-chart/bar-chart.define.js';
import '../../src/widgets/big-number/big-number.define.js';
import '../../src/widgets/targets/targets.define.js';
import '../../src/widgets/figures/figures.define.js';
import { FRAME_COLORS, PALETTE, SIGN_COLORS, WIDGET_COLORS, cssName, type Pair } from '../../src/core/colors.js';
import { figuresStyles } from '../../src/widgets/figures/figures.styles.js';
import { targetsStyles } from '../../src/widgets/targets/targets.styles.js';
import { bigNumberStyles } from '../../src/widgets/big-number/big-number.styles.js';
import { paintFor, type Paint } from '../../src/core/static-svg/paint.js';
import { tokens, riseFallStyles } from '../../src/core/styles.js';
import { paletteStyles } from '../../src/core/palette.js';
import { BACKGROUNDS } from '../../src/builder/contrast.js';

const rgb = (hex: string): string => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};

function computed(host: Element, token: string, cls = ''): string {
  const wrap = document.createElement('div');
  if (cls) wrap.className = cls;
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  wrap.append(probe);
  host.shadowRoot!.append(wrap);
  const color = getComputedStyle(probe).color;
  wrap.remove();
  return color;
}

async function widget(tag: string, theme: 'light' | 'dark', lang = 'zh-CN'): Promise<Element> {
  const wrap = await fixture<HTMLDivElement>(`<div lang=${lang}><${tag} theme=${theme}></${tag}></div>`);
  const el = wrap.firstElementChild!;
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

const THEMES = [
  ['light', 0],
  ['dark', 1],
] as const;

describe('the colour-token table', () => {
  for (const [theme, i] of THEMES) {
    it(`${theme}: every frame and sign token in CSS equals the table, and the static paint draws the same`, async () => {
      const table: Array<[string, Pair]> = [...Object.entries(FRAME_COLORS), ...Object.entries(SIGN_COLORS)];
      const paint = paintFor(theme);
      let inPaint = 0;
      for (const tag of ['dj-big-number', 'dj-targets']) {
        const el = await widget(tag, theme);
        for (const [key, pair] of table) {
          expect(computed(el, `--_${cssName(key)}`), `${tag} ${theme} --_${cssName(key)}`).to.equal(rgb(pair[i]));
          if (key in paint) {
            expect(paint[key as keyof Paint], `paint.${key} (${theme})`).to.equal(pair[i]);
            inPaint++;
          }
        }
      }
      // Every colour the paint has but focus and the error background (which no static drawing shows).
      expect(inPaint / 2).to.equal(table.length - 2);
    });

    it(`${theme}: every palette colour in CSS equals the table and the static paint`, async () => {
      const el = await widget('dj-bar-chart', theme);
      const paint = paintFor(theme);
      expect(paint.palette.length).to.equal(PALETTE.length);
      for (const [k, pair] of PALETTE.entries()) {
        expect(computed(el, `--_c${k}`), `--_c${k}`).to.equal(rgb(pair[i]));
        expect(paint.palette[k], `palette ${k}`).to.equal(pair[i]);
      }
    });

    it(`${theme}: the figures' underlines are the hues the static drawing uses; the widget fills are the table's`, async () => {
      const paint = paintFor(theme);
      const figures = await widget('dj-figures', theme);
      expect(computed(figures, '--_fig-growth-line')).to.equal(rgb(paint.green));
      expect(computed(figures, '--_fig-progress-line')).to.equal(rgb(paint.palette[3]!));
      expect(computed(figures, '--_fig-share-line')).to.equal(rgb(paint.highlight));
      expect(computed(figures, '--_fig-level')).to.equal(rgb(WIDGET_COLORS.figureLevel[i]));
      const targets = await widget('dj-targets', theme);
      expect(computed(targets, '--_zone')).to.equal(rgb(WIDGET_COLORS.targetZone[i]));
    });

    it(`${theme}: rise and fall follow the locale's convention in CSS and in the paint`, async () => {
      for (const [locale, cls] of [
        ['zh-CN', 'conv-zh'],
        ['en', 'conv-en'],
      ] as const) {
        const paint = paintFor(theme, locale);
        for (const tag of ['dj-big-number', 'dj-targets']) {
          const el = await widget(tag, theme, locale);
          expect(computed(el, '--_rise', cls), `${tag} ${locale} rise`).to.equal(rgb(paint.rise));
          expect(computed(el, '--_fall', cls), `${tag} ${locale} fall`).to.equal(rgb(paint.fall));
        }
        const [up, down] = locale === 'zh-CN' ? [SIGN_COLORS.red, SIGN_COLORS.green] : [SIGN_COLORS.green, SIGN_COLORS.red];
        expect([paint.rise, paint.fall]).to.deep.equal([up[i], down[i]]);
      }
    });
  }

  it("the core and widget stylesheets that draw with colours hold none that is not the table's", () => {
    const known = new Set([...Object.values(FRAME_COLORS), ...Object.values(SIGN_COLORS), ...PALETTE, ...Object.values(WIDGET_COLORS)].flat());
    for (const sheet of [tokens, paletteStyles, riseFallStyles, figuresStyles, targetsStyles, bigNumberStyles]) {
      const hexes = sheet.cssText.match(/#[0-9a-f]{3,8}\b/gi) ?? [];
      expect(hexes.length, 'the sheet has colours').to.be.greaterThan(0);
      for (const h of hexes) expect(known.has(h), h).to.equal(true);
    }
  });

  it("the builder checks contrast against the table's background", () => {
    expect(BACKGROUNDS).to.deep.equal({ light: FRAME_COLORS.bg[0], dark: FRAME_COLORS.bg[1] });
  });
});
