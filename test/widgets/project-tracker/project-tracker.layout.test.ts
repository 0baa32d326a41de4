import { expect } from '@open-wc/testing';
import { typeTable } from '../../../src/core/data/typed.js';
import { estimateWidth } from '../../../src/core/measure.js';
import { readProjects } from '../../../src/widgets/project-tracker/project-tracker.data.js';
import { DEFAULT_STAGES, matchStage, parseStages } from '../../../src/widgets/project-tracker/project-tracker.stages.data.js';
import { layoutTracker, summarizeProjects } from '../../../src/widgets/project-tracker/project-tracker.layout.js';
import { articleRows } from './project-tracker.fixtures.js';

const FONT = '14px sans-serif';

/**
 * Stage labels cut short ("Found…"), clipped at the frame's edge or overlapping a label on the same
 * line, as "text@x".
 * A label may be wider than its column (staggered headers, "投产/"): what a reader must never see
 * is two labels running into each other or cut off.
 */
function headerClashes(s: ReturnType<typeof layoutTracker>): string[] {
  const boxes = s.headers.flatMap((h) => h.lines.map((l) => {
    const w = estimateWidth(l.text, FONT);
    const x0 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    return { text: l.text, y: l.y, x0, x1: x0 + w };
  }));
  return boxes.filter((b, i) => b.text.includes('…') || b.x0 < -0.5 || b.x1 > s.width + 0.5 || boxes.some((o, k) => k !== i && o.y === b.y && o.x0 < b.x1 + 2 && b.x0 < o.x1 + 2)).map((b) => `${b.text}@${Math.round(b.x0)}`);
}

