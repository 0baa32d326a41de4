/**
 * A plan's deadline paced the same however the plan writes it. Targets and actuals as published:
 * 国铁集团 on the 十四五 railway plan, "预计2025年底全国铁路营业里程将达16.5万公里左右，其中高速铁路
 * 5万公里左右" (中国证券报·中证网, 2022-01-19); at the plan's start 14.63万公里 and 高铁 3.79万公里
 * ("“十四五”期间，全国铁路营业里程由14.63万公里增至16.5万公里 … 高铁由3.79万公里增至5.04万公里",
 * 央视新闻, 2026-01-05); "截至2024年底，铁路营业里程达到16.2万公里" (国新办, 2025-07-21). 徐州
 * "力争到2025年,地区生产总值突破1万亿元" (江苏广电总台, 2023-02-01). Actuals marked "the test's" are
 * not published: they are the case the published ones do not reach (a plan behind its pace).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/targets/targets.define.js';
import type { DjTargets } from '../../../src/widgets/targets/targets.js';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { readTargets } from '../../../src/widgets/targets/targets.data.js';
import { layoutTargets } from '../../../src/widgets/targets/targets.layout.js';
import { estimateWidth } from '../../../src/core/measure.js';
import { shadow } from '../../helpers/widgets.js';

const rows = (el: Element): Element[] => Array.from(shadow(el).querySelectorAll('[role="option"]'));
const state = (el: Element): string[] => rows(el).map((r) => r.querySelector('.state')?.textContent.trim() ?? '');
const words = (el: Element): string[] => rows(el).map((r) => r.querySelector('.words')?.textContent.trim() ?? '');
const summary = (el: Element): string => shadow(el).querySelector('#summary')?.textContent ?? '';

async function board(attrs: string, data: unknown, lang = 'zh-CN'): Promise<DjTargets> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:720px" lang="${lang}"><dj-targets eager no-motion density="roomy" ${attrs}></dj-targets></div>`);
  const el = wrap.querySelector('dj-targets')!;
  el.data = data;
  await waitUntil(() => rows(el).length > 0, 'rows never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

/** The forms a plan writes for "by the end of 2025". */
const FORMS = ['2025', '2025年', '到2025年', '2025年底', '2025年末', '2025年前', '2025年以前', '“十四五”末'];
const rail = (deadline: string, actual: string) => ({ 指标: '高速铁路营业里程', 目标: '5万公里左右', 基数: '3.79万公里', 期限: deadline, 实际: actual });

