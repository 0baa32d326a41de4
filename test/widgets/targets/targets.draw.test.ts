import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/targets/targets.define.js';
import type { DjTargets } from '../../../src/widgets/targets/targets.js';
import { REPORT_2021, REPORT_2022 } from '../../fixtures/targets-real.js';
import { marks, staticBody } from '../../helpers/drawing.js';
import { shadow } from '../../helpers/widgets.js';

const rows = (el: Element): Element[] => Array.from(shadow(el).querySelectorAll('[role="option"]'));

async function board(data: unknown, width: number): Promise<DjTargets> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="zh-CN"><dj-targets eager no-motion date="2022-07-31"></dj-targets></div>`);
  const el = wrap.querySelector('dj-targets')!;
  el.data = data;
  await waitUntil(() => rows(el).length > 0, 'rows never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

/**
 * The board is HTML in the page; its scales, sparklines and status icons are small SVGs drawn by
 * the one drawing. In the image each is a translated group: found by what it starts with.
 */
function groups(body: Element, first: string): string[][] {
  return Array.from(body.querySelectorAll('g[transform]'))
    .filter((g) => g.firstElementChild?.matches(first))
    .map(marks);
}

describe('<dj-targets> one drawing: scales, sparklines and icons are the same in the page and toSvg()', () => {
  for (const width of [375, 1280]) {
    for (const [name, data] of [['2021', REPORT_2021], ['2022', REPORT_2022]] as const) {
      it(`政府工作报告 ${name} targets at ${width} px`, async () => {
        const el = await board(data, width);
        const body = staticBody(el.toSvg({ width }));
        const page = (sel: string): string[][] => Array.from(shadow(el).querySelectorAll(sel), marks);
        const tracks = page('svg.track');
        expect(tracks).to.have.length(rows(el).length);
        expect(groups(body, 'line[x1="8"]')).to.deep.equal(tracks);
        expect(groups(body, 'line[stroke-dasharray="3 2"]')).to.deep.equal(page('svg.spark'));
        const icons = Array.from(body.querySelectorAll('g[transform][stroke-width="1.6"]'), marks);
        expect(icons).to.deep.equal(page('svg.icon'));
        expect(icons.length).to.equal(rows(el).length);
      });
    }
  }
});