describe('project tracker layout', () => {
  it('places the article\'s words at the stage they describe', () => {
    const expected: Array<[string, string]> = [
      ['地基浇筑', '基础施工'],
      ['几十个工人冒着寒风进行浇筑地基作业', '基础施工'],
      ['外墙搭脚手架', '主体施工'],
      ['厂房外墙正搭建脚手架', '主体施工'],
      ['封顶、内部施工', '装修'],
      ['一幢崭新的大楼已封顶', '封顶'],
      ['生产线投入运行', '投产/投用'],
      ['目前一期已投入使用', '投产/投用'],
      ['二期三栋新建建筑主体基本完工,正进行内外装修', '装修'],
      ['签约', '签约'],
      ['投用', '投产/投用'],
    ];
    for (const [text, stage] of expected) expect(DEFAULT_STAGES[matchStage(text, DEFAULT_STAGES)]?.name, text).to.equal(stage);
    expect(matchStage('规划中', DEFAULT_STAGES)).to.equal(-1);
    const custom = parseStages('立项，设计，施工，验收');
    expect(custom.map((s) => s.name)).to.deep.equal(['立项', '设计', '施工', '验收']);
    expect(matchStage('施工', custom)).to.equal(2);
    expect(matchStage('地基浇筑', custom)).to.equal(-1);
  });

  it('renders the article\'s four projects at the stages the article reports', () => {
    const rows = articleRows();
    const projects = readProjects(typeTable({ columns: ['项目', '分期', '阶段', '截至', '总投资'], rows: rows.map((r) => [r['项目'], r['分期'] ?? '', r['阶段'], r['截至'], r['总投资'] ?? '']) }), DEFAULT_STAGES, 'zh-CN');
    const s = layoutTracker(projects, DEFAULT_STAGES, { locale: 'zh-CN', font: FONT, measure: estimateWidth }, 900);
    expect(s.rows.map((r) => [r.project, r.phase, r.stageName])).to.deep.equal([
      ['爱维康医疗器械生产项目', '', '基础施工'],
      ['力磁医疗科技产业园项目', '', '主体施工'],
      ['科技创新企业总部项目', '', '装修'],
      ['江苏联宇医疗器械研发生产项目', '一期', '投产/投用'],
      ['江苏联宇医疗器械研发生产项目', '二期', '装修'],
    ]);
    expect(s.rows.map((r) => r.note.text)).to.deep.equal([
      '几十个工人冒着寒风进行浇筑地基作业',
      '厂房外墙正搭建脚手架',
      '一幢崭新的大楼已封顶，工人们正进行内部施工',
      '崭新的生产线已经投入运行，目前一期已投入使用',
      '二期三栋新建建筑主体基本完工,正进行内外装修',
    ]);
    expect(s.rows[2]!.dots.map((d) => d.state)).to.deep.equal(['done', 'done', 'done', 'done', 'done', 'current', 'todo', 'todo']);
    expect(s.groups.map((g) => g.reported?.text)).to.deep.equal(['截至2021年1月15日', '截至2021年1月15日', '截至2021年1月15日', '截至2021年1月15日']);
    expect(s.groups[3]!.figures.map((f) => f.text)).to.deep.equal(['总投资：4.1亿元']);
    expect(s.summary).to.equal('4 个项目：1 个已投产/投用，1 个处于装修，1 个处于主体施工，1 个处于基础施工。');
    expect(s.rows[4]!.aria).to.equal('江苏联宇医疗器械研发生产项目二期：装修（二期三栋新建建筑主体基本完工,正进行内外装修），第 6 步，共 8 步，截至2021年1月15日（第 5 项，共 5 项）');
  });

  it('writes figures in the reader\'s locale and summarises in English', () => {
    const table = typeTable({ columns: ['project', 'stage', 'reported', '总投资', '建筑面积', '产能', '产值'], rows: [['联宇', '投产', '2021-01', '4.1亿元', '1.85万平方米', '2万件', '1.8亿元'], ['B', '开工', '', '', '', '', '']] });
    const en = readProjects(table, DEFAULT_STAGES, 'en');
    const s = layoutTracker(en, DEFAULT_STAGES, { locale: 'en', font: FONT, measure: estimateWidth }, 1000);
    expect(s.groups[0]!.figures.map((f) => f.text).join(' ')).to.equal('总投资: 410 million yuan · 建筑面积: 18,500 m² · 产能: 20,000 units · 产值: 180 million yuan');
    expect(s.groups[0]!.reported?.text).to.equal('as of Jan 2021');
    expect(s.headers.map((h) => h.lines.map((l) => l.text).join(' '))).to.deep.equal(['Signed', 'Started', 'Foundations', 'Structure', 'Topped out', 'Fit-out', 'Completed', 'In operation']);
  });

  it('keeps labels inside the frame from 280 to 1200 px', () => {
    const rows = articleRows();
    const projects = readProjects(typeTable({ columns: ['项目', '分期', '阶段', '截至'], rows: rows.map((r) => [r['项目'], r['分期'] ?? '', r['阶段'], r['截至']]) }), DEFAULT_STAGES, 'zh-CN');
    for (const width of [280, 375, 560, 1200]) {
      const s = layoutTracker(projects, DEFAULT_STAGES, { locale: 'zh-CN', font: FONT, measure: estimateWidth }, width);
      for (const r of s.rows) {
        const w = estimateWidth(r.note.text, FONT);
        const x0 = r.note.anchor === 'start' ? r.note.x : r.note.anchor === 'end' ? r.note.x - w : r.note.x - w / 2;
        expect(x0, `${width}`).to.be.at.least(-0.5);
        expect(x0 + w, `${width}`).to.be.at.most(width + 0.5);
      }
      expect(headerClashes(s), `${width}`).to.deep.equal([]);
      const ys = s.rows.map((r) => r.hit.y);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).to.be.at.least(s.rows[i - 1]!.hit.height);
    }
  });

  it('eight stage labels neither clip nor overlap from 280 to 1280 px, in Chinese and in English', () => {
    const projects = readProjects(typeTable({ columns: ['项目', '阶段'], rows: [['连云港港30万吨级航道二期工程', '通过竣工验收']] }), DEFAULT_STAGES, 'zh-CN');
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const width of [280, 320, 375, 414, 560, 768, 1024, 1280]) {
        const s = layoutTracker(projects, DEFAULT_STAGES, { locale, font: FONT, measure: estimateWidth }, width);
        expect(s.headers, `${locale} ${width}`).to.have.length(8);
        expect(headerClashes(s), `${locale} ${width}`).to.deep.equal([]);
      }
    }
  });

  it('writes the article\'s words whole where the row has room for them, however far from the row\'s end the marker is', () => {
    const rows = articleRows();
    const projects = readProjects(typeTable({ columns: ['项目', '分期', '阶段', '截至'], rows: rows.map((r) => [r['项目'], r['分期'] ?? '', r['阶段'], r['截至']]) }), DEFAULT_STAGES, 'zh-CN');
    for (const width of [280, 320, 375, 414, 768, 1280]) {
      const s = layoutTracker(projects, DEFAULT_STAGES, { locale: 'zh-CN', font: FONT, measure: estimateWidth }, width);
      for (const r of s.rows) {
        const said = projects.find((p) => p.index === r.index)?.stageText ?? '';
        // Shorter than the frame: no reason to cut it (320 px cut "二期三栋主体基本完工、内外装修" to "…内…").
        if (estimateWidth(said, FONT) <= width - 40) expect(r.note.text, `${width}`).to.equal(said);
      }
    }
  });

  it('summarises each project at its furthest phase', () => {
    const projects = readProjects(typeTable({ columns: ['项目', '分期', '阶段'], rows: [['A', '一期', '投用'], ['A', '二期', '装修'], ['B', '', '签约']] }), DEFAULT_STAGES, 'zh-CN');
    expect(summarizeProjects(projects, DEFAULT_STAGES, 'zh-CN')).to.equal('2 个项目：1 个已投产/投用，1 个处于签约。');
    expect(summarizeProjects(projects, DEFAULT_STAGES, 'en')).to.equal('2 projects: 1 in operation, 1 at signed.');
  });
});
