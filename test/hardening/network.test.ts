/**
 * `src` over a flaky network, for every widget with the base frame: HTTP errors, HTML instead of
 * CSV, a stall (loading state, timeout, retry), a src changed mid-request, removal mid-request,
 * an oversized response.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS, type WidgetCase } from './widgets.js';
import { errored, errorText, marks, mount as mountAny, root, drawnMarks } from './mount.js';
import { stubFetch, csv, later, toCsvText } from './fetch-stub.js';
import { captureConsole } from '../helpers/widgets.js';
import { MAX_BYTES, setFetchTimeout } from '../../src/core/data/fetch.js';

const mount: typeof mountAny = (w, data, opts) => mountAny(w, data, { ...opts, attrs: { lang: 'en', ...opts?.attrs } });
const goodCsv = (w: WidgetCase): string => toCsvText(w.valid() as Array<Record<string, unknown>>);
/** The valid rows with the first text column's values changed: tells two responses apart. */
function otherCsv(w: WidgetCase): { text: string; marker: string } {
  const rows = w.valid() as Array<Record<string, unknown>>;
  const col = w.textColumns[0] ?? Object.keys(rows[0]!)[0]!;
  rows.forEach((r, i) => (r[col] = `NEWER${i}`));
  return { text: toCsvText(rows), marker: 'NEWER0' };
}
const shows = (el: Element, s: string): boolean =>
  root(el).textContent.includes(s) || Array.from(root(el).querySelectorAll('[aria-label]')).some((n) => n.getAttribute('aria-label')!.includes(s));

