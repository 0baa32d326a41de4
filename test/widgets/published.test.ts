/**
 * Figures shown as published, in every place a widget writes them: the figure, its summary (what
 * a screen reader reads), the data table, tooltips and the static SVG, in zh-CN and en.
 * Real published figures: NBS grain output 2021 (13657亿斤), Liaoning's Q1 2021 GDP release
 * (5844.9亿元, 304.0亿元), and bulletin-sized amounts in 亿元 with a decimal (33064.8亿元).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/widgets/big-number/big-number.define.js';
import '../../src/widgets/bar-chart/bar-chart.define.js';
import '../../src/widgets/figures/figures.define.js';
import '../../src/widgets/targets/targets.define.js';
import type { DjBigNumber } from '../../src/widgets/big-number/big-number.js';
import type { DjBarChart } from '../../src/widgets/bar-chart/bar-chart.js';
import type { DjFigures } from '../../src/widgets/figures/figures.js';
import type { DjTargets } from '../../src/widgets/targets/targets.js';
import { drawn, shadow, valueTexts } from '../helpers/widgets.js';
import { extractFigures } from '../../src/extract/index.js';
import { ssr } from '../server/ssr.js';

const finals = (el: Element): string[] => Array.from(shadow(el).querySelectorAll('.number .final')).map((n) => n.textContent.trim());
const summary = (el: Element): string => shadow(el).querySelector('#summary')?.textContent ?? '';

async function dataTable(el: DjBigNumber | DjBarChart | DjTargets): Promise<string[]> {
  shadow(el).querySelector<HTMLButtonElement>('.tools button')!.click();
  await el.updateComplete;
  return Array.from(shadow(el).querySelectorAll('[part="data-table"] tbody td.num')).map((td) => td.textContent.trim());
}

async function big(attrs: string, lang: string): Promise<DjBigNumber> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="${lang}"><dj-big-number no-motion ${attrs}></dj-big-number></div>`);
  const el = wrap.querySelector('dj-big-number')!;
  await waitUntil(() => finals(el).length === 1, 'the figure never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('numbers as published', () => {
  for (const [lang, want, diff] of [
    ['zh-CN', '33064.8亿元', '比2020年增长10.2%'],
    ['en', '3,306.48 billion yuan', 'up 10.2% on 2020'],
  ] as const) {
    it(`<dj-big-number> writes 33064.8亿元 as published (${lang}): figure, summary, data table, static SVG`, async () => {
      const el = await big('label="一般公共预算收入" value="33064.8亿元" previous="30000亿元" previous-label="2020年"', lang);
      expect(finals(el)).to.deep.equal([want]);
      expect(summary(el)).to.contain(want);
      expect(summary(el)).to.contain(diff);
      expect(await dataTable(el)).to.include(want);
      expect(el.toSvg()).to.contain(want);
    });
  }

  it('<dj-big-number> reads a bare number in unit="亿元" as that many 亿, and the count-up keeps its grouping', async () => {
    const el = await big('label="粮食总产量" value="13657" unit="亿斤"', 'zh-CN');
    expect(finals(el)).to.deep.equal(['13657亿斤']);
    expect(el.toSvg()).to.contain('13657亿斤');
    const en = await big('label="Grain" value="13657" unit="亿斤"', 'en');
    expect(finals(en)).to.deep.equal(['1,365.7 billion jin']);
  });

  it('<dj-big-number> fed the extractor\'s records (JSON) writes each figure as the article did', async () => {
    const records = extractFigures('2021年全国粮食总产量13657亿斤，比上年增加267亿斤。全省地区生产总值5844.9亿元。');
    // Through JSON, as a page or the builder would hand them over.
    const data: unknown = JSON.parse(JSON.stringify(records.map(({ label, value, unit, published }) => ({ label, value, unit, published }))));
    const wrap = await fixture<HTMLDivElement>('<div style="width:640px" lang="zh-CN"><dj-big-number no-motion></dj-big-number></div>');
    const el = wrap.querySelector('dj-big-number')!;
    el.data = data;
    await waitUntil(() => finals(el).length === 3, 'the figures never drew', { timeout: 4000 });
    expect(finals(el)).to.deep.equal(['13657亿斤', '267亿斤', '5844.9亿元']);
    // The form column is not data: the table lists label, value and unit only.
    shadow(el).querySelector<HTMLButtonElement>('.tools button')!.click();
    await el.updateComplete;
    const heads = Array.from(shadow(el).querySelectorAll('[part="data-table"] th')).map((th) => th.textContent.trim());
    expect(heads).to.deep.equal(['label', 'value', 'unit']);
    // A malformed form is ignored (the value is then written as a computed one), never shown.
    el.data = [{ label: 'x', value: 3306480000000, unit: '元', published: { decimals: '<b>1</b>', multiplier: '亿' } }];
    await waitUntil(() => finals(el)[0] === '3.31万亿元', `got ${finals(el).join()}`, { timeout: 4000 });
  });

  it('<dj-big-number> rescales and rounds only when asked: notation="compact", decimals (fixed)', async () => {
    const compact = await big('label="收入" value="33064.8亿元" notation="compact"', 'zh-CN');
    expect(finals(compact)).to.deep.equal(['3.31万亿元']);
    expect(compact.toSvg()).to.contain('3.31万亿元');
    const fixed = await big('label="增速" value="8%" decimals="1"', 'zh-CN');
    expect(finals(fixed)).to.deep.equal(['8.0%']);
    const kept = await big('label="增速" value="8.0%"', 'en');
    expect(finals(kept)).to.deep.equal(['8.0%']);
  });

  it('<dj-bar-chart> labels, summary, data table and static SVG keep 亿 as 亿', async () => {
    const wrap = await fixture<HTMLDivElement>('<div style="width:640px" lang="zh-CN"><dj-bar-chart eager></dj-bar-chart></div>');
    const el = wrap.querySelector('dj-bar-chart')!;
    el.data = [{ 产业: '第一产业', 增加值: '304.0亿元' }, { 产业: '第二产业', 增加值: '2155.7亿元' }, { 产业: '第三产业', 增加值: '3385.2亿元' }];
    await drawn(el, 3);
    expect(valueTexts(el)).to.deep.equal(['304.0亿元', '2155.7亿元', '3385.2亿元']);
    expect(summary(el)).to.contain('3385.2亿元');
    const svg = el.toSvg();
    for (const v of ['304.0亿元', '2155.7亿元', '3385.2亿元']) expect(svg).to.contain(v);
    expect(await dataTable(el)).to.deep.equal(['304.0亿元', '2155.7亿元', '3385.2亿元']);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await waitUntil(() => valueTexts(el)[0] === '30.40 billion yuan', `en labels: ${valueTexts(el).join(' | ')}`, { timeout: 4000 });
    expect(valueTexts(el)).to.deep.equal(['30.40 billion yuan', '215.57 billion yuan', '338.52 billion yuan']);
  });

  it('<dj-targets> writes a target and its actual as published', async () => {
    const wrap = await fixture<HTMLDivElement>('<div style="width:640px" lang="zh-CN"><dj-targets eager></dj-targets></div>');
    const el = wrap.querySelector('dj-targets')!;
    el.data = [{ label: '地区生产总值', target: '33000.0亿元', comparator: 'ge', actual: '33064.8亿元', period: '2021', date: '2021' }];
    await waitUntil(() => el.toSvg().includes('33000.0亿元'), 'targets never drew the published target', { timeout: 4000 });
    const svg = el.toSvg();
    expect(svg).to.contain('33064.8亿元');
    expect(svg).not.to.contain('万亿');
    expect(summary(el)).not.to.contain('万亿');
  });
});

// A real release: 盘锦市统计局 relaying Liaoning's Q1 2021 GDP (tjj.panjin.gov.cn), and NBS's 2021 grain output.
const GDP = '根据地区生产总值统一核算结果，2021年一季度，全省地区生产总值5844.9亿元，按可比价格计算，同比增长12.9%，两年平均增长2.1%。其中，第一产业增加值304.0亿元，同比增长5.0%，两年平均增长3.0%；第二产业增加值2155.7亿元，同比增长16.6%，两年平均增长2.0%；第三产业增加值3385.2亿元，同比增长11.5%，两年平均增长2.2%。';
const GRAIN = '2021年全国粮食总产量13657亿斤，比上年增加267亿斤，增长2.0%，全年粮食产量再创新高，连续7年保持在1.3万亿斤以上。';

async function figures(lang: string): Promise<DjFigures> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:640px" lang=${lang}><dj-figures><p>${GDP}</p><p>${GRAIN}</p></dj-figures></div>`);
  const el = wrap.querySelector('dj-figures')!;
  await el.updateComplete;
  return el;
}

const marks = (el: DjFigures): HTMLElement[] => Array.from(shadow(el).querySelectorAll<HTMLElement>('mark[part="figure"]'));

describe('<dj-figures> on a statistics release: tooltips and names as published', () => {
  it('zh-CN: every amount in its published digits and multiplier', async () => {
    const el = await figures('zh-CN');
    const byText = new Map(marks(el).map((m) => [m.textContent.trim(), m]));
    for (const [text, value] of [['5844.9亿元', '5844.9亿元'], ['304.0亿元', '304.0亿元'], ['13657亿斤', '13657亿斤'], ['1.3万亿斤以上', '1.3万亿斤'], ['5.0%', '5.0%'], ['2.0%', '2.0%']] as const) {
      const m = byText.get(text);
      expect(m, text).to.not.equal(undefined);
      m!.focus();
      await el.updateComplete;
      const tip = shadow(el).querySelector('.tooltip')!.textContent.replace(/\s+/g, '');
      expect(tip, text).to.contain(value);
      expect(m!.getAttribute('aria-label'), text).to.contain(value);
    }
    const svg = el.toSvg();
    expect(svg).not.to.contain('1.37万亿');
  });

  it('en: every published digit, in English scale words', async () => {
    const el = await figures('en');
    const byText = new Map(marks(el).map((m) => [m.textContent.trim(), m]));
    for (const [text, value] of [['5844.9亿元', '584.49 billion yuan'], ['304.0亿元', '30.40 billion yuan'], ['13657亿斤', '1,365.7 billion jin'], ['1.3万亿斤以上', '1.3 trillion jin']] as const) {
      const m = byText.get(text);
      expect(m, text).to.not.equal(undefined);
      m!.focus();
      await el.updateComplete;
      expect(shadow(el).querySelector('.tooltip')!.textContent, text).to.contain(value);
      expect(m!.getAttribute('aria-label'), text).to.contain(value);
    }
  });
});

describe('static renderer (dj-widgets/static): numbers as published', () => {
  for (const [lang, want] of [['zh-CN', '33064.8亿元'], ['en', '3,306.48 billion yuan']] as const) {
    it(`draws 33064.8亿元 as published in the server's SVG and static HTML (${lang})`, async () => {
      for (const mode of ['svg', 'static'] as const) {
        const markup = await ssr('dj-big-number', { label: '收入', value: '33064.8亿元', width: 480 }, { mode, lang });
        expect(markup, mode).to.contain(want);
        expect(markup, mode).not.to.contain('万亿');
        expect(markup, mode).not.to.contain('trillion');
      }
      const bars = await ssr('dj-bar-chart', { data: [{ 产业: '第一产业', 增加值: '304.0亿元' }, { 产业: '第三产业', 增加值: '3385.2亿元' }], width: 480 }, { mode: 'svg', lang });
      expect(bars).to.contain(lang === 'en' ? '30.40 billion yuan' : '304.0亿元');
    });
  }
});
