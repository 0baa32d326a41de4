/**
 * A deadline column ("预计建成": 2024年9月, 2024年, or the number 2024 under a header naming a time)
 * is a period, shown with the project as the period it is — not dropped because "2024年" is text,
 * nor written as the number "2,024". Project as published: 雄安新区 高铁枢纽片区2号地项目, 奠基
 * 2021-06-28, "预计将于2024年9月,建成交付使用" (http://www.ettaleb.com/henan/yhzx/2021/0630/556439.html).
 */
import { expect } from '@open-wc/testing';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { readProjects } from '../../../src/widgets/project-tracker/project-tracker.data.js';
import { parseStages } from '../../../src/widgets/project-tracker/project-tracker.stages.data.js';
import { estimateWidth } from '../../../src/core/measure.js';
import { figureText, layoutTracker } from '../../../src/widgets/project-tracker/project-tracker.layout.js';

const STAGES = parseStages('奠基,开工,建成交付');
const project = (deadline: unknown, header = '预计建成') => ({ 项目: '高铁枢纽片区2号地', 阶段: '奠基', 截至: '2021-06-28', 总投资: '', [header]: deadline });
const figures = (rows: Record<string, unknown>[], locale: 'zh-CN' | 'en') =>
  readProjects(typeTable(fromRecords(rows, 'data')), STAGES, locale).map((p) => p.figures.map((f) => figureText(f, locale)));

describe('project tracker: a deadline column', () => {
  it('"2024年9月" and "2024年" are shown as the periods they are (zh-CN as written, en in English)', () => {
    expect(figures([project('2024年9月')], 'zh-CN')).to.deep.equal([['预计建成：2024年9月']]);
    expect(figures([project('2024年9月')], 'en')).to.deep.equal([['预计建成: Sep 2024']]);
    expect(figures([project('2024年')], 'zh-CN')).to.deep.equal([['预计建成：2024年']]);
    expect(figures([project('2024年')], 'en')).to.deep.equal([['预计建成: 2024']]);
  });

  it('the number 2024 under a header naming a time is the year, never "2,024"', () => {
    expect(figures([project(2024)], 'en')).to.deep.equal([['预计建成: 2024']]);
    expect(figures([project(2024, '竣工年份')], 'en')).to.deep.equal([['竣工年份: 2024']]);
    // A quantity under another header stays a figure.
    expect(figures([project('2024亩', '用地')], 'en')[0]?.[0]).to.match(/^用地: 2,024/);
  });

  // 吴川市重点项目推进会 (2021-05-19): "要确保在2021年6月底竣工", "要在6月10日前完成"
  // (http://www.lggbt.com/bmzz/wcsrmzfw/zwgk/wcdt/zwyw/content/post_1453881.html).
  it('deadlines as plans write them are shown as written (zh-CN) and as what they promise (en), never as a day they do not name', () => {
    const rows = ['2021年6月底', '2021年底', '6月10日前', '汛期前', '“十四五”末'].map((d) => ({ ...project(d, '计划竣工'), 截至: '2021-05-18' }));
    expect(figures(rows, 'zh-CN').map((f) => f[0])).to.deep.equal(['计划竣工：2021年6月底', '计划竣工：2021年底', '计划竣工：6月10日前', '计划竣工：汛期前', '计划竣工：“十四五”末']);
    expect(figures(rows, 'en').map((f) => f[0])).to.deep.equal([
      '计划竣工: end of Jun 2021', '计划竣工: end of 2021', '计划竣工: by Jun 10, 2021', '计划竣工: before the flood season', '计划竣工: end of the 14th Five-Year Plan (2021–2025)',
    ]);
  });

  // A deadline column's name and value ran together ("计划完成2025年"): the column's name, a full-width
  // colon, the value — as the targets board writes 目标：… — and the same words on the page (the
  // drawn figures line, which the static SVG draws from) and for a screen reader (the row's label).
  it('writes a deadline as "name：value" (zh-CN) and "name: value" (en), the drawn line and the row\'s label alike', () => {
    const rows = [{ ...project('2025年', '计划完成'), 总投资: '4.1亿元' }];
    const expected = { 'zh-CN': ['总投资：4.1亿元', '计划完成：2025年'], en: ['总投资: 410 million yuan', '计划完成: 2025'] } as const;
    for (const locale of ['zh-CN', 'en'] as const) {
      const projects = readProjects(typeTable(fromRecords(rows, 'data')), STAGES, locale);
      for (const width of [375, 1280]) {
        const scene = layoutTracker(projects, STAGES, { locale, font: '14px sans-serif', measure: estimateWidth }, width);
        const drawn = scene.groups[0]!.figures.map((l) => l.text).join('');
        for (const words of expected[locale]) {
          expect(drawn, `${locale} ${width}`).to.include(words);
          expect(scene.rows[0]!.aria, `${locale} ${width}`).to.include(words);
        }
      }
    }
  });

  // 泸州 (川投泸州天然气发电项目): "预计本月底可实现…主厂房封顶" (http://bid.caigoupt.com/info-280697852.html).
  it('本月底, 季末 and 年中 are read against the row\'s reported date; with none, they promise no day', () => {
    const rows = ['本月底', '季末', '年中'].map((d) => ({ ...project(d, '计划封顶'), 截至: '2021-05-18' }));
    expect(figures(rows, 'zh-CN').map((f) => f[0])).to.deep.equal(['计划封顶：本月底', '计划封顶：季末', '计划封顶：年中']);
    expect(figures(rows, 'en').map((f) => f[0])).to.deep.equal(['计划封顶: end of May 2021', '计划封顶: end of Q2 2021', '计划封顶: mid-2021']);
    const undated = rows.map((r) => ({ ...r, 截至: '' }));
    expect(figures(undated, 'en').map((f) => f[0])).to.deep.equal(['计划封顶: end of the month', '计划封顶: end of the quarter', '计划封顶: mid-year']);
  });
});
