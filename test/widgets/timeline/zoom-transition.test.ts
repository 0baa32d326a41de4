/**
 * The part of d3-transition d3-zoom uses (src/widgets/timeline/zoom-transition.ts), which the
 * browser builds and these tests put in the real module's place: the transition's life cycle as
 * d3-zoom relies on it, and the timeline's double-click zoom that is its only caller.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { select } from 'd3-selection';
import { zoom } from 'd3-zoom';
import { interrupt, Transition } from '../../../src/widgets/timeline/zoom-transition.js';
import '../../../src/widgets/timeline/timeline.define.js';
import type { DjTimeline } from '../../../src/widgets/timeline/timeline.js';
import { shadow } from '../../helpers/widgets.js';

/** What the module adds to d3-selection's Selection (its types come from @types/d3-transition only). */
const patched = (node: Element): { transition(): Transition; interrupt(): unknown } => select(node) as unknown as { transition(): Transition; interrupt(): unknown };

interface Log {
  events: string[];
  ticks: number[];
  thisIs: Element[];
}

function watched(node: Element, ms: number): { t: Transition; log: Log } {
  const log: Log = { events: [], ticks: [], thisIs: [] };
  const t = patched(node).transition()
    .duration(ms)
    .on('start.zoom', function (this: Element) {
      log.events.push('start');
      log.thisIs.push(this);
    })
    .on('interrupt.zoom end.zoom', function (this: Element) {
      log.events.push(log.ticks.at(-1) === 1 ? 'end' : 'interrupt');
    })
    .tween('zoom', function (this: Element, _datum: unknown, index: number) {
      log.thisIs.push(this);
      expect(index).to.equal(0);
      return (k: number) => log.ticks.push(k);
    });
  return { t, log };
}

const frames = (n: number): Promise<void> => new Promise((r) => {
  const step = (): void => {
    if (--n > 0) requestAnimationFrame(step);
    else r();
  };
  requestAnimationFrame(step);
});

describe('zoom-transition (d3-transition as d3-zoom uses it)', () => {
  it('d3-zoom got this module: selections have transition() and interrupt()', () => {
    const s = patched(document.createElement('div'));
    expect(s.transition()).to.be.instanceOf(Transition);
    expect(s.interrupt()).to.equal(s);
    // d3-zoom itself loads with it (it imports `interrupt` from d3-transition).
    expect(typeof zoom().transform).to.equal('function');
  });

  it('starts one frame later, eases 0 → exactly 1 with the node as `this`, then fires end once', async () => {
    const node = document.createElement('div');
    const { t, log } = watched(node, 60);
    expect(t.selection().node()).to.equal(node);
    expect(log.events).to.deep.equal([]);
    await waitUntil(() => log.events.includes('end'), 'never ended', { timeout: 2000 });
    expect(log.events).to.deep.equal(['start', 'end']);
    expect(log.thisIs).to.deep.equal([node, node]);
    expect(log.ticks.at(-1)).to.equal(1);
    expect(log.ticks.length).to.be.at.least(2);
    for (let i = 1; i < log.ticks.length; i++) expect(log.ticks[i]).to.be.at.least(log.ticks[i - 1]!);
    await frames(3);
    expect(log.events).to.deep.equal(['start', 'end']);
  });

  it('interrupt() stops a running transition and fires interrupt, not end; one not yet started fires nothing', async () => {
    const node = document.createElement('div');
    const { log } = watched(node, 5000);
    await waitUntil(() => log.ticks.length > 0, 'never started', { timeout: 2000 });
    patched(node).interrupt();
    const ticks = log.ticks.length;
    await frames(3);
    expect(log.events).to.deep.equal(['start', 'interrupt']);
    expect(log.ticks.length).to.equal(ticks);

    const early = watched(node, 50);
    interrupt(node);
    await frames(3);
    expect(early.log.events).to.deep.equal([]);
    expect(early.log.ticks).to.deep.equal([]);
  });

  it('a new transition on the node interrupts the running one', async () => {
    const node = document.createElement('div');
    const first = watched(node, 5000);
    await waitUntil(() => first.log.ticks.length > 0, 'never started', { timeout: 2000 });
    const second = watched(node, 40);
    await waitUntil(() => second.log.events.includes('end'), 'second never ended', { timeout: 2000 });
    expect(first.log.events).to.deep.equal(['start', 'interrupt']);
    expect(second.log.events).to.deep.equal(['start', 'end']);
  });

  it('a double-click on a timeline zooms in ×2 around the pointer, animated, as d3-zoom does', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div style="width:900px"><dj-timeline as-of="2021-01-15"><table>
      <tr><th>日期</th><th>标题</th></tr><tr><td>2020</td><td>甲</td></tr><tr><td>2021</td><td>乙</td></tr>
      <tr><td>2022</td><td>丙</td></tr><tr><td>2023</td><td>丁</td></tr></table></dj-timeline></div>`);
    const el = wrap.querySelector<DjTimeline>('dj-timeline')!;
    const cx = (i: number): number | null => {
      const c = shadow(el).querySelector(`g.event[data-index="${i}"] circle`);
      return c ? Number(c.getAttribute('cx')) : null;
    };
    await waitUntil(() => cx(1) !== null && cx(2) !== null, 'timeline never drew', { timeout: 4000 });
    const [a, b] = [cx(1)!, cx(2)!];
    const svg = shadow(el).querySelector<SVGSVGElement>('svg.horizontal')!;
    const box = svg.getBoundingClientRect();
    const at = (a + b) / 2;
    svg.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, clientX: box.left + at, clientY: box.top + 20, view: window }));
    const seen: number[] = [];
    await waitUntil(
      async () => {
        await el.updateComplete;
        const [x1, x2] = [cx(1), cx(2)];
        if (x1 !== null && x2 !== null) seen.push(x2 - x1);
        return x1 !== null && x2 !== null && Math.abs(x2 - x1 - 2 * (b - a)) < 0.5;
      },
      'never zoomed ×2',
      { timeout: 3000 },
    );
    // Zoomed about the pointer: the midpoint stays put.
    expect((cx(1)! + cx(2)!) / 2).to.be.closeTo(at, 0.5);
    // Animated: some frame drew a spacing between the old and the new.
    expect(seen.some((g) => g > b - a + 1 && g < 2 * (b - a) - 1), `spacings seen: ${seen.join(', ')}`).to.equal(true);
  });
});
