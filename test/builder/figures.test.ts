import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/widgets/targets/targets.define.js';
import '../../src/widgets/bar-chart/bar-chart.define.js';
import '../../src/widgets/big-number/big-number.define.js';
import { figuresFromText, figuresToTable, figuresToTargets, type FigureRow } from '../../src/builder/figures.js';
import { HAIZHOU_2021_ARTICLE as ARTICLE, TARGETS } from '../../src/data/haizhou-2021.js';
import type { DjTargets } from '../../src/widgets/targets/targets.js';
import type { DjBarChart } from '../../src/widgets/bar-chart/bar-chart.js';

/** A paragraph of the article, verbatim, from its opening words to its line break. */
function paragraph(opening: string): string {
  const start = ARTICLE.indexOf(opening);
  expect(start, opening).to.be.above(-1);
  const end = ARTICLE.indexOf('\n', start);
  return ARTICLE.slice(start, end < 0 ? ARTICLE.length : end);
}

/** The two paragraphs of 2021 targets, as an editor would paste them (a blank line between). */
const TARGETS_TEXT = `${paragraph('与2020年相比')}\n\n${paragraph('为集聚新兴业态')}`;

describe('builder: paragraph mode', () => {
  it('finds exactly the 13 targets of the article, each with its quote', () => {
    const rows = figuresFromText(TARGETS_TEXT);
    expect(rows.map((r) => ({ label: r.label, value: r.value, unit: r.unit, comparator: r.comparator, kind: r.kind, quote: r.quote }))).to.deep.equal(
      TARGETS.map((t) => ({ label: t.label, value: t.value, unit: t.unit, comparator: t.comparator, kind: t.kind, quote: t.quote })),
    );
    expect(rows.map((r) => r.id)).to.deep.equal(TARGETS.map((_, i) => `f${i + 1}`));
    for (const r of rows) {
      expect(TARGETS_TEXT.slice(r.start, r.end), r.id).to.equal(r.quote);
      expect(r.include).to.equal(true);
    }
  });

  it('turns them into the records <dj-targets> takes, quote and bound kept, and the board draws 13', async () => {
    const records = figuresToTargets(figuresFromText(TARGETS_TEXT));
    expect(records).to.have.length(13);
    expect(records[0]).to.deep.equal({ id: 'f1', label: '低产低效土地', value: 1000, unit: '亩', comparator: 'ge', kind: 'level', quote: '盘活低产低效土地1000亩以上、闲置老旧厂房10万平方米以上', published: { decimals: 0, multiplier: '', grouped: false } });
    expect(records[2]).to.deep.equal({ id: 'f3', label: '亩均税收', value: 10, unit: '%', comparator: 'ge', kind: 'growth', quote: '亩均税收增长10%以上', direction: 'up', published: { decimals: 0, multiplier: '', grouped: false } });
    const el = await fixture<DjTargets>(html`<dj-targets lang="zh-CN" .data=${records}></dj-targets>`);
    await waitUntil(() => el.shadowRoot?.querySelectorAll('[role="option"]').length === 13, 'the board never drew 13 targets', { timeout: 4000 });
    const text = el.shadowRoot?.textContent ?? '';
    expect(text).to.include('低产低效土地');
    expect(text).to.include('技术型人才');
  });

  it('leaves out rows the editor excluded or emptied, and keeps the edits', () => {
    const rows = figuresFromText(TARGETS_TEXT);
    const edited: FigureRow[] = rows.map((r, i) => (i === 0 ? { ...r, include: false } : i === 1 ? { ...r, value: null } : i === 2 ? { ...r, label: '亩均税收（编辑）' } : r));
    const records = figuresToTargets(edited);
    expect(records).to.have.length(11);
    expect(records[0]?.['label']).to.equal('亩均税收（编辑）');
    expect(records[0]?.['quote']).to.equal('亩均税收增长10%以上');
  });

  it('keeps a fall as a fall and a range as a range', () => {
    const [fall, range] = [figuresFromText('单位GDP能耗下降3%')[0], figuresFromText('居民收入增长6%-7%')[0]];
    expect(figuresToTargets([fall as FigureRow])[0]?.['direction']).to.equal('down');
    expect(figuresToTargets([range as FigureRow])[0]).to.include({ value: 6, upper: 7 });
  });

  it('gives label/value records for bars, naming an unlabelled figure by its quote', async () => {
    const rows = figuresFromText('新引进过亿元项目80个,过10亿元项目10个。');
    const table = figuresToTable(rows);
    expect(table).to.deep.equal([
      { label: '新引进过亿元项目', value: 80, unit: '个', comparator: 'eq', quote: '新引进过亿元项目80个', published: { decimals: 0, multiplier: '', grouped: false } },
      { label: '过10亿元项目', value: 10, unit: '个', comparator: 'eq', quote: '过10亿元项目10个', published: { decimals: 0, multiplier: '', grouped: false } },
    ]);
    const unlabelled = figuresToTable([{ ...(rows[0] as FigureRow), label: '' }]);
    expect(unlabelled[0]?.['label']).to.equal('新引进过亿元项目80个');
    const el = await fixture<DjBarChart>(html`<dj-bar-chart lang="zh-CN" .data=${table}></dj-bar-chart>`);
    await waitUntil(() => el.shadowRoot?.querySelectorAll('g.bar').length === 2, 'bars never drew', { timeout: 4000 });
  });

  it('returns nothing for text without figures, and never throws', () => {
    expect(figuresFromText('奋斗未有穷期,行者永无止步。')).to.deep.equal([]);
    expect(figuresFromText(42 as unknown as string)).to.deep.equal([]);
  });
});

describe('builder: paragraph mode keeps figures as published', () => {
  it('carries the published form to the records, and a big number drawn from them writes 13657亿斤', async () => {
    const rows = figuresFromText('2021年全国粮食总产量13657亿斤，比上年增加267亿斤。');
    expect(rows[0]?.published).to.deep.equal({ decimals: 0, multiplier: '亿', grouped: false });
    const table = figuresToTable(rows);
    const el = await fixture<HTMLElement>(html`<div lang="zh-CN"><dj-big-number no-motion .data=${table}></dj-big-number></div>`);
    const big = el.querySelector('dj-big-number')!;
    const finals = (): string[] => Array.from(big.shadowRoot?.querySelectorAll('.number .final') ?? []).map((n) => n.textContent.trim());
    await waitUntil(() => finals().length === 2, 'figures never drew', { timeout: 4000 });
    expect(finals()).to.deep.equal(['13657亿斤', '267亿斤']);
  });
});
