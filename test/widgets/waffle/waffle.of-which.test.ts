/**
 * A waffle reads a table's whole as the bar chart does (core/data/total-rows.ts): a 统计公报 table
 * that opens with its whole and marks its parts with 其中 (蚌埠市2024年统计公报, 蚌埠市统计局;
 * http://www.ilynn.cn/document_detail/133968.html), and a budget table numbered as an outline
 * (a 区's 2016 revenue budget, www.hysgq.gov.cn; test/fixtures/s11-audit3.ts). Counted as parts,
 * the whole and the headings doubled the squares: each part's share was half what was published.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/waffle/waffle.define.js';
import type { DjWaffle } from '../../../src/widgets/waffle/waffle.js';
import { BUDGET_2016 } from '../../fixtures/s11-audit3.js';
import { shadow } from '../../helpers/widgets.js';

const BENGBU: [string, string][] = [['地区生产总值', '2313.0'], ['其中：第一产业', '287.0'], ['第二产业', '714.1'], ['第三产业', '1311.9']];
const BUDGET = BUDGET_2016.split('\n').slice(2).map((line) => line.split('\t').slice(0, 2) as [string, string]);

const count = (el: DjWaffle): number =>
  Array.from(shadow(el).querySelectorAll('path.square[part="square"]')).reduce((n, p) => n + (p.getAttribute('d')?.match(/z/g)?.length ?? 0), 0);
const summary = (el: DjWaffle): string => shadow(el).querySelector('#summary')!.textContent;

async function waffle(rows: [string, string][], attrs: string): Promise<DjWaffle> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:600px" lang="zh-CN"><dj-waffle ${attrs}>
    <table><tr><th>指标</th><th>数值</th></tr>${rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table></dj-waffle></div>`);
  const el = wrap.querySelector('dj-waffle')!;
  await waitUntil(() => el.shadowRoot?.querySelectorAll('path.square[part="square"]').length, 'no squares', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('<dj-waffle>: a whole before its 其中 parts, an outline\'s headings', () => {
  it('蚌埠 2024: 地区生产总值 is the whole of the three 产业, 231 squares of 10亿元, not 462', async () => {
    const el = await waffle(BENGBU, 'unit="亿元" unit-size="10"');
    expect(count(el)).to.equal(231);
    expect(summary(el)).to.match(/^“地区生产总值”共 2313(\.0)?亿元，其中“其中：第一产业”287(\.0)?亿元，占 12\.4%/);
  });

  it('a 2016 budget: 区级财政收入合计 is the whole, 一、共享收入 and 二、区级固定收入 are noted, not counted', async () => {
    const el = await waffle(BUDGET, 'unit="万元" unit-size="100"');
    expect(count(el)).to.equal(443);
    expect(summary(el)).to.contain('“区级财政收入合计”共 44341万元').and.contain('“2、营业税”8365万元，占 18.9%');
    expect(shadow(el).textContent).to.contain('一、共享收入').and.contain('未绘入图中');
  });
});
