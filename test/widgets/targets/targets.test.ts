import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/targets/targets.define.js';
import type { DjTargets } from '../../../src/widgets/targets/targets.js';
import type { DjSelectEvent } from '../../../src/core/events.js';
import { TARGETS } from '../../../src/data/haizhou-2021.js';
import { extractFigures } from '../../../src/extract/index.js';
import { captureConsole, shadow, statusText } from '../../helpers/widgets.js';

const rows = (el: DjTargets): HTMLElement[] => Array.from(shadow(el).querySelectorAll<HTMLElement>('[role="option"]'));

/** What a screen reader hears for a row: its text, minus what is hidden from it. */
function spoken(row: HTMLElement): string {
  const walk = (n: Node): string => {
    if (n instanceof Element && (n.getAttribute('aria-hidden') === 'true' || n.hasAttribute('hidden'))) return '';
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    return Array.from(n.childNodes).map(walk).join('');
  };
  return walk(row).replace(/\s+/g, ' ').replace(/\s*([，,])\s*/g, '$1').trim();
}

async function board(html: string, count: number): Promise<DjTargets> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:720px">${html}</div>`);
  const el = wrap.querySelector('dj-targets')!;
  await waitUntil(() => rows(el).length === count, `${count} rows never drew`, { timeout: 4000 });
  await el.updateComplete;
  return el;
}

const SAMPLE = [
  { category: 'A', label: '土地', value: 1000, unit: '亩', comparator: 'ge', 'actual_1-6月': 620, quote: '盘活低产低效土地1000亩以上' },
  { category: 'B', label: '工业投资', value: 12, unit: '%', comparator: 'eq', kind: 'growth', 'actual_1-6月': -2 },
  { category: 'A', label: '收入', value: 4e10, unit: '元', comparator: 'gt', actual_2021: 4.12e10 },
];

