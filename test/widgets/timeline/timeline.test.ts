import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/timeline/timeline.define.js';
import type { DjTimeline } from '../../../src/widgets/timeline/timeline.js';
import { captureConsole, shadow } from '../../helpers/widgets.js';

const TABLE = `<table><caption>海州“十四五”开局</caption>
  <tr><th>日期</th><th>结束</th><th>标题</th><th>说明</th><th>链接</th></tr>
  <tr><td>2021</td><td>2025</td><td>“十四五”时期</td><td>开局之年。</td><td>https://example.com/plan</td></tr>
  <tr><td>2020</td><td></td><td>2020年成绩单</td><td></td><td>javascript:alert(1)</td></tr>
  <tr><td>2021-01-15</td><td></td><td>报道发表</td><td>第一段。\n第二段。</td><td></td></tr>
  <tr><td>2021-06</td><td></td><td>年中</td><td></td><td></td></tr>
</table>`;

const events = (el: Element): SVGGElement[] => Array.from(shadow(el).querySelectorAll<SVGGElement>('g.event'));

async function timeline(width: number, attrs = '', lang = 'zh-CN'): Promise<DjTimeline> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:${width}px" lang="${lang}"><dj-timeline as-of="2021-01-15" ${attrs}>${TABLE}</dj-timeline></div>`);
  const el = wrap.querySelector('dj-timeline')!;
  await waitUntil(() => events(el).length === 4, 'timeline never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

async function press(el: DjTimeline, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
  await el.updateComplete;
}

describe('<dj-timeline>', () => {
  it('draws events in time order with dates at their precision, an as-of marker and a summary', async () => {
    const el = await timeline(900);
    expect(shadow(el).querySelector('svg')!.classList.contains('horizontal')).to.equal(true);
    expect(events(el).map((g) => g.getAttribute('aria-label'))).to.deep.equal([
      '2020年：2020年成绩单（第 1 项，共 4 项）',
      '2021–2025年：“十四五”时期（第 2 项，共 4 项）',
      '2021年1月15日：报道发表（第 3 项，共 4 项）',
      '2021年6月：年中（第 4 项，共 4 项）',
    ]);
    expect(shadow(el).querySelector('.as-of text')!.textContent).to.equal('截至2021年1月15日');
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('时间线：共 4 个事件（含 1 个时段），2020–2025年；截至2021年1月15日，已过 2 个，进行中 1 个，未到 1 个。');
    await expect(el).to.be.accessible();
  });

  it('turns vertical when narrow, and obeys the orientation attribute', async () => {
    const narrow = await timeline(360);
    expect(shadow(narrow).querySelector('svg')!.classList.contains('vertical')).to.equal(true);
    await expect(narrow).to.be.accessible();
    const forced = await timeline(360, 'orientation="horizontal"');
    expect(shadow(forced).querySelector('svg')!.classList.contains('horizontal')).to.equal(true);
    const wideVertical = await timeline(900, 'orientation="vertical"');
    expect(shadow(wideVertical).querySelector('svg')!.classList.contains('vertical')).to.equal(true);
  });

  it('is one tab stop; arrows move in time order, each announced', async () => {
    const el = await timeline(900);
    expect(events(el).map((g) => g.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
    events(el)[0]!.focus();
    await press(el, 'ArrowRight');
    expect(shadow(el).activeElement?.getAttribute('aria-label')).to.equal('2021–2025年：“十四五”时期（第 2 项，共 4 项）');
    await press(el, 'End');
    expect(shadow(el).activeElement?.getAttribute('data-index')).to.equal('3');
    await press(el, 'ArrowLeft');
    expect(shadow(el).activeElement?.getAttribute('data-index')).to.equal('2');
    expect(events(el).map((g) => g.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0', '-1']);
  });

  it('starts at the event nearest the as-of date', async () => {
    const el = await timeline(900, 'start-at="nearest"');
    // 2021–2025 contains 2021-01-15; the report of that day is as near, but comes later.
    expect(events(el).map((g) => g.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1', '-1']);
    expect(events(el)[1]!.classList.contains('current')).to.equal(true);
    expect(document.activeElement).to.not.equal(el);
  });

  it('opens details with Enter (text, safe link) and closes them with Escape', async () => {
    const el = await timeline(900);
    events(el)[1]!.focus();
    const selected = oneEvent(el, 'dj-select');
    await press(el, 'Enter');
    expect((await selected).detail).to.deep.equal({ index: 0, label: '“十四五”时期', value: null, unit: '' });
    const details = shadow(el).querySelector('#details')!;
    expect(details.querySelector('h3')!.textContent).to.equal('“十四五”时期');
    expect(details.querySelector('.when')!.textContent.trim()).to.equal('2021–2025年');
    expect(details.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/plan');
    expect(events(el)[1]!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    await press(el, 'ArrowLeft');
    expect(shadow(el).querySelector('#details h3')!.textContent).to.equal('2020年成绩单');
    expect(shadow(el).querySelector('#details a')).to.equal(null);
    await press(el, 'Escape');
    expect(shadow(el).querySelector('#details')).to.equal(null);
  });

  it('drops a javascript: link with a console warning', async () => {
    const warn = captureConsole('warn');
    try {
      await timeline(900);
    } finally {
      warn.restore();
    }
    expect(warn.calls.map((c) => String(c[0]))).to.deep.include('<dj-timeline>: Row 2: the link (column "链接") "javascript:alert(1)" is not an http(s) URL or a link on this page\'s own site; it is not used.');
  });

  it('zooms with + and − and the buttons, pans with Shift+arrows, resets with 0', async () => {
    const el = await timeline(900);
    const span = (): number => {
      const ticks = Array.from(shadow(el).querySelectorAll('.tick text')).map((t) => t.textContent);
      return ticks.length;
    };
    const at = (pos: number): SVGGElement => shadow(el).querySelector<SVGGElement>(`g.event[data-index="${pos}"]`)!;
    const x = (): number => Number(at(2).querySelector('circle')!.getAttribute('cx'));
    const before = x();
    const gap = Number(at(3).querySelector('circle')!.getAttribute('cx')) - before;
    const ticksBefore = span();
    events(el)[2]!.focus();
    await press(el, '+');
    await press(el, '+');
    // Zoomed around the focused event: it stays put while the rest spread out.
    expect(x()).to.be.closeTo(before, 1);
    // Out of view, 2020 is no longer drawn; 2021-06 moved right.
    expect(at(0)).to.equal(null);
    expect(Number(at(3).querySelector('circle')!.getAttribute('cx')) - x()).to.be.closeTo(2.25 * gap, 0.5);
    const [out, , reset] = Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('.toolbar button'));
    expect(out!.disabled).to.equal(false);
    expect(span()).to.not.equal(0);
    await sendKeys({ down: 'Shift' });
    await press(el, 'ArrowLeft');
    await sendKeys({ up: 'Shift' });
    expect(x()).to.be.greaterThan(before + 10);
    reset!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(x()).to.be.closeTo(before, 0.5);
    expect(span()).to.equal(ticksBefore);
    shadow(el).querySelectorAll<HTMLButtonElement>('.toolbar button')[1]!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll<HTMLButtonElement>('.toolbar button')[0]!.disabled).to.equal(false);
    at(2).focus();
    await press(el, '0');
    await press(el, '-');
    expect(shadow(el).querySelectorAll<HTMLButtonElement>('.toolbar button')[0]!.disabled).to.equal(true);
  });

  it('speaks English: dates, as-of text and the words around', async () => {
    const el = await timeline(900, '', 'en');
    expect(events(el)[2]!.getAttribute('aria-label')).to.equal('Jan 15, 2021: 报道发表 (3 of 4)');
    expect(shadow(el).querySelector('.as-of text')!.textContent).to.equal('As of Jan 15, 2021');
    expect(shadow(el).querySelector('.toolbar button')!.getAttribute('aria-label')).to.equal('Zoom out');
  });

  it('shows a bad date as an error and keeps the last good timeline', async () => {
    const el = await timeline(900);
    const err = captureConsole('error');
    try {
      el.data = [{ date: '2021-13-01', title: 'x' }];
      await waitUntil(() => shadow(el).querySelector('.status.error'), 'no error', { timeout: 3000 });
    } finally {
      err.restore();
    }
    expect(shadow(el).querySelector('.status.error')!.textContent).to.contain('第 1 行：“date”列的“2021-13-01”不是日期');
    expect(events(el)).to.have.length(4);
  });

  it('shows the data table with cells as written', async () => {
    const el = await timeline(900, '', 'en');
    shadow(el).querySelector<HTMLButtonElement>('.tools button')!.click();
    await el.updateComplete;
    const cells = Array.from(shadow(el).querySelectorAll('[part="data-table"] tbody tr:nth-child(3) td')).map((td) => td.textContent.trim());
    expect(cells.slice(0, 3)).to.deep.equal(['2021-01-15', '', '报道发表']);
  });
});
