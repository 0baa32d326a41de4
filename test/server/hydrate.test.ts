/**
 * Hydration: with Lit's hydrate support loaded before Lit (first import here), a widget that
 * arrives pre-rendered (mode "hydratable") takes over the server's nodes in place — the marks
 * are the very same nodes afterwards — and stays live (a new width re-lays them out). Mode
 * "static" draws afresh instead of appending a second chart.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { WIDGETS } from '../hardening/widgets.js';
import { renderCase } from './ssr.js';

async function insert(markup: string, tag: string, style = ''): Promise<{ el: HTMLElement & { updateComplete: Promise<boolean> }; before: Element[] }> {
  const wrap = await fixture<HTMLDivElement>(`<div style="width: 640px; ${style}"></div>`);
  // Like the HTML parser meeting the page: declarative shadow roots attach, then the element upgrades.
  wrap.setHTMLUnsafe(markup);
  const el = wrap.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  const root = el.shadowRoot;
  if (!root) throw new Error('no declarative shadow root');
  return { el, before: Array.from(root.querySelectorAll('*')) };
}

describe('hydration of server-rendered widgets', () => {
  // The server cannot see the page's CSS: a page font larger than the server's must not break
  // hydration (the first client scene is measured as the server measured).
  for (const [w, style] of WIDGETS.flatMap((x) => [[x, ''], [x, '--dj-font-size: 19px']] as const)) {
    it(`${w.tag}${style ? ' (page font 19px)' : ''}: takes over the server's marks in place`, async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent): void => {
        errors.push(e.error);
      };
      const onRejection = (e: PromiseRejectionEvent): void => {
        errors.push(e.reason);
      };
      window.addEventListener('error', onError);
      // Lit reports a failed update (a hydration mismatch) as a rejected update promise.
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const { el, before } = await insert(await renderCase(w, 'hydratable', { responsive: true }), w.tag, style);
        const serverMarks = Array.from(el.shadowRoot?.querySelectorAll(w.marks) ?? []);
        // Axis furniture as the server drew it (a removed node no longer knows its parent).
        const ticks = new Set(before.filter((n) => n instanceof Element && n.closest('.tick, .grid, .axis') !== null));
        expect(serverMarks.length).to.equal(w.count);
        await el.updateComplete;
        await el.updateComplete;
        const after = Array.from(el.shadowRoot?.querySelectorAll(w.marks) ?? []);
        expect(after.length, 'no second chart').to.equal(w.count);
        for (const [i, m] of after.entries()) expect(m === serverMarks[i], `mark ${i} is the server's node`).to.equal(true);
        // Nothing the server drew was thrown away — except, when the page's font differs from the
        // server's, axis ticks (and their grid lines) the re-measured layout no longer has room for (the vertical
        // timeline keeps a tick clear of the events beside it, and 19px events are taller).
        const gone = before.filter((n) => !n.isConnected);
        expect(gone.filter((n) => !(style && ticks.has(n))).map((n) => n.nodeName)).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
  }

  it('a hydrated bar chart stays live: a new width moves the same bars', async () => {
    const w = WIDGETS.find((x) => x.tag === 'dj-bar-chart');
    if (!w) throw new Error('no bar chart');
    const { el } = await insert(await renderCase(w, 'hydratable', { responsive: true }), w.tag);
    await el.updateComplete;
    const bar = el.shadowRoot?.querySelector('g.bar rect');
    const width = Number(bar?.getAttribute('width'));
    (el.parentElement as HTMLElement).style.width = '360px';
    await waitUntil(() => Number(bar?.getAttribute('width')) !== width, 'the bar never followed the new width');
    expect(bar?.isConnected).to.equal(true);
    expect(Number(bar?.getAttribute('width'))).to.be.below(width);
  });

  for (const w of WIDGETS) {
    it(`${w.tag}: static markup is replaced, not doubled, when the script runs`, async () => {
      const { el, before } = await insert(await renderCase(w, 'static'), w.tag);
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot?.querySelectorAll(w.marks).length === w.count);
      expect(el.shadowRoot?.querySelectorAll('[part="frame"]').length).to.equal(1);
      expect(before.some((n) => n.isConnected), 'the static drawing was cleared').to.equal(false);
      // …and the fresh drawing is styled (the server's <style> went with it).
      expect(getComputedStyle(el).display).to.equal('block');
      expect(el.shadowRoot?.querySelectorAll('style').length).to.equal(0);
    });
  }
});
