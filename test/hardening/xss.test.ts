/** Hostile strings in every text field of every widget: shown as text, never run, never markup. */
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS, type WidgetCase } from './widgets.js';
import { errorText, feed, marks, mount, readerText, root, shadowRoots, type Widget } from './mount.js';
import { captureConsole } from '../helpers/widgets.js';
import { expectOnPolicy } from './policy.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=2">',
  '"><script>window.__pwned=3</script>',
  'javascript:window.__pwned=4',
  'java\tscript:window.__pwned=5',
  "'><a href=javascript:window.__pwned=6>x</a>",
];

const squash = (s: string): string => s.replace(/\s+/g, ' ');

/** The page is clean: no canary, no handler attribute, no script, no non-http link, anywhere in the widget's shadow trees. */
async function assertInert(el: Element): Promise<void> {
  // Let any image error or load event that could fire, fire.
  await new Promise((r) => setTimeout(r, 50));
  expect(window.__pwned, 'canary').to.equal(undefined);
  for (const r of shadowRoots(el)) {
    expect(r.querySelectorAll('script').length, 'script in shadow tree').to.equal(0);
    for (const n of Array.from(r.querySelectorAll('*'))) {
      const on = n.getAttributeNames().filter((a) => a.toLowerCase().startsWith('on'));
      expect(on, `<${n.localName}> has ${on.join(',')}`).to.deep.equal([]);
      for (const a of ['href', 'src', 'xlink:href', 'action', 'formaction']) {
        const v = n.getAttribute(a);
        if (v !== null) expectOnPolicy(v, `${a} on <${n.localName}>`);
      }
    }
  }
}

/** The rows with every text column holding a payload (payload i in row i, cycling). */
function hostileRows(w: WidgetCase): Array<Record<string, unknown>> {
  return (w.valid() as Array<Record<string, unknown>>).map((r, i) => {
    const out = { ...r };
    for (const c of w.textColumns) out[c] = `${PAYLOADS[i % PAYLOADS.length]!} ${String(r[c])}`;
    return out;
  });
}

/** Renames every non-value column the widget shows as a name (series names) to a payload. */
function hostileHeaders(w: WidgetCase): { rows: unknown[][]; names: string[] } {
  const rows = w.valid() as Array<Record<string, unknown>>;
  const keys = Object.keys(rows[0]!);
  const names = keys.map((k, i) => (i === 0 ? k : `${PAYLOADS[i % PAYLOADS.length]!}${i}`));
  return { rows: [names, ...rows.map((r) => keys.map((k) => r[k]))], names: names.slice(1) };
}

