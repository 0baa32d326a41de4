/**
 * The bar chart and the units its headers name (header-unit.ts): a "（%）" growth column beside a
 * "（亿元）" amount is not drawn on the amount's axis. Table as published: 江苏 2023年上半年 设区市
 * GDP and its growth (苏州 11458.4亿元; 连云港 1955.9亿元, 12.9%; 全省 60465.3亿元, 6.6%) — 新华日报,
 * https://zfw.changzhou.gov.cn/html/czzf/2023/FCPIQHAJ_0801/22475.html
 */
import { expect, fixture } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { bars, drawn, shadow, valueTexts } from '../../helpers/widgets.js';

const ROWS = '<tr><td>全省</td><td>60465.3</td><td>6.6</td></tr><tr><td>苏州市</td><td>11458.4</td><td></td></tr><tr><td>连云港市</td><td>1955.9</td><td>12.9</td></tr>';

async function chart(lang: string, head: [string, string], attrs = '', count = 2): Promise<DjBarChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="${lang}"><dj-bar-chart ${attrs}><table><tr><th>地区</th><th>${head[0]}</th><th>${head[1]}</th></tr>${ROWS}</table></dj-bar-chart></div>`);
  const el = wrap.querySelector('dj-bar-chart')!;
  if (count > 0) await drawn(el, count);
  return el;
}

const axisTexts = (el: DjBarChart): string[] => Array.from(shadow(el).querySelectorAll('.plot svg text'), (t) => t.textContent);

describe('<dj-bar-chart> units named in the headers', () => {
  it('zh-CN: the （亿元） column is drawn in 亿元, the （%） column left to the data table', async () => {
    const el = await chart('zh-CN', ['地区生产总值（亿元）', '同比增长（%）']);
    expect(bars(el)).to.have.length(2);
    expect(valueTexts(el)).to.deep.equal(['11458.4亿元', '1955.9亿元']);
    // The axis in the figures' own 亿元 (0 … 12,000), never a bare 万.
    expect(axisTexts(el)).to.include('单位：亿元').and.include('12,000').and.not.include('单位：万');
  });

  it('en: the same, in billion yuan, the axis too', async () => {
    const el = await chart('en', ['GDP (亿元)', 'Growth (%)']);
    expect(valueTexts(el)).to.deep.equal(['1,145.84 billion yuan', '195.59 billion yuan']);
    expect(axisTexts(el)).to.include('billion yuan').and.include('1,200').and.not.include('trillion');
  });

  it('the growth column named alone is drawn in %', async () => {
    const el = await chart('zh-CN', ['地区生产总值（亿元）', '同比增长（%）'], 'value="同比增长（%）"', 2);
    // 苏州's growth is not in the source: a missing value, not a bar of 0.
    expect(valueTexts(el)).to.include('12.9%');
    expect(axisTexts(el)).to.include('10%');
  });

  it('both named in series=: a located error naming them, in the reader\'s language', async () => {
    const el = await chart('zh-CN', ['地区生产总值（亿元）', '同比增长（%）'], 'series="地区生产总值（亿元）,同比增长（%）"', 0);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(shadow(el).querySelector('.status.error span')?.textContent).to.equal('系列“地区生产总值（亿元）”与“同比增长（%）”的单位不同，不能共用一条坐标轴；请分成几张图，或在 series 属性中只列同一单位的系列。');
  });
});
