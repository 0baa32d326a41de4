import { expect } from '@open-wc/testing';
import { CHINESE_NUMERAL_CHARS } from '../../src/core/format/numeral.js';
import { extractFigures } from '../../src/extract/index.js';
import {
  ARTICLE, EMERGING_INDUSTRIES, GOALS, HAIZHOU_2021_ARTICLE as TEXT, HAIZHOU_2021_ARTICLE_SHA256, LEADING_INDUSTRIES,
  LOGISTICS_PROJECTS, PARKS, PLATFORMS, PROJECTS, QUALITATIVE_TARGETS, TARGETS, type SourcedFigure,
} from '../../src/data/haizhou-2021.js';

/** Asserts `words` stand verbatim in the article (without printing the whole article on failure). */
function inArticle(words: string, message = words): void {
  expect(TEXT.includes(words), message).to.equal(true);
}

/** The paragraph of the article that starts with `opening`, to its line break. */
function paragraph(opening: string): { text: string; start: number } {
  const start = TEXT.indexOf(opening);
  expect(start, opening).to.be.above(-1);
  const end = TEXT.indexOf('\n', start);
  return { text: TEXT.slice(start, end < 0 ? TEXT.length : end), start };
}

const TARGETS_PARAGRAPH = paragraph('与2020年相比');
const BUILDINGS_PARAGRAPH = paragraph('为集聚新兴业态');
const ALL_FIGURES: SourcedFigure[] = [...TARGETS, ...PROJECTS.flatMap((p) => p.figures)];

/**
 * Everything in the two target paragraphs that looks numeric but is not a target figure, with the
 * reason. A digit or numeral character outside these, a target's figure and a target's label
 * fails the completeness test below.
 */
const NOT_FIGURES: Array<[string, string]> = [
  ['2020年', 'the base year, a period'],
  ['一园一业', 'a slogan: one park, one industry'],
  ['四大主导产业基地', 'names the four industries listed in LEADING_INDUSTRIES'],
  ['新一代信息技术', 'a name'],
  ['新一轮企业培育三年行动计划', 'a name with a duration (三年, a period)'],
  ['一二三产并举', 'a slogan: primary, secondary and tertiary industries'],
  ['大中小项目', 'sizes, not amounts'],
  ['一批', 'an indefinite quantity (三处)'],
  ['第三方服务', 'an ordinal inside a name'],
  ['千万元', 'the threshold inside the label 税收过千万元楼宇'],
];

