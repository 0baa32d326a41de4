import { expect, fixture, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { InViewController } from '../../../src/core/controllers/in-view.js';
import { MOTION_QUERY, ReducedMotionController, motionAllowed } from '../../../src/core/controllers/reduced-motion.js';

class Probe extends LitElement {
  seenCalls: boolean[] = [];
  readonly motion = new ReducedMotionController(this);
  readonly view = new InViewController(this, { threshold: 0, onChange: (v) => this.seenCalls.push(v) });
  override render() {
    return html`<div style="height:20px">probe</div>`;
  }
}
customElements.define('test-probe-inview', Probe);

describe('ReducedMotionController and InViewController', () => {
  it('follows the reader’s motion setting and releases its listener', async () => {
    const listeners = new Set<unknown>();
    const saved = Object.getOwnPropertyDescriptor(window, 'matchMedia')!;
    const original = window.matchMedia.bind(window);
    let fire: ((e: { matches: boolean }) => void) | undefined;
    window.matchMedia = ((q: string) =>
      q === MOTION_QUERY
        ? ({ matches: true, media: q, addEventListener: (_: string, f: (e: { matches: boolean }) => void) => { listeners.add(f); fire = f; }, removeEventListener: (_: string, f: unknown) => listeners.delete(f) } as unknown as MediaQueryList)
        : original(q));
    try {
      expect(motionAllowed()).to.equal(true);
      const el = await fixture<Probe>(html`<test-probe-inview></test-probe-inview>`);
      expect(el.motion.allowed).to.equal(true);
      expect(listeners.size).to.equal(1);
      fire?.({ matches: false });
      expect(el.motion.reduced).to.equal(true);
      el.remove();
      expect(listeners.size).to.equal(0);
    } finally {
      Object.defineProperty(window, 'matchMedia', saved);
    }
  });

  it('reports the first sighting once and stops observing', async () => {
    const el = await fixture<Probe>(html`<test-probe-inview></test-probe-inview>`);
    await waitUntil(() => el.view.seen, 'never seen');
    expect(el.seenCalls).to.deep.equal([true]);
    expect(el.view.observing).to.equal(false);
  });

  it('waits while off screen and disconnects on removal', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="margin-top:5000px"><test-probe-inview></test-probe-inview></div>`);
    const el = wrap.querySelector<Probe>('test-probe-inview')!;
    await waitUntil(() => el.view.observing);
    await new Promise((r) => setTimeout(r, 100));
    expect(el.view.seen).to.equal(false);
    el.remove();
    expect(el.view.observing).to.equal(false);
  });

  it('printing shows every connected widget, through one print query for the page (issue #16)', async () => {
    const saved = Object.getOwnPropertyDescriptor(window, 'matchMedia')!;
    const original = window.matchMedia.bind(window);
    let asked = 0;
    window.matchMedia = ((q: string) => {
      if (q === 'print') asked++;
      return original(q);
    });
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div style="margin-top:5000px">
        <test-probe-inview></test-probe-inview><test-probe-inview></test-probe-inview><test-probe-inview></test-probe-inview>
      </div>`);
      const [a, b, c] = [...wrap.querySelectorAll<Probe>('test-probe-inview')];
      await waitUntil(() => a!.view.observing && b!.view.observing && c!.view.observing);
      // Three controllers connected: the page's one query was made before (or by the first), never per controller.
      expect(asked).to.be.at.most(1);
      c!.remove();
      window.dispatchEvent(new Event('beforeprint'));
      expect(a!.view.seen && b!.view.seen).to.equal(true);
      expect(a!.seenCalls).to.deep.equal([true]);
      // A removed widget is no longer watched.
      expect(c!.view.seen).to.equal(false);
    } finally {
      Object.defineProperty(window, 'matchMedia', saved);
    }
  });
});