describe('<dj-targets>', () => {
  it('draws the article’s 13 targets as 13 rows from the dataset fed as .data', async () => {
    const el = await board('<dj-targets lang="zh-CN" source="连网" date="2021-01-15"></dj-targets>', 0);
    el.data = TARGETS.map((t) => ({ ...t }));
    await waitUntil(() => rows(el).length === 13, '13 rows never drew', { timeout: 4000 });
    expect(rows(el).map((r) => r.querySelector('.label')!.textContent)).to.deep.equal(TARGETS.map((t) => t.label));
    expect(rows(el).every((r) => r.classList.contains('status-not-reported'))).to.equal(true);
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal('13 项目标，均尚未公布完成情况。');
    expect(rows(el)[5]!.querySelector('.target-text')!.textContent).to.equal('> 400亿元');
  });

  it('reads the extractor’s records straight from the article, and a light-DOM table', async () => {
    const el = await board('<dj-targets lang="zh-CN"></dj-targets>', 0);
    el.data = extractFigures('盘活低产低效土地1000亩以上、闲置老旧厂房10万平方米以上,亩均税收增长10%以上');
    await waitUntil(() => rows(el).length === 3);
    expect(rows(el).map((r) => r.querySelector('.target-text')!.textContent)).to.deep.equal(['≥ 1000亩', '≥ 10万平方米', '≥ +10%']);
    const t = await board(`<dj-targets lang="zh-CN" period="2021" as-of="2021-06-30"><table>
      <tr><th>指标</th><th>目标</th><th>类型</th><th>实际</th></tr>
      <tr><td>新增规上工业企业</td><td>15家以上</td><td>总量</td><td>9家</td></tr>
      <tr><td>工业应税销售收入</td><td>突破400亿元</td><td>总量</td><td>-</td></tr></table></dj-targets>`, 2);
    expect(rows(t).map((r) => r.querySelector('.state')!.textContent.trim())).to.deep.equal(['进度正常', '尚未公布']);
  });

  it('is one tab stop; arrows move between rows, each announced with label, target, actual, status', async () => {
    const el = await board('<dj-targets lang="zh-CN" period="2021" group="category"></dj-targets>', 0);
    el.data = SAMPLE;
    await waitUntil(() => rows(el).length === 3);
    expect(rows(el).map((r) => r.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1']);
    expect(shadow(el).querySelector('[role="listbox"]')!.getAttribute('aria-describedby')).to.equal('summary hint');
    rows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // Grouped by category: A (土地, 收入) then B (工业投资).
    expect(shadow(el).activeElement).to.equal(rows(el)[1]);
    expect(spoken(rows(el)[1]!)).to.equal('收入，目标：超过400亿元，实际 412亿元（2021），完成目标的 103%，已完成');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(spoken(rows(el)[2]!)).to.equal('工业投资，目标：比2020年增长12%，实际 -2%（1-6月），低于目标 14个百分点，进度滞后');
    expect(rows(el).map((r) => r.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0']);
    const tip = shadow(el).querySelector('.tooltip')!;
    expect(tip.getAttribute('aria-hidden')).to.equal('true');
    expect(tip.textContent).to.contain('进度滞后');
  });

  it('fires dj-select on Enter with the target, and shows the quote', async () => {
    const el = await board('<dj-targets lang="zh-CN" period="2021" source="连网" date="2021-01-15"></dj-targets>', 0);
    el.data = SAMPLE;
    await waitUntil(() => rows(el).length === 3);
    rows(el)[0]!.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const ev: DjSelectEvent = await oneEvent(document, 'dj-select');
    expect(ev.detail).to.deep.equal({ index: 0, label: '土地', value: 1000, unit: '亩' });
    await el.updateComplete;
    expect(rows(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    const prov = shadow(el).querySelector<HTMLElement>('#prov-0')!;
    expect(prov.hidden).to.equal(false);
    expect(prov.textContent).to.equal('原文：“盘活低产低效土地1000亩以上”（连网，2021-01-15）');
    expect(rows(el)[0]!.getAttribute('aria-describedby')).to.equal('prov-0');
  });

  it('colours bars by status, the same in Chinese and English, and follows --dj-status-*', async () => {
    const fill = (el: DjTargets, cls: string): string => getComputedStyle(shadow(el).querySelector(`.bar.${cls}`)!).fill;
    const zh = await board('<dj-targets lang="zh-CN" period="2021" theme="light"></dj-targets>', 0);
    zh.data = SAMPLE;
    await waitUntil(() => rows(zh).length === 3);
    const colours = (): string[] => ['st-on-track', 'st-behind', 'st-achieved'].map((c) => fill(zh, c));
    const zhColours = colours();
    expect(zhColours).to.deep.equal(['rgb(31, 111, 235)', 'rgb(194, 65, 12)', 'rgb(26, 127, 55)']);
    zh.lang = 'en';
    await waitUntil(() => shadow(zh).querySelector('.conv-en'));
    expect(colours()).to.deep.equal(zhColours);
    zh.style.setProperty('--dj-status-achieved', 'rgb(1, 2, 3)');
    expect(fill(zh, 'st-achieved')).to.equal('rgb(1, 2, 3)');
    expect(shadow(zh).querySelector('#summary')!.textContent).to.equal('1 of 3 targets met; 1 on track, 1 behind.');
  });

  it('shows each status with an icon and words, never colour alone', async () => {
    const el = await board('<dj-targets lang="en" period="2021" density="roomy"></dj-targets>', 0);
    el.data = [...SAMPLE, { label: 'cap', value: 100, unit: 't', comparator: 'le', actual_2021H1: 104 }, { label: 'none', value: 5 }];
    await waitUntil(() => rows(el).length === 5);
    expect(rows(el).map((r) => [r.querySelector('.state')!.textContent.trim(), r.querySelector('.state svg.icon')!.children.length > 0])).to.deep.equal([
      ['on track', true], ['behind', true], ['achieved', true], ['missed', true], ['not yet reported', true],
    ]);
    const shapes = new Set(rows(el).map((r) => r.querySelector('.state svg.icon')!.innerHTML.replace(/<!--.*?-->/g, '')));
    expect(shapes.size).to.equal(5);
  });

  it('shows a visible error in the reader’s language for bad input, keeping the last good board', async () => {
    const el = await board('<dj-targets lang="zh-CN" period="2021"></dj-targets>', 0);
    el.data = SAMPLE;
    await waitUntil(() => rows(el).length === 3);
    const log = captureConsole('error');
    try {
      el.data = [{ label: 'x', value: 'lots' }];
      await waitUntil(() => shadow(el).querySelector('.status.error'));
      expect(statusText(el)).to.equal('无法显示图表 第 1 行：“value”列的“lots”不是数字。');
      expect(rows(el)).to.have.length(3);
      el.setAttribute('period', 'someday');
      el.data = SAMPLE;
      await waitUntil(() => statusText(el).includes('someday'));
      expect(statusText(el)).to.contain('无法识别 period="someday"');
    } finally {
      log.restore();
    }
  });

  it('offers the data as a table and CSV', async () => {
    const el = await board('<dj-targets lang="zh-CN" period="2021"></dj-targets>', 0);
    el.data = SAMPLE;
    await waitUntil(() => rows(el).length === 3);
    const buttons = shadow(el).querySelectorAll<HTMLButtonElement>('.tools > button');
    expect(Array.from(buttons).map((b) => b.textContent.trim())).to.deep.equal(['查看数据', '下载 CSV']);
    // …beside the export menu (PNG, SVG), which core/export tests in depth.
    expect(shadow(el).querySelector('.tools .export button')?.textContent).to.contain('导出');
    buttons[0]!.click();
    await el.updateComplete;
    expect(Array.from(shadow(el).querySelectorAll('table thead th')).map((th) => th.textContent)).to.deep.equal(['category', 'label', 'value', 'unit', 'comparator', 'actual_1-6月', 'quote', 'kind', 'actual_2021']);
  });

  it('is accessible in compact and roomy layouts, grouped', async () => {
    const el = await board('<dj-targets lang="zh-CN" period="2021" heading="目标" group="status"></dj-targets>', 0);
    el.data = SAMPLE;
    await waitUntil(() => rows(el).length === 3);
    // Rows fade in (600 ms) when they enter the viewport: axe measures contrast on what is painted,
    // so a half-faded row would read as low contrast. Judge the board as a reader sees it, settled.
    await waitUntil(() => rows(el).every((r) => getComputedStyle(r).opacity === '1'), 'rows never finished fading in', { timeout: 3000 });
    await expect(el).to.be.accessible();
    el.density = 'roomy';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('fits 280 px without overflow', async () => {
    const wrap = await fixture<HTMLDivElement>('<div style="width:280px"><dj-targets lang="zh-CN" period="2021"></dj-targets></div>');
    const el = wrap.querySelector('dj-targets')!;
    el.data = SAMPLE;
    await waitUntil(() => rows(el).length === 3);
    for (const r of rows(el)) expect(r.scrollWidth, r.textContent).to.be.at.most(r.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.equal(280);
  });
});
