/**
 * A target's deadline as plans write it (core/format/period-period-deadline.ts) on the board: shown as written
 * (zh) or in words that promise no more (en), paced to its real end, and never judged past an end
 * the words do not name. Targets as published: 咸阳 "预计到2024年底，全市生产总值将达到8000亿元以上"
 * (咸阳市2025年政府工作报告, https://trucostecnicos.com/article/26714.html); 德州 "新建和改造提升高标准
 * 农田54万亩以上" (德州市政府工作报告, 2023-12-29); deadlines of 吴川's projects "6月底", "6月10日前"
 * (http://www.lggbt.com/bmzz/wcsrmzfw/zwgk/wcdt/zwyw/content/post_1453881.html). Actuals are the test's.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/targets/targets.define.js';
import type { DjTargets } from '../../../src/widgets/targets/targets.js';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { readTargets } from '../../../src/widgets/targets/targets.data.js';
import { shadow } from '../../helpers/widgets.js';

const rows = (el: Element): Element[] => Array.from(shadow(el).querySelectorAll('[role="option"]'));
const state = (el: Element): string[] => rows(el).map((r) => r.querySelector('.state')?.textContent.trim() ?? '');
const words = (el: Element): string[] => rows(el).map((r) => r.querySelector('.words')?.textContent.trim() ?? '');

async function board(data: unknown, asOf: string, lang = 'zh-CN'): Promise<DjTargets> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:720px" lang="${lang}"><dj-targets eager no-motion density="roomy" date="2024-01-15" as-of="${asOf}"></dj-targets></div>`);
  const el = wrap.querySelector('dj-targets')!;
  el.data = data;
  await waitUntil(() => rows(el).length > 0, 'rows never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const GDP = (deadline: string, actual: string) => [{ 指标: '地区生产总值', 目标: '8000亿元以上', 期限: deadline, 实际: actual }];

describe('<dj-targets> deadlines as written', () => {
  it('2024年底 is paced to the end of 2024: 3900亿元 at mid-year is behind (was on track: the period was 31 Dec)', async () => {
    const el = await board(GDP('2024年底', '3900亿元'), '2024-06-30');
    expect(state(el)).to.deep.equal(['进度滞后']);
    expect(words(el)[0]).to.equal('目标：不少于8000亿元（期限：2024年底）');
  });

  it('2024年底 is not past on 31 December: not met then is behind, not missed; on 1 January it is missed', async () => {
    expect(state(await board(GDP('2024年底', '7000亿元'), '2024-12-30'))).to.deep.equal(['进度滞后']);
    expect(state(await board(GDP('2024年底', '7000亿元'), '2024-12-31'))).to.deep.equal(['未完成']);
    expect(state(await board(GDP('到2024年底', '8100亿元'), '2024-06-30'))).to.deep.equal(['已完成']);
  });

  it('en writes the deadline in words that promise no more', async () => {
    const el = await board([...GDP('2024年底', '3900亿元'), { 指标: 'Farmland', 目标: '54万亩以上', 期限: '春节前', 实际: '20万亩' }, { 指标: 'Roads', 目标: '600公里', 期限: '6月底', 实际: '500公里' }], '2024-06-30', 'en');
    expect(words(el)).to.deep.equal([
      'target: at least 800 billion yuan (deadline: end of 2024)',
      'target: at least 540,000 mu (deadline: before the Spring Festival)',
      'target: 600 km (deadline: end of Jun 2024)',
    ]);
    expect(state(el)).to.deep.equal(['behind', 'not judged', 'missed']);
    expect(shadow(el).querySelector('#summary')?.textContent).to.equal('0 of 3 targets met; 1 behind, 1 missed, 1 not judged (no date in the deadline).');
  });

  it('春节前 names no day: the target is never missed by a guessed date, however late', async () => {
    const el = await board([{ 指标: '高标准农田', 目标: '54万亩以上', 期限: '春节前', 实际: '20万亩' }], '2030-12-31');
    // Neither missed, nor on or off a pace no date sets: no status is claimed.
    expect(state(el)).to.deep.equal(['暂不判断']);
    expect(words(el)[0]).to.equal('目标：不少于54万亩（期限：春节前）');
    expect(shadow(el).querySelector('#summary')?.textContent).to.equal('1 项目标，已完成 0 项，暂不判断 1 项（期限没有具体日期）。');
    // A rate is judged as it stands, which needs no date: 3% against 5%左右 is behind, not missed.
    expect(state(await board([{ 指标: '增速', 目标: '5%左右', 类型: '增长', 期限: '春节前', 实际: '3%' }], '2030-12-31'))).to.deep.equal(['进度滞后']);
    // Met is met, whatever the date.
    expect(state(await board([{ 指标: '高标准农田', 目标: '54万亩以上', 期限: '春节前', 实际: '55万亩' }], '2030-12-31'))).to.deep.equal(['已完成']);
  });

  it('reads the forms plans write, each to its real end; a year-only deadline is by the end of that year', () => {
    const OPTIONS = { unit: '', labelColumn: null, valueColumn: null, asOf: Date.UTC(2024, 5, 30), year: 2024 };
    const period = (deadline: string) => readTargets(typeTable(fromRecords([{ 指标: 'x', 目标: '1', 期限: deadline }], 'data')), OPTIONS)[0]!.period;
    const end = (deadline: string) => new Date(period(deadline)!.end).toISOString().slice(0, 10);
    expect(['2024年底', '2024年末', '2024年前', '到2024年', '年底', '年内', '三季度末', '6月底', '6月10日前', '“十四五”末'].map(end)).to.deep.equal([
      '2025-01-01', '2025-01-01', '2025-01-01', '2025-01-01', '2025-01-01', '2025-01-01', '2024-10-01', '2024-07-01', '2024-06-11', '2026-01-01',
    ]);
    // Paced from the plan's year when the deadline is later: 到2025年底 in a 2024 plan.
    expect(new Date(period('2025年底')!.start).toISOString().slice(0, 10)).to.equal('2024-01-01');
    // A year written alone is the same promise as 到2025年 (it was paced over 2025 alone).
    expect(period('2025')).to.deep.equal({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2026, 0, 1) });
    expect(period('春节前')).to.equal(null);
    expect(() => period('近期')).to.throw(/近期/);
  });

  it('the board\'s period="2024年底" is the deadline of every row: paced to the end of 2024', async () => {
    const wrap = await fixture<HTMLDivElement>('<div style="width:720px" lang="zh-CN"><dj-targets eager no-motion density="roomy" date="2024-01-15" as-of="2024-06-30" period="2024年底"></dj-targets></div>');
    const el = wrap.querySelector('dj-targets')!;
    el.data = [{ 指标: '地区生产总值', 目标: '8000亿元以上', 实际: '3900亿元' }];
    await waitUntil(() => rows(el).length > 0, 'rows never drew', { timeout: 4000 });
    expect(state(el)).to.deep.equal(['进度滞后']);
    const bad = await fixture<HTMLDivElement>('<div style="width:720px" lang="zh-CN"><dj-targets eager no-motion period="春节前"></dj-targets></div>');
    const b = bad.querySelector('dj-targets')!;
    b.data = [{ 指标: 'x', 目标: '1', 实际: '1' }];
    await waitUntil(() => shadow(b).textContent.includes('春节前'), 'no error shown', { timeout: 4000 });
    expect(shadow(b).textContent).to.include('无法识别 period="春节前"');
  });
});
