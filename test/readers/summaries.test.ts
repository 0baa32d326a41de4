/**
 * Summaries stay a few sentences whatever the data: every registered widget fed 10,000 rows
 * (its valid rows repeated, labels made unique) says what it shows in at most three sentences
 * and a few hundred characters — in both languages. Laid out below the fold, not eager: the
 * summary comes from the scene, which is built at once; the marks would wait for the reader.
 */
import { expect, fixture } from '@open-wc/testing';
import { WIDGETS, type WidgetCase } from '../hardening/widgets.js';
import { capSummary, MAX_SUMMARY_CHARS, MAX_SUMMARY_SENTENCES } from '../../src/core/a11y/summary-cap.js';

const N = 10_000;

function manyRows(w: WidgetCase): Array<Record<string, unknown>> {
  const base = w.valid() as Array<Record<string, unknown>>;
  const labels = w.textColumns.length ? w.textColumns : Object.keys(base[0] ?? {}).slice(0, 1);
  return Array.from({ length: N }, (_, i) => {
    const row = { ...base[i % base.length] };
    for (const c of labels) if (typeof row[c] === 'string') row[c] = `${row[c]}${i}`;
    return row;
  });
}

const sentenceCount = (text: string, locale: string): number =>
  Array.from(new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)).filter((s) => s.segment.trim()).length;

describe('readers: summaries stay a few sentences whatever the data', () => {
  for (const w of WIDGETS.filter((x) => x.input === 'data')) {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`${w.tag} (${lang}) with ${N.toLocaleString('en')} rows`, async function () {
        this.timeout(30000);
        const wrap = await fixture<HTMLDivElement>('<div style="width:640px; margin-top:40000px"></div>');
        const el = document.createElement(w.tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
        el.setAttribute('lang', lang);
        for (const [k, v] of Object.entries(w.attrs ?? {})) el.setAttribute(k, v);
        el.data = manyRows(w);
        wrap.append(el);
        await el.updateComplete;
        const summary = el.shadowRoot?.querySelector('#summary')?.textContent.trim() ?? '';
        expect(summary.length, summary.slice(0, 200)).to.be.at.most(MAX_SUMMARY_CHARS[lang]);
        expect(sentenceCount(summary, lang), summary).to.be.at.most(MAX_SUMMARY_SENTENCES);
        wrap.remove();
      });
    }
  }

  it('a long list is cut at a clause, with a pointer to the data table; a short summary is untouched', () => {
    const items = Array.from({ length: 500 }, (_, i) => `指标${i} ${i}亿元`);
    const zh = capSummary(`${items.join('；')}。`, 'zh-CN');
    expect(zh.length).to.be.at.most(MAX_SUMMARY_CHARS['zh-CN']);
    expect(zh).to.match(/亿元……其余见数据表。$/);
    const en = capSummary(`${items.map((s) => s.replace('亿元', ' bn')).join('; ')}.`, 'en');
    expect(en).to.match(/ bn… The rest is in the data table\.$/);
    const four = 'One. Two is 4.1 bn. Three. Four.';
    expect(capSummary(four, 'en')).to.equal('One. Two is 4.1 bn. Three… The rest is in the data table.');
    const short = '共 8 项：“A”最大（4.1亿元），“B”最小（3个）。';
    expect(capSummary(short, 'zh-CN')).to.equal(short);
  });
});
