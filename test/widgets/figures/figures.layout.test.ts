import { expect } from '@open-wc/testing';
import { HAIZHOU_2021_ARTICLE } from '../../../src/data/haizhou-2021.article.js';
import { extractFigures, type Figure } from '../../../src/extract/index.js';
import { joinParagraphs, layoutFigures, placeTooltip, type FiguresScene, type Run } from '../../../src/widgets/figures/figures.layout.js';

const paragraphs = HAIZHOU_2021_ARTICLE.split('\n\n');
/** The report's list of 2021 targets (盘活闲置资源, 企业培育, 招商引资). */
const TARGETS = paragraphs.find((p) => p.startsWith('与2020年相比'))!;
/** The building-economy targets (楼宇经济). */
const BUILDINGS = paragraphs.find((p) => p.startsWith('为集聚新兴业态'))!;

function scene(paras: string[], locale: 'zh-CN' | 'en' = 'zh-CN'): { s: FiguresScene; figures: Figure[] } {
  const figures = extractFigures(joinParagraphs(paras));
  return { s: layoutFigures(paras, figures, locale), figures };
}

const textOf = (runs: Run[]): string => runs.map((r) => r.text).join('');

describe('layoutFigures', () => {
  it('cuts the targets paragraph into text and one highlight per figure, losing no character', () => {
    const { s, figures } = scene([TARGETS]);
    expect(figures).to.have.length(9);
    expect(s.paragraphs).to.have.length(1);
    expect(textOf(s.paragraphs[0]!)).to.equal(TARGETS);
    expect(s.highlights.map((h) => h.text)).to.deep.equal([
      '1000亩以上', '10万平方米以上', '10%以上', '15家以上', '12%', '400亿元', '80个', '10个', '8000万美元以上',
    ]);
    expect(s.highlights.map((h) => h.figures)).to.deep.equal([[0], [1], [2], [3], [4], [5], [6], [7], [8]]);
    expect(s.highlights.map((h) => h.kind)).to.deep.equal(['level', 'level', 'growth', 'level', 'growth', 'level', 'level', 'level', 'level']);
    // Figure runs point at their highlight, in order, and carry its text.
    const marks = s.paragraphs[0]!.filter((r) => r.type === 'figure');
    expect(marks.map((r) => r.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    for (const h of s.highlights) expect(TARGETS.slice(h.start, h.end)).to.equal(h.text);
  });

  it('writes each tooltip and announcement in Chinese', () => {
    const { s } = scene([TARGETS]);
    const [land, , tax, , invest, sales, , , fdi] = s.highlights;
    expect(land!.title).to.equal('低产低效土地');
    expect(land!.rows).to.deep.equal([
      { key: '数值', value: '1000亩' },
      { key: '比较', value: '≥ 以上' },
      { key: '类型', value: '水平' },
    ]);
    expect(land!.aria).to.equal('低产低效土地：1000亩以上，水平');
    expect(tax!.aria).to.equal('亩均税收：10%以上，增长');
    expect(invest!.rows.map((r) => r.value)).to.deep.equal(['12%', '= 等于', '增长']);
    expect(sales!.rows.map((r) => r.value)).to.deep.equal(['400亿元', '> 突破', '水平']);
    expect(sales!.aria).to.equal('工业应税销售收入：突破400亿元，水平');
    expect(fdi!.rows[0]).to.deep.equal({ key: '数值', value: '8000万美元' });
    expect(fdi!.aria).to.equal('实际利用外资：8000万美元以上，水平');
  });

  it('writes them in English, keeping the figure as written in the accessible name', () => {
    const { s } = scene([TARGETS], 'en');
    const [land, area, , firms, invest, sales, , , fdi] = s.highlights;
    expect(land!.rows).to.deep.equal([
      { key: 'Value', value: '1,000 mu' },
      { key: 'Comparison', value: '≥ at least' },
      { key: 'Kind', value: 'level' },
    ]);
    expect(land!.aria).to.equal('1000亩以上 — 低产低效土地: at least 1,000 mu, level');
    expect(area!.rows[0]!.value).to.equal('100,000 m²');
    // 家 is a counter: the label already names the firms.
    expect(firms!.rows[0]!.value).to.equal('15');
    // "12%" is said as written, so the name needs no prefix.
    expect(invest!.aria).to.equal('工业投资: 12%, growth');
    expect(invest!.rows[1]!.value).to.equal('= exactly');
    expect(sales!.aria).to.equal('400亿元 — 工业应税销售收入: more than 40 billion yuan, level');
    expect(fdi!.rows[0]!.value).to.equal('US$80 million');
    expect(s.count).to.equal('9 figures found');
    expect(s.groupLabel).to.equal('Figures in the text');
  });

  it('keeps paragraphs apart: offsets index the joined text, nothing crosses a paragraph', () => {
    const { s, figures } = scene([TARGETS, BUILDINGS]);
    expect(figures).to.have.length(13);
    expect(s.paragraphs.map(textOf)).to.deep.equal([TARGETS, BUILDINGS]);
    expect(s.highlights).to.have.length(13);
    const text = joinParagraphs([TARGETS, BUILDINGS]);
    for (const h of s.highlights) expect(text.slice(h.start, h.end)).to.equal(h.text);
    expect(s.highlights.slice(9).map((h) => h.text)).to.deep.equal(['20栋以上', '10家', '500家', '1000人以上']);
    // Highlight indices run on across paragraphs.
    expect(s.paragraphs[1]!.filter((r) => r.type === 'figure').map((r) => r.index)).to.deep.equal([9, 10, 11, 12]);
    expect(s.count).to.equal('识别出 13 个数字');
    expect(s.legend).to.deep.equal([
      { kind: 'level', text: '水平', count: 11 },
      { kind: 'growth', text: '增长', count: 2 },
    ]);
    expect(s.highlights[10]!.aria).to.equal('总部经济：10家以上，水平');
  });

  it('merges overlapping spans: an actual against its target and its share are one highlight', () => {
    const text = '完成全年目标任务50亿元的102%，同比下降3.5%，城镇登记失业率控制在3.5%以内，居民收入增长约6%-8%。';
    const { s, figures } = scene([text]);
    expect(figures.map((f) => f.kind)).to.deep.equal(['progress', 'share', 'growth', 'level', 'growth']);
    expect(s.highlights.map((h) => h.text)).to.deep.equal(['50亿元的102%', '3.5%', '3.5%以内', '6%-8%']);
    expect(s.highlights.map((h) => h.figures)).to.deep.equal([[0, 1], [2], [3], [4]]);
    const [progress, fall, rate, range] = s.highlights;
    expect(progress!.kind).to.equal('progress');
    expect(progress!.rows).to.deep.equal([
      { key: '数值', value: '51亿元' },
      { key: '比较', value: '= 等于' },
      { key: '类型', value: '进度' },
      { key: '目标', value: '50亿元' },
      { key: '完成比例', value: '102%' },
    ]);
    expect(progress!.aria).to.equal('50亿元的102%，目标任务：51亿元，进度，目标50亿元，完成目标的102%');
    expect(fall!.rows[2]).to.deep.equal({ key: '类型', value: '下降' });
    expect(rate!.aria).to.equal('城镇登记失业率：3.5%以内，水平');
    expect(range!.rows.slice(0, 2)).to.deep.equal([
      { key: '数值', value: '6%–8%' },
      { key: '比较', value: '≈ 约' },
    ]);
    const en = layoutFigures([text], figures, 'en');
    expect(en.highlights[0]!.aria).to.equal('50亿元的102% — 目标任务: 5.1 billion yuan, progress, target 5 billion yuan, 102% of target');
    expect(en.highlights[1]!.rows[2]!.value).to.equal('decline');
    expect(en.highlights[2]!.rows[1]!.value).to.equal('≤ at most');
    expect(en.count).to.equal('5 figures found');
    // One of the two changes is a fall (下降3.5%): the key names both, never "growth 2".
    expect(en.legend.map((l) => `${l.text} ${l.count}`)).to.deep.equal(['level 1', 'growth/decline 2', 'share 1', 'progress 1']);
    expect(s.legend.map((l) => `${l.text} ${l.count}`)).to.deep.equal(['水平 1', '增长/下降 2', '占比 1', '进度 1']);
  });

  it('says when it found one figure or none, and names an unlabelled one', () => {
    expect(scene(['没有数字。']).s.count).to.equal('未识别出数字');
    expect(scene(['No numbers here.'], 'en').s.count).to.equal('No figures found');
    const one = scene(['增长12%'], 'en').s;
    expect(one.count).to.equal('1 figure found');
    expect(one.highlights[0]!.title).to.equal('(no label found)');
    expect(one.highlights[0]!.aria).to.equal('12%, growth');
    expect(scene(['增长12%']).s.highlights[0]!.title).to.equal('（未识别名称）');
  });

  it('clips spans to their paragraph and drops empty or impossible ones', () => {
    const base: Figure = {
      label: 'x', value: 1, unit: '', comparator: 'eq', kind: 'level', quote: '', start: 0, end: 0, figureStart: 0, figureEnd: 0,
    };
    const figures: Figure[] = [
      { ...base, figureStart: 2, figureEnd: 2 },
      { ...base, figureStart: 3, figureEnd: 9 },
      { ...base, figureStart: Number.NaN, figureEnd: 4 },
      { ...base, figureStart: 40, figureEnd: 50 },
    ];
    const s = layoutFigures(['abcde', 'fgh'], figures, 'zh-CN');
    expect(s.paragraphs).to.deep.equal([
      [{ type: 'text', text: 'abc' }, { type: 'figure', text: 'de', index: 0 }],
      [{ type: 'text', text: 'fgh' }],
    ]);
    expect(s.highlights.map((h) => [h.start, h.end])).to.deep.equal([[3, 5]]);
  });

  it('treats markup in the text as text', () => {
    const text = '<img src=x onerror=alert(1)>工业投资增长12%';
    const { s } = scene([text]);
    expect(textOf(s.paragraphs[0]!)).to.equal(text);
    expect(s.paragraphs[0]![0]).to.deep.equal({ type: 'text', text: '<img src=x onerror=alert(' });
  });
});

describe('placeTooltip', () => {
  const container = { left: 100, top: 300, right: 500, bottom: 700 };

  it('goes above the highlight when there is room, from its left edge', () => {
    expect(placeTooltip({ left: 150, top: 400, right: 200, bottom: 420 }, container)).to.deep.equal({ left: 50, bottom: 306, maxWidth: 280 });
  });

  it('goes below near the top of the viewport', () => {
    expect(placeTooltip({ left: 150, top: 40, right: 200, bottom: 60 }, { ...container, top: 20 })).to.deep.equal({ left: 50, top: 46, maxWidth: 280 });
  });

  it('moves left to stay inside the container, and never wider than it', () => {
    expect(placeTooltip({ left: 480, top: 400, right: 495, bottom: 420 }, container).left).to.equal(120);
    expect(placeTooltip({ left: 480, top: 400, right: 495, bottom: 420 }, { ...container, right: 300 })).to.deep.equal({ left: 0, bottom: 306, maxWidth: 200 });
  });
});
