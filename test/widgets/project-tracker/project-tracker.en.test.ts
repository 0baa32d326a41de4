/**
 * An English page shows the library's words in English and the data's as published. A stage cell
 * that only names a stage in the library's own Chinese words ("开工") says nothing its English
 * label does not: it is written "Started", not "开工" under the "Started" column; a description
 * ("已签约，已开工", the article's) is the data's and stays. Real inputs: 四川 2021 Q1, "成都轨道交通TOD示范
 * 项目、…京东西南智能运营结算中心…拉哇水电站等84个省重点项目开工建设" (中国水泥网, from 四川省重点办); the article's
 * 科技创新企业总部项目 "已封顶" (/work/shared/seed, 连网 2021-01-15) and 联宇 "已签约，已开工".
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/project-tracker/project-tracker.define.js';
import type { DjProjectTracker } from '../../../src/widgets/project-tracker/project-tracker.js';
import { parseStages } from '../../../src/widgets/project-tracker/project-tracker.stages.data.js';
import { shadow } from '../../helpers/widgets.js';

const SICHUAN = [
  { 项目: '成都轨道交通TOD示范项目', 阶段: '开工', 截至: '2021-03-31' },
  { 项目: '京东西南智能运营结算中心', 阶段: '开工', 截至: '2021-03-31' },
  { 项目: '拉哇水电站', 阶段: '开工', 截至: '2021-03-31' },
  { 项目: '科技创新企业总部项目', 阶段: '封顶', 截至: '2021-01-15' },
  { 项目: '联宇新材料', 阶段: '已签约，已开工', 截至: '2021-01-15' },
];

async function tracker(data: unknown, lang: string, width = 900, attrs = ''): Promise<DjProjectTracker> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-project-tracker no-motion ${attrs}></dj-project-tracker></div>`);
  const el = wrap.querySelector('dj-project-tracker')!;
  el.data = data;
  await waitUntil(() => shadow(el).querySelectorAll('g.row').length > 0, 'tracker never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const notes = (el: Element): string[] => Array.from(shadow(el).querySelectorAll('g.row text.note')).map((t) => t.textContent);
const arias = (el: Element): string[] => Array.from(shadow(el).querySelectorAll('g.row')).map((g) => g.getAttribute('aria-label') ?? '');

describe('<dj-project-tracker> in English: the library’s words in English, the data’s as published', () => {
  for (const width of [375, 900]) {
    it(`a cell that names the stage is its label; a description stays (${width} px)`, async () => {
      const en = await tracker(SICHUAN, 'en', width);
      expect(notes(en)).to.deep.equal(['Started', 'Started', 'Started', 'Topped out', '已签约，已开工']);
      expect(arias(en)[0]).to.match(/^成都轨道交通TOD示范项目: Started, step 2 of 8/);
      expect(arias(en)[4]).to.contain('Started (已签约，已开工)');
      const zh = await tracker(SICHUAN, 'zh-CN', width);
      expect(notes(zh)).to.deep.equal(['开工', '开工', '开工', '封顶', '已签约，已开工']);
    });
  }

  it('the static SVG says the same', async () => {
    const en = await tracker(SICHUAN, 'en');
    const svg = new DOMParser().parseFromString(en.toSvg(), 'image/svg+xml');
    const texts = Array.from(svg.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).to.include('Topped out');
    expect(texts).not.to.include('开工');
    expect(texts).not.to.include('封顶');
  });

  it('stages="签约,开工,投产": 投产 is the default pipeline’s In operation in English, as written in Chinese', async () => {
    expect(parseStages('签约,开工,投产').map((s) => [s.name, s.en])).to.deep.equal([['签约', 'Signed'], ['开工', 'Started'], ['投产', 'In operation']]);
    expect(parseStages('动工，竣工').map((s) => [s.name, s.en])).to.deep.equal([['动工', 'Started'], ['竣工', 'Completed']]);
    // 投产 and 投用 are one stage of the default pipeline: in English they would read alike, so both stay as written.
    expect(parseStages('签约,投产,投用').map((s) => s.en)).to.deep.equal(['Signed', undefined, undefined]);
    const en = await tracker([{ 项目: '拉哇水电站', 阶段: '开工' }], 'en', 900, 'stages="签约,开工,投产"');
    const texts = Array.from(shadow(en).querySelectorAll('svg text')).map((t) => t.textContent.trim());
    expect(texts).to.include.members(['Signed', 'Started', 'In operation']);
    expect(texts).not.to.include('投产');
  });
});
