/**
 * The first paint through the real loader (dist/dj-widgets.js, built by the test run): a news page
 * with one bar chart gets its bars from the paint chunk before the element is defined, then the
 * element takes the root over — in one frame, at the same height, with its keyboard and events.
 * A chunk that does not arrive leaves no blank: a failed paint chunk is no paint (the element draws
 * as before); a failed element chunk leaves the painted bars under the error and its retry.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Frames {
  /** When the first frame with bars began (its animation-frame callbacks). */
  barsAt?: number;
  /** Per animation frame from the first with bars: bars in the root, the host's height, defined yet. */
  __frames?: { bars: number; height: number; defined: boolean }[];
}
type Win = Window & Frames;

const ROWS = [['新增规上工业企业', '15家'], ['新引进过亿元项目', '80个'], ['新引进过10亿元项目', '10个'], ['税收过千万元楼宇', '20幢']];
const CHART = `<dj-bar-chart id="bar"><table><caption>海州区2021年目标</caption><tr><th>指标</th><th>目标</th></tr>${ROWS.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table></dj-bar-chart>`;

/** Records every frame from the first one with bars until three frames after the element was defined. */
const WATCH = `(function () {
  var seen = 0;
  function frame() {
    var el = document.getElementById('bar');
    var n = el && el.shadowRoot ? el.shadowRoot.querySelectorAll('g.bar').length : 0;
    if (n && !window.barsAt) window.barsAt = performance.now();
    if (n || window.frames_) {
      (window.frames_ = window.frames_ || []).push({ bars: n, height: el.getBoundingClientRect().height, defined: !!customElements.get('dj-bar-chart') });
      if (customElements.get('dj-bar-chart')) seen++;
    }
    if (seen < 3) requestAnimationFrame(frame);
    else window.__frames = window.frames_;
  }
  requestAnimationFrame(frame);
})();`;

