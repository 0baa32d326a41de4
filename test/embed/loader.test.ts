/**
 * The loader (dist/dj-widgets.js, built by npm test): a page pays for the widgets it shows. Each
 * page runs in an iframe as a news page would; what it fetched is read from its resource timing.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS } from '../hardening/widgets.js';
import { renderCase } from '../server/ssr.js';

interface Frame {
  doc: Document;
  win: Window & { __errors?: string[]; DjWidgets?: { load(t: string | string[]): Promise<void>; discover(r: ParentNode): Promise<void> } };
}

async function frame(init: (f: HTMLIFrameElement) => void): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '640px';
  iframe.style.height = '480px';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  init(iframe);
  document.body.append(iframe);
  await loaded;
  return { doc: iframe.contentDocument!, win: iframe.contentWindow as Frame['win'] };
}

/** A page with only classic scripts and markup. */
const page = (body: string, script = `${location.origin}/dist/dj-widgets.js`, lang = 'zh-CN'): Promise<Frame> =>
  frame((f) => {
    f.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script src="${script}"></script></head><body>${body}</body></html>`;
  });

/** The chunk files this page has fetched so far, sorted. */
const chunks = (win: Window): string[] =>
  [...new Set(win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/chunks/')).map((n) => new URL(n).pathname.replace(/.*\/chunks\//, '')))].sort();

const bar = `<dj-bar-chart id="bar" eager><table><caption>2021年招商引资目标</caption><tr><th>项目</th><th>目标</th></tr>
  <tr><td>新引进过亿元项目</td><td>80个</td></tr><tr><td>新引进过10亿元项目</td><td>10个</td></tr></table></dj-bar-chart>`;
/** Bars drawn by the widget itself (defined): a first paint's bars (core/paint/) come before it and do not count here. */
const bars = (el: Element | null | undefined): number => (el?.matches(':defined') ? (el.shadowRoot?.querySelectorAll('g.bar').length ?? 0) : 0);

describe('the loader', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a page with one bar chart fetches the shared chunk and the bar chart chunk, nothing else', async () => {
    const { doc, win } = await page(bar);
    await waitUntil(() => bars(doc.getElementById('bar')) === 2, 'bars never drew', { timeout: 10000 });
    // The first paint's chunk, then the full ones (test/loader/paint.test.ts).
    expect(chunks(win)).to.deep.equal(['bar-chart.js', 'bar-chart.paint.js', 'shared.js']);
  });

  it('a page with one widget of each type fetches each chunk once, and the export code only when used', async () => {
    const { doc, win } = await frame((f) => {
      f.src = '/test/csp/page.html';
    });
    const map = (await (await fetch('/dist/chunks/map.json')).json()) as { tags: Record<string, string>; deps?: Record<string, string[]> };
    const tags = Object.keys(map.tags);
    // What the widgets' chunks import besides shared.js (time.js, words.js …), from the build's map.
    const deps = Object.values(map.deps ?? {}).flat();
    await waitUntil(() => tags.every((t) => win.customElements.get(t)), 'not every widget was defined', { timeout: 15000 });
    const fetched = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/chunks/'));
    // Once each: the module map shares a chunk between all elements and all widgets.
    expect(fetched.length, fetched.join(' ')).to.equal(new Set(fetched).size);
    // The fetching code too: the page has a chart drawn from src= and <dj-figures>, which always may fetch.
    // And the bar chart's first paint: the page's bar chart draws from its table.
    expect(chunks(win)).to.deep.equal([...new Set([...Object.values(map.tags), ...deps, 'bar-chart.paint.js', 'data.js', 'rolldown-runtime.js', 'shared.js'])].sort());
    // Exporting is the first use of the export code: fetched then, not before.
    const el = doc.getElementById('bar')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.export-button'), 'no export button', { timeout: 8000 });
    (win as unknown as { HTMLAnchorElement: typeof HTMLAnchorElement }).HTMLAnchorElement.prototype.click = () => undefined;
    const extra = (): string[] => chunks(win).filter((c) => !['shared.js', 'data.js', 'rolldown-runtime.js', 'bar-chart.paint.js', ...deps].includes(c) && !Object.values(map.tags).includes(c));
    expect(extra(), 'no export code before the menu is used').to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.export-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.export-item[data-action="svg"]'), 'the menu never opened', { timeout: 8000 });
    expect(extra(), 'the menu, not yet the actions').to.deep.equal(['menu.js']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.export-item[data-action="svg"]')!.click();
    await waitUntil(() => /SVG/.test(el.shadowRoot!.querySelector('.export-status')?.textContent ?? ''), 'the SVG was never saved', { timeout: 8000 });
    expect(extra()).to.deep.equal(['actions.js', 'csv.js', 'menu.js']);
    expect(win.__errors ?? []).to.deep.equal([]);
  });

  it('a bar chart fetches its first-use code only when used: src=, Download CSV, the export menu', async () => {
    const { doc, win } = await page(bar);
    const el = doc.getElementById('bar')!;
    await waitUntil(() => bars(el) === 2, 'bars never drew', { timeout: 10000 });
    expect(chunks(win)).to.deep.equal(['bar-chart.js', 'bar-chart.paint.js', 'shared.js']);
    // Data from a file: the fetching code arrives, then the file is drawn (it has no caption, so no title).
    el.setAttribute('src', '/test/csp/data.csv');
    await waitUntil(() => chunks(win).includes('data.js'), 'the data code was never fetched', { timeout: 8000 });
    await waitUntil(() => !el.shadowRoot!.querySelector('#title')?.textContent, 'the CSV never replaced the table', { timeout: 8000 });
    expect(bars(el)).to.equal(2);
    const saved: string[] = [];
    (win as unknown as { HTMLAnchorElement: typeof HTMLAnchorElement }).HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push(this.download);
    };
    expect(chunks(win).filter((c) => c === 'csv.js' || c === 'menu.js')).to.deep.equal([]);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')[1]!.click();
    await waitUntil(() => saved.length === 1, 'the CSV was never saved', { timeout: 8000 });
    expect(saved[0]).to.match(/\.csv$/);
    expect(chunks(win).filter((c) => c === 'csv.js' || c === 'menu.js')).to.deep.equal(['csv.js']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.export-button')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#export-menu')?.hasAttribute('hidden') === false, 'the menu never opened', { timeout: 8000 });
    expect(chunks(win)).to.include('menu.js');
    expect(chunks(win)).to.not.include('actions.js');
  });

  it('loads widgets added later, by a script or a framework, once per type', async () => {
    const { doc, win } = await page('<main></main>');
    expect(chunks(win)).to.deep.equal([]);
    const main = doc.querySelector('main')!;
    // Properties set before the chunk arrives are kept: Lit takes them over at the upgrade.
    const a = doc.createElement('dj-bar-chart');
    (a as unknown as { data: unknown }).data = [
      { 项目: '甲', 目标: 3 },
      { 项目: '乙', 目标: 2 },
      { 项目: '丙', 目标: 1 },
    ];
    (a as unknown as { heading: string }).heading = '先设属性，后到代码';
    a.setAttribute('eager', '');
    const wrap = doc.createElement('section');
    wrap.innerHTML = bar.replace('id="bar"', 'id="later"');
    main.append(a, wrap);
    await waitUntil(() => bars(a) === 3 && bars(doc.getElementById('later')) === 2, 'the added charts never drew', { timeout: 10000 });
    expect(a.shadowRoot!.querySelector('#title')?.textContent).to.equal('先设属性，后到代码');
    // The table-drawn chart was painted first; the one with properties set by a script was not.
    expect(chunks(win)).to.deep.equal(['bar-chart.js', 'bar-chart.paint.js', 'shared.js']);
  });

  it('discovers widgets inside a shadow root the page asks it to, and loads on request', async () => {
    const { doc, win } = await page('<div id="host"></div>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = bar;
    await win.DjWidgets!.discover(root);
    await waitUntil(() => bars(root.getElementById('bar')) === 2, 'the chart in the shadow root never drew', { timeout: 10000 });
    await win.DjWidgets!.load('dj-waffle');
    expect(win.customElements.get('dj-waffle')).to.be.a('function');
    expect(chunks(win)).to.deep.equal(['bar-chart.js', 'shared.js', 'waffle.js']);
  });

  it('fetches a widget asked for with data-preload before any element needs it', async () => {
    const { win } = await frame((f) => {
      f.srcdoc = `<!doctype html><html><head><script src="${location.origin}/dist/dj-widgets.js" data-preload="dj-line-chart"></script></head><body></body></html>`;
    });
    await waitUntil(() => win.customElements.get('dj-line-chart'), 'the preloaded widget was never defined', { timeout: 10000 });
    expect(chunks(win)).to.deep.equal(['line-chart.js', 'shared.js', 'time.js']);
  });

  it('asks for a widget\'s chunk, shared.js and the chunk the widget imports all at once, not one round trip after another', async () => {
    const { doc, win } = await page('<dj-line-chart id="line" data-json=\'{"x":[1,2,3],"series":{"a":[1,3,2]}}\'></dj-line-chart>');
    await waitUntil(() => win.customElements.get('dj-line-chart'), 'the line chart was never defined', { timeout: 10000 });
    // Hinted while the loader ran (an import() from a classic script starts fetching a task later,
    // and a chunk's own imports only once it has arrived).
    const hinted = [...doc.head.querySelectorAll('link[rel=modulepreload]')].map((l) => new URL((l as HTMLLinkElement).href).pathname.replace(/.*\/chunks\//, '')).sort();
    expect(hinted).to.deep.equal(['line-chart.js', 'shared.js', 'time.js']);
    // The hints and the imports name the same URLs: each chunk fetched once.
    const fetched = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/chunks/'));
    expect(fetched.length, fetched.join(' ')).to.equal(3);
    expect(doc.getElementById('line')?.shadowRoot).to.not.equal(null);
  });

  it('a pre-rendered page fetches Lit\'s hydrate support first, and the widget takes over the server\'s marks', async () => {
    const w = WIDGETS.find((x) => x.tag === 'dj-bar-chart')!;
    const markup = await renderCase(w, 'hydratable', { responsive: true });
    // The marks as the parser made them (the main drawing, not the narrow one for phones
    // without script), recorded before any chunk can have arrived.
    const { doc, win } = await page(
      `<div style="width:640px">${markup}</div><script>window.__marks=[...document.querySelector('dj-bar-chart').shadowRoot.querySelectorAll('${w.marks}')].filter((m)=>!m.closest('[data-ssr-alt]'))</script>`,
    );
    const el = doc.querySelector('dj-bar-chart') as HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<boolean> };
    await waitUntil(() => el.hasUpdated, 'the pre-rendered chart never upgraded', { timeout: 10000 });
    await el.updateComplete;
    const server = (win as unknown as { __marks: Element[] }).__marks;
    expect(server.length).to.equal(w.count);
    const after = Array.from(el.shadowRoot!.querySelectorAll(w.marks));
    expect(after.length, 'no second chart').to.equal(w.count);
    for (const [i, m] of after.entries()) expect(m === server[i], `mark ${i} is the server's node`).to.equal(true);
    expect(chunks(win)).to.deep.equal(['bar-chart.js', 'hydrate.js', 'shared.js']);
  });

  for (const [lang, title, retry] of [
    ['zh-CN', '无法显示图表', '重试'],
    ['en', 'This chart could not be drawn', 'Retry'],
  ] as const) {
    it(`a chunk that does not arrive shows an error with a retry (${lang}), and the retry draws`, async () => {
      // The third request fails: the first paint's chunk and the shared chunk arrive, the bar chart's does not.
      await fetch('/__flaky/reset?n=1&skip=2');
      const { doc, win } = await page(bar, `${location.origin}/__flaky/dj-widgets.js`, lang);
      const el = doc.getElementById('bar')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error was shown', { timeout: 10000 });
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.querySelector('strong')!.textContent).to.equal(title);
      const button = alert.querySelector('button')!;
      expect(button.textContent).to.equal(retry);
      expect(win.customElements.get('dj-bar-chart')).to.equal(undefined);
      button.click();
      await waitUntil(() => bars(el) === 2, 'the retry never drew', { timeout: 10000 });
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });
  }

  it('first-use code that does not arrive: the chart says so in its place, with a retry that asks again', async () => {
    // The shared and bar chart chunks arrive; the next chunk (the fetching code for src=) fails.
    await fetch('/__flaky/reset?n=1&skip=2');
    const { doc, win } = await page(bar.replace('<table>', '<table hidden>').replace('id="bar"', 'id="bar" src="/test/csp/data.csv"'), `${location.origin}/__flaky/lazy/dj-widgets.js`);
    const el = doc.getElementById('bar')!;
    await waitUntil(() => el.shadowRoot?.querySelector('.status.error'), 'no error was shown', { timeout: 10000 });
    expect(el.shadowRoot!.querySelector('.status.error')!.textContent).to.contain('读取图表数据的程序未能加载，请检查网络后重试。');
    const asked = (): string[] => win.performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => u.pathname.endsWith('/chunks/data.js')).map((u) => u.search);
    expect(asked()).to.deep.equal(['']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.status.error button.retry')!.click();
    // The retry imports the code again, under a fresh URL (core/lazy.ts: older browsers keep a failed
    // one). Drawing after it is proven by test/e2e/retry.e2e.mjs, whose server caches nothing; here
    // what matters is the second request and that the chart is never left blank.
    await waitUntil(() => asked().length === 2, 'the retry never asked again', { timeout: 10000 });
    expect(asked()).to.deep.equal(['', '?retry=1']);
    await waitUntil(() => bars(el) === 2 || el.shadowRoot!.querySelector('.status.error button.retry'), 'blank after the retry', { timeout: 10000 });
  });
});
