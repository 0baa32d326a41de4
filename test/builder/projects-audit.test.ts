/**
 * Paragraph mode for the tracker on a real 重大工程 progress report (session 10 audit): a sentence
 * that reports on a subject of its own is never the stage of the project named before it.
 */
import { expect } from '@open-wc/testing';
import { projectsFromText } from '../../src/builder/projects.js';
import { DEFAULT_STAGES, matchStage } from '../../src/widgets/project-tracker/project-tracker.stages.data.js';

/**
 * 上海市重大工程 2025 half-year progress, as reported 2025-07-23 (from 上海市重大办):
 * http://www.riyuangf.com/mobile/news/show-htm-itemid-277.html
 */
const SHANGHAI_2025H1 = '交通方面，东方枢纽上海东站站场区全面进入地上主体结构施工阶段；浦东机场四期扩建工程建设全面铺开；沪渝蓉宝山站开工建设；轨道交通2号线西延伸试运行，计划于进博会前开通；18号线二期5月底已完成列车上线，正开展联调联试；S4公路入城段、S32申嘉湖高速公路浦星公路出入口建成通车；外环东段（华夏中路—龙东大道）计划于12月地面道路竣工通车。';

const placed = (text: string): Array<[string, string | undefined]> =>
  projectsFromText(text).map((p) => [p.项目, DEFAULT_STAGES[matchStage(p.阶段, DEFAULT_STAGES)]?.name]);

describe('projectsFromText: a sentence with its own subject', () => {
  it('does not put 浦东机场四期扩建工程 at 开工 on the strength of "沪渝蓉宝山站开工建设"', () => {
    const found = projectsFromText(SHANGHAI_2025H1);
    // Before: [['浦东机场四期扩建工程', '开工'] with 阶段 "沪渝蓉宝山站开工建设"]. The station is a
    // project of its own since s11 (a name ending in 站): it is the only one its sentence places.
    expect(found.filter((p) => p.阶段.includes('沪渝蓉')).map((p) => p.项目)).to.deep.equal(['沪渝蓉宝山站']);
    expect(found.map((p) => p.项目)).to.not.include('浦东机场四期扩建工程');
    // The same shape with an office building: the second sentence is another site's.
    expect(placed('海州湾大厦项目建设有序推进。新浦公园北门改造开工建设。')).to.deep.equal([]);
  });

  it('still follows the project into a sentence that continues it', () => {
    expect(placed('江苏联宇医疗器械研发生产项目主体结构已封顶。目前正进行内部装修。')).to.deep.equal([['江苏联宇医疗器械研发生产项目', '装修']]);
    expect(placed('力磁医疗科技产业园项目去年签约。二期主体基本完工。')).to.deep.equal([['力磁医疗科技产业园项目', '封顶']]);
    expect(placed('力磁医疗科技产业园项目去年签约。该项目已开工。')).to.deep.equal([['力磁医疗科技产业园项目', '开工']]);
  });
});
