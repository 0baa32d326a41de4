/**
 * The default pipeline's stage for finished works (session 11): 竣工, between 装修 and 投产/投用,
 * and the longest word at a place — a word inside a longer word of another stage does not count.
 */
import { expect } from '@open-wc/testing';
import { typeTable } from '../../../src/core/data/typed.js';
import { readProjects } from '../../../src/widgets/project-tracker/project-tracker.data.js';
import { DEFAULT_STAGES, matchStage, stageHits } from '../../../src/widgets/project-tracker/project-tracker.stages.data.js';

const stageOf = (text: string): string | undefined => DEFAULT_STAGES[matchStage(text, DEFAULT_STAGES)]?.name;

describe('project tracker stages: finished works', () => {
  it('has 竣工 (Completed) between 装修 and 投产/投用', () => {
    expect(DEFAULT_STAGES.map((s) => s.name)).to.deep.equal(['签约', '开工', '基础施工', '主体施工', '封顶', '装修', '竣工', '投产/投用']);
    expect(DEFAULT_STAGES[6]!.en).to.equal('Completed');
  });

  it('places built, finished and accepted works at 竣工', () => {
    for (const text of ['已竣工', '竣工', '建成', '已完工', '通过竣工验收', '顺利通过交工验收', '新建成', '基本建成', '具备通车条件', '年底具备开通运营条件']) {
      expect(stageOf(text), text).to.equal('竣工');
    }
  });

  it('places works open to traffic or in service at 投产/投用', () => {
    for (const text of ['建成通车', '竣工投用', '竣工投产', '正式通车', '开通运营', '建成投运', '正式交付使用', '建成通航', '全线通水']) {
      expect(stageOf(text), text).to.equal('投产/投用');
    }
  });

  it('reads the longest word at a place: the structure done is 封顶, 开工建设 is 开工', () => {
    const cases: Array<[string, string | undefined]> = [
      ['主体竣工', '封顶'],
      ['主体完工', '封顶'],
      ['二期三栋新建建筑主体基本完工', '封顶'],
      ['主体结构完工', '封顶'],
      ['主体工程已全部完工', '封顶'],
      ['码头主体工程通过交工验收', '封顶'],
      ['开工建设', '开工'],
      ['主体基本完工，项目竣工', '竣工'],
    ];
    for (const [text, stage] of cases) expect(stageOf(text), text).to.equal(stage);
    expect(stageHits('主体基本完工', DEFAULT_STAGES).map((h) => DEFAULT_STAGES[h.stage]?.name)).to.deep.equal(['封顶']);
  });

  it('words that hold a stage word and name no stage place nothing', () => {
    for (const text of ['建成区面积扩大', '高速公路通车里程达349公里', '国家交通基础设施', '具备开工条件', '新建成都至达州至万州高速铁路', '开通绿色通道']) {
      expect(matchStage(text, DEFAULT_STAGES), text).to.equal(-1);
    }
  });

  it('a stage cell "已竣工" is read, not an error', () => {
    const rows = readProjects(typeTable({ columns: ['项目', '阶段'], rows: [['连云港港30万吨级航道二期工程', '已竣工'], ['重庆郭家沱长江大桥', '建成通车']] }), DEFAULT_STAGES, 'zh-CN');
    expect(rows.map((r) => DEFAULT_STAGES[r.stage]?.name)).to.deep.equal(['竣工', '投产/投用']);
  });
  it('does not read a stage word inside the project\'s own name in its stage cell', () => {
    const rows = readProjects(typeTable({ columns: ['项目', '阶段'], rows: [['区域总部运营中心项目', '区域总部运营中心项目已开工'], ['运营中心', '已投入运营'], ['基础教育园区', '运营中心项目']] }), DEFAULT_STAGES, 'zh-CN');
    // The first has started (运营 is its name); the second says 投入运营 beside its name; the third's
    // cell says a stage only inside another name than its own, and still counts (not its name).
    expect(rows.map((r) => DEFAULT_STAGES[r.stage]?.name)).to.deep.equal(['开工', '投产/投用', '投产/投用']);
    expect(matchStage('区域总部运营中心项目开工建设', DEFAULT_STAGES, '区域总部运营中心项目')).to.equal(1);
    expect(matchStage('区域总部运营中心项目开工建设', DEFAULT_STAGES)).to.equal(7);
  });
});
