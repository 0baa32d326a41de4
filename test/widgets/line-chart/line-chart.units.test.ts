/**
 * A numeric x is a quantity when its header or its cells say so (core/format/year.ts namesQuantity;
 * series.ts readX): "海拔" 1000…3000 is metres, not the years 1000–3000; "1000米", "1500米" in the
 * cells is a number in 米, written with its unit. A header naming a time, or a bare one, keeps the
 * year rule. Data: the International Standard Atmosphere, pressure by elevation (bar), as the
 * Engineering ToolBox tabulates it — https://www.engineeringtoolbox.com/international-standard-atmosphere-d_985.html
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/line-chart/line-chart.define.js';
import type { DjLineChart } from '../../../src/widgets/line-chart/line-chart.js';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { namesQuantity } from '../../../src/core/format/year.js';
import { seriesFromTable } from '../../../src/widgets/line-chart/series.js';
import { lineSummary } from '../../../src/widgets/line-chart/summary.js';
import { shadow } from '../../helpers/widgets.js';

const ISA: [number, number][] = [[1000, 0.8988], [1500, 0.8456], [2000, 0.795], [2500, 0.7469], [3000, 0.7012]];
const table = (rows: unknown[]) => typeTable(fromRecords(rows, 'data'));
// The pressures as the table writes them (text), so they are shown with their published digits.
const rowsOf = (x: string, format: (m: number) => unknown) => ISA.map(([m, p]) => ({ [x]: format(m), 气压: String(p) }));

async function chart(lang: string, head: string, cells: (m: number) => string): Promise<DjLineChart> {
  const body = ISA.map(([m, p]) => `<tr><td>${cells(m)}</td><td>${p}</td></tr>`).join('');
  const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="${lang}"><dj-line-chart eager no-motion><table><tr><th>${head}</th><th>气压</th></tr>${body}</table></dj-line-chart></div>`);
  const el = wrap.querySelector('dj-line-chart')!;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('path.line').length === 1, 'the line never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const summary = (el: Element): string => shadow(el).querySelector('#summary')?.textContent ?? '';
const caption = (el: Element): string => shadow(el).querySelector('.x-caption')?.textContent ?? '';

describe('namesQuantity: the header decides whether 1000–2999 are years', () => {
  it('a time word, a bare or generic header: not a quantity; a unit or another noun: a quantity', () => {
    for (const h of ['年份', '年度', '统计年度', '完成时间', '开工日期', '期限', 'Year', 'Fiscal year', 'date', 'Period', '', 'x', '横轴', '类别', 'label', '时间（年）']) {
      expect(namesQuantity(h), h).to.equal(false);
    }
    for (const h of ['海拔', '排量', '功率', '人数', 'Altitude', 'Engine size', '海拔（米）', 'Distance (km)', '剂量[mg]', '年产值']) {
      expect(namesQuantity(h), h).to.equal(true);
    }
  });
});

describe('line chart: x as a quantity', () => {
  it('海拔 1000…3000 (no unit anywhere) is a quantity; 年份 and a bare header still read years', () => {
    const alt = seriesFromTable(table(rowsOf('海拔', (m) => m)));
    expect([alt.xType, alt.xYears ?? false]).to.deep.equal(['number', false]);
    expect(lineSummary(alt, 'zh-CN')).to.equal('“气压”从海拔为1000时的0.8988降至海拔为3000时的0.7012，减少22%。');
    expect(lineSummary(seriesFromTable(table(rowsOf('Altitude', (m) => m))), 'en')).to.match(/^气压 fell from 0\.8988 at Altitude 1,000 to 0\.7012 at Altitude 3,000/);
    // The same numbers under a time header, or none, are years (the rule of the numbers; 1000–2500).
    expect(seriesFromTable(table(rowsOf('年份', (m) => m).slice(0, 4))).xType).to.equal('time');
    expect(seriesFromTable(table(rowsOf('x', (m) => m).slice(0, 4))).xType).to.equal('time');
    expect(seriesFromTable(table(rowsOf('海拔', (m) => m).slice(0, 4))).xType).to.equal('number');
  });

  it('cells with their unit ("1000米") are numbers in it: caption, summary and ticks say it (zh-CN and en)', async () => {
    const data = seriesFromTable(table(rowsOf('海拔', (m) => `${m}米`)));
    expect([data.xType, data.xUnit, [...data.series[0]!.x]]).to.deep.equal(['number', '米', [1000, 1500, 2000, 2500, 3000]]);
    const zh = await chart('zh-CN', '海拔', (m) => `${m}米`);
    expect(caption(zh)).to.equal('海拔（米）');
    expect(summary(zh)).to.equal('“气压”从海拔为1000米时的0.8988降至海拔为3000米时的0.7012，减少22%。');
    const en = await chart('en', 'Altitude', (m) => `${m / 1000}km`);
    expect(caption(en)).to.equal('Altitude (km)');
    expect(summary(en)).to.match(/^气压 fell from 0\.8988 at Altitude 1 km to 0\.7012 at Altitude 3 km/);
  });

  it('a header with its unit writes the unit with the number, once', async () => {
    const el = await chart('zh-CN', '海拔（米）', (m) => String(m));
    expect(caption(el)).to.equal('海拔（米）');
    expect(summary(el)).to.equal('“气压”从海拔为1000米时的0.8988降至海拔为3000米时的0.7012，减少22%。');
  });

  it('mixed units in the x cells are still an error that names the row', () => {
    const rows = [{ 海拔: '1000米', 气压: 0.8988 }, { 海拔: '1.5公里', 气压: 0.8456 }];
    expect(() => seriesFromTable(table(rows))).to.throw(/^Row 1: "1000米" in column "海拔" is neither a date nor a number/);
  });
});