describe('haizhou-2021 dataset', () => {
  it('carries the seed article byte for byte', async () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(bytes.length).to.equal(5633);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const hex = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(hex).to.equal(HAIZHOU_2021_ARTICLE_SHA256);
    expect(hex).to.equal('56d82e0a4c28cc10c7cba7fc6ac48816876152f9f4aa041bf80df9a51ac87afb');
  });

  it('has the article metadata', () => {
    expect(ARTICLE.source).to.equal('连网');
    expect(ARTICLE.date).to.equal('2021-01-15');
    expect(TEXT.split('\n')[2]).to.equal(ARTICLE.headline);
    expect(ARTICLE.headline).to.equal(`${ARTICLE.dateline}:${ARTICLE.title}`);
    inArticle(`【${ARTICLE.source}】`);
    inArticle(`(${ARTICLE.credits.line} )`);
    expect(ARTICLE.credits.line.replace(/\s+/g, ' ')).to.equal(`${ARTICLE.credits.role}/${ARTICLE.credits.names.join(' ')}`);
    inArticle(`“${ARTICLE.column}”专栏`);
    for (const image of ARTICLE.imagePlaceholders) inArticle(`\n${image}\n`);
  });

  it('names the goals, industries, parks, platforms and logistics projects as the article does', () => {
    inArticle(`“${GOALS.join('、')}”四重奏`);
    inArticle(`打造${LEADING_INDUSTRIES.join('、')}四大主导产业基地`);
    inArticle(`汇聚${EMERGING_INDUSTRIES.join('、')}等战略新兴产业`);
    inArticle(`推动${PARKS.join('、')}等实现互动共生`);
    inArticle(`依托${PLATFORMS.join('、')}等创新孵化平台`);
    const [kangyuan, tianma] = LOGISTICS_PROJECTS.filter((p) => p.category === '分拨级物流项目');
    inArticle(`${kangyuan?.action}${kangyuan?.name}、${tianma?.name}等${tianma?.category}`);
    for (const p of LOGISTICS_PROJECTS.filter((x) => x.category === undefined)) inArticle(`${p.action}${p.name}`);
  });

  it('has the thirteen numeric 2021 targets with unique ids', () => {
    expect(TARGETS).to.have.length(13);
    expect(new Set(ALL_FIGURES.map((t) => t.id)).size).to.equal(ALL_FIGURES.length);
  });

  it('quotes every figure exactly, at its offsets, inside its sentence', () => {
    for (const f of ALL_FIGURES) {
      expect(TEXT.slice(f.start, f.end), f.id).to.equal(f.quote);
      expect(f.quote, f.id).to.include(f.text);
      expect(f.sentence, f.id).to.include(f.quote);
      inArticle(f.sentence, f.id);
      // A sentence runs to 。 or ; and no further.
      const at = TEXT.indexOf(f.sentence);
      expect('。;\n', f.id).to.include(TEXT[at + f.sentence.length] ?? '\n');
      expect(f.sentence, f.id).to.not.match(/[。;]/);
    }
  });

  it('holds, for every figure, what the extractor reads from its quote', () => {
    for (const f of ALL_FIGURES) {
      const read = extractFigures(f.quote).find((x) => f.quote.slice(x.figureStart, x.figureEnd) === f.text);
      expect(read, f.id).to.not.equal(undefined);
      expect({ label: read?.label, value: read?.value, unit: read?.unit, comparator: read?.comparator, kind: read?.kind }, f.id)
        .to.deep.equal({ label: f.label, value: f.value, unit: f.unit, comparator: f.comparator, kind: f.kind });
    }
  });

  it('leaves nothing numeric in the target paragraphs out', () => {
    const found = [TARGETS_PARAGRAPH, BUILDINGS_PARAGRAPH].flatMap((p) =>
      extractFigures(p.text).map((f) => ({ text: p.text.slice(f.figureStart, f.figureEnd), start: p.start + f.start })));
    expect(found).to.deep.equal(TARGETS.map((t) => ({ text: t.text, start: t.start })));

    // Every character that could be part of a number is covered by a target or a listed non-figure.
    for (const p of [TARGETS_PARAGRAPH, BUILDINGS_PARAGRAPH]) {
      const covered = new Array<boolean>(p.text.length).fill(false);
      const cover = (needle: string): void => {
        for (let at = p.text.indexOf(needle); at >= 0; at = p.text.indexOf(needle, at + 1)) {
          for (let k = at; k < at + needle.length; k++) covered[k] = true;
        }
      };
      for (const t of TARGETS) {
        cover(t.text);
        cover(t.label);
      }
      for (const [words] of NOT_FIGURES) cover(words);
      [...p.text].forEach((c, k) => {
        const numeric = /[0-9０-９%％]/.test(c) || CHINESE_NUMERAL_CHARS.includes(c);
        if (numeric) expect(covered[k], `${c} in …${p.text.slice(Math.max(0, k - 8), k + 8)}…`).to.equal(true);
      });
    }
  });

  it('keeps the qualitative targets verbatim', () => {
    expect(QUALITATIVE_TARGETS.map((q) => q.text)).to.include('实现高新区全国综合排名争先进位');
    for (const q of QUALITATIVE_TARGETS) {
      inArticle(q.text);
      expect(q.text, 'a qualitative target has no figure').to.satisfy((t: string) => extractFigures(t).length === 0);
    }
  });

  it('describes the four construction projects with their stages and the figures of 江苏联宇', () => {
    expect(PROJECTS.map((p) => p.name)).to.deep.equal([
      '爱维康医疗器械生产项目', '力磁医疗科技产业园项目', '科技创新企业总部项目', '江苏联宇医疗器械研发生产项目',
    ]);
    for (const p of PROJECTS) {
      inArticle(`在${p.name}现场`);
      for (const s of p.stages) inArticle(s.text, s.stage);
    }
    expect(PROJECTS.map((p) => p.stages.map((s) => s.stage))).to.deep.equal([
      ['地基浇筑'], ['外墙脚手架'], ['封顶', '内部施工'], ['投入运行', '一期投用', '二期装修'],
    ]);
    const lianyu = PROJECTS[3];
    expect(lianyu?.figures.map((f) => [f.label, f.value, f.unit])).to.deep.equal([
      ['总投资', 410000000, '元'],
      ['总建筑面积', 18500, '平方米'],
      ['年产医疗器械', 20000, '件'],
      ['年产值', 180000000, '元'],
      ['二期新建建筑', 3, '栋'],
    ]);
    inArticle(`${lianyu?.spokesperson?.role}${lianyu?.spokesperson?.name}介绍`);
  });
});
