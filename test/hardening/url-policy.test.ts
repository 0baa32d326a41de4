/**
 * The one URL policy (src/core/url.ts) everywhere a URL from data or attributes becomes a link,
 * an image or a fetch: every widget's source-url, every link and image column, the static and
 * hydratable renders, the embed page and the builder. The hostile forms are the ones browsers
 * normalise into another host: backslashes, tabs, newlines, percent-encoding, `//`.
 */
import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/core/url.js';
import { isSafeUrl } from '../../src/builder/validate.js';
import { safeDataUrl } from '../../src/embed/params.js';
import { WIDGETS } from './widgets.js';
import { marks, mount, root, shadowRoots, type Widget } from './mount.js';
import { captureConsole } from '../helpers/widgets.js';
import { expectOnPolicy } from './policy.js';
import { ssr } from '../server/ssr.js';

/** Each leaves the page's origin (or is no http(s) at all) once the browser has read it. */
export const OFF_ORIGIN = [
  '/\\evil.test/x',
  '\\\\evil.test/x',
  '\\/evil.test/x',
  '/\t/evil.test/x',
  '/\n/evil.test/x',
  ' //evil.test/y',
  '//evil.test/x',
  '\u0000//evil.test/x',
  '/\\/evil.test',
  'javascript:\\\\evil.test',
  'java\nscript:alert(1)',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'blob:https://evil.test/1',
  'file:///etc/passwd',
  'mailto:a@evil.test',
  '\ud800/x',
];

/** Relative forms that stay on the page, and absolute http(s). */
export const ON_POLICY = ['./data.csv', '../a/b.html', '/a/%2F%2Fevil.test', '/a/%5Cevil.test', '?q=1', '#note', 'a/b', 'https://example.com/a', 'HTTP://EXAMPLE.com/'];

describe('hardening: one URL policy (core/url.ts)', () => {
  it('refuses every form that leaves the origin, on a page and with no page', () => {
    for (const u of OFF_ORIGIN) {
      expect(safeUrl(u), JSON.stringify(u)).to.equal(null);
      expect(safeUrl(u, { page: null }), `no page: ${JSON.stringify(u)}`).to.equal(null);
    }
    // The browser agrees: each refused relative form really resolves off this page, or to no http(s).
    for (const u of OFF_ORIGIN.filter((x) => !/[\ud800-\udfff]/.test(x))) {
      let leaves = true;
      try {
        const r = new URL(u, document.baseURI);
        leaves = !/^https?:$/.test(r.protocol) || r.origin !== location.origin || /^[a-z]+:/i.test(u.trim());
      } catch {
        leaves = true;
      }
      expect(leaves, `${JSON.stringify(u)} really leaves`).to.equal(true);
    }
  });

  it('keeps http(s) and relative URLs that stay on the page, as the browser reads them', () => {
    for (const u of ON_POLICY) {
      const ok = safeUrl(u);
      expect(ok, JSON.stringify(u)).to.not.equal(null);
      expectOnPolicy(ok!, JSON.stringify(u));
    }
    expect(safeUrl('  ./a\tb.html\n')).to.equal('./ab.html');
    expect(safeUrl('HTTP://EXAMPLE.com')).to.equal('http://example.com/');
  });

  it('follows a <base> that points elsewhere: a relative link would leave, so it is refused', () => {
    expect(safeUrl('./a.html', { page: { base: 'https://cdn.example/x/', origin: 'https://news.example' } })).to.equal(null);
    expect(safeUrl('./a.html', { page: { base: 'https://news.example/x/', origin: 'https://news.example' } })).to.equal('./a.html');
  });

  it('the builder and the embed page use it', () => {
    for (const u of OFF_ORIGIN) {
      expect(isSafeUrl(u), `builder ${JSON.stringify(u)}`).to.equal(false);
      expect(safeDataUrl(u, 'https://news.example/embed/'), `embed ${JSON.stringify(u)}`).to.equal(null);
    }
    expect(isSafeUrl('./dj-widgets.js')).to.equal(true);
    expect(safeDataUrl('./a.csv', 'https://news.example/embed/')).to.equal('https://news.example/embed/a.csv');
  });

  for (const w of WIDGETS.filter((x) => x.frame)) {
    it(`<${w.tag}>: source-url that leaves the origin is dropped, one warning naming the field`, async () => {
      const el = await mount(w, w.valid(), { attrs: { source: '来源' } });
      for (const u of OFF_ORIGIN) {
        const warn = captureConsole('warn');
        try {
          el.setAttribute('source-url', u);
          await el.updateComplete;
          await el.updateComplete;
        } finally {
          warn.restore();
        }
        expect(root(el).querySelector('footer a'), JSON.stringify(u)).to.equal(null);
        const lines = warn.calls.map((c) => String(c[0])).filter((l) => l.includes('source-url'));
        expect(lines.length, `one warning for ${JSON.stringify(u)}`).to.equal(1);
      }
      el.setAttribute('source-url', '/a/%5Cevil.test');
      await el.updateComplete;
      expectOnPolicy(root(el).querySelector('footer a')!.getAttribute('href')!, 'kept');
    });

    if (w.linkColumns?.length) {
      it(`<${w.tag}>: link and image columns that leave the origin are dropped (no request, no link)`, async () => {
        const rows = OFF_ORIGIN.map((u, i) => {
          const r: Record<string, unknown> = { ...(w.valid() as Array<Record<string, unknown>>)[i % w.count]! };
          for (const c of w.linkColumns!) r[c] = u;
          return r;
        });
        const warn = captureConsole('warn');
        let el: Widget;
        try {
          el = await mount(w, rows, { count: OFF_ORIGIN.length });
        } finally {
          warn.restore();
        }
        for (const m of marks(el, w)) {
          m.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          await el.updateComplete;
          for (const r of shadowRoots(el)) {
            for (const n of Array.from(r.querySelectorAll('[href],[src]'))) expectOnPolicy(n.getAttribute('href') ?? n.getAttribute('src')!, `<${n.localName}>`);
          }
        }
        expect(warn.calls.length, 'a warning per dropped URL').to.be.at.least(OFF_ORIGIN.length);
      });
    }

    it(`<${w.tag}>: the static and hydratable renders drop them too`, async () => {
      for (const mode of ['static', 'hydratable'] as const) {
        const rows = (w.valid() as Array<Record<string, unknown>>).map((r) => {
          const out = { ...r };
          for (const c of w.linkColumns ?? []) out[c] = '/\\evil.test/img.png';
          return out;
        });
        const markup = await ssr(w.tag, { lang: 'en', ...w.attrs, width: 640, source: 's', 'source-url': '/\\evil.test/x', data: rows }, { mode });
        expect(markup, mode).to.not.match(/(href|src)="[^"]*evil\.test/);
        const ok = await ssr(w.tag, { lang: 'en', ...w.attrs, width: 640, source: 's', 'source-url': './data.csv', data: w.valid() }, { mode });
        expect(ok, mode).to.include('href="./data.csv"');
      }
    });
  }
});
