/**
 * The hydration hold (core/base/framed.ts), deterministically: a server drew an empty, reserved
 * frame (data promised later), and a page script sets the data BEFORE the element is defined —
 * an inline script runs while the page is parsed, always ahead of the loader's chunks. The first
 * update must take the server's frame over as it is, the next draw the data in that same frame:
 * one frame, the server's node, no hydration error. (test/e2e/static-fit.e2e.mjs shows the same
 * with a timer, in either order.)
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ssr } from '../../server/ssr.js';

type Win = Window & { __errors: string[]; __frame: Element | null };

async function page(body: string): Promise<{ doc: Document; win: Win }> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '700px';
  iframe.style.height = '600px';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  // Errors and console errors (Lit reports a failed hydration there) are kept for the test.
  iframe.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
    <script>window.__errors=[];addEventListener('error',(e)=>__errors.push(e.message));const ce=console.error;console.error=(...a)=>{__errors.push(a.map(String).join(' '));ce(...a)};</script>
    <script src="${location.origin}/dist/dj-widgets.js"></script></head><body>${body}</body></html>`;
  document.body.append(iframe);
  await loaded;
  return { doc: iframe.contentDocument!, win: iframe.contentWindow as Win };
}

/** The inline script that sets the data before the element's chunk can have arrived, and notes the server's frame. */
const before = (tag: string, set: string): string =>
  `<script>const el=document.querySelector('${tag}');window.__frame=el.shadowRoot.querySelector('[part="frame"]');${set}</script>`;

describe('hydration hold: data set before the element was defined', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a chart takes the server\'s reserved frame over, then draws the data in it', async () => {
    const markup = await ssr('dj-bar-chart', { lang: 'zh-CN', heading: '数据稍后到达', 'no-motion': true }, { mode: 'hydratable' });
    expect(markup).to.contain('class="chart reserved"');
    const rows = JSON.stringify([{ 项目: '甲', 目标: 3 }, { 项目: '乙', 目标: 2 }, { 项目: '丙', 目标: 1 }]);
    const { doc, win } = await page(`<div style="width:640px">${markup}</div>${before('dj-bar-chart', `el.data=${rows};`)}`);
    const el = doc.querySelector('dj-bar-chart')!;
    expect(win.customElements.get('dj-bar-chart'), 'defined only after the data was set').to.equal(undefined);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('g.bar').length === 3, 'the bars never drew', { timeout: 15000 });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part="frame"]').length, 'one frame').to.equal(1);
    expect(root.querySelector('[part="frame"]') === win.__frame, "the server's frame, taken over").to.equal(true);
    expect(root.querySelectorAll('.reserved').length).to.equal(0);
    expect(root.querySelector('#title')?.textContent).to.equal('数据稍后到达');
    expect(win.__errors).to.deep.equal([]);
  });

  it('<dj-figures> takes the server\'s reserved text box over, then marks the figures in it', async () => {
    const markup = await ssr('dj-figures', { lang: 'zh-CN', heading: '文字稍后到达' }, { mode: 'hydratable' });
    expect(markup).to.contain('class="text reserved"');
    const { doc, win } = await page(`${markup}${before('dj-figures', "el.text='新引进过亿元项目80个，过10亿元项目10个。';")}`);
    const el = doc.querySelector('dj-figures')!;
    expect(win.customElements.get('dj-figures'), 'defined only after the text was set').to.equal(undefined);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('mark[part="figure"]').length === 2, 'the figures were never marked', { timeout: 15000 });
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part="frame"]').length, 'one frame').to.equal(1);
    expect(root.querySelector('[part="frame"]') === win.__frame, "the server's frame, taken over").to.equal(true);
    expect(root.querySelectorAll('.reserved').length).to.equal(0);
    expect(win.__errors).to.deep.equal([]);
  });
});
