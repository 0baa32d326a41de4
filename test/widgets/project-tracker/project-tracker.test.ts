import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/project-tracker/project-tracker.define.js';
import type { DjProjectTracker } from '../../../src/widgets/project-tracker/project-tracker.js';
import { captureConsole, shadow } from '../../helpers/widgets.js';
import { articleRows } from './project-tracker.fixtures.js';

const rowsOf = (el: Element): SVGGElement[] => Array.from(shadow(el).querySelectorAll<SVGGElement>('g.row'));

async function tracker(width: number, data: unknown, attrs = '', lang = 'zh-CN'): Promise<DjProjectTracker> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-project-tracker ${attrs}></dj-project-tracker></div>`);
  const el = wrap.querySelector('dj-project-tracker')!;
  el.data = data;
  await waitUntil(() => rowsOf(el).length > 0 || shadow(el).querySelector('.status.error'), 'tracker never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('<dj-project-tracker>', () => {
  it('draws the article\'s projects, one row per phase, with stages done, current and to come', async () => {
    const el = await tracker(900, articleRows(), 'heading="海州区在建项目"');
    const rows = rowsOf(el);
    expect(rows).to.have.length(5);
    const states = rows.map((r) => Array.from(r.querySelectorAll('circle')).map((c) => c.getAttribute('class')!.replace('dot ', '')));
    expect(states[0]).to.deep.equal(['done', 'done', 'current', 'todo', 'todo', 'todo', 'todo', 'todo']);
    expect(states[3]).to.deep.equal(['done', 'done', 'done', 'done', 'done', 'done', 'done', 'current']);
    // Without colour: done stages carry a check, the current one is larger.
    expect(rows[0]!.querySelectorAll('path.check')).to.have.length(2);
    expect(rows[0]!.querySelector('circle.current')!.getAttribute('r')).to.equal('8');
    expect(rows.map((r) => r.querySelector('text.note')!.textContent)).to.deep.equal([
      '几十个工人冒着寒风进行浇筑地基作业',
      '厂房外墙正搭建脚手架',
      '一幢崭新的大楼已封顶，工人们正进行内部施工',
      '崭新的生产线已经投入运行，目前一期已投入使用',
      '二期三栋新建建筑主体基本完工,正进行内外装修',
    ]);
    expect(Array.from(shadow(el).querySelectorAll('.phase')).map((t) => t.textContent)).to.deep.equal(['一期', '二期']);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('4 个项目：1 个已投产/投用，1 个处于装修，1 个处于主体施工，1 个处于基础施工。');
    await expect(el).to.be.accessible();
  });

  it('is one tab stop; arrows move between rows, each announced; Enter selects', async () => {
    const el = await tracker(900, articleRows());
    expect(rowsOf(el).map((r) => r.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1']);
    rowsOf(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(rowsOf(el)[1]);
    expect(rowsOf(el)[1]!.getAttribute('aria-label')).to.equal('力磁医疗科技产业园项目：主体施工（厂房外墙正搭建脚手架），第 4 步，共 8 步，截至2021年1月15日（第 2 项，共 5 项）');
    const selected = oneEvent(el, 'dj-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ index: 1, label: '力磁医疗科技产业园项目', value: 3, unit: '' });
  });

  it('takes its stages from the stages attribute', async () => {
    const el = await tracker(700, [{ 项目: 'X', 阶段: '设计' }, { 项目: 'Y', 阶段: '验收' }], 'stages="立项,设计,施工,验收"');
    expect(Array.from(shadow(el).querySelectorAll('.header text')).map((t) => t.textContent)).to.deep.equal(['立项', '设计', '施工', '验收']);
    expect(rowsOf(el)[0]!.querySelectorAll('path.check')).to.have.length(1);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('2 个项目：1 个已验收，1 个处于设计。');
  });

  it('writes figures and dates in English for English readers', async () => {
    const el = await tracker(900, [{ project: 'Lianyu', stage: '投产', reported: '2021-01-15', 总投资: '4.1亿元', 年产值: '1.8亿元' }], '', 'en');
    expect(shadow(el).querySelector('.reported')!.textContent).to.equal('as of Jan 15, 2021');
    expect(shadow(el).querySelector('.figures text')!.textContent).to.equal('总投资: 410 million yuan · 年产值: 180 million yuan');
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('1 project: 1 in operation.');
    shadow(el).querySelector<HTMLButtonElement>('.tools button')!.click();
    await el.updateComplete;
    const cells = Array.from(shadow(el).querySelectorAll('[part="data-table"] tbody td')).map((td) => td.textContent.trim());
    // As published (4.1亿元), every digit kept: the data table and the figures agree.
    expect(cells).to.deep.equal(['Lianyu', '投产', '2021-01-15', '410 million yuan', '180 million yuan']);
    await expect(el).to.be.accessible();
  });

  it('says which stage it could not place, in the reader\'s language', async () => {
    const err = captureConsole('error');
    let el: DjProjectTracker;
    try {
      el = await tracker(700, [{ 项目: 'X', 阶段: '规划中' }]);
    } finally {
      err.restore();
    }
    expect(shadow(el).querySelector('.status.error')!.textContent).to.contain('第 1 行：阶段“规划中”与以下阶段都不对应：签约、开工、基础施工、主体施工、封顶、装修、竣工、投产/投用');
  });

  it('fits a phone: headers wrap, rows stack under the project name', async () => {
    const el = await tracker(320, articleRows());
    const svgEl = shadow(el).querySelector('svg')!;
    expect(Number(svgEl.getAttribute('width'))).to.equal(320);
    for (const t of Array.from(svgEl.querySelectorAll('text'))) {
      const box = (t).getBBox();
      expect(box.x, t.textContent).to.be.at.least(-1);
      expect(box.x + box.width, t.textContent).to.be.at.most(321);
    }
  });
});
