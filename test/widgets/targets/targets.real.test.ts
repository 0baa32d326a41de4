/**
 * Real 政府工作报告 targets with the actuals published during and after the year
 * (test/fixtures/targets-real.ts, each with its source), and the base year a change is measured
 * from: never the reader's clock.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/targets/targets.define.js';
import type { DjTargets } from '../../../src/widgets/targets/targets.js';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { estimateWidth } from '../../../src/core/measure.js';
import { readTargets } from '../../../src/widgets/targets/targets.data.js';
import { layoutTargets, type TargetsOptions } from '../../../src/widgets/targets/targets.layout.js';
import { parsePeriod } from '../../../src/widgets/targets/targets.status.js';
import { captureConsole, shadow, statusText } from '../../helpers/widgets.js';
import { REPORT_2021, REPORT_2022, REPORT_2023 } from '../../fixtures/targets-real.js';

const opts = (year: number | null, over: Partial<TargetsOptions> = {}): TargetsOptions => ({
  locale: 'zh-CN', density: 'roomy', group: 'none', sort: 'none', period: year ? parsePeriod(String(year)) : null, baseYear: year ? year - 1 : null,
  tolerance: 0.05, font: '14px sans-serif', measure: estimateWidth, source: '', date: '', ...over,
});
const scene = (rows: unknown, year: number | null, over: Partial<TargetsOptions> = {}) =>
  layoutTargets(readTargets(typeTable(fromRecords(rows, 'data')), { unit: '', labelColumn: null, valueColumn: null, asOf: null, year }), opts(year, over), 800);
const said = (s: ReturnType<typeof scene>) => s.rows.map((r) => [r.label, r.statusText, r.progressText]);

describe('targets: real 政府工作报告 targets with published actuals', () => {
  it('2021: mid-year GDP above 6%以上, jobs on pace, ceilings within, energy intensity short, grain met', () => {
    expect(said(scene(REPORT_2021, 2021))).to.deep.equal([
      ['国内生产总值', '进度正常', '高于目标 6.7个百分点'],
      ['城镇新增就业', '进度正常', '完成目标的 63%'],
      ['城镇调查失业率', '未超上限', '低于目标 0.5个百分点'],
      ['居民消费价格涨幅', '未超上限', '低于目标 2.5个百分点'],
      ['单位国内生产总值能耗', '未完成', '降幅少于目标 0.3个百分点'],
      ['粮食产量', '已完成', '完成目标的 105%'],
    ]);
    const s = scene(REPORT_2021, 2021);
    expect(s.rows[4]!.targetWords).to.equal('比2020年下降约3%');
    expect(s.rows[4]!.targetText).to.equal('≈ -3%');
  });

  it('2022: mid-year GDP behind 5.5%左右; unemployment over its cap in April, at it in June', () => {
    expect(said(scene(REPORT_2022, 2022))).to.deep.equal([
      ['国内生产总值', '进度滞后', '低于目标 3个百分点'],
      ['城镇调查失业率（4月）', '超出上限', '超出上限 0.6个百分点'],
      ['城镇调查失业率', '未超上限', '恰在上限'],
      ['城镇新增就业', '进度正常', '完成目标的 59%'],
    ]);
  });

  it('2023: mid-year GDP above 5%左右 is on track, in English too', () => {
    expect(said(scene(REPORT_2023, 2023))).to.deep.equal([['国内生产总值', '进度正常', '高于目标 0.5个百分点']]);
    expect(said(scene(REPORT_2023, 2023, { locale: 'en' }))).to.deep.equal([['国内生产总值', 'on track', '0.5 percentage points above target']]);
  });
});

describe('targets: the base year is never invented', () => {
  const rows = [{ label: '地区生产总值', value: '增长6%以上' }];

  it('comes from the period, the wording, or says 比上年', () => {
    expect(scene(rows, 2021).rows[0]!.targetWords).to.equal('比2020年增长不少于6%');
    expect(scene(rows, null).rows[0]!.targetWords).to.equal('比上年增长不少于6%');
    expect(scene(rows, null, { locale: 'en' }).rows[0]!.targetWords).to.equal('growth of at least 6% on the previous year');
    expect(scene(rows, null).rows[0]!.track.labels[0]!.text).to.equal('上年');
    // A row's own period gives its base year, whatever the board's.
    expect(scene([{ label: 'GDP', value: '增长5.5%左右', period: '2022' }], null).rows[0]!.targetWords).to.equal('比2021年增长约5.5%');
    // The wording names its base: it wins over the period.
    expect(scene([{ label: '地区生产总值', value: '比2019年增长6%' }], 2021).rows[0]!.targetWords).to.equal('比2019年增长6%');
    expect(scene([{ label: 'GDP', value: 6, unit: '%', kind: 'growth', quote: '地区生产总值比2020年增长6%以上' }], null).rows[0]!.targetWords).to.equal('比2020年增长6%');
    expect(scene([{ label: 'GDP', value: '较上年同期增长6%' }], null).rows[0]!.targetWords).to.equal('比上年增长6%');
  });

  async function board(attrs: string, data: unknown): Promise<DjTargets> {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px"><dj-targets lang="zh-CN" density="roomy" eager no-motion ${attrs}></dj-targets></div>`);
    const el = wrap.querySelector('dj-targets')!;
    el.data = data;
    await waitUntil(() => shadow(el).querySelectorAll('[role="option"]').length === 1 || shadow(el).querySelector('.status.error'), 'never drew', { timeout: 4000 });
    await el.updateComplete;
    return el;
  }

  it('reaches no reader from the clock: words, screen-reader text and static image say 比上年', async () => {
    const el = await board('', rows);
    const row = shadow(el).querySelector<HTMLElement>('[role="option"]')!;
    const everything = `${row.textContent} ${el.toSvg()}`;
    expect(everything).to.include('比上年增长不少于6%');
    expect(everything).to.not.match(/比\d{4}年/);
  });

  it('takes the year before the article’s date (a 2021 plan published in January 2021 compares with 2020)', async () => {
    const el = await board('date="2021-01-15"', rows);
    expect(shadow(el).querySelector('[role="option"]')!.textContent).to.include('比2020年增长不少于6%');
  });

  it('asks for a date rather than dating an undated actual by the clock; as-of="today" is the one way to use it', async () => {
    const log = captureConsole('error');
    try {
      const el = await board('', [{ label: '地区生产总值', value: '增长6%以上', actual: 5 }]);
      expect(statusText(el)).to.contain('没有日期');
      expect(statusText(el)).to.contain('as-of');
    } finally {
      log.restore();
    }
    const today = await board('as-of="today" period="2021"', [{ label: '地区生产总值', value: '增长6%以上', actual: 7 }]);
    expect(shadow(today).querySelector('[role="option"] .state')!.textContent.trim()).to.equal('已完成');
  });
});

describe('targets: the seed article’s 13 targets read as before', () => {
  it('keeps every target text, words, status and scale label', async () => {
    const { TARGETS } = await import('../../../src/data/haizhou-2021.js');
    const s = scene(TARGETS.map((t) => ({ ...t })), 2021);
    const z = (n: string, u: string): [string, string, string, string[]] => [`≥ ${n}${u}`, `不少于${n}${u}`, '尚未公布', [`0${u}`, `${n}${u}`]];
    expect(s.rows.map((r) => [r.targetText, r.targetWords, r.statusText, r.track.labels.map((l) => l.text)])).to.deep.equal([
      z('1000', '亩'), ['≥ 10万平方米', '不少于10万平方米', '尚未公布', ['0平方米', '10万平方米']],
      ['≥ +10%', '比2020年增长不少于10%', '尚未公布', ['2020年', '+10%']], z('15', '家'),
      ['+12%', '比2020年增长12%', '尚未公布', ['2020年', '+12%']], ['> 400亿元', '超过400亿元', '尚未公布', ['0元', '400亿元']],
      ['80个', '80个', '尚未公布', ['0个', '80个']], ['10个', '10个', '尚未公布', ['0个', '10个']],
      ['≥ 8000万美元', '不少于8000万美元', '尚未公布', ['0美元', '8000万美元']], z('20', '栋'), z('10', '家'), z('500', '家'), z('1000', '人'),
    ]);
    expect(s.summary).to.equal('13 项目标，均尚未公布完成情况。');
  });

  it('reads the extractor’s falls as signed goals: 下降2.5%以上 is a change ≤ −2.5', async () => {
    const { extractFigures } = await import('../../../src/extract/index.js');
    const figs = extractFigures('化学需氧量排放量下降2.5%以上，单位地区生产总值能耗下降3%左右。');
    const s = scene(figs.map((f, i) => ({ ...f, [`actual_2021`]: i === 0 ? -2.4 : -3.1 })), 2021);
    expect(s.rows.map((r) => [r.targetText, r.targetWords, r.statusText])).to.deep.equal([
      ['≤ -2.5%', '比2020年下降不少于2.5%', '未完成'],
      ['≈ -3%', '比2020年下降约3%', '已完成'],
    ]);
  });
});
