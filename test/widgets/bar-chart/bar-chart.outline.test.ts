/**
 * A budget table as an editor embeds it (a 区's 2016 revenue budget, www.hysgq.gov.cn; fixture
 * test/fixtures/s11-audit3.ts): rows numbered "1、增值税" are bars with those labels, and the
 * numbered headings (一、共享收入 = the sum of 1–12) and the 合计 are not bars beside their parts.
 */
import { expect } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { elementOnly } from '../../../src/widgets/bar-chart/bar-chart.paint-hint.js';
import { BUDGET_2016 } from '../../fixtures/s11-audit3.js';
import { bars, shadow, statusText } from '../../helpers/widgets.js';
import { labels, summary, tableChart } from './table-chart.js';

/** 项目 and 2016年预算数, as published (the first two columns). */
const ROWS = BUDGET_2016.split('\n').slice(2).map((line) => line.split('\t').slice(0, 2) as [string, string]);

const chart = (lang: string): Promise<DjBarChart> => tableChart(lang, ['项目', '2016年预算数'], ROWS, 'unit="万元"');

describe('<dj-bar-chart>: a budget table numbered as an outline', () => {
  it('zh-CN: sixteen items with their numbered names; the headings and the 合计 are noted, not drawn', async () => {
    const el = await chart('zh-CN');
    expect(statusText(el)).to.not.contain('单位');
    expect(labels(el)).to.have.length(16);
    expect(labels(el)).to.include('1、增值税').and.include('1、耕地占用税');
    expect(labels(el)).to.not.include('一、共享收入').and.not.include('区级财政收入合计');
    const note = shadow(el).querySelector('.totals-note')?.textContent ?? '';
    expect(note).to.contain('一、共享收入').and.contain('二、区级固定收入').and.contain('区级财政收入合计').and.contain('未绘入图中');
    // The largest item is a tax, not a heading that sums twelve of them.
    expect(summary(el)).to.contain('1、耕地占用税').and.not.contain('“一、共享收入”最大');
  });

  it('en: the same sixteen bars', async () => {
    const el = await chart('en');
    expect(bars(el)).to.have.length(16);
    expect(labels(el)).to.not.include('二、区级固定收入');
  });

  it('the first paint leaves an outline to the element', () => {
    expect(elementOnly(ROWS.slice(0, 13).map(([a]) => a))).to.equal(true);
    expect(elementOnly(['1、增值税', '2、营业税'])).to.equal(false);
  });
});
