import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/project-tracker/project-tracker.define.js';
import type { DjProjectTracker } from '../../../src/widgets/project-tracker/project-tracker.js';
import { marks, staticBody } from '../../helpers/drawing.js';
import { shadow } from '../../helpers/widgets.js';
import { articleRows } from './project-tracker.fixtures.js';

async function tracker(width: number, lang: string): Promise<DjProjectTracker> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-project-tracker eager no-motion></dj-project-tracker></div>`);
  const el = wrap.querySelector('dj-project-tracker')!;
  el.data = articleRows();
  await waitUntil(() => shadow(el).querySelectorAll('g.row').length > 0, 'rows never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('<dj-project-tracker> one drawing: the page and toSvg() draw the same marks', () => {
  for (const width of [375, 1280]) {
    for (const lang of ['zh-CN', 'en']) {
      it(`the article's projects, ${lang}, at ${width} px, after a row took focus`, async () => {
        const el = await tracker(width, lang);
        shadow(el).querySelector<SVGGElement>('g.row[tabindex="0"]')!.focus();
        await el.updateComplete;
        const svg = shadow(el).querySelector<SVGSVGElement>('svg')!;
        const page = marks(svg);
        const image = marks(staticBody(el.toSvg({ width: Number(svg.getAttribute('width')) })));
        expect(page.filter((m) => m.startsWith('circle')).length).to.be.above(10);
        expect(page.join('')).to.include('联宇');
        expect(image).to.deep.equal(page);
      });
    }
  }
});
