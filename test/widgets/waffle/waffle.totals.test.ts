/**
 * Total rows in a waffle's table (waffle.totals.ts): a 合计 row is the whole, not one more part —
 * counted as a part it doubled the squares. Tables, both as published for 江苏 2023年上半年 by 江苏省统计局
 * and 新华日报 (https://zfw.changzhou.gov.cn/html/czzf/2023/FCPIQHAJ_0801/22475.html): GDP by sector
 * (第一产业 1720.2, 第二产业 26613.4, 第三产业 32131.7, 生产总值 60465.3 亿元; here with 合计 last), and
 * the 设区市 GDP with 全省 first (test/fixtures/gdp-jiangsu-2023h1.gbk.csv).
 */
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/waffle/waffle.define.js';
import type { DjWaffle } from '../../../src/widgets/waffle/waffle.js';
import type { DjSelectEvent } from '../../../src/core/events.js';
import { captureConsole, shadow } from '../../helpers/widgets.js';

const SECTORS: [string, string][] = [['第一产业', '1720.2'], ['第二产业', '26613.4'], ['第三产业', '32131.7'], ['合计', '60465.3']];
const CITIES: [string, string][] = [
  ['Jiangsu (all)', '60465.3'], ['Suzhou', '11458.4'], ['Nanjing', '8316.92'], ['Wuxi', '7105.67'], ['Nantong', '6032.4'], ['Changzhou', '4525.4'], ['Xuzhou', '4009.09'],
  ['Yangzhou', '3417.36'], ['Yancheng', '3413.41'], ['Taizhou', '3208.78'], ['Zhenjiang', '2635.11'], ['Huai\'an', '2432.08'], ['Lianyungang', '1955.9'], ['Suqian', '1920.57'],
];

const count = (el: DjWaffle, sel = ''): number =>
  Array.from(shadow(el).querySelectorAll(`${sel} path.square[part="square"]`)).reduce((n, p) => n + (p.getAttribute('d')?.match(/z/g)?.length ?? 0), 0);
const legend = (el: DjWaffle): string[] => Array.from(shadow(el).querySelectorAll('g.category')).map((g) => g.getAttribute('aria-label')!);
const summary = (el: DjWaffle): string => shadow(el).querySelector('#summary')!.textContent;