describe('hardening: network', () => {
  let rejections: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent): void => {
    rejections.push(e.reason);
    e.preventDefault();
  };
  let err: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    rejections = [];
    window.addEventListener('unhandledrejection', onRejection);
    err = captureConsole('error');
  });
  afterEach(() => {
    err.restore();
    window.removeEventListener('unhandledrejection', onRejection);
    setFetchTimeout(null);
    expect(rejections, 'unhandled rejections').to.deep.equal([]);
  });

  for (const w of WIDGETS.filter((x) => x.frame)) {
    describe(`<${w.tag}>`, () => {
      it('HTTP 404: error naming the status and the URL; no retry (a missing file does not come back by asking again)', async () => {
        const stub = stubFetch({});
        try {
          const el = await mount(w, null, { attrs: { src: '/hardening/missing.csv' }, count: null });
          expect(await errored(el)).to.equal('This chart could not be drawn Could not load /hardening/missing.csv: HTTP 404 Not Found.');
          expect(root(el).querySelector('button.retry')).to.equal(null);
        } finally {
          stub.restore();
        }
      });

      for (const [status, statusText] of [[500, 'Internal Server Error'], [503, 'Service Unavailable']] as const) {
        it(`HTTP ${status}: error naming the status and the URL, with a retry that works`, async () => {
          let fail = true;
          const stub = stubFetch({
            '/hardening/flaky.csv': () => Promise.resolve(fail ? new Response('x', { status, statusText }) : new Response(goodCsv(w), { headers: { 'content-type': 'text/csv' } })),
          });
          try {
            const el = await mount(w, null, { attrs: { src: '/hardening/flaky.csv' }, count: null });
            expect(await errored(el)).to.include(`Could not load /hardening/flaky.csv: HTTP ${status} ${statusText}.`);
            fail = false;
            root(el).querySelector<HTMLButtonElement>('.status.error button.retry')!.click();
            await drawnMarks(el, w);
            expect(errorText(el)).to.equal('');
            expect(stub.calls).to.have.length(2);
          } finally {
            stub.restore();
          }
        });
      }

      it('HTML served as 200 for a CSV: error says it is a web page; last render kept', async () => {
        const stub = stubFetch({
          '/hardening/good.csv': csv(goodCsv(w)),
          '/hardening/page.csv': csv('<!DOCTYPE html><html><body><img src=x onerror="window.__pwned=1"></body></html>', { headers: { 'content-type': 'text/plain' } }),
        });
        try {
          const el = await mount(w, null, { attrs: { src: '/hardening/good.csv' } });
          el.setAttribute('src', '/hardening/page.csv');
          expect(await errored(el)).to.include('returned a web page, not CSV or JSON');
          expect(marks(el, w).length).to.equal(w.count);
          expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
        } finally {
          stub.restore();
        }
      });

      it('a stalled response: loading state, then a timeout error with a retry', async () => {
        setFetchTimeout(300);
        let stall = true;
        const stub = stubFetch({ '/hardening/slow.csv': (signal) => (stall ? later(60_000, goodCsv(w))(signal) : csv(goodCsv(w))(signal)) });
        try {
          const el = await mount(w, null, { attrs: { src: '/hardening/slow.csv' }, count: null });
          expect(root(el).querySelector('.status[role="status"]')?.textContent.trim()).to.match(/Loading/i);
          expect(await errored(el)).to.include('No answer from /hardening/slow.csv within 0.3 s.');
          stall = false;
          root(el).querySelector<HTMLButtonElement>('.status.error button.retry')!.click();
          await drawnMarks(el, w);
          expect(errorText(el)).to.equal('');
        } finally {
          stub.restore();
        }
      });

      it('src changed mid-request: the stale response, even when it arrives, never wins', async () => {
        const newer = otherCsv(w);
        // The old server ignores the abort and answers late, after the new one.
        const stub = stubFetch({ '/hardening/old.csv': later(150, goodCsv(w), true), '/hardening/new.csv': later(10, newer.text) });
        try {
          const el = await mount(w, null, { attrs: { src: '/hardening/old.csv' }, count: null });
          // The fetching code loads on first use: change src once the old request is under way.
          await waitUntil(() => stub.signals.length === 1, 'the old request never started');
          el.setAttribute('src', '/hardening/new.csv');
          await waitUntil(() => shows(el, newer.marker), 'the newer response never drew');
          await new Promise((r) => setTimeout(r, 250));
          expect(shows(el, newer.marker), 'stale response replaced the newer one').to.equal(true);
          expect(stub.signals[0]!.aborted).to.equal(true);
        } finally {
          stub.restore();
        }
      });

      it('removed mid-request: the request is aborted, no unhandled rejection', async () => {
        const stub = stubFetch({ '/hardening/slow.csv': later(200, goodCsv(w)) });
        try {
          const el = await mount(w, null, { attrs: { src: '/hardening/slow.csv' }, count: null });
          await waitUntil(() => stub.signals.length === 1);
          el.remove();
          expect(stub.signals[0]!.aborted).to.equal(true);
          await new Promise((r) => setTimeout(r, 300));
          expect(err.calls).to.deep.equal([]);
        } finally {
          stub.restore();
        }
      });

      it('a response over the size cap: refused with the limit named, by declared length or by streaming', async () => {
        const big = 'k,v\n' + 'a,1\n'.repeat(Math.ceil(MAX_BYTES / 4) + 10);
        const stub = stubFetch({
          '/hardening/declared.csv': csv('k,v\na,1', { headers: { 'content-type': 'text/csv', 'content-length': String(MAX_BYTES + 1) } }),
          // No Content-Length (chunked): counted as it streams in.
          '/hardening/streamed.csv': () =>
            Promise.resolve(new Response(new Blob([big]).stream(), { headers: { 'content-type': 'text/csv' } })),
        });
        try {
          const el = await mount(w, null, { attrs: { src: '/hardening/declared.csv' }, count: null });
          expect(await errored(el)).to.include(`the limit is ${MAX_BYTES}`);
          el.setAttribute('src', '/hardening/streamed.csv');
          await waitUntil(() => errorText(el).includes(`over the ${MAX_BYTES}-byte limit`), 'streamed oversize not refused', { timeout: 5000 });
        } finally {
          stub.restore();
        }
      });
    });
  }
});
