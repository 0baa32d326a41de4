/**
 * A change written in words is a headline figure with its sign: "下降3.5%" is −3.5%, "比上年增长5.9%"
 * is +5.9% — never refused, never shown as a level of 5.9%. Values from real releases.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/big-number/big-number.define.js';
import type { DjBigNumber } from '../../../src/widgets/big-number/big-number.js';
import { shadow } from '../../helpers/widgets.js';

const numbers = (el: DjBigNumber): string[] => Array.from(shadow(el).querySelectorAll('.number .final')).map((n) => n.textContent.trim());

async function big(html: string, count = 1): Promise<DjBigNumber> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:640px">${html}</div>`);
  const el = wrap.querySelector('dj-big-number')!;
  await waitUntil(() => numbers(el).length === count, 'figures never drew', { timeout: 4000 });
  return el;
}

describe('<dj-big-number>: changes written in words', () => {
  it('"下降3.5%" as the value attribute is −3.5%, in both languages', async () => {
    // Retail sales fell 7.5 percent (NBS April 2020, https://www.finanzen.at/nachrichten/zinsen/china-industrial-output-rises-3-9percent-on-year-in-april-1029204697)
    const zh = await big('<dj-big-number no-motion lang="zh-CN" value="同比下降7.5%" label="社会消费品零售总额"></dj-big-number>');
    expect(numbers(zh)).to.deep.equal(['-7.5%']);
    const en = await big('<dj-big-number no-motion lang="en" value="下降7.5%" label="Retail sales"></dj-big-number>');
    expect(numbers(en)).to.deep.equal(['-7.5%']);
  });

  it('a table of 统计公报 rows: 比上年增长 keeps its +, 下降 its −, a bound its sign', async () => {
    // 蚌埠市2024年统计公报, http://www.ilynn.cn/document_detail/133968.html; 发改委 on coal exports, http://sz-shandao.com/qy/2009-09/01/content_178293.htm
    const el = await big(`<dj-big-number no-motion lang="zh-CN"><table>
      <thead><tr><th>指标</th><th>数值</th></tr></thead>
      <tbody><tr><td>人均地区生产总值</td><td>比上年增长5.9%</td></tr><tr><td>煤炭出口</td><td>同比下降57.3%</td></tr>
      <tr><td>亩均税收</td><td>增长10%以上</td></tr><tr><td>社会消费品零售总额</td><td>增长-3.5%</td></tr></tbody></table></dj-big-number>`, 4);
    expect(numbers(el)).to.deep.equal(['+5.9%', '-57.3%', '≥ +10%', '-3.5%']);
  });

  it('a column of changes in words only (typed as signed figures) keeps the + of a rise', async () => {
    // The same rows without the bound: the column is read as figures (core/data/worded.ts); a headline still says +.
    const el = await big(`<dj-big-number no-motion lang="zh-CN"><table>
      <thead><tr><th>指标</th><th>数值</th></tr></thead>
      <tbody><tr><td>人均地区生产总值</td><td>比上年增长5.9%</td></tr><tr><td>煤炭出口</td><td>同比下降57.3%</td></tr></tbody></table></dj-big-number>`, 2);
    expect(numbers(el)).to.deep.equal(['+5.9%', '-57.3%']);
    const one = await big('<dj-big-number no-motion lang="zh-CN" value="比上年增长5.9%" label="人均地区生产总值"></dj-big-number>');
    expect(numbers(one)).to.deep.equal(['+5.9%']);
  });

  it('text that is no change is still refused, with its row', async () => {
    const wrap = await fixture<HTMLDivElement>('<div style="width:640px"><dj-big-number no-motion lang="zh-CN" value="第3位" label="全省排名"></dj-big-number></div>');
    const el = wrap.querySelector('dj-big-number')!;
    await waitUntil(() => shadow(el).textContent.includes('不是数字'), 'no error shown', { timeout: 4000 });
  });
});
