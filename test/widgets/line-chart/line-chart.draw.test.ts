import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/line-chart/line-chart.define.js';
import type { DjLineChart } from '../../../src/widgets/line-chart/line-chart.js';
import { marks, staticBody } from '../../helpers/drawing.js';
import { shadow } from '../../helpers/widgets.js';

/** 地区生产总值（亿元）, 江苏 and 浙江, 2019–2023, as the provinces' statistical bulletins published them. */
const GDP = [
  { 年份: '2019', 江苏: 99631.52, 浙江: 62351.74 },
  { 年份: '2020', 江苏: 102719.0, 浙江: 64613.34 },
  { 年份: '2021', 江苏: 116364.2, 浙江: 73515.76 },
  { 年份: '2022', 江苏: 122875.6, 浙江: 77715.36 },
  { 年份: '2023', 江苏: 128222.2, 浙江: 82553.0 },
];
const NOTES = [
  { x: '2020', series: '江苏', text: '疫情之年，增速放缓' },
  { from: '2021', to: '2022', text: '恢复期' },
];

async function chart(attrs: string, width: number, count: number, annotations: unknown = null): Promise<DjLineChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="zh-CN"><dj-line-chart eager no-motion ${attrs}></dj-line-chart></div>`);
  const el = wrap.querySelector('dj-line-chart')!;
  if (annotations) el.annotations = annotations as DjLineChart['annotations'];
  el.data = GDP;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('path.line').length === count, 'lines never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

function both(el: DjLineChart): { page: string[]; image: string[] } {
  const svg = shadow(el).querySelector<SVGSVGElement>('svg')!;
  return { page: marks(svg), image: marks(staticBody(el.toSvg({ width: Number(svg.getAttribute('width')) }))) };
}

describe('<dj-line-chart> one drawing: the page and toSvg() draw the same marks', () => {
  for (const width of [375, 1280]) {
    it(`江苏 and 浙江 GDP with a note and a range, at ${width} px`, async () => {
      const el = await chart('', width, 2, NOTES);
      const { page, image } = both(el);
      expect(page.filter((m) => m.startsWith('path'))).to.have.length(2);
      expect(page.filter((m) => m.startsWith('circle'))).to.have.length(11);
      expect(page.join('')).to.include('"恢复期"').and.include('"江苏"');
      expect(image).to.deep.equal(page);
    });

    it(`areas and a legend, after the keyboard moved the crosshair, at ${width} px`, async () => {
      const el = await chart('area labels="legend"', width, 2);
      const target = shadow(el).querySelector<SVGGElement>('g.cursor')!;
      target.focus();
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await el.updateComplete;
      const { page, image } = both(el);
      expect(page.filter((m) => m.startsWith('path'))).to.have.length(4);
      expect(image).to.deep.equal(page);
    });
  }
});
