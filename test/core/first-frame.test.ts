/**
 * Issue #16: a widget already within reach of the viewport draws its marks in its first update
 * (InViewController.check), not a frame later when the IntersectionObserver first reports; one far
 * below the fold still draws only a placeholder until it comes near.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/widgets/bar-chart/bar-chart.define.js';

type Bar = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
const rows = [
  { 项目: '甲', 目标: 3 },
  { 项目: '乙', 目标: 2 },
];

describe('first frame: charts in view do not wait for the observer', () => {
  it('a chart in view has its marks after its first update', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:640px"></div>`);
    const el = document.createElement('dj-bar-chart') as Bar;
    el.setAttribute('no-motion', '');
    el.data = rows;
    wrap.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('g.bar').length).to.equal(2);
    expect(el.shadowRoot!.querySelector('.placeholder')).to.equal(null);
  });

  it('a chart two screens below the fold draws a placeholder of its height, and no marks', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:640px"><div style="height:${innerHeight * 3}px"></div></div>`);
    const el = document.createElement('dj-bar-chart') as Bar;
    el.data = rows;
    wrap.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('g.bar').length).to.equal(0);
    expect(el.shadowRoot!.querySelector('.placeholder')).to.not.equal(null);
  });
});