/** A news page with the loader where the README puts it (the end of <body>), or in <head> as many CMS templates do. */
async function page(script: string, lang = 'zh-CN', body = CHART, where: 'end' | 'head' = 'end'): Promise<{ doc: Document; win: Win }> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '640px';
  iframe.style.height = '600px';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  const tag = `<script src="${script}"></script>`;
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${where === 'head' ? tag : ''}</head><body><p>导语</p>${body}<script>${WATCH}</script>${where === 'end' ? tag : ''}</body></html>`;
  document.body.append(iframe);
  await loaded;
  return { doc: iframe.contentDocument!, win: iframe.contentWindow as Win };
}

const chunks = (win: Window): string[] =>
  win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/chunks/')).map((p) => p.replace(/.*\/chunks\//, ''));

describe('the first paint through the loader', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('paints the bars before the element is defined, then the element takes over in the same frame, at the same height', async () => {
    const { doc, win } = await page(`${location.origin}/dist/dj-widgets.js`);
    await waitUntil(() => win.__frames, 'the element never took over', { timeout: 15000 });
    const frames = win.__frames!;
    // Painted first: frames with the bars and no element yet (the full chunks were still on their way).
    expect(frames[0]!.defined, 'the first frame with bars is the paint').to.equal(false);
    // Never a frame without them, never a jump in height between paint and element.
    expect(frames.map((f) => f.bars)).to.deep.equal(frames.map(() => ROWS.length));
    expect(new Set(frames.map((f) => f.height)).size, frames.map((f) => f.height).join(' ')).to.equal(1);
    const root = doc.getElementById('bar')!.shadowRoot!;
    expect(root.querySelectorAll('figure').length).to.equal(1);
    expect(root.querySelector('figure')!.inert).to.equal(false);
    expect(chunks(win).indexOf('bar-chart.paint.js')).to.equal(0);
    // The full chunks are asked for once the frame with the painted bars is under way, not before:
    // compiling Lit and the core at once would hold that frame back (loader.ts).
    const shared = win.performance.getEntriesByType('resource').find((e) => e.name.endsWith('/chunks/shared.js'));
    expect(shared, 'shared.js was fetched').to.exist;
    expect(shared!.startTime, `shared.js asked for at ${shared!.startTime}, bars framed at ${win.barsAt}`).to.be.greaterThan(win.barsAt!);
  });

  it('after the take-over the keyboard works and a choice fires one event', async () => {
    const { doc, win } = await page(`${location.origin}/dist/dj-widgets.js`);
    await waitUntil(() => win.__frames, 'the element never took over', { timeout: 15000 });
    const el = doc.getElementById('bar')!;
    const chosen: unknown[] = [];
    el.addEventListener('dj-select', (e) => chosen.push((e as CustomEvent).detail));
    const first = el.shadowRoot!.querySelector<SVGGElement>('g.bar[tabindex="0"]')!;
    first.focus();
    expect(el.shadowRoot!.activeElement).to.equal(first);
    first.dispatchEvent(new (win as unknown as typeof globalThis).KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('data-index') === '1', 'ArrowDown did not move to the next bar', { timeout: 3000 });
    el.shadowRoot!.activeElement!.dispatchEvent(new (win as unknown as typeof globalThis).KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(chosen).to.deep.equal([{ index: 1, label: '新引进过亿元项目', value: 80, unit: '个' }]);
  });

  it('a paint chunk that does not arrive is no paint: the element draws as before', async () => {
    // The first chunk request (the paint chunk) fails; the full chunks arrive.
    await fetch('/__flaky/reset?n=1&skip=0');
    const { doc, win } = await page(`${location.origin}/__flaky/nopaint/dj-widgets.js`);
    await waitUntil(() => win.__frames, 'the element never drew', { timeout: 15000 });
    expect(win.__frames![0]!.defined, 'no painted frame').to.equal(true);
    expect(doc.getElementById('bar')!.shadowRoot!.querySelectorAll('g.bar').length).to.equal(ROWS.length);
  });

  for (const [lang, title, retry] of [['zh-CN', '无法显示图表', '重试'], ['en', 'This chart could not be drawn', 'Retry']] as const) {
    it(`an element chunk that does not arrive leaves the painted bars under the error and its retry (${lang})`, async () => {
      // Paint and shared chunks arrive; the bar chart's does not.
      await fetch('/__flaky/reset?n=1&skip=2');
      const { doc, win } = await page(`${location.origin}/__flaky/painted${lang === 'en' ? 'en' : ''}/dj-widgets.js`, lang);
      const el = doc.getElementById('bar')!;
      await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no error was shown', { timeout: 15000 });
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.querySelector('strong')!.textContent).to.equal(title);
      expect(el.shadowRoot!.querySelectorAll('g.bar').length, 'the painted bars stay').to.equal(ROWS.length);
      expect(win.customElements.get('dj-bar-chart')).to.equal(undefined);
      const button = alert.querySelector('button')!;
      expect(button.textContent).to.equal(retry);
      button.click();
      await waitUntil(() => win.customElements.get('dj-bar-chart') && el.shadowRoot!.querySelectorAll('g.bar').length === ROWS.length, 'the retry never drew', { timeout: 15000 });
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('figure').length).to.equal(1);
    });
  }

  it('an element added while the element chunk is on its way is painted too, then taken over with the first', async () => {
    // The painter arrives at once; the bar chart's own chunk 1.5 s late.
    await fetch('/__flaky/reset?hold=bar-chart.js&ms=1500');
    const { doc, win } = await page(`${location.origin}/__flaky/later/dj-widgets.js`);
    const first = doc.getElementById('bar')!;
    await waitUntil(() => first.shadowRoot?.querySelectorAll('g.bar').length === ROWS.length, 'the first chart was not painted', { timeout: 5000 });
    expect(win.customElements.get('dj-bar-chart')).to.equal(undefined);
    const box = doc.createElement('div');
    box.innerHTML = CHART.replace('id="bar"', 'id="later"');
    doc.body.append(box);
    const later = doc.getElementById('later')!;
    await waitUntil(() => later.shadowRoot?.querySelectorAll('g.bar').length === ROWS.length, 'the added chart was not painted', { timeout: 1000 });
    expect(win.customElements.get('dj-bar-chart'), 'painted, not drawn by the element').to.equal(undefined);
    expect(later.shadowRoot!.querySelector('figure')!.inert, 'a picture until the element comes').to.equal(true);
    await waitUntil(() => win.customElements.get('dj-bar-chart'), 'the element never came', { timeout: 10000 });
    await waitUntil(() => !later.shadowRoot!.querySelector('figure')!.inert, 'the added chart was not taken over', { timeout: 5000 });
    expect(later.shadowRoot!.querySelectorAll('g.bar').length).to.equal(ROWS.length);
    expect(later.shadowRoot!.querySelectorAll('figure').length).to.equal(1);
  });

  it('with the script in <head> (a CMS template), the bars are painted too: the loader decides once the page is parsed', async () => {
    // Run before <body> exists, the loader meets the element before its table: it fetches the
    // paint chunk at once and paints when the parser is done, the full chunks after the frame.
    const { doc, win } = await page(`${location.origin}/dist/dj-widgets.js`, 'zh-CN', CHART, 'head');
    await waitUntil(() => win.__frames, 'the element never took over', { timeout: 15000 });
    const frames = win.__frames!;
    expect(frames[0]!.defined, 'the first frame with bars is the paint').to.equal(false);
    expect(frames.map((f) => f.bars)).to.deep.equal(frames.map(() => ROWS.length));
    expect(new Set(frames.map((f) => f.height)).size, frames.map((f) => f.height).join(' ')).to.equal(1);
    expect(chunks(win).indexOf('bar-chart.paint.js')).to.equal(0);
    const root = doc.getElementById('bar')!.shadowRoot!;
    expect(root.querySelectorAll('figure').length).to.equal(1);
    expect(root.querySelector('figure')!.inert).to.equal(false);
  });

  it('with the script in <head> and no paintable chart, the full chunks come as before (no paint chunk)', async () => {
    const { doc, win } = await page(`${location.origin}/dist/dj-widgets.js`, 'zh-CN', CHART.replace('id="bar"', 'id="bar" src="/test/csp/data.csv"'), 'head');
    await waitUntil(() => win.__frames, 'the element never drew', { timeout: 15000 });
    expect(win.__frames![0]!.defined).to.equal(true);
    expect(doc.getElementById('bar')!.shadowRoot!.querySelectorAll('g.bar').length).to.be.greaterThan(0);
    expect(chunks(win)).to.not.include('bar-chart.paint.js');
  });

  it('data from src=, or a pre-rendered root, is not painted: no paint chunk is fetched', async () => {
    const { doc, win } = await page(`${location.origin}/dist/dj-widgets.js`, 'zh-CN', CHART.replace('id="bar"', 'id="bar" src="/test/csp/data.csv"'));
    await waitUntil(() => win.__frames, 'the element never drew', { timeout: 15000 });
    expect(win.__frames![0]!.defined).to.equal(true);
    expect(doc.getElementById('bar')!.shadowRoot!.querySelectorAll('g.bar').length).to.be.greaterThan(0);
    expect(chunks(win)).to.not.include('bar-chart.paint.js');
  });
});
