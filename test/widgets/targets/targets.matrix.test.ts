/**
 * The judgment matrix, every cell in the page and in the static SVG, in zh-CN and en: the status,
 * its words, the figure beside it (progress, distance or headroom), the icon and the bar colour
 * must all agree, and colour must mean the same status in both languages.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/targets/targets.define.js';
import type { DjTargets } from '../../../src/widgets/targets/targets.js';
import { paintFor } from '../../../src/core/static-svg/paint.js';
import { statusColor } from '../../../src/widgets/targets/targets.svg.js';
import type { TargetsScene } from '../../../src/widgets/targets/targets.layout.js';
import { shadow } from '../../helpers/widgets.js';
import { MATRIX } from './targets.matrix.cases.js';

const rows = (el: DjTargets): HTMLElement[] => Array.from(shadow(el).querySelectorAll<HTMLElement>('[role="option"]'));
const parse = (markup: string): Element => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
const svgRows = (svg: Element): Element[] => Array.from(svg.querySelectorAll(':scope > g > g > g'));
/** The scene the element drew (protected on the element; read here to check it against the page). */
const sceneOf = (el: DjTargets): TargetsScene => (el as unknown as { scene: TargetsScene }).scene;
const norm = (t: string | null | undefined): string => (t ?? '').replace(/\s+/g, '');
/** Unique ids: several cells share a label, and the progress cell's date column makes rows group by id. */
const DATA = MATRIX.map((c, i) => ({ id: `c${i}`, ...c.row }));

async function board(lang: 'zh-CN' | 'en', theme: 'light' | 'dark'): Promise<DjTargets> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:900px"><dj-targets lang="${lang}" theme="${theme}" period="2021" eager no-motion></dj-targets></div>`);
  const el = wrap.querySelector('dj-targets')!;
  el.data = DATA;
  await waitUntil(() => rows(el).length === MATRIX.length, 'the matrix board never drew', { timeout: 6000 });
  await el.updateComplete;
  return el;
}

for (const lang of ['zh-CN', 'en'] as const) {
  describe(`targets matrix (${lang})`, () => {
    let el: DjTargets;
    let svg: Element;
    before(async () => {
      el = await board(lang, 'light');
      svg = parse(el.toSvg({ width: 900 }));
    });

    MATRIX.forEach((c, i) => {
      const [word, figure] = lang === 'zh-CN' ? c.zh : c.en;
      it(`${c.cell} → ${c.status}: "${word}" ${figure ? `"${figure}"` : '(no figure)'}`, () => {
        // The scene.
        const row = sceneOf(el).rows[i]!;
        expect([row.status, row.statusText, row.progressText], c.cell).to.deep.equal([c.status, word, figure]);
        // The page: status class, words, figure, icon and bar colour agree.
        const r = rows(el)[i]!;
        expect(r.classList.contains(`status-${c.status}`)).to.equal(true);
        expect(r.querySelector('.state')!.textContent.trim()).to.equal(word);
        const meta = norm(r.querySelector('.meta')!.textContent);
        if (figure) expect(meta).to.include(norm(figure));
        else expect(meta).to.not.match(/完成目标的|of target|上限|下限|目标\d|above|below|cap|floor/);
        const icon = r.querySelector('.state svg.icon')!;
        expect(icon.children.length).to.be.greaterThan(0);
        const bar = r.querySelector('.bar');
        if (c.status === 'not-reported') expect(bar).to.equal(null);
        else {
          expect(bar!.classList.contains(`st-${c.status}`)).to.equal(true);
          expect(getComputedStyle(bar!).fill).to.equal(getComputedStyle(icon).color);
        }
        // The static SVG: the same words, figure and colour.
        const g = svgRows(svg)[i]!;
        const text = norm(g.textContent);
        expect(text).to.include(norm(word));
        if (figure) expect(text).to.include(norm(figure));
        const paint = paintFor('light', lang);
        const colour = statusColor(c.status, paint);
        expect(g.querySelector('g[fill="none"]')!.getAttribute('stroke'), 'icon').to.equal(colour);
        const rect = g.querySelector('rect[height="8"]');
        if (c.status === 'not-reported') expect(rect).to.equal(null);
        else expect(rect!.getAttribute('fill'), 'bar').to.equal(colour);
      });
    });

    it('a fall is drawn as a fall: the bar runs left of zero, the target marker too', () => {
      MATRIX.forEach((c, i) => {
        const t = sceneOf(el).rows[i]!.track;
        const latest = DATA[i] && Object.entries(DATA[i]).find(([k]) => k.startsWith('actual_'))?.[1];
        if (typeof latest === 'number' && latest < 0) {
          expect(t.bar!.direction, c.cell).to.equal('fall');
          expect(t.bar!.x + t.bar!.width, c.cell).to.be.closeTo(t.zeroX, 1e-6);
        }
        if (/fall/.test(c.cell)) expect(t.markerX, c.cell).to.be.lessThan(t.zeroX);
      });
    });
  });
}

describe('targets matrix: colour means status, the same in both languages and both themes', () => {
  it('gives each status one colour, identical in zh-CN and en, light and dark, page and SVG', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const byLang = await Promise.all((['zh-CN', 'en'] as const).map(async (lang) => {
        const el = await board(lang, theme);
        const colours = new Map<string, Set<string>>();
        rows(el).forEach((r, i) => {
          const bar = r.querySelector('.bar');
          if (!bar) return;
          const status = MATRIX[i]!.status;
          colours.set(status, (colours.get(status) ?? new Set()).add(getComputedStyle(bar).fill));
        });
        return colours;
      }));
      const [zh, en] = byLang;
      for (const [status, set] of zh!) {
        expect(set.size, `${theme} ${status}: one colour`).to.equal(1);
        expect([...set], `${theme} ${status}: zh = en`).to.deep.equal([...en!.get(status)!]);
      }
      const distinct = new Set([...zh!.values()].map((s) => [...s][0]));
      expect(distinct.size, `${theme}: four statuses with bars, four colours`).to.equal(4);
      const zhPaint = paintFor(theme, 'zh-CN');
      const enPaint = paintFor(theme, 'en');
      for (const s of ['achieved', 'on-track', 'behind', 'missed', 'not-reported'] as const) expect(statusColor(s, zhPaint)).to.equal(statusColor(s, enPaint));
    }
  });
});
