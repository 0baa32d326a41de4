/** The article's figures as the widgets the export tests draw. */
import { fixture } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import '../../../src/widgets/project-tracker/project-tracker.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import type { DjProjectTracker } from '../../../src/widgets/project-tracker/project-tracker.js';
import { drawn, shadow } from '../../helpers/widgets.js';

export const TITLE = '2021年海州区招商引资目标';
export const NOTES = '目标值，非实际完成数。';
export const SOURCE = '海州区2021年政府工作报告（据连网报道）';

/** The project-attraction targets of the article (新引进过亿元项目80个，过10亿元项目10个). */
export async function articleBars(attrs = '', width = 640, lang = 'zh-CN'): Promise<DjBarChart> {
  const wrap = await fixture<HTMLDivElement>(
    `<div style="width:${width}px" lang="${lang}"><dj-bar-chart heading="${TITLE}" notes="${NOTES}" source="${SOURCE}" eager no-motion ${attrs}>
      <table>
        <tr><th>项目</th><th>目标</th></tr>
        <tr><td>新引进过亿元项目</td><td>80个</td></tr>
        <tr><td>新引进过10亿元项目</td><td>10个</td></tr>
      </table></dj-bar-chart></div>`,
  );
  const el = wrap.querySelector('dj-bar-chart')!;
  await drawn(el, 2);
  return el;
}

/** Three of the article's construction projects and their stages. */
export async function articleTracker(width = 640): Promise<DjProjectTracker> {
  const wrap = await fixture<HTMLDivElement>(
    `<div style="width:${width}px" lang="zh-CN"><dj-project-tracker heading="海州区重点项目建设进度" source="连网，2021年1月15日" eager no-motion>
      <script type="application/json">[
        {"项目":"爱维康医疗器械生产项目","阶段":"地基浇筑","截至":"2021-01-15"},
        {"项目":"力磁医疗科技产业园项目","阶段":"外墙搭脚手架","截至":"2021-01-15"},
        {"项目":"科技创新企业总部项目","阶段":"封顶、内部施工","截至":"2021-01-15"}
      ]</script></dj-project-tracker></div>`,
  );
  const el = wrap.querySelector('dj-project-tracker')!;
  await el.updateComplete;
  // Drawn: its footer tools (which need the data) are there.
  const start = Date.now();
  while (!shadow(el).querySelector('.tools') && Date.now() - start < 4000) await new Promise((r) => setTimeout(r, 20));
  return el;
}

/** The bars' fill colours in an SVG document. */
export function barFills(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return Array.from(doc.querySelectorAll('rect'))
    .filter((r) => Number(r.getAttribute('height')) > 0 && r.getAttribute('width') !== doc.documentElement.getAttribute('width'))
    .map((r) => r.getAttribute('fill') ?? '');
}
