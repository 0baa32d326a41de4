/**
 * A year is a name, never a quantity: wherever the line chart writes an x that is a year —
 * summary, keyboard announcement, tooltip, axis ticks, data table — it is "2019", never "2,019",
 * in zh-CN and en. A dose of 1,500 mg stays a number. Rules: core/format/year.ts.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/line-chart/line-chart.define.js';
import type { DjLineChart } from '../../../src/widgets/line-chart/line-chart.js';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { seriesFromColumns, seriesFromTable } from '../../../src/widgets/line-chart/series.js';
import { lineSummary, pointText } from '../../../src/widgets/line-chart/summary.js';
import { shadow } from '../../helpers/widgets.js';

const table = (rows: unknown[]) => typeTable(fromRecords(rows, 'data'));
// 国内生产总值（亿元）, 2019–2023 — the 2023 statistics bulletin's yearly table (NBS).
const GDP = [
  [2019, 986515.2],
  [2020, 1013567.0],
  [2021, 1149237.0],
  [2022, 1204724.0],
  [2023, 1260582.1],
];

async function chart(lang: string, attrs: string, data: unknown): Promise<DjLineChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="${lang}"><dj-line-chart ${attrs}></dj-line-chart></div>`);
  const el = wrap.querySelector('dj-line-chart')!;
  el.data = data;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('path.line').length === 1, 'the line never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const read = (el: DjLineChart) => ({
  summary: shadow(el).querySelector('#summary')?.textContent ?? '',
  cursor: shadow(el).querySelector('[data-cursor]')?.getAttribute('aria-label') ?? '',
  ticks: Array.from(shadow(el).querySelectorAll('.x-ticks .tick text')).map((t) => t.textContent.trim()),
});

async function tableCells(el: DjLineChart): Promise<string[][]> {
  shadow(el).querySelector<HTMLButtonElement>('.tools button')!.click();
  await el.updateComplete;
  return Array.from(shadow(el).querySelectorAll('[part="data-table"] tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent.trim()));
}

describe('line chart: a year on x is written as a year', () => {
  it('a 年份 column read as numbers (x-type="number") writes 2019 in summary, announcement, ticks and table — en and zh-CN', async () => {
    const rows = GDP.map(([y, v]) => ({ 年份: y, 国内生产总值: v }));
    for (const lang of ['en', 'zh-CN']) {
      const el = await chart(lang, 'x-type="number" unit="亿元"', rows);
      const r = read(el);
      expect(r.summary, lang).to.not.match(/2,0\d\d|20\d\d\.\d/);
      expect(r.cursor, lang).to.not.match(/2,0\d\d/);
      expect(r.ticks.length, lang).to.be.greaterThan(1);
      for (const t of r.ticks) expect(t, `${lang} tick`).to.match(/^20(19|2[0-3])$/);
      if (lang === 'en') {
        expect(r.summary).to.match(/ in 2019 to .+ in 2023, up 27\.8%\.$/);
        expect(r.cursor).to.match(/^2019: /);
      } else {
        expect(r.summary).to.match(/从2019年的.+增至2023年的/);
        expect(r.cursor).to.match(/^2019年：|^2019年: /);
      }
      const cells = await tableCells(el);
      expect(cells.map((c) => c[0]), lang).to.deep.equal(['2019', '2020', '2021', '2022', '2023']);
      el.parentElement!.remove();
    }
  });

  it('columns of numbers that are years ({ x: [2019 …] }) make a yearly line, not "x = 2,019"', async () => {
    const el = await chart('en', '', { x: GDP.map(([y]) => y), series: { GDP: GDP.map(([, v]) => v as number) } });
    const r = read(el);
    expect(r.summary).to.match(/^GDP rose from .+ in 2019 to .+ in 2023/);
    expect(r.cursor).to.match(/^2019: /);
    for (const t of r.ticks) expect(t).to.match(/^20(19|2[0-3])$/);
  });

  it('a dose with its unit in the header stays a quantity (grouped in English)', async () => {
    const el = await chart('en', '', [1000, 1500, 2000, 2500].map((d, i) => ({ '剂量（毫克）': d, 有效率: 40 + i * 10 })));
    const r = read(el);
    // The header's unit is written with the number, not in the name again.
    expect(r.summary).to.contain('at 剂量 1,000 毫克');
    expect(r.summary).to.contain('at 剂量 2,500 毫克');
    expect(r.ticks.join(' ')).to.not.match(/^20\d\d$/);
  });
});

describe('line chart data: years versus quantities', () => {
  it('reads a year column in every form as years, a header unit as a quantity', () => {
    expect(seriesFromTable(table([{ Year: 2019, v: 1 }, { Year: 2020, v: 2 }])).xType).to.equal('time');
    // The header names a quantity (not a time), unit or none: 1000, 2000 are not years.
    expect(seriesFromTable(table([{ 剂量: 1000, v: 1 }, { 剂量: 2000, v: 2 }])).xType, 'a quantity named').to.equal('number');
    // A bare or generic header keeps the rule of the numbers: years.
    expect(seriesFromTable(table([{ x: 1000, v: 1 }, { x: 2000, v: 2 }])).xType, 'generic header').to.equal('time');
    expect(seriesFromTable(table([{ '剂量（mg）': 1000, v: 1 }, { '剂量（mg）': 2000, v: 2 }])).xType).to.equal('number');
    expect(seriesFromTable(table([{ '剂量（mg）': '1000', v: 1 }, { '剂量（mg）': '2000', v: 2 }])).xType, 'CSV text').to.equal('number');
    // A header unit does not stop dates being dates.
    expect(seriesFromTable(table([{ '时间（北京时间）': '2021-01', v: 1 }, { '时间（北京时间）': '2021-02', v: 2 }])).xType).to.equal('time');
    const named = seriesFromTable(table([{ 年份: 618, v: 1 }, { 年份: 907, v: 2 }]));
    expect([named.xType, named.xYears]).to.deep.equal(['number', true]);
    expect(lineSummary(named, 'en')).to.equal('v rose from 1 in 618 to 2 in 907, up 100%.');
    expect(lineSummary(named, 'zh-CN')).to.equal('“v”从618年的1增至907年的2，增加100%。');
  });

  it('keeps a plain numeric x a number, and x-type="number" on a non-year column grouped', () => {
    const d = seriesFromTable(table([{ 距离: 1500, v: 1 }, { 距离: 12000, v: 2 }]));
    expect([d.xType, d.xYears]).to.deep.equal(['number', undefined]);
    expect(pointText(d, 1500, 'en')).to.equal('距离 1,500');
    const forced = seriesFromTable(table([{ code: 2019, v: 1 }, { code: 2020, v: 2 }]), { xType: 'number' });
    expect(pointText(forced, 2019, 'en')).to.equal('code 2,019');
    expect(seriesFromColumns({ x: [2019, 2020], series: { a: [1, 2] }, xType: 'number' }).xType).to.equal('number');
    expect(seriesFromColumns({ x: [1, 2, 3], series: { a: [1, 2, 3] } }).xType).to.equal('number');
  });

  it('writes a line name as published at the start of an English summary', () => {
    const d = seriesFromTable(table([{ 年份: '2020', iPhone: 1 }, { 年份: '2021', iPhone: 2 }]));
    expect(lineSummary(d, 'en')).to.match(/^iPhone rose from 1 in 2020/);
    const unnamed = seriesFromColumns({ x: [1, 2], series: { '': [1, 2] } });
    expect(lineSummary(unnamed, 'en')).to.match(/^The value rose/);
  });
});

describe('line chart data: a header naming the year as its unit', () => {
  it('reads 时间（年） 2019, 2020 as years, not as a quantity in 年', () => {
    const d = seriesFromTable(table([{ '时间（年）': 2019, v: 1 }, { '时间（年）': 2020, v: 2 }]));
    expect(d.xType).to.equal('time');
    expect(lineSummary(d, 'en')).to.equal('v rose from 1 in 2019 to 2 in 2020, up 100%.');
  });
});
