/**
 * A line whose cells mix multipliers — a bulletin's 990865亿元 beside a headline's 126.06万亿元 —
 * writes each point as its own cell was published: the summary and the keyboard announcement say
 * "990865亿元" for 2019 as the data table does, not "99.0865万亿元".
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/line-chart/line-chart.define.js';
import type { DjLineChart } from '../../../src/widgets/line-chart/line-chart.js';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { seriesFromTable } from '../../../src/widgets/line-chart/series.js';
import { lineSummary } from '../../../src/widgets/line-chart/summary.js';
import { shadow } from '../../helpers/widgets.js';

// 国内生产总值, as each year's statistics bulletin first published it (2019–2022 in 亿元), and 2023 as headlines wrote it.
const ROWS = [['2019', '990865亿元'], ['2020', '1015986亿元'], ['2021', '1143670亿元'], ['2022', '1210207亿元'], ['2023', '126.06万亿元']];

describe('line chart: each point as published when a line mixes 亿 and 万亿', () => {
  it('summarises with each end in its own form, zh-CN and en', () => {
    const d = seriesFromTable(typeTable(fromRecords(ROWS.map(([y, v]) => ({ 年份: y, 国内生产总值: v })), 'data')));
    expect(lineSummary(d, 'zh-CN')).to.equal('“国内生产总值”从2019年的990865亿元增至2023年的126.06万亿元，增加27.2%。');
    expect(lineSummary(d, 'en')).to.equal('国内生产总值 rose from 99,086.5 billion yuan in 2019 to 126.06 trillion yuan in 2023, up 27.2%.');
    // One form for the whole line when it has one: no per-point forms kept.
    const same = seriesFromTable(typeTable(fromRecords(ROWS.slice(0, 4).map(([y, v]) => ({ 年份: y, 国内生产总值: v })), 'data')));
    expect(same.series[0]!.forms).to.equal(undefined);
  });

  it('announces a point as its cell and the data table write it', async () => {
    const rows = ROWS.map(([y, v]) => `<tr><td>${y}</td><td>${v}</td></tr>`).join('');
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-line-chart><table><tr><th>年份</th><th>国内生产总值</th></tr>${rows}</table></dj-line-chart></div>`);
    const el = wrap.querySelector<DjLineChart>('dj-line-chart')!;
    await waitUntil(() => el.shadowRoot?.querySelectorAll('path.line').length === 1, 'the line never drew', { timeout: 4000 });
    await el.updateComplete;
    expect(shadow(el).querySelector('[data-cursor]')!.getAttribute('aria-label')).to.equal('2019年：990865亿元（第 1 个，共 5 个）');
    shadow(el).querySelector<HTMLButtonElement>('.tools button')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="data-table"] tbody tr:first-child td:nth-child(2)')!.textContent.trim()).to.equal('990865亿元');
  });
});
