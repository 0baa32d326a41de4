/**
 * Every registered widget, drawn as readers get it — 320, 375, 768 and 1280 px wide, in Chinese
 * and English, light and dark — with data that stresses it (test/hardening/stress.ts), is
 * measured from the rendered boxes: no two texts overlap, nothing sticks out of the widget or
 * out of the SVG that would clip it, no Latin word is broken across lines, and axis ticks sit
 * where their values are.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { WIDGETS } from './widgets.js';
import { create, feed, nextFrame, root, shadowRoots, type Widget } from './mount.js';
import { STRESS, type StressCase } from './stress.js';
import { brokenHtmlWords, brokenSvgWords, clippedBySvg, markBoxes, outside, overlaps, textBoxes, touching } from './legible.js';
import { tickFaults } from './ticks.js';

const WIDTHS = [320, 375, 768, 1280];
const LOCALES = ['zh-CN', 'en'];
const THEMES = ['light', 'dark'];

async function draw(tag: string, c: StressCase, width: number, lang: string, theme: string): Promise<Widget> {
  const w = WIDGETS.find((x) => x.tag === tag)!;
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px"></div>`);
  const el = create(w, { ...c.attrs, lang, theme, 'no-motion': '' });
  feed(el, w, c.data);
  wrap.append(el);
  await el.updateComplete;
  await waitUntil(() => root(el).querySelector(w.marks) !== null || root(el).querySelector('.status.error') !== null, `<${tag}> drew nothing`, { timeout: 4000 });
  await document.fonts.ready;
  // The width arrives after the first render: let the re-layout land.
  await nextFrame();
  await el.updateComplete;
  await nextFrame();
  return el;
}

const ariaLabels = (el: Element): string[] =>
  shadowRoots(el).flatMap((r) => Array.from(r.querySelectorAll('[aria-label]')).map((n) => n.getAttribute('aria-label') ?? ''));

/** Every text node on its own, hidden ones too (a data table, a screen-reader line may spell a word out). */
function allTexts(el: Element): string[] {
  const out: string[] = [];
  for (const r of shadowRoots(el)) {
    const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.textContent ?? '');
  }
  return out;
}

/** Every fault a reader would see in `el`. */
export function faults(el: Widget, data: unknown): string[] {
  const box = el.getBoundingClientRect();
  const texts = textBoxes(el);
  // Each text node on its own (a whole text joined with its neighbours would invent words), the
  // accessible names and the data: where the reader's full words are written out.
  const corpus = [...allTexts(el), ...ariaLabels(el), JSON.stringify(data)].join('\n');
  return [
    ...(root(el).querySelector('.status.error') ? [`shows an error: ${root(el).querySelector('.status.error')?.textContent.trim() ?? ''}`] : []),
    ...overlaps(texts),
    ...touching(texts),
    ...outside(texts, box, 'widget'),
    ...outside(markBoxes(el), box, 'widget'),
    ...clippedBySvg(texts),
    ...brokenHtmlWords(el),
    ...brokenSvgWords(el, corpus),
    ...tickFaults(el, data),
  ];
}

describe('legibility: every widget at every width, language and theme', () => {
  for (const w of WIDGETS) {
    const cases = STRESS[w.tag] ?? [{ name: 'registry sample', data: w.valid(), attrs: {} }];
    for (const c of cases) {
      for (const width of WIDTHS) {
        for (const lang of LOCALES) {
          it(`<${w.tag}> ${c.name} at ${width}px, ${lang}`, async () => {
            const found: string[] = [];
            for (const theme of THEMES) {
              const el = await draw(w.tag, c, width, lang, theme);
              found.push(...faults(el, c.data).map((f) => `${theme}: ${f}`));
            }
            expect([...new Set(found)], found.slice(0, 12).join('\n')).to.deep.equal([]);
          });
        }
      }
    }
  }
});