describe('targets: a plan\'s deadline, however written, is paced from the plan\'s start', () => {
  it('every form of "by 2025" is the plan\'s five years in a 2021 plan', () => {
    const OPTIONS = { unit: '', labelColumn: null, valueColumn: null, asOf: Date.UTC(2023, 0, 1), year: 2021 };
    const five = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2026, 0, 1) };
    for (const form of FORMS) {
      const d = readTargets(typeTable(fromRecords([rail(form, '4.2万公里')], 'data')), OPTIONS)[0]!;
      expect(d.period, form).to.deep.equal(five);
    }
  });

  it('at the end of 2022 a 十四五 target two-fifths paced: the same status whatever the form (a year alone was "on track" by a pace not yet begun)', async () => {
    for (const form of FORMS) {
      // The test's actual: 3.9万公里 is short of the pace (3.79 + 40 % of the way to 4.75 ≈ 4.17).
      const behind = await board('date="2021-03-05" as-of="2022-12-31"', [rail(form, '3.9万公里')]);
      expect(state(behind), form).to.deep.equal(['进度滞后']);
      // Published: 4.2万公里 at the end of 2022 is on the pace.
      const onPace = await board('date="2021-03-05" as-of="2022-12-31"', [rail(form, '4.2万公里')]);
      expect(state(onPace), form).to.deep.equal(['进度正常']);
      // The pace tick stands two-fifths of the way from the base: never at the base.
      const tick = shadow(onPace).querySelector('.pace');
      expect(tick, `${form}: pace tick`).to.not.equal(null);
    }
  });

  it('the pace tick stands two-fifths of the way in time: at 3.79 + 0.4 × (4.75 − 3.79) ≈ 4.17万公里 (a year alone put it at the base)', () => {
    for (const form of ['2025', '2025年底']) {
      const data = readTargets(typeTable(fromRecords([rail(form, '4.2万公里')], 'data')), { unit: '', labelColumn: null, valueColumn: null, asOf: Date.UTC(2023, 0, 1), year: 2021 });
      const track = layoutTargets(data, {
        locale: 'zh-CN', density: 'roomy', group: 'none', sort: 'none', period: { start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) }, baseYear: 2020,
        tolerance: 0.05, font: '14px sans-serif', measure: estimateWidth, source: '', date: '',
      }, 800).rows[0]!.track;
      // Where the pace stands between the base (the bar's start) and the target (the marker), in value.
      const at = 3.79 + ((track.paceX! - track.bar!.x) / (track.markerX - track.bar!.x)) * (5 - 3.79);
      expect(at, form).to.be.closeTo(3.79 + 0.4 * (4.75 - 3.79), 0.02);
    }
  });

  it('a year alone is said as the deadline it is paced as (zh as written; en "by"-free: the year)', async () => {
    const zh = await board('date="2021-03-05" as-of="2024-12-31"', [{ 指标: '铁路营业里程', 目标: '16.5万公里左右', 基数: '14.63万公里', 期限: '2025年', 实际: '16.2万公里' }]);
    expect(words(zh)).to.deep.equal(['目标：约16.5万公里（期限：2025年）']);
    // 16.2 of about 16.5 (within 5 %) at the end of 2024: met.
    expect(state(zh)).to.deep.equal(['已完成']);
    const en = await board('date="2021-03-05" as-of="2024-12-31"', [{ 指标: 'Railways', 目标: '16.5万公里左右', 期限: '2025', 实际: '16.2万公里' }], 'en');
    expect(words(en)[0]).to.match(/\(deadline: 2025\)$/);
    // The board's own year written as the period stays the year: no deadline words.
    const own = await board('date="2025-03-05" as-of="2025-06-30"', [{ 指标: '铁路营业里程', 目标: '16.5万公里左右', 期限: '2025', 实际: '16.2万公里' }]);
    expect(words(own)).to.deep.equal(['目标：约16.5万公里']);
  });

  it('徐州 2023: "到2025年" and "2025年" — 8600亿 of 1万亿 at mid-2023 (the test\'s; 2022: 8457.84亿) is behind either way, not "not started"', async () => {
    for (const form of ['到2025年', '2025年', '2025']) {
      const el = await board('date="2023-02-01" as-of="2023-06-30"', [{ 指标: '地区生产总值', 目标: '突破1万亿元', 基数: '8457.84亿元', 期限: form, 实际: '8600亿元' }]);
      expect(state(el), form).to.deep.equal(['进度滞后']);
    }
  });

  it('with no date or period on the board, nothing says when the work began: an amount not met is not judged; met, missed and rates still are', async () => {
    const el = await board('as-of="2022-12-31"', [
      rail('2025年底', '4.2万公里'),
      { 指标: '高铁（已达）', 目标: '5万公里左右', 期限: '2025年', 实际: '5.04万公里' },
      { 指标: '城镇化率', 目标: '65%', 类型: '比重', 期限: '2025年', 实际: '65.22%' },
    ]);
    expect(state(el)).to.deep.equal(['暂不判断', '已完成', '进度正常']);
    expect(summary(el)).to.equal('3 项目标，已完成 1 项，进度正常 1 项，暂不判断 1 项（未说明从何时起算）。');
    expect(shadow(el).querySelectorAll('.pace').length, 'no pace tick from a guessed start').to.equal(0);
    const late = await board('as-of="2026-03-01"', [rail('2025年底', '4.2万公里')]);
    expect(state(late)).to.deep.equal(['未完成']);
    const en = await board('as-of="2022-12-31"', [rail('2025年底', '4.2万公里')], 'en');
    expect(summary(en)).to.equal('0 of 1 target met; 1 not judged (no start date to pace from).');
  });

  it('within a year, a quarter or a month written as the deadline is paced from the year\'s start, as 三季度末 and 9月底 are; 1-9月 and 7-9月 are their own span', () => {
    const OPTIONS = { unit: '', labelColumn: null, valueColumn: null, asOf: Date.UTC(2024, 5, 30), year: 2024 };
    const span = (deadline: string) => {
      const p = readTargets(typeTable(fromRecords([{ 指标: 'x', 目标: '100亿元', 期限: deadline }], 'data')), OPTIONS)[0]!.period!;
      return [new Date(p.start).toISOString().slice(0, 10), new Date(p.end).toISOString().slice(0, 10)];
    };
    const janToSep = ['2024-01-01', '2024-10-01'];
    for (const form of ['三季度末', '三季度', '9月底', '9月前', '9月', '2024年9月', '1-9月', '前三季度']) expect(span(form), form).to.deep.equal(janToSep);
    expect(span('7-9月')).to.deep.equal(['2024-07-01', '2024-10-01']);
    // 新华社 2019-06-22: "计划10月中旬地道部分具备通车条件" — by 20 October, paced from the year's start.
    expect(span('10月中旬')).to.deep.equal(['2024-01-01', '2024-10-21']);
    expect(span('上半年')).to.deep.equal(['2024-01-01', '2024-07-01']);
  });
});
