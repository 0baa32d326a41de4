/** Many embeds and entrance motion: marks wait for the viewport, move only when allowed. */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/widgets/bar-chart/bar-chart.define.js';
import type { DjBarChart } from '../../../src/widgets/bar-chart/bar-chart.js';
import { bars, drawn, shadow } from '../../helpers/widgets.js';

const table = `<table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>`;
const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

async function mount(attrs: string, far = false): Promise<DjBarChart> {
  const wrap = await fixture<HTMLDivElement>(
    `<div style="width:500px">${far ? '<div style="height:400vh"></div>' : ''}<dj-bar-chart ${attrs}>${table}</dj-bar-chart></div>`,
  );
  return wrap.querySelector('dj-bar-chart')!;
}

describe('many embeds', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('holds a placeholder of the final height far below the fold, then draws without shifting', async () => {
    const el = await mount('', true);
    await waitUntil(() => shadow(el).querySelector('.placeholder'), 'no placeholder');
    await frame();
    expect(bars(el)).to.have.length(0);
    const before = el.getBoundingClientRect().height;
    el.scrollIntoView();
    await drawn(el, 2);
    expect(shadow(el).querySelector('.placeholder')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.be.closeTo(before, 1);
    // Scrolled away again, nothing is torn down.
    window.scrollTo(0, 0);
    await frame();
    expect(bars(el)).to.have.length(2);
  });

  it('draws at once with eager', async () => {
    const el = await mount('eager', true);
    await drawn(el, 2);
  });
});

describe('entrance motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('grows the bars once the chart is seen, when the reader allows motion', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mount('');
    await drawn(el, 2);
    await waitUntil(() => shadow(el).querySelector('.chart.motion-run'), 'motion never ran');
    const rect = shadow(el).querySelector('rect.mark')!;
    expect(getComputedStyle(rect).transitionProperty).to.contain('transform');
    // Screen readers get the final content from the start.
    expect(bars(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['a: 1 (1 of 2)', 'b: 2 (2 of 2)']);
  });

  it('stays still under prefers-reduced-motion: reduce', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount('');
    await drawn(el, 2);
    await frame();
    const chart = shadow(el).querySelector('.chart')!;
    expect(chart.className).to.equal('chart');
    expect(getComputedStyle(shadow(el).querySelector('rect.mark')!).transform).to.equal('none');
  });

  it('stays still with no-motion', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mount('no-motion');
    await drawn(el, 2);
    await frame();
    expect(shadow(el).querySelector('.chart')!.className).to.equal('chart');
  });
});
