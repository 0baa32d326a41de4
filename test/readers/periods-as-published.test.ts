/**
 * What a reader gets for the periods and years of a statistics table — data table cells, bar
 * labels, summaries — is the text the source published, in zh-CN and en: "2023年1月" (not
 * "2,023 年1月"), "1-2月" (not "1 -2月"), "2019" (not "2,019"). Tables shaped as the NBS
 * bulletins publish them (2023 CPI by month, 2023 industrial output 1-2月 … cumulative).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/widgets/bar-chart/bar-chart.define.js';
import '../../src/widgets/waffle/waffle.define.js';
import { shadow } from '../helpers/widgets.js';

type El = HTMLElement & { updateComplete: Promise<boolean> };

async function widget(tag: string, lang: string, head: string[], rows: Array<Array<string | number>>): Promise<El> {
  const table = `<table><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
  const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="${lang}"><${tag}>${table}</${tag}></div>`);
  const el = wrap.querySelector<El>(tag)!;
  await waitUntil(() => el.shadowRoot?.querySelector('#summary')?.textContent, `${tag} never summarised`, { timeout: 4000 });
  await el.updateComplete;
  return el;
}

async function firstColumn(el: El): Promise<string[]> {
  shadow(el).querySelector<HTMLButtonElement>('.tools button')!.click();
  await el.updateComplete;
  return Array.from(shadow(el).querySelectorAll('[part="data-table"] tbody tr td:first-child'), (td) => td.textContent.trim());
}

const CPI = ['2.1', '1.0', '0.7', '0.1', '0.2', '0.0', '-0.3', '0.1', '0.0', '-0.2', '-0.5', '-0.3'].map((v, i) => [`2023年${i + 1}月`, `${v}%`]);
const YTD = [['1-2月', '2.4%'], ['1-3月', '3.0%'], ['1-4月', '3.6%'], ['1-5月', '3.6%']];

describe('readers: periods and years as published', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`bar chart of a monthly % series with negatives (${lang}): months in the table as written`, async () => {
      const el = await widget('dj-bar-chart', lang, ['月份', 'CPI同比'], CPI);
      expect(await firstColumn(el)).to.deep.equal(CPI.map((r) => r[0]));
      const summary = shadow(el).querySelector('#summary')!.textContent;
      expect(summary).to.contain('2023年1月').and.to.contain('2023年11月').and.to.contain('-0.5%');
    });

    it(`bar chart of year-to-date spans (${lang}): "1-2月" stays "1-2月"`, async () => {
      const el = await widget('dj-bar-chart', lang, ['时间', '增速'], YTD);
      expect(await firstColumn(el)).to.deep.equal(['1-2月', '1-3月', '1-4月', '1-5月']);
    });

    it(`waffle of shares by year typed as numbers (${lang}): the year column reads 2019, not 2,019`, async () => {
      const el = await widget('dj-waffle', lang, ['年份', '占比'], [[2019, '30%'], [2020, '70%']]);
      expect(await firstColumn(el)).to.deep.equal(['2019', '2020']);
    });
  }
});
