/**
 * One units vocabulary: a header the builder reads is read the same way by the element its embed
 * code makes, and the other way round (core/format/header-unit.ts unitWord; builder/numbers.ts
 * uses it). Headers as statistics tables publish them, with figures from:
 * - 江苏 2023年上半年 设区市 GDP, 苏州 11458.4 / 南京 8316.92 亿元, 增速 6.6% —
 *   https://zfw.changzhou.gov.cn/html/czzf/2023/FCPIQHAJ_0801/22475.html
 * - a county's 2015 bulletin: 地区生产总值 244394 万元, 粮食总产量 46695 吨, 造林面积 19800 亩 —
 *   https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html
 * - 交通运输部, 2010年1—4月 ports: 货物吞吐量 247934 万吨 (沿海 173198), 旅客 2950 万人次,
 *   集装箱 4368.06 万TEU (沿海 3941.96) — http://nakedoat.com/gzdt/2010-05/19/content_1608897.htm
 * - 2013年一季度 ports: 集装箱 4304.07 万标箱 (沿海 3855.98) — http://texasayurvedic.com/news/13112015.html
 * Headers without a figure above (万千瓦时, 平方公里, 元/平方米, 亿美元, 万人, billion yuan) are read
 * with the figures of the nearest real table; only their reading is compared.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../src/widgets/bar-chart/bar-chart.js';
import { headerName, headerUnit, readUnit } from '../../src/core/format/header-unit.js';
import { headerUnit as builderHeaderUnit, unitOf } from '../../src/builder/numbers.js';
import { parseInput } from '../../src/builder/parse.js';
import { defaultDescribe, type Project } from '../../src/builder/project.js';
import { publishCode } from '../../src/builder/publish.js';
import { shadow, valueTexts } from '../helpers/widgets.js';

const HEADERS: Array<[string, { factor: number; unit: string; multiplier: string }]> = [
  ['地区生产总值（亿元）', { factor: 1e8, unit: '元', multiplier: '亿' }],
  ['地区生产总值（万元）', { factor: 1e4, unit: '元', multiplier: '万' }],
  ['比上年增长（%）', { factor: 1, unit: '%', multiplier: '' }],
  ['比上年增长（％）', { factor: 1, unit: '%', multiplier: '' }],
  ['常住人口（万人）', { factor: 1e4, unit: '人', multiplier: '万' }],
  ['货物吞吐量（万吨）', { factor: 1e4, unit: '吨', multiplier: '万' }],
  ['粮食总产量（吨）', { factor: 1, unit: '吨', multiplier: '' }],
  ['造林面积（亩）', { factor: 1, unit: '亩', multiplier: '' }],
  ['旅客吞吐量（万人次）', { factor: 1e4, unit: '人次', multiplier: '万' }],
  ['全社会用电量（万千瓦时）', { factor: 1e4, unit: '千瓦时', multiplier: '万' }],
  ['集装箱吞吐量（万标箱）', { factor: 1e4, unit: '标箱', multiplier: '万' }],
  ['集装箱吞吐量（万TEU）', { factor: 1e4, unit: 'TEU', multiplier: '万' }],
  ['行政区域面积（平方公里）', { factor: 1, unit: '平方公里', multiplier: '' }],
  ['Area (km²)', { factor: 1, unit: '平方公里', multiplier: '' }],
  ['商品住宅平均销售价格（元/平方米）', { factor: 1, unit: '元/平方米', multiplier: '' }],
  ['进出口总额（亿美元）', { factor: 1e8, unit: '美元', multiplier: '亿' }],
  ['GDP (billion yuan)', { factor: 1e9, unit: '元', multiplier: 'billion' }],
  ['Exports (US$ million)', { factor: 1e6, unit: '美元', multiplier: 'million' }],
  ['Growth (%)', { factor: 1, unit: '%', multiplier: '' }],
  ['财政收入（单位：亿元）', { factor: 1e8, unit: '元', multiplier: '亿' }],
  ['人口（万）', { factor: 1e4, unit: '', multiplier: '万' }],
];

/** Brackets that are a year, a period, a note: no unit for either reader. */
const NOT_UNITS = ['时间（年）', '建设情况（进度）', '政策（力度）', '人口（2023年）', '完成（1-6月）', '增速（同比）', '全省（平均）', 'GDP（现价）', 'Output (est.)', '地区（设区市）', '产值(估计)'];

