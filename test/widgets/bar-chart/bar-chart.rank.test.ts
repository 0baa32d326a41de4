/**
 * A ranking table as ranking pages print it — 排名 | 省份 | 地区生产总值（亿元）, 2024 provincial GDP
 * (广东 141633.81, 江苏 137008, 山东 98566, 浙江 90131, 四川 64697 亿元, the provinces' 2024 statistical
 * bulletins) — is bars of GDP, not of positions: drawn as values, 排名 made 四川 (5th) the longest bar
 * and the summary said "“四川”最大（5）". The rank stays in the data table; value="排名" still draws it.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import '../../../src/widgets/waffle/waffle.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { drawn, shadow, valueTexts } from '../../helpers/widgets.js';

const ROWS: [string, string][] = [['广东', '141633.81'], ['江苏', '137008'], ['山东', '98566'], ['浙江', '90131'], ['四川', '64697']];
const table = (rank: string): string =>
  `<table><tr><th>${rank}</th><th>省份</th><th>地区生产总值（亿元）</th></tr>${ROWS.map(([p, v], i) => `<tr><td>${i + 1}</td><td>${p}</td><td>${v}</td></tr>`).join('')}</table>`;

async function chart(rank: string, attrs = ''): Promise<DjBarChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-bar-chart ${attrs}>${table(rank)}</dj-bar-chart></div>`);
  const el = wrap.querySelector('dj-bar-chart')!;
  await drawn(el, ROWS.length);
  return el;
}

describe('<dj-bar-chart> with a rank column', () => {
  for (const rank of ['排名', '全省位次', '序号', 'Rank', 'No.']) {
    it(`draws the amounts, not the ${rank} column`, async () => {
      const el = await chart(rank);
      expect(valueTexts(el)).to.deep.equal(['141633.81亿元', '137008亿元', '98566亿元', '90131亿元', '64697亿元']);
      const summary = shadow(el).getElementById('summary')?.textContent ?? '';
      expect(summary).to.include('广东').and.not.include('最大（5）');
    });
  }

  it('value="排名" draws the ranks as asked', async () => {
    const el = await chart('排名', 'value="排名"');
    expect(valueTexts(el)).to.deep.equal(['1', '2', '3', '4', '5']);
  });

  it('a waffle of the same table counts the amounts, not the positions (too many squares: it says so)', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-waffle>${table('排名')}</dj-waffle></div>`);
    const el = wrap.querySelector('dj-waffle')!;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    // 141633.81 + 137008 + 98566 + 90131 + 64697 亿元, one square each: far too many to read, never 1+2+3+4+5.
    expect(shadow(el).textContent).to.include('532,036').and.include('unit-size');
  });
});
