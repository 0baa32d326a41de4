/**
 * The targets board and the big number read a `unit` attribute (or unit column) with the library's
 * one reader of units (core/format/header-unit.ts readUnit), as the bar and line charts do: English
 * multiplier words scale the bare figures as 亿元 does. Before, they read it with splitUnit, which
 * takes "million" or "trillion yuan" as the name of a unit: a figure of 12 in the unit "million".
 * Real inputs, the 2024 Report on the Work of the Government as Xinhua published it in English
 * (http://en.people.cn/n3/2024/0313/c90000-20144300.html, 2024-03-05 highlights
 * http://en.people.cn/n3/2024/0305/c90000-20140590.html): "over 12 million new urban jobs", "grain
 * output of over 650 million metric tons", "special-purpose bonds for local governments: 3.9
 * trillion yuan", "investment from central government budget: 700 billion yuan".
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { fromRecords } from '../../src/core/data/raw-table.js';
import { typeTable } from '../../src/core/data/typed.js';
import { readTargets } from '../../src/widgets/targets/targets.data.js';
import '../../src/widgets/big-number/big-number.define.js';
import type { DjBigNumber } from '../../src/widgets/big-number/big-number.js';
import { shadow } from '../helpers/widgets.js';

const OPTIONS = { labelColumn: null, valueColumn: null, asOf: Date.UTC(2024, 11, 31), year: 2024 };
const finals = (el: Element): string[] => Array.from(shadow(el).querySelectorAll('.number .final')).map((n) => n.textContent.trim());

async function big(attrs: string, lang: string): Promise<DjBigNumber> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="${lang}"><dj-big-number no-motion ${attrs}></dj-big-number></div>`);
  const el = wrap.querySelector('dj-big-number')!;
  await waitUntil(() => finals(el).length === 1, 'the figure never drew', { timeout: 4000 });
  return el;
}

describe('the unit attribute: one reader for every widget', () => {
  it('targets: unit="million" and a unit column "million metric tons" scale the targets', () => {
    const rows = [
      { label: 'New urban jobs', target: '12', comparator: 'gt', unit: 'million' },
      { label: 'Grain output', target: '650', comparator: 'gt', unit: 'million metric tons' },
    ];
    const data = readTargets(typeTable(fromRecords(rows, 'data')), { ...OPTIONS, unit: '' });
    expect(data.map((d) => [d.label, d.target, d.unit])).to.deep.equal([['New urban jobs', 12e6, ''], ['Grain output', 650e6, '吨']]);
    const attr = readTargets(typeTable(fromRecords([{ label: 'New urban jobs', target: '12', comparator: 'gt' }], 'data')), { ...OPTIONS, unit: 'million' });
    expect([attr[0]?.target, attr[0]?.unit]).to.deep.equal([12e6, '']);
  });

  it('targets: units the old reader read stay as they were (亿元, 万人, %)', () => {
    const rows = [{ label: '投资', target: '4.1', unit: '亿元' }, { label: '就业', target: '1.2', unit: '万人' }, { label: '增长', target: '5', unit: '%' }];
    const data = readTargets(typeTable(fromRecords(rows, 'data')), { ...OPTIONS, unit: '' });
    expect(data.map((d) => [d.target, d.unit, d.published?.multiplier ?? ''])).to.deep.equal([[4.1e8, '元', '亿'], [1.2e4, '人', '万'], [5, '%', '']]);
  });

  for (const [lang, bonds, investment, jobs] of [
    ['zh-CN', '3.9万亿元', '7000亿元', '1244万'],
    ['en', '3.9 trillion yuan', '700 billion yuan', '12.44 million'],
  ] as const) {
    it(`big number: unit="trillion yuan", "billion yuan", "million" (${lang})`, async () => {
      expect(finals(await big('label="Special-purpose bonds" value="3.9" unit="trillion yuan"', lang))).to.deep.equal([bonds]);
      expect(finals(await big('label="Central budget investment" value="700" unit="billion yuan"', lang))).to.deep.equal([investment]);
      // 2023's outcome in the same report: "12.44 million new urban jobs were created".
      expect(finals(await big('label="New urban jobs, 2023" value="12.44" unit="million"', lang))).to.deep.equal([jobs]);
    });
  }

  it('big number: 亿元 and % as before', async () => {
    expect(finals(await big('label="总投资" value="4.1" unit="亿元"', 'zh-CN'))).to.deep.equal(['4.1亿元']);
    expect(finals(await big('label="增长" value="5.2" unit="%"', 'zh-CN'))).to.deep.equal(['5.2%']);
  });
});