describe('one units vocabulary: the builder and the element read a header alike', () => {
  it('unit and multiplier: the builder\'s unit, read back, is the element\'s', () => {
    for (const [h, want] of HEADERS) {
      expect(headerUnit(h), h).to.deep.equal(want);
      const b = builderHeaderUnit(h);
      expect(b, h).to.not.equal(null);
      // What the builder publishes (unit="…") the element reads with readUnit.
      expect(readUnit(b!.unit), h).to.deep.equal(want);
      expect(b!.name, h).to.equal(headerName(h));
    }
    for (const h of NOT_UNITS) {
      expect(headerUnit(h), h).to.equal(null);
      expect(builderHeaderUnit(h), h).to.equal(null);
    }
  });

  it('a units row or "单位：" cell: the builder accepts what the element reads as a unit, no more', () => {
    for (const u of ['亿元', '万吨', '%', '万TEU', '标箱', '元/平方米', '亿美元', 'kg', '公斤', '小时', '亿度']) expect(unitOf(u), u).to.not.equal(null);
    for (const u of ['年', '平均', '同比', '现价', 'est.']) expect(unitOf(u), u).to.equal(null);
  });

  const TABLES: Array<{ head: string; rows: [string, string][] }> = [
    { head: '地区生产总值（亿元）', rows: [['苏州市', '11458.4'], ['南京市', '8316.92']] },
    { head: '货物吞吐量（万吨）', rows: [['沿海港口', '173198'], ['内河港口', '74736']] },
    { head: '集装箱吞吐量（万TEU）', rows: [['沿海港口', '3941.96'], ['内河港口', '426.10']] },
    { head: '集装箱吞吐量（万标箱）', rows: [['沿海港口', '3855.98'], ['内河港口', '448.09']] },
    { head: 'GDP (billion yuan)', rows: [['Suzhou', '1145.84'], ['Nanjing', '831.692']] },
  ];

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`${lang}: the published embed draws what the table drawn directly draws — labels, axis unit, summary`, async () => {
      for (const { head, rows } of TABLES) {
        const text = [`地区\t${head}`, ...rows.map((r) => r.join('\t'))].join('\n');
        // The builder's reading: its column unit is the header's.
        const t = parseInput(text);
        expect(readUnit(t.columns[1]?.unit ?? ''), head).to.deep.equal(headerUnit(head));
        const p: Project = { format: 'dj-widgets-project', version: 1, widget: 'dj-bar-chart', input: { text, options: {} }, attributes: {}, describe: { ...defaultDescribe(lang), locale: lang } };
        const code = publishCode(p, 'script', { scriptUrl: 'https://cdn.example.com/dj-widgets.js', embedUrl: 'https://cdn.example.com/embed.html' });
        const doc = new DOMParser().parseFromString(`<!doctype html><body>${code}`, 'text/html');
        const host = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
        host.append(document.importNode(doc.querySelector('dj-bar-chart') as Element, true));
        const published = host.querySelector('dj-bar-chart')!;
        const direct = await fixture<HTMLDivElement>(`<div style="width:600px" lang="${lang}"><dj-bar-chart><table><tr><th>地区</th><th>${head}</th></tr>${rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table></dj-bar-chart></div>`);
        const el = direct.querySelector('dj-bar-chart')!;
        for (const e of [published, el]) await waitUntil(() => e.shadowRoot?.querySelectorAll('g.bar').length === 2, `${head}: never drew`, { timeout: 4000 });
        const texts = (e: DjBarChart): string[] => Array.from(shadow(e).querySelectorAll('.plot svg text'), (n) => n.textContent).filter((s) => !rows.some(([a]) => a === s));
        expect(valueTexts(published), head).to.deep.equal(valueTexts(el));
        expect(texts(published), head).to.deep.equal(texts(el));
        expect(shadow(published).querySelector('#summary')?.textContent, head).to.equal(shadow(el).querySelector('#summary')?.textContent);
        // Out of the way: a chart below the fold is drawn only when scrolled to.
        host.remove();
        direct.remove();
      }
    });
  }
});
