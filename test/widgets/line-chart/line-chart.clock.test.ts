/**
 * Intraday points are written with their time: an hourly series is never summarised, announced
 * or tabulated with its date alone (two points reading the same). Shaped as hourly PM2.5 tables
 * are published ("2021-02-11 19:00", one row an hour through New Year's Eve); values illustrative.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/line-chart/line-chart.define.js';
import type { DjLineChart } from '../../../src/widgets/line-chart/line-chart.js';
import { shadow } from '../../helpers/widgets.js';

const PM25 = [152, 168, 181, 203, 226, 251, 289, 274, 262, 240, 231, 219];
const stamp = (i: number): string => {
  const t = new Date(Date.UTC(2021, 1, 11, 19 + i));
  return `${t.toISOString().slice(0, 10)} ${String(t.getUTCHours()).padStart(2, '0')}:00`;
};
const sp = (s: string): string => s.replace(/\s/g, ' ');

async function chart(lang: string, rows: string): Promise<DjLineChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="${lang}"><dj-line-chart>
    <table><caption>除夕至初一北京逐小时PM2.5浓度</caption><tr><th>时间</th><th>PM2.5</th></tr>${rows}</table></dj-line-chart></div>`);
  const el = wrap.querySelector('dj-line-chart')!;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('path.line').length === 1, 'the line never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const hourly = PM25.map((v, i) => `<tr><td>${stamp(i)}</td><td>${v}</td></tr>`).join('');
const summary = (el: DjLineChart): string => sp(shadow(el).querySelector('#summary')?.textContent ?? '');
const cursor = (el: DjLineChart): string => sp(shadow(el).querySelector('[data-cursor]')?.getAttribute('aria-label') ?? '');
const ticks = (el: DjLineChart): string[] => Array.from(shadow(el).querySelectorAll('.x-ticks .tick text'), (t) => sp(t.textContent.trim()));

describe('line chart: points within a day are written with their time', () => {
  it('zh-CN: summary, announcement, tooltip, ticks and table say 19:00, not only 2021年2月11日', async () => {
    const el = await chart('zh-CN', hourly);
    expect(summary(el)).to.equal('“PM2.5”从2021年2月11日 19:00的152增至2021年2月12日 06:00的219，增加44.1%；最高为2021年2月12日 01:00的289，最低为2021年2月11日 19:00的152。');
    expect(cursor(el)).to.match(/^2021年2月11日 19:00：152（第 1 个，共 12 个）$/);
    shadow(el).querySelector<SVGGElement>('[data-cursor]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(cursor(el)).to.match(/^2021年2月11日 20:00：168/);
    expect(sp(shadow(el).querySelector('.tooltip')?.textContent ?? '').replace(/\s+/g, '')).to.contain('2021年2月11日20:00');
    const t = ticks(el);
    expect(t.length).to.be.greaterThan(2);
    for (const x of t) expect(x).to.match(/^(2月1[12]日 )?\d\d:00$/);
    expect(t).to.include('2月12日 00:00');
    shadow(el).querySelector<HTMLButtonElement>('.tools button')!.click();
    await el.updateComplete;
    const first = Array.from(shadow(el).querySelectorAll('[part="data-table"] tbody tr:first-child td'), (td) => td.textContent.trim());
    expect(first).to.deep.equal(['2021-02-11 19:00', '152']);
  });

  it('en: the same points with their clock time', async () => {
    const el = await chart('en', hourly);
    expect(summary(el)).to.equal('PM2.5 rose from 152 on Feb 11, 2021, 7:00 PM to 219 on Feb 12, 2021, 6:00 AM, up 44.1%; the highest was 289 on Feb 12, 2021, 1:00 AM, the lowest 152 on Feb 11, 2021, 7:00 PM.');
    expect(cursor(el)).to.match(/^Feb 11, 2021, 7:00 PM: 152 \(1 of 12\)$/);
    expect(ticks(el)).to.include('Feb 12, 12:00 AM');
  });

  it('keeps daily data daily, a spreadsheet\'s 00:00:00 included, and reports a day among times', async () => {
    const days = [1, 2, 3].map((d) => `<tr><td>2021-02-0${d} 00:00:00</td><td>${d}</td></tr>`).join('');
    const el = await chart('zh-CN', days);
    expect(summary(el)).to.equal('“PM2.5”从2021年2月1日的1增至2021年2月3日的3，增加200%。');
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-line-chart><table><tr><th>时间</th><th>v</th></tr>
      <tr><td>2021-02-11 19:00</td><td>1</td></tr><tr><td>2021-02-12</td><td>2</td></tr></table></dj-line-chart></div>`);
    const bad = wrap.querySelector('dj-line-chart')!;
    await waitUntil(() => bad.shadowRoot?.querySelector('.status.error'), 'no error shown', { timeout: 4000 });
    expect(shadow(bad).querySelector('.status.error')!.textContent).to.contain('第 2 行：“时间”列的“2021-02-12”没有时刻');
  });
});
