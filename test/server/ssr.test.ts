/**
 * dj-widgets/static against the page: every registered widget rendered on the server (Lit SSR
 * in Node) draws the same marks and the same text as the element in the browser, in both
 * modes; bad input and bad names are refused with a reason.
 */
import { expect } from '@open-wc/testing';
import { WIDGETS } from '../hardening/widgets.js';
import { marks, mount, root } from '../hardening/mount.js';
import { parsed, renderCase, ssr, visibleText } from './ssr.js';

describe('static render (dj-widgets/static) matches the client render', () => {
  for (const w of WIDGETS) {
    for (const mode of ['static', 'hydratable'] as const) {
      it(`${w.tag} (${mode}): same marks and text`, async () => {
        const client = await mount(w, w.valid(), { attrs: { width: '640', 'no-motion': '' } });
        const server = parsed(await renderCase(w, mode), w.tag);
        const serverRoot = server.shadowRoot;
        if (!serverRoot) throw new Error('no shadow root');
        expect(serverRoot.querySelectorAll(w.marks).length, 'marks').to.equal(w.count);
        expect(marks(client, w).length).to.equal(w.count);
        expect(visibleText(serverRoot)).to.equal(visibleText(root(client)));
        // The page's element reads the same data from the markup (JSON script or paragraphs).
        if (w.input === 'data') expect(server.querySelector('script[type="application/json"]')?.textContent).to.equal(JSON.stringify(w.valid()));
      });
    }
  }

  it('static mode has no hydration markers; hydratable has them but no defer-hydration', async () => {
    const w = WIDGETS[0];
    if (!w) throw new Error('no widgets');
    const stat = await renderCase(w, 'static');
    const hyd = await renderCase(w, 'hydratable');
    expect(stat).not.to.match(/lit-part|lit-node|defer-hydration/);
    expect(hyd).to.match(/<!--lit-part/);
    expect(hyd).not.to.contain('defer-hydration');
    expect(hyd.startsWith('<dj-bar-chart ')).to.equal(true);
  });

  it('data cannot close the JSON script or become markup', async () => {
    const hostile = [{ 地区: '</script><img src=x onerror=alert(1)>', 产值: 3 }];
    const out = await ssr('dj-bar-chart', { data: hostile, width: 480, heading: '"><b>x</b>' }, { mode: 'static' });
    expect(out).not.to.contain('</script><img');
    const el = parsed(out, 'dj-bar-chart');
    expect(el.querySelectorAll('img, b').length).to.equal(0);
    expect(el.shadowRoot?.querySelectorAll('img, b').length).to.equal(0);
    expect(JSON.parse(el.querySelector('script')?.textContent ?? '')).to.deep.equal(hostile);
    expect(el.getAttribute('heading')).to.equal('"><b>x</b>');
  });

  it('refuses unknown elements, event attributes and impossible widths', async () => {
    let err = '';
    await ssr('dj-nope', {}).catch((e: unknown) => (err = e instanceof Error ? e.message : String(e)));
    expect(err).to.match(/not a dj-widgets element/);
    await ssr('dj-bar-chart', { onclick: 'x', data: [] }).catch((e: unknown) => (err = e instanceof Error ? e.message : String(e)));
    expect(err).to.match(/"onclick" is not an attribute/);
    await ssr('dj-bar-chart', { width: 10, data: [] }).catch((e: unknown) => (err = e instanceof Error ? e.message : String(e)));
    expect(err).to.match(/width 10/);
  });

  it('bad data renders the error the page would show', async () => {
    const out = await ssr('dj-bar-chart', { data: [{ a: 'x' }], width: 480, lang: 'en' }, { mode: 'static' });
    expect(parsed(out, 'dj-bar-chart').shadowRoot?.querySelector('.status.error')?.textContent).to.match(/No column holds numbers/);
  });

  it('speaks the language it is given', async () => {
    const w = WIDGETS[0];
    if (!w) throw new Error('no widgets');
    const zh = parsed(await ssr(w.tag, { data: w.valid(), width: 480 }, { mode: 'static', lang: 'zh-CN' }), w.tag);
    const en = parsed(await ssr(w.tag, { data: w.valid(), width: 480 }, { mode: 'static', lang: 'en' }), w.tag);
    expect(zh.shadowRoot?.querySelector('figure')?.getAttribute('lang')).to.equal('zh-CN');
    expect(en.shadowRoot?.querySelector('figure')?.getAttribute('lang')).to.equal('en');
  });
});
