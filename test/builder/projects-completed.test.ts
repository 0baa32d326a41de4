/**
 * Paragraph mode for the tracker on real reports of finished works (session 11): a work that is
 * built is 竣工, one open to traffic or in service is 投产/投用, a plan or a forecast places
 * nothing, and works of transport are projects by their own names (…站, …号线, …大桥, …码头).
 */
import { expect } from '@open-wc/testing';
import { projectsFromText } from '../../src/builder/projects.js';
import { typeTable } from '../../src/core/data/typed.js';
import { readProjects } from '../../src/widgets/project-tracker/project-tracker.data.js';
import { DEFAULT_STAGES, matchStage } from '../../src/widgets/project-tracker/project-tracker.stages.data.js';
import * as real from '../fixtures/projects-completed.js';

const placed = (text: string): Array<[string, string | undefined]> =>
  projectsFromText(text).map((p) => [p.项目, DEFAULT_STAGES[matchStage(p.阶段, DEFAULT_STAGES)]?.name]);

describe('projectsFromText: finished works in real reports', () => {
  it('places a work that passed 竣工验收 at 竣工, and one handed over for use at 投产/投用', () => {
    expect(placed(real.LYG_CHANNEL_ACCEPTED)).to.deep.equal([['连云港港30万吨级航道二期工程', '竣工']]);
    expect(placed(real.LVSI_WHARF)).to.deep.equal([['吕四港重装码头工程', '竣工']]);
    // "由建工达运三公司承建的" describes the name; "正式交付使用" is in use.
    expect(placed(real.TONGLING_HOUSING)).to.deep.equal([['铜陵吾悦华府项目', '投产/投用']]);
  });

  it('the main works finished is topped out, not the work completed ("主体工程已全部完工")', () => {
    expect(placed(real.HAIKOU_PORT)).to.deep.equal([['海口新海港区汽车客货滚装码头二期工程', '封顶']]);
  });

  it('names works of transport without 项目: a bridge open to traffic, a metro line in service', () => {
    expect(placed(real.GUOJIATUO_BRIDGE)).to.deep.equal([['重庆郭家沱长江大桥', '投产/投用']]);
    expect(placed(real.CQ_LINE_18)).to.deep.equal([['重庆轨道交通18号线', '投产/投用']]);
    expect(placed(real.XICHENG_HSR)).to.deep.equal([['西成高铁', '开工']]);
    expect(placed('地铁5号线已建成通车。花果山机场建成通航。连盐铁路连云港站竣工投用。')).to.deep.equal([
      ['地铁5号线', '投产/投用'],
      ['花果山机场', '投产/投用'],
      ['连盐铁路连云港站', '投产/投用'],
    ]);
    // A line is a named line and a station a named station: 生命线, 一线, 生产线, 加油站 are not projects.
    expect(real.ARTICLE_LINES.flatMap((s) => placed(s))).to.deep.equal([]);
    expect(placed('新增生产线3条。加油站已建成。')).to.deep.equal([]);
    // "S32申嘉湖高速公路浦星公路出入口" is a part of S32: the motorway is not placed by it.
    expect(placed('S32申嘉湖高速公路浦星公路出入口建成通车。')).to.deep.equal([]);
  });

  it('a class of works is not the name; the work after its dash is, at the stage it reached: never a plan, a forecast or a tally', () => {
    // "下个月将正式通车" is a plan; "通车后…" a condition.
    expect(placed(real.HUANGMAOHAI)).to.deep.equal([['黄茅海跨海通道', '竣工']]);
    for (const text of [real.LYG_PLAN_2020, real.XIONGXIN_HSR, real.CQ_TALLY]) expect(placed(text), text.slice(0, 12)).to.deep.equal([]);
    // "计划年底建成": a plan for the new words too.
    expect(placed('江苏联宇医疗器械研发生产项目主体结构已封顶，计划年底建成。')).to.deep.equal([['江苏联宇医疗器械研发生产项目', '封顶']]);
    expect(placed('海州湾大桥工程建成后，将极大缓解交通压力。')).to.deep.equal([]);
  });

  it('neither "新建成都…" nor "国家交通基础设施重大工程" is a work finished or at its foundations', () => {
    // A tunnel broken through is no stage of the pipeline; 新建 + 成都 is not 新建成.
    expect(placed(real.CHENGDAWAN_TUNNEL)).to.deep.equal([]);
    // A class of works ("…重大工程建设重点推进项目") is no project, and 基础设施 is not 基础施工.
    expect(placed(real.LYG_CHANNEL_HISTORY)).to.deep.equal([]);
  });
  it('reads no stage in a project\'s own name: 研发运营中心 under construction is not in operation (运营)', () => {
    // Before: [['新中冠大数据研发运营中心', '投产/投用']], read from 运营 in the name of a project whose
    // first sentence says only that work goes on. The second sentence's subject is "两栋…大楼", its own:
    // nothing is placed (less, never the false "in operation").
    const found = projectsFromText(real.XINZHONGGUAN_CENTRE);
    expect(found.map((p) => [p.项目, DEFAULT_STAGES[matchStage(p.阶段, DEFAULT_STAGES, p.项目)]?.name])).to.deep.equal([]);
    // The tracker reads a published row the same way: the stage without the project's name.
    const rows = readProjects(typeTable({ columns: ['项目', '阶段'], rows: [['新中冠大数据研发运营中心项目', '新中冠大数据研发运营中心项目主体已经基本完工']] }), DEFAULT_STAGES, 'zh-CN');
    expect(rows.map((r) => DEFAULT_STAGES[r.stage]?.name)).to.deep.equal(['封顶']);
  });
});
