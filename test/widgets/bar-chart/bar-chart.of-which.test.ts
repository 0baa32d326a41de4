/**
 * A 统计公报 table that opens with its whole and marks its parts with 其中: the whole is not a bar
 * beside its own parts. 蚌埠市2024年国民经济和社会发展统计公报 (蚌埠市统计局, 2025-03-31;
 * http://www.ilynn.cn/document_detail/133968.html): "全年地区生产总值（GDP）2313亿元 … 其中，第一产业增加值
 * 287亿元 … 第二产业增加值714.1亿元 … 第三产业增加值1311.9亿元", as its table prints it.
 */
import { expect } from '@open-wc/testing';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { splitTotals } from '../../../src/core/data/total-rows.js';
import { bars } from '../../helpers/widgets.js';
import { labels, note, summary, tableChart } from './table-chart.js';

const BENGBU: [string, string][] = [['地区生产总值', '2313.0'], ['其中：第一产业', '287.0'], ['第二产业', '714.1'], ['第三产业', '1311.9']];

const chart = (lang: string, rows: [string, string][]): Promise<DjBarChart> => tableChart(lang, ['指标', '绝对额（亿元）'], rows);
const split = (rows: [string, string][]) => splitTotals(typeTable(fromRecords(rows.map(([a, b]) => ({ 指标: a, 值: b })), 'data')), 0);

describe('<dj-bar-chart>: a whole whose parts follow with 其中', () => {
  it('zh-CN: 地区生产总值 is not drawn beside its parts; the note and the summary say it', async () => {
    const el = await chart('zh-CN', BENGBU);
    expect(labels(el)).to.deep.equal(['其中：第一产业', '第二产业', '第三产业']);
    expect(note(el)).to.equal('地区生产总值 2313.0亿元（未绘入图中）');
    expect(summary(el)).to.contain('共 3 项');
    expect(summary(el)).not.to.contain('“地区生产总值”最大');
  });

  it('en: the same rows, the same three bars', async () => {
    const el = await chart('en', BENGBU);
    expect(bars(el)).to.have.length(3);
    expect(labels(el)).not.to.include('地区生产总值');
  });

  it('only that layout: no 其中, a 其中 further down, or two of them leave every row a bar', () => {
    expect(split(BENGBU).totalRows).to.deep.equal([{ row: 0, kind: 'sum' }]);
    expect(split([['地区生产总值', '2313.0'], ['第一产业', '287.0'], ['第二产业', '714.1']]).totalRows).to.deep.equal([]);
    // 工业 (the test's figure) is a part of 第二产业 alone: no one flat chart shows that truly, and the rows stay as they are.
    expect(split([['第一产业', '287.0'], ['第二产业', '714.1'], ['其中：工业', '520.3'], ['第三产业', '1311.9']]).totalRows).to.deep.equal([]);
    expect(split([['地区生产总值', '2313.0'], ['其中：第一产业', '287.0'], ['其中：第二产业', '714.1']]).totalRows).to.deep.equal([]);
  });
});
