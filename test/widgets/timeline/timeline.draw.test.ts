import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/timeline/timeline.define.js';
import type { DjTimeline } from '../../../src/widgets/timeline/timeline.js';
import { marks, staticBody } from '../../helpers/drawing.js';
import { shadow } from '../../helpers/widgets.js';

/** The article's timeline (demo/index.html): years, a five-year period, lanes, the report's date. */
const ARTICLE = [
  ['日期', '结束', '标题', '分组'],
  ['2020', '', '2020年成绩单', '规划与目标'],
  ['2021', '2025', '“十四五”时期', '规划与目标'],
  ['2021', '2021', '2021年目标', '规划与目标'],
  ['2021', '', '建成运营快递电商产业园', '现代流通体系'],
  ['2021', '', '落地知名电商自营仓项目', '现代流通体系'],
  ['2021', '', '竣工投用康缘医疗调拨中心', '现代流通体系'],
  ['2021', '', '竣工投用天马智能配送', '现代流通体系'],
  ['2021', '', '试点建设社区快递服务中心', '现代流通体系'],
];
/** China's space station, as announced by the China Manned Space Agency: day-precise launches and a build period. */
const STATION = [
  ['日期', '结束', '标题'],
  ['2021-04-29', '2022-12-31', '空间站建造阶段'],
  ['2021-04-29', '', '天和核心舱发射'],
  ['2021-06-17', '', '神舟十二号发射'],
  ['2021-10-16', '', '神舟十三号发射'],
  ['2022-07-24', '', '问天实验舱发射'],
  ['2022-10-31', '', '梦天实验舱发射'],
  ['2022-11-29', '', '神舟十五号发射'],
  ['2023-05-30', '', '神舟十六号发射'],
  ['2023-10-26', '', '神舟十七号发射'],
  ['2024-04-25', '', '神舟十八号发射'],
];

async function timeline(data: unknown, attrs: string, width: number, count: number): Promise<DjTimeline> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="zh-CN"><dj-timeline eager no-motion ${attrs}></dj-timeline></div>`);
  const el = wrap.querySelector('dj-timeline')!;
  el.data = data;
  await waitUntil(() => shadow(el).querySelectorAll('g.event').length === count, 'timeline never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

function both(el: DjTimeline): { page: string[]; image: string[] } {
  const svg = shadow(el).querySelector<SVGSVGElement>('svg.horizontal, svg.vertical')!;
  return { page: marks(svg), image: marks(staticBody(el.toSvg({ width: Number(svg.getAttribute('width')) }))) };
}

describe('<dj-timeline> one drawing: the page and toSvg() draw the same marks', () => {
  for (const width of [375, 1280]) {
    it(`the article's timeline with lanes and the as-of marker, at ${width} px`, async () => {
      const el = await timeline(ARTICLE, 'as-of="2021-01-15" start-at="nearest" rows="5"', width, 8);
      const { page, image } = both(el);
      expect(page.join('')).to.include('"“十四五”时期"').and.include('现代流通体系');
      expect(image).to.deep.equal(page);
    });

    it(`the space station's launches and build period, focused, at ${width} px`, async () => {
      const el = await timeline(STATION, '', width, 10);
      shadow(el).querySelector<SVGGElement>('g.event[tabindex="0"]')!.focus();
      await el.updateComplete;
      const { page, image } = both(el);
      expect(page.filter((m) => m.startsWith('circle')).length).to.be.at.least(9);
      expect(page.filter((m) => m.startsWith('rect')).length).to.be.at.least(1);
      expect(image).to.deep.equal(page);
    });
  }
});
