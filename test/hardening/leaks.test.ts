/**
 * Mount and remove every widget many times: nothing left observing, listening, timing or
 * fetching, and the JS heap (garbage-collected through the DevTools protocol) back to its baseline.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { WIDGETS, type WidgetCase } from './widgets.js';
import { create, feed, marks, type Widget } from './mount.js';
import { countResources } from './observers.js';
import { stubFetch } from './fetch-stub.js';

/**
 * Cycles per widget. 1,000 as the issue asks for most; each cycle is a full mount, render and
 * removal in the same task, so the suite stays well under its two-minute budget.
 */
const CYCLES: Record<string, number> = {};
const cycles = (w: WidgetCase): number => CYCLES[w.tag] ?? 1000;

/**
 * Allowed heap growth after all cycles, GC'd: 1 MB. One leaked widget (shadow tree, scene,
 * typed table) is several kB, so 1,000 leaked would be megabytes; the slack covers V8's own
 * caches (inline caches, compiled code, string tables) that settle at their own pace.
 */
const TOLERANCE = 1024 * 1024;

/**
 * Until no update is pending. Removing an element with an update still queued renders it while
 * detached, and the base's size-sizer directive then observes again (a known gap, see the
 * skipped test below and the report); these cycles measure the settled case.
 */
async function settled(el: Widget): Promise<void> {
  for (let i = 0; i < 10 && !(await el.updateComplete); i++);
}

const heap = (): Promise<number> => executeServerCommand<number, undefined>('dj-heap');

async function cycle(w: WidgetCase, host: HTMLElement): Promise<void> {
  const el = create(w, w.frame ? { width: '480' } : {});
  feed(el, w, w.valid());
  host.append(el);
  await settled(el);
  if (marks(el, w).length !== w.count) throw new Error(`<${w.tag}> drew ${marks(el, w).length} of ${w.count}`);
  el.remove();
}

describe('hardening: leaks', () => {
  for (const w of WIDGETS) {
    it(`<${w.tag}>: ${cycles(w)} mounts and removals leave no observer, listener, timer, or heap growth`, async function () {
      this.timeout(60000);
      const host = await fixture<HTMLDivElement>('<div style="width:480px"></div>');
      // Warm up: first renders compile code and fill caches that are not leaks.
      for (let i = 0; i < 30; i++) await cycle(w, host);
      await new Promise((r) => setTimeout(r, 50));
      // Before counting: the runner's own command channel sets a timer per call.
      const before = await heap();
      const counter = countResources();
      try {
        for (let i = 0; i < cycles(w); i++) await cycle(w, host);
        await new Promise((r) => setTimeout(r, 50));
        expect(counter.describe().slice(0, 3), 'observers').to.deep.equal([]);
        expect(counter.listeners(), 'listeners on window/document/media queries').to.equal(0);
        expect(counter.pendingTimers(), 'pending timers').to.deep.equal([]);
      } finally {
        counter.restore();
      }
      const after = await heap();
      console.log(`<${w.tag}> heap after ${cycles(w)} cycles: ${before} → ${after} (${after - before} bytes)`);
      expect(after - before, `heap ${before} → ${after}`).to.be.at.most(TOLERANCE);
    });
  }

  it('the heap check can fail: 1,000 bar charts kept referenced after removal exceed the tolerance', async function () {
    this.timeout(30000);
    const w = WIDGETS[0]!;
    const host = await fixture<HTMLDivElement>('<div style="width:480px"></div>');
    for (let i = 0; i < 30; i++) await cycle(w, host);
    const before = await heap();
    const kept: Element[] = [];
    for (let i = 0; i < 1000; i++) {
      const el = create(w, { width: '480' });
      feed(el, w, w.valid());
      host.append(el);
      await settled(el);
      el.remove();
      kept.push(el);
    }
    const after = await heap();
    expect(after - before).to.be.greaterThan(TOLERANCE);
    expect(kept).to.have.length(1000);
  });

  // Known gap in src/core/widget.ts (see the report): removed while an update is still queued
  // (the size controller queues one right after the first render), the element renders detached
  // and @lit-labs/observers' target() directive observes the sizer again, so one ResizeObserver
  // observation outlives the element. Enable once the base guards against rendering detached.
  it('removed right after its first update (an update still queued): no observer left', async () => {
    const counter = countResources();
    try {
      const host = await fixture<HTMLDivElement>('<div style="width:480px"></div>');
      for (const w of WIDGETS.filter((x) => x.frame)) {
        const el = create(w, { width: '480' });
        feed(el, w, w.valid());
        host.append(el);
        await el.updateComplete;
        el.remove();
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(counter.describe()).to.deep.equal([]);
    } finally {
      counter.restore();
    }
  });

  for (const w of WIDGETS.filter((x) => x.frame)) {
    it(`<${w.tag}>: 200 mounts with a pending src, removed mid-request: every request aborted`, async () => {
      const stub = stubFetch({ '/hardening/never.csv': (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true })) });
      const rejections: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent): void => {
        rejections.push(e.reason);
      };
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const host = await fixture<HTMLDivElement>('<div style="width:480px"></div>');
        for (let i = 0; i < 200; i++) {
          const el = create(w, { src: '/hardening/never.csv', width: '480' });
          host.append(el);
          await el.updateComplete;
          // The first element on the page waits for the fetching code (loaded on first use).
          await waitUntil(() => stub.signals.length === i + 1, `request ${i + 1} never started`);
          el.remove();
        }
        await new Promise((r) => setTimeout(r, 50));
        expect(stub.signals).to.have.length(200);
        expect(stub.signals.filter((s) => !s.aborted)).to.have.length(0);
        expect(rejections).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
        stub.restore();
      }
    });
  }
});
