/**
 * A 全省/全市/合计 row of a targets table is the whole of the others, not one more target
 * (core/data/total-rows.ts): it stays on the board, last, under its own heading, and the summary
 * counts the targets without it and names it apart. keep-totals counts it.
 *
 * Figures as published: 江苏 2023年上半年 growth by sector (第一产业 3.5%, 第二产业 7.1%, 第三产业
 * 6.3%) and of the whole province (6.6%) — 江苏省统计局 via 新华日报,
 * https://zfw.changzhou.gov.cn/html/czzf/2023/FCPIQHAJ_0801/22475.html; the province's 2023 target
 * "经济增长5%左右" — 2023 江苏政府工作报告, http://m.yktchina.com/gp/2023/0115/59552.html. The report
 * sets no target per sector: each sector row carries the province's, for the test.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/targets/targets.define.js';
import type { DjTargets } from '../../../src/widgets/targets/targets.js';
import { shadow } from '../../helpers/widgets.js';

const JIANGSU_H1 = (total: string): Record<string, unknown>[] => [
  { label: '第一产业增加值', value: '增长5%左右', actual_2023H1: 3.5 },
  { label: '第二产业增加值', value: '增长5%左右', actual_2023H1: 7.1 },
  { label: '第三产业增加值', value: '增长5%左右', actual_2023H1: 6.3 },
  { label: total, value: '增长5%左右', actual_2023H1: 6.6 },
];

const rows = (el: Element): Element[] => Array.from(shadow(el).querySelectorAll('[role="option"]'));
const summary = (el: Element): string => shadow(el).querySelector('#summary')?.textContent ?? '';
const headings = (el: Element): string[] => Array.from(shadow(el).querySelectorAll('p.group'), (p) => p.textContent);

async function board(data: unknown, lang = 'zh-CN', attrs = ''): Promise<DjTargets> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:720px" lang="${lang}"><dj-targets eager no-motion period="2023" ${attrs}></dj-targets></div>`);
  const el = wrap.querySelector('dj-targets')!;
  el.data = data;
  await waitUntil(() => rows(el).length > 0, 'rows never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('<dj-targets> total rows', () => {
  it('zh-CN: 全省 is not counted as a target; it is the last row, under its own heading, and the summary names it', async () => {
    const el = await board(JIANGSU_H1('全省'));
    expect(rows(el).map((r) => r.querySelector('.label')?.textContent.trim())).to.deep.equal(['第一产业增加值', '第二产业增加值', '第三产业增加值', '全省']);
    expect(headings(el)).to.deep.equal(['整体（不计入上述目标）']);
    expect(summary(el)).to.equal('3 项目标，已完成 0 项，进度正常 2 项，进度滞后 1 项。另有“全省”整体一行（不计入目标数）：进度正常。');
    // The image says the same: the heading and the 全省 row.
    const svg = el.toSvg();
    expect(svg).to.contain('>整体（不计入上述目标）</text>').and.contain('>全省</text>');
  });

  it('en: a Total row, and 全市合计 / 合计 / 全区 labels, are the whole', async () => {
    const en = await board(JIANGSU_H1('Total'), 'en');
    expect(summary(en)).to.contain('0 of 3 targets met; 2 on track, 1 behind. Total, the whole (not counted as a target): on track.');
    expect(headings(en)).to.deep.equal(['Overall (not counted above)']);
    for (const label of ['全市合计', '合计', '全区', '全市（平均）']) {
      const el = await board(JIANGSU_H1(label));
      expect(summary(el), label).to.match(/^3 项目标/);
    }
  });

  it('sorted or grouped by status, the whole stays last and apart', async () => {
    const el = await board(JIANGSU_H1('全省'), 'zh-CN', 'sort="status" group="status"');
    const labels = rows(el).map((r) => r.querySelector('.label')?.textContent.trim());
    expect(labels.at(-1)).to.equal('全省');
    expect(headings(el).at(-1)).to.equal('整体（不计入上述目标）');
    expect(headings(el).slice(0, -1)).to.deep.equal(['进度滞后', '进度正常']);
  });

  it('keep-totals counts it as one more target; a board of one 全省 row is that target; a label that only starts like a total is a target', async () => {
    const kept = await board(JIANGSU_H1('全省'), 'zh-CN', 'keep-totals');
    expect(summary(kept)).to.contain('4 项目标，已完成 0 项，进度正常 3 项，进度滞后 1 项。');
    expect(headings(kept)).to.deep.equal([]);
    const alone = await board(JIANGSU_H1('全省').slice(3));
    expect(summary(alone)).to.contain('1 项目标');
    const sentence = await board([...JIANGSU_H1('全力推进项目建设').slice(0, 4)]);
    expect(summary(sentence)).to.match(/^4 项目标/);
  });
});
