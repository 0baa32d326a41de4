/**
 * A widget's number format (`decimals`, `notation`) reaches its layout as an option, never as a
 * module-wide setting: widgets laid out together, a tooltip written long after its layout, a
 * line chart fed columns, and server renders run side by side each follow their own element.
 * With the old module global (`withNumberStyle` around `buildScene`) the crosshair's tooltip and
 * the columns path wrote values as published whatever `decimals` said.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/widgets/bar-chart/bar-chart.define.js';
import '../../src/widgets/big-number/big-number.define.js';
import '../../src/widgets/line-chart/line-chart.define.js';
import type { DjBarChart } from '../../src/widgets/bar-chart/bar-chart.js';
import type { DjLineChart } from '../../src/widgets/line-chart/line-chart.js';
import { estimateWidth } from '../../src/core/measure.js';
import { layoutBars, type BarOptions } from '../../src/widgets/bar-chart/bar-chart.layout.js';
import { layoutSeries } from '../../src/widgets/bar-chart/bar-chart.series.js';
import { layoutBigNumbers } from '../../src/widgets/big-number/big-number.layout.js';
import { layoutWaffle } from '../../src/widgets/waffle/waffle.layout.js';
import { drawn, shadow, valueTexts } from '../helpers/widgets.js';
import { parsed, ssr, visibleText } from '../server/ssr.js';

const ROWS = [{ 项目: '总投资', 数值: '4.1234亿元' }, { 项目: '年产值', 数值: '1.8亿元' }];

const finals = (el: Element): string[] => Array.from(shadow(el).querySelectorAll('.number .final')).map((n) => n.textContent.trim());

const yi = { decimals: 1, multiplier: '亿', grouped: false };
const barOptions: BarOptions = { orientation: 'horizontal', sort: 'none', highlight: [], values: true, locale: 'zh-CN', font: '14px sans-serif', measure: estimateWidth, missingText: '无数据' };

describe('layouts take the number style as an option (no wrapper around them)', () => {
  it('bars, grouped bars, big numbers and waffles write each value with the decimals they are given', () => {
    const bars = [{ label: '甲', value: 4.1e8, unit: '元', published: yi }, { label: '乙', value: 1.8e8, unit: '元', published: yi }];
    expect(layoutBars(bars, barOptions, 600).marks.map((m) => m.valueText)).to.deep.equal(['4.1亿元', '1.8亿元']);
    const two = layoutBars(bars, { ...barOptions, numberStyle: { decimals: 2 } }, 600);
    expect(two.marks.map((m) => m.valueText)).to.deep.equal(['4.10亿元', '1.80亿元']);
    expect(two.summary).to.contain('4.10亿元');
    const series = layoutSeries(
      { categories: ['2020', '2021'], series: [{ name: '收入', unit: '元' }, { name: '利润', unit: '元' }], values: [[4.1e8, 1.2e8], [5e8, 1.5e8]], published: [[yi, yi], [yi, yi]] },
      { ...barOptions, mode: 'grouped', hidden: [], numberStyle: { decimals: 0 } },
      600,
    );
    expect(series.marks.map((m) => m.valueText)).to.deep.equal(['4亿元', '1亿元', '5亿元', '2亿元']);
    const big = layoutBigNumbers([{ label: '增速', value: 8, unit: '%', previous: 7.55 }], { locale: 'zh-CN', source: '', date: '', numberStyle: { decimals: 1 } });
    expect(big.figures[0]?.text).to.equal('8.0%');
    expect(big.figures[0]?.comparison?.words).to.equal('比上期增长0.5个百分点');
    const waffle = layoutWaffle([{ label: '总数', value: 40, unit: '家' }, { label: '其中', value: 12, unit: '家' }], {
      mode: 'part', unitSize: 1, locale: 'zh-CN', font: '14px sans-serif', measure: estimateWidth, missingText: '无数据', numberStyle: { decimals: 1 },
    }, 600);
    expect(waffle.unitText).to.equal('每格代表 1.0家');
    expect(waffle.items.map((i) => i.valueText)).to.deep.equal(['40.0家', '12.0家']);
  });
});

describe('number format per widget (decimals, notation passed into layouts)', () => {
  it('two bar charts laid out in the same update keep their own decimals, in the page and in toSvg called in turn', async () => {
    const wrap = await fixture<HTMLDivElement>(
      '<div style="width:640px" lang="zh-CN"><dj-bar-chart eager decimals="0"></dj-bar-chart><dj-bar-chart eager decimals="3"></dj-bar-chart><dj-bar-chart eager></dj-bar-chart></div>',
    );
    const [a, b, c] = Array.from(wrap.querySelectorAll<DjBarChart>('dj-bar-chart'));
    if (!a || !b || !c) throw new Error('three charts expected');
    // Data set on all three before any of them updates: their layouts run in one task.
    for (const el of [a, b, c]) el.data = ROWS;
    await Promise.all([drawn(a, 2), drawn(b, 2), drawn(c, 2)]);
    expect(valueTexts(a)).to.deep.equal(['4亿元', '2亿元']);
    expect(valueTexts(b)).to.deep.equal(['4.123亿元', '1.800亿元']);
    expect(valueTexts(c)).to.deep.equal(['4.1234亿元', '1.8亿元']);
    const [sa, sb, sc] = [a.toSvg(), b.toSvg(), c.toSvg()];
    expect(sa).to.contain('4亿元').and.not.to.contain('4.123');
    expect(sb).to.contain('4.123亿元').and.to.contain('1.800亿元');
    expect(sc).to.contain('4.1234亿元').and.to.contain('1.8亿元').and.not.to.contain('1.800');
  });

  it('a big number with decimals beside one in compact notation: neither borrows the other\'s', async () => {
    const wrap = await fixture<HTMLDivElement>(
      '<div style="width:640px" lang="zh-CN"><dj-big-number no-motion label="增速" value="8%" decimals="1" previous="7.55%"></dj-big-number><dj-big-number no-motion label="收入" value="33064.8亿元" notation="compact"></dj-big-number><dj-big-number no-motion label="收入" value="33064.8亿元"></dj-big-number></div>',
    );
    const [fixed, compact, plain] = Array.from(wrap.querySelectorAll('dj-big-number'));
    if (!fixed || !compact || !plain) throw new Error('three figures expected');
    await waitUntil(() => [fixed, compact, plain].every((el) => finals(el).length === 1), 'the figures never drew', { timeout: 4000 });
    expect(finals(fixed)).to.deep.equal(['8.0%']);
    expect(finals(compact)).to.deep.equal(['3.31万亿元']);
    expect(finals(plain)).to.deep.equal(['33064.8亿元']);
    // The comparison is written with the widget's decimals too (0.45 points → 0.5 with one decimal).
    expect(shadow(fixed).textContent).to.contain('0.5个百分点');
  });

  it('a line chart\'s crosshair, written when the reader moves to a point, follows its decimals', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-line-chart decimals="2">
      <table><tr><th>年份</th><th>营业收入</th></tr>
        <tr><td>2019</td><td>1.2亿元</td></tr><tr><td>2020</td><td>1.1亿元</td></tr><tr><td>2021</td><td>1.6亿元</td></tr>
      </table></dj-line-chart></div>`);
    const el = wrap.querySelector<DjLineChart>('dj-line-chart')!;
    await waitUntil(() => shadow(el).querySelectorAll('path.line').length === 1, 'the line never drew', { timeout: 4000 });
    expect(shadow(el).querySelector('#summary')!.textContent).to.contain('2019年的1.20亿元');
    const cursor = shadow(el).querySelector<SVGGElement>('[data-cursor]')!;
    cursor.focus();
    await el.updateComplete;
    expect(cursor.getAttribute('aria-label')).to.equal('2019年：1.20亿元（第 1 个，共 3 个）');
    expect(shadow(el).querySelector('.tooltip')?.textContent.replace(/\s+/g, '')).to.contain('1.20亿元');
    el.decimals = 0;
    await el.updateComplete;
    expect(shadow(el).querySelector<SVGGElement>('[data-cursor]')!.getAttribute('aria-label')).to.equal('2019年：1亿元（第 1 个，共 3 个）');
  });

  it('a line chart given columns (.data = { x, series }) follows decimals and re-lays when they change', async () => {
    const wrap = await fixture<HTMLDivElement>('<div style="width:640px" lang="en"><dj-line-chart decimals="1"></dj-line-chart></div>');
    const el = wrap.querySelector<DjLineChart>('dj-line-chart')!;
    el.data = { x: [2019, 2020, 2021], series: { Output: [2.25, 3, 4.5] } };
    await waitUntil(() => shadow(el).querySelectorAll('path.line').length === 1, 'the line never drew', { timeout: 4000 });
    const summary = (): string => shadow(el).querySelector('#summary')!.textContent;
    // x 2019–2021 are years (core/format/year.ts): "in 2019", not "at x = 2,019".
    expect(summary()).to.contain('from 2.3 in 2019').and.to.contain('to 4.5 in 2021');
    el.decimals = 3;
    await waitUntil(() => summary().includes('2.250'), `still ${summary()}`, { timeout: 4000 });
    expect(summary()).to.contain('from 2.250 in 2019').and.to.contain('to 4.500 in 2021');
  });

  it('server renders run side by side keep each widget\'s decimals and notation', async () => {
    const data = [{ 项目: '总投资', 数值: '4.1234亿元' }, { 项目: '收入', 数值: '33064.8亿元' }];
    const [zero, three, compact] = await Promise.all([
      ssr('dj-bar-chart', { data, width: 640, decimals: 0 }, { mode: 'static' }),
      ssr('dj-bar-chart', { data, width: 640, decimals: 3 }, { mode: 'static' }),
      ssr('dj-bar-chart', { data, width: 640, notation: 'compact' }, { mode: 'static' }),
    ]);
    const text = (markup: string): string => visibleText(parsed(markup, 'dj-bar-chart').shadowRoot!);
    expect(text(zero)).to.contain('4亿元').and.to.contain('33065亿元');
    expect(text(three)).to.contain('4.123亿元').and.to.contain('33064.800亿元');
    expect(text(compact)).to.contain('4.12亿元').and.to.contain('3.31万亿元');
  });
});