async function waffle(lang: string, rows: [string, string][], attrs: string, ok = true, head = '数值'): Promise<DjWaffle> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:600px" lang="${lang}"><dj-waffle ${attrs}>
    <table><tr><th>项目</th><th>${head}</th></tr>${rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table></dj-waffle></div>`);
  const el = wrap.querySelector('dj-waffle')!;
  if (ok) await waitUntil(() => el.shadowRoot?.querySelectorAll('path.square[part="square"]').length, 'no squares', { timeout: 4000 });
  else await waitUntil(() => el.shadowRoot?.querySelector('.status.error'), 'no error', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('<dj-waffle> total rows', () => {
  it('zh-CN: a 合计 row last is the whole, the sectors its parts — 60 squares, not 120', async () => {
    const el = await waffle('zh-CN', SECTORS, 'unit-size="1000"');
    expect(count(el)).to.equal(60);
    expect(legend(el)[0]).to.match(/^合计：60465\.3，60 格/);
    // 1.72 squares by quota, 2 by the largest remainder (26.61 → 26, 32.13 → 32).
    expect(legend(el)[1]).to.match(/^其中：第一产业：1720\.2，占 2\.8%，2 格/);
    expect(summary(el)).to.match(/^“合计”共 60465\.3，其中“第一产业”1720\.2，占 2\.8%，“第二产业”26613\.4，占 44%，“第三产业”32131\.7，占 53\.1%；/);
  });

  it('en: a Total row first is the whole of the 13 cities (江苏 2023年上半年, as published)', async () => {
    const rows: [string, string][] = [['Total', '60465.3'], ...CITIES.slice(1)];
    const el = await waffle('en', rows, 'unit-size="100"');
    expect(el.mode).to.equal('separate');
    // 605 squares for the whole; the cities (60,431.09 together) fill 604 of them.
    expect(count(el)).to.equal(605);
    expect(summary(el)).to.match(/^Total: 60,465\.3, of which Suzhou: 11,458\.4 \(19%\)/);
    const event: Promise<DjSelectEvent> = oneEvent(el, 'dj-select');
    shadow(el).querySelectorAll<SVGGElement>('g.category')[1]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await event).detail).to.include({ index: 1, label: 'Suzhou' });
  });

  it('a dj-select names the row as published when the 合计 row moved to the front', async () => {
    const el = await waffle('zh-CN', SECTORS, 'unit-size="1000"');
    const event: Promise<DjSelectEvent> = oneEvent(el, 'dj-select');
    shadow(el).querySelectorAll<SVGGElement>('g.category')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await event).detail).to.include({ index: 3, label: '合计' });
  });

  it('parts that exceed their 合计: a located, bilingual error with grouped numbers', async () => {
    const con = captureConsole('error');
    try {
      const zh = await waffle('zh-CN', [['甲', '10000'], ['乙', '5000'], ['合计', '12000']], 'unit-size="1000"', false);
      expect(shadow(zh).querySelector('.status.error span')!.textContent).to.equal('第 3 行“合计”是其余各行的合计，但其余各行之和（15,000）超过了它（12,000）。请核对数据，或设置 keep-totals 按原样绘制。');
      const en = await waffle('en', [['A', '10000'], ['B', '5000'], ['Total', '12000']], 'unit-size="1000"', false);
      expect(shadow(en).querySelector('.status.error span')!.textContent).to.contain('Row 3 ("Total") is the whole of the other rows, but they add up to more (15,000 > 12,000).');
    } finally {
      con.restore();
    }
  });

  it('a unit in the value header: figures in 亿元, unit-size in 亿元 too, a suggested one in 亿元', async () => {
    const el = await waffle('zh-CN', SECTORS, 'unit-size="1000"', true, '增加值（亿元）');
    expect(count(el)).to.equal(60);
    expect(legend(el)[0]).to.match(/^合计：60465\.3亿元，60 格/);
    expect(summary(el)).to.contain('每格代表 1000亿元');
    // No unit-size: squares of 1亿元, 60,465 of them (not 6 × 10¹² squares of 1元); the suggestion is in 亿元.
    const en = await waffle('en', SECTORS, '', false, 'Value added (亿元)');
    expect(shadow(en).querySelector('.status.error span')!.textContent).to.contain('60,465 squares are too many to read (at most 2,500); set unit-size, e.g. unit-size="1000".');
  });

  it('keep-totals keeps the 合计 row as one more category', async () => {
    const el = await waffle('zh-CN', SECTORS, 'unit-size="1000" keep-totals');
    // Each row rounded on its own: 2 + 27 + 32 + 60.
    expect(count(el)).to.equal(121);
    expect(summary(el)).to.match(/^共 4 类/);
  });

  it('an 平均 row is not a part: left out and noted under the chart', async () => {
    const el = await waffle('zh-CN', [['甲区', '12'], ['乙区', '8'], ['平均', '10']], '');
    expect(count(el)).to.equal(20);
    expect(shadow(el).querySelector('.totals-note')!.textContent).to.equal('平均 10（未绘入图中）');
    expect(summary(el)).to.match(/平均 10（未绘入图中）。$/);
    expect(el.toSvg()).to.contain('>平均 10（未绘入图中）</text>');
  });

  it('"too many squares" groups its count, zh-CN and en', async () => {
    const con = captureConsole('error');
    try {
      const zh = await waffle('zh-CN', [['年产值', '252116400000000']], '', false);
      expect(shadow(zh).querySelector('.status.error span')!.textContent).to.match(/^252,116,400,000,000 个方格太多，难以阅读（最多 2500 个）/);
      const en = await waffle('en', [['Output', '252116400000000']], '', false);
      expect(shadow(en).querySelector('.status.error')!.textContent).to.contain('252,116,400,000,000 squares are too many to read (at most 2,500)');
    } finally {
      con.restore();
    }
  });
});