describe('hardening: XSS in every text field', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  for (const w of WIDGETS) {
    describe(`<${w.tag}>`, () => {
      if (w.input === 'data' && w.textColumns.length) {
        it('data labels, titles and details: inert and shown literally', async () => {
          const el = await mount(w, hostileRows(w));
          await assertInert(el);
          const text = squash(readerText(el));
          const shown = w.textColumns.length ? PAYLOADS.slice(0, w.count).map(squash) : [];
          for (const p of shown) expect(text, `payload ${p} shown literally`).to.include(p);
        });
      }

      if (w.input === 'data' && w.textColumns.length) {
        it('the tooltip or details of a hostile mark (focused and hovered): inert and literal', async () => {
          const el = await mount(w, hostileRows(w));
          // The widget's tab stop (a roving tabindex), or the first disclosure (big numbers' 原文).
          const stop = root(el).querySelector<HTMLElement | SVGElement>('[tabindex="0"], summary');
          expect(stop, 'a tab stop').to.not.equal(null);
          stop!.focus();
          if (stop instanceof HTMLElement && stop.localName === 'summary') stop.click();
          stop!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
          stop!.dispatchEvent(new PointerEvent('pointerenter', { bubbles: false, composed: true }));
          await el.updateComplete;
          await assertInert(el);
          const tips = shadowRoots(el).flatMap((r) => Array.from(r.querySelectorAll('.tooltip, [part~="tooltip"], [part~="details"]')));
          // Where the widget shows one, its text carries a payload as text.
          for (const t of tips) expect(PAYLOADS.some((p) => squash(t.textContent).includes(squash(p))), `tooltip: ${t.textContent}`).to.equal(true);
        });
      }

      if (w.headersShown) {
        it('column headers that become series names: inert and shown literally', async () => {
          const { rows, names } = hostileHeaders(w);
          const el = await mount(w, rows);
          await assertInert(el);
          const text = squash(readerText(el));
          for (const n of names) expect(text).to.include(squash(n));
        });
      }

      if (w.frame) {
        it('heading, subtitle, notes, source, credit and a CSV header in the data table: inert and literal', async () => {
          const attrs = { heading: PAYLOADS[0]!, subtitle: PAYLOADS[1]!, notes: PAYLOADS[2]!, source: PAYLOADS[3]!, credit: PAYLOADS[4]! };
          // An extra column the widget does not plot still reaches the data table as a header.
          const rows = (w.valid() as Array<Record<string, unknown>>).map((r) => ({ ...r, [PAYLOADS[5]!]: 'x' }));
          const el = await mount(w, rows, { attrs });
          root(el).querySelector<HTMLButtonElement>('footer .tools button')!.click();
          await el.updateComplete;
          await assertInert(el);
          const text = squash(readerText(el));
          for (const p of PAYLOADS) expect(text).to.include(squash(p));
          expect(Array.from(root(el).querySelectorAll('th')).map((t) => t.textContent.trim())).to.include(PAYLOADS[5]);
        });
      }

      if (w.input === 'text') {
        it('article text holding markup: inert, shown as text', async () => {
          // The canary numbers in the payloads ("__pwned=1") are read as figures too: at least one mark per paragraph.
          const el = await mount(w, PAYLOADS.map((p) => `${p} 增长5.5%。`), { count: null });
          await waitUntil(() => marks(el, w).length >= PAYLOADS.length, 'figures never drew');
          await assertInert(el);
          const text = squash(readerText(el));
          for (const p of PAYLOADS) expect(text).to.include(squash(p));
        });
      }

      if (w.linkColumns?.length) {
        it('link and image columns: only http(s) and relative URLs survive, the rest are dropped with a warning', async () => {
          const bad = ['javascript:window.__pwned=7', ' JaVaScRiPt:window.__pwned=8', 'java\tscript:window.__pwned=9', 'data:text/html,<script>window.__pwned=10</script>', 'vbscript:x', '//evil.example/x'];
          const warn = captureConsole('warn');
          let el: Widget;
          try {
            const rows = bad.map((u, i) => {
              const base = (w.valid() as Array<Record<string, unknown>>)[i % w.count]!;
              const r: Record<string, unknown> = { ...base };
              for (const c of w.linkColumns!) r[c] = u;
              return r;
            });
            el = await mount(w, rows, { count: bad.length });
          } finally {
            warn.restore();
          }
          // Open every item so link-bearing details render.
          for (const m of marks(el, w)) {
            m.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
            await el.updateComplete;
            await assertInert(el);
          }
          const warned = warn.calls.map((c) => String(c[0])).join('\n');
          // The warning quotes the value as JSON (a newline in it cannot fake a log line).
          for (const u of bad) expect(warned, `warning for ${JSON.stringify(u)}`).to.include(JSON.stringify(u.trim()).slice(1, 10));
        });

        it('a safe link survives', async () => {
          const el = await mount(w);
          marks(el, w)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          await waitUntil(() => root(el).querySelector('a[href="https://example.com/a"]'), 'the https link never showed');
        });
      }

      if (w.frame) {
        it('source-url: http(s) and relative kept, any other scheme dropped with a warning', async () => {
          const el = await mount(w, w.valid(), { attrs: { source: 'src', 'source-url': 'https://example.com/' } });
          expect(root(el).querySelector('footer a')?.getAttribute('href')).to.equal('https://example.com/');
          for (const u of ['javascript:window.__pwned=11', 'java\tscript:window.__pwned=12', ' JAVASCRIPT:x', 'data:text/html,x', 'vbscript:x']) {
            const warn = captureConsole('warn');
            try {
              el.setAttribute('source-url', u);
              await el.updateComplete;
            } finally {
              warn.restore();
            }
            expect(root(el).querySelector('footer a'), u).to.equal(null);
            expect(root(el).querySelector('footer .source')?.textContent).to.include('src');
            expect(warn.calls.map((c) => String(c[0])).join(), u).to.include(`source-url ${JSON.stringify(u)} is not an http(s) URL or a link on this page's own site`);
            await assertInert(el);
          }
          el.setAttribute('source-url', './data.csv');
          await el.updateComplete;
          expect(root(el).querySelector('footer a')?.getAttribute('href')).to.equal('./data.csv');
          expect(errorText(el)).to.equal('');
        });
      }

      it('a hostile update after a good render: still inert, the widget keeps working', async () => {
        const el = await mount(w);
        if (w.input === 'data' && w.textColumns.length) feed(el, w, hostileRows(w));
        else if (w.input === 'text') feed(el, w, [`${PAYLOADS[0]!} 410亿元`]);
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 30));
        await assertInert(el);
        expect(marks(el, w).length).to.be.greaterThan(0);
      });
    });
  }
});
