import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/line-chart/line-chart.define.js';
import type { DjLineChart } from '../../../src/widgets/line-chart/line-chart.js';
import type { DjSelectEvent } from '../../../src/core/events.js';
import { shadow } from '../../helpers/widgets.js';

async function drawn(el: DjLineChart, count = 1): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelectorAll('path.line').length === count, 'lines never drew', { timeout: 4000 });
  await el.updateComplete;
}

async function revenue(extra = ''): Promise<DjLineChart> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width:640px" lang="zh-CN"><dj-line-chart ${extra}>
    <table><caption>营业收入与利润（示例数据）</caption>
      <tr><th>年份</th><th>营业收入</th><th>利润</th></tr>
      <tr><td>2019</td><td>1.2亿元</td><td>0.3亿元</td></tr>
      <tr><td>2020</td><td>1.1亿元</td><td>-</td></tr>
      <tr><td>2021</td><td>1.6亿元</td><td>0.4亿元</td></tr>
    </table>
    <ul data-annotations><li data-x="2020" data-series="营业收入">疫情影响</li><li data-from="2020" data-to="2021">扩产期</li></ul>
  </dj-line-chart></div>`);
  const el = wrap.querySelector('dj-line-chart')!;
  await drawn(el, 2);
  return el;
}

const cursor = (el: DjLineChart): SVGGElement => shadow(el).querySelector<SVGGElement>('[data-cursor]')!;
const tipText = (el: DjLineChart): string | undefined => shadow(el).querySelector('.tooltip')?.textContent.replace(/\s+/g, '');

describe('<dj-line-chart>', () => {
  it('draws a path per series, breaks at missing values, labels line ends, draws annotations', async () => {
    const el = await revenue();
    const paths = Array.from(shadow(el).querySelectorAll('path.line')).map((p) => p.getAttribute('d')!);
    expect(paths[0]!.match(/M/g)).to.have.length(1);
    expect(paths[1]!.match(/M/g)).to.have.length(2);
    expect(paths[1]!.match(/L/g)).to.equal(null); // 2019 alone, then 2021 alone: the gap is not bridged
    expect(shadow(el).querySelectorAll('circle.dot').length).to.equal(5);
    expect(Array.from(shadow(el).querySelectorAll('text.end-label')).map((t) => t.textContent)).to.deep.equal(['营业收入', '利润']);
    expect(Array.from(shadow(el).querySelectorAll('[part="annotation"]')).map((n) => n.getAttribute('aria-label'))).to.deep.equal(['区间注释: 扩产期', '注释: 疫情影响']);
    expect(shadow(el).querySelector('.caption')!.textContent).to.equal('单位：亿元');
    expect(shadow(el).querySelector('#summary')!.textContent).to.equal(
      '共 2 条线；“营业收入”从2019年的1.2亿元增至2021年的1.6亿元，增加33.3%；“利润”从2019年的0.3亿元增至2021年的0.4亿元，增加33.3%；最高为“营业收入”2021年的1.6亿元，最低为“利润”2019年的0.3亿元；另有 1 个数据缺失。',
    );
  });

  it('is one tab stop; arrows step along x and switch lines, each point announced, with a tooltip', async () => {
    const el = await revenue();
    expect(shadow(el).querySelectorAll('[tabindex="0"]').length).to.equal(1);
    cursor(el).focus();
    await el.updateComplete;
    expect(cursor(el).getAttribute('aria-label')).to.equal('营业收入，2019年：1.2亿元（第 1 个，共 3 个）');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(cursor(el));
    expect(cursor(el).getAttribute('aria-label')).to.equal('营业收入，2020年：1.1亿元（第 2 个，共 3 个）');
    expect(tipText(el)).to.equal('2020年▸营业收入：1.1亿元');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // 利润 has no value in 2020: the cursor stays on the only line with one.
    expect(cursor(el).getAttribute('aria-label')).to.equal('营业收入，2020年：1.1亿元（第 2 个，共 3 个）');
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(cursor(el));
    expect(cursor(el).getAttribute('aria-label')).to.equal('利润，2021年：0.4亿元（第 3 个，共 3 个）');
    expect(tipText(el)).to.equal('2021年营业收入：1.6亿元▸利润：0.4亿元');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(cursor(el).getAttribute('aria-label')).to.equal('营业收入，2021年：1.6亿元（第 3 个，共 3 个）');
    expect(shadow(el).querySelectorAll('[tabindex="0"]').length).to.equal(1);
    cursor(el).blur();
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')).to.equal(null);
  });

  it('fires dj-select on Enter with the real point', async () => {
    const el = await revenue();
    cursor(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const ev: DjSelectEvent = await oneEvent(el, 'dj-select');
    expect(ev.detail).to.deep.equal({ index: 1, label: '营业收入 2020年', value: 1.1e8, unit: '元' });
  });

  it('shows the tooltip of the point under the pointer', async () => {
    const el = await revenue();
    const hit = shadow(el).querySelector<SVGRectElement>('rect.hit')!;
    const box = hit.getBoundingClientRect();
    hit.dispatchEvent(new PointerEvent('pointermove', { clientX: box.right - 1, clientY: box.top + 2, bubbles: true, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(tipText(el)).to.equal('2021年▸营业收入：1.6亿元利润：0.4亿元');
    hit.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')).to.equal(null);
  });

  it('is accessible', async () => {
    const el = await revenue();
    await expect(el).to.be.accessible();
    cursor(el).focus();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('draws a million points from columns as one reduced path, and reports a real point', async () => {
    const el = await fixture<DjLineChart>(html`<dj-line-chart lang="en" style="width:600px"></dj-line-chart>`);
    const n = 1_000_000;
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      x[i] = i;
      y[i] = Math.sin(i / 5000) * 100 + (i % 7);
    }
    el.data = { x, series: { signal: y } };
    await drawn(el);
    const d = shadow(el).querySelector('path.line')!.getAttribute('d')!;
    const points = d.split(/[ML]/).length - 1;
    // At most four points per column, two columns per device pixel (line-chart.layout.ts).
    expect(points).to.be.above(600).and.at.most(4 * 2 * 600 * devicePixelRatio);
    expect(shadow(el).querySelectorAll('circle.dot').length).to.equal(0);
    const hit = shadow(el).querySelector<SVGRectElement>('rect.hit')!;
    const box = hit.getBoundingClientRect();
    hit.dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + box.width / 2, clientY: box.top + 5, bubbles: true }));
    await el.updateComplete;
    const tip = shadow(el).querySelector('.tooltip')!;
    const at = Number(tip.querySelector('strong')!.textContent.replace(/[^\d.]/g, ''));
    expect(Number.isInteger(at)).to.equal(true);
    const value = Number(tip.querySelector('span')!.textContent.replace(/,/g, ''));
    expect(value).to.be.closeTo(y[at]!, 0.005);
    cursor(el).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(cursor(el).getAttribute('aria-label')).to.equal(`x = 999,999: ${(Math.round(y[n - 1]! * 100) / 100).toString()} (1000000 of 1000000)`);
    // An arrow key moves at least one pixel (here ~1,800 points), not one of a million points.
    const m = (el as unknown as { scene: { x: { domain: [number, number]; range: [number, number] } } }).scene.x;
    const perPx = (m.domain[1] - m.domain[0]) / (m.range[1] - m.range[0]);
    const index = (): number => Number(/\((\d+) of/.exec(cursor(el).getAttribute('aria-label')!)![1]) - 1;
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(n - 1 - index()).to.be.at.least(perPx).and.below(perPx + 1);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(index()).to.be.at.least(perPx).and.below(perPx + 1);
  });

  it('shows a visible error in the reader’s language and keeps the last chart', async () => {
    const el = await revenue();
    el.data = [{ 年份: '2021', 收入: '1' }, { 年份: '2022', 收入: '很多' }];
    await waitUntil(() => shadow(el).querySelector('.status.error'));
    expect(shadow(el).querySelector('.status.error')!.textContent.replace(/\s+/g, ' ').trim()).to.equal('无法显示图表 第 2 行：“收入”列的“很多”不是数字。');
    expect(shadow(el).querySelectorAll('path.line').length).to.equal(2);
  });
});
