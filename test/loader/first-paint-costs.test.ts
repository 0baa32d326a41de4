/**
 * What the loader and the build do so that the first paint's own work is short (issue #16, the
 * article case): the widgets' font is measured once on a canvas while the painter is still on the
 * network — the painter's first measure then finds the browser's font caches warm — and the paint
 * chunk is compiled while it streams in (V8's compile hint), not function by function on the main
 * thread as the paint first calls each.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WARM_TEXT } from '../../src/core/measure.js';
import { BASE_FONT } from '../../src/core/type-scale.js';

type Measured = { font: string; text: string; painted: boolean }[];

const LABELS = ['新增规上工业企业', '新引进过亿元项目'];
const CHART = `<dj-bar-chart id="bar"><table><tr><th>指标</th><th>目标</th></tr>${LABELS.map((l, i) => `<tr><td>${l}</td><td>${10 + i}</td></tr>`).join('')}</table></dj-bar-chart>`;

/** Notes every canvas measure of the page (the font, the text, whether the chart was painted yet). */
const SPY = `(function () {
  var proto = window.OffscreenCanvasRenderingContext2D && OffscreenCanvasRenderingContext2D.prototype;
  if (!proto) return;
  var measure = proto.measureText;
  window.__measured = [];
  proto.measureText = function (text) {
    var el = document.getElementById('bar');
    window.__measured.push({ font: this.font, text: String(text), painted: !!(el && el.shadowRoot) });
    return measure.call(this, text);
  };
})();`;

describe('the first paint’s costs', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the loader measures the chart’s text in the widgets’ font while the painter is on its way', async () => {
    // The painter's chunk answers 1.5 s late: the page is idle meanwhile.
    await fetch('/__flaky/reset?hold=bar-chart.paint.js&ms=1500');
    const iframe = document.createElement('iframe');
    iframe.style.width = '640px';
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    iframe.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script>${SPY}</script></head><body><p>导语</p>${CHART}<script src="${location.origin}/__flaky/warm/dj-widgets.js"></script></body></html>`;
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as Window & { __measured?: Measured };
    const el = iframe.contentDocument!.getElementById('bar')!;
    await waitUntil(() => win.__measured?.length, 'nothing was measured before the painter came', { timeout: 1200 });
    const first = win.__measured![0]!;
    expect(first.painted, 'measured before the paint').to.equal(false);
    expect(el.shadowRoot, 'the painter is still on its way').to.equal(null);
    // The canvas normalises the shorthand: compare with one it normalised the same way.
    const probe = new OffscreenCanvas(1, 1).getContext('2d')!;
    probe.font = BASE_FONT;
    expect(first.font).to.equal(probe.font);
    for (const label of LABELS) expect(first.text).to.include(label);
    // Then the paint, with the same font stack (at the host's size).
    await waitUntil(() => el.shadowRoot?.querySelectorAll('g.bar').length === LABELS.length, 'the bars were not painted', { timeout: 10000 });
    expect(win.__measured!.some((m) => m.painted && m.text === LABELS[0])).to.equal(true);
  });

  it('no measure when there is nothing to paint (data from src=)', async () => {
    const iframe = document.createElement('iframe');
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    iframe.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script>${SPY}</script></head><body>${CHART.replace('id="bar"', 'id="bar" src="/test/csp/data.csv"')}<script src="${location.origin}/dist/dj-widgets.js"></script></body></html>`;
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as Window & { __measured?: Measured };
    await waitUntil(() => win.customElements.get('dj-bar-chart'), 'the element never came', { timeout: 10000 });
    // The loader measured nothing. (The widgets' own idle warm-up of a zh-CN page, core/measure.ts's
    // warmMeasure, is scheduled when their chunk is evaluated and may run before this element has its
    // root: it measures its own line, never the chart's text.)
    expect(win.__measured!.filter((m) => !m.painted && m.text !== WARM_TEXT)).to.deep.equal([]);
  });

  it('the paint chunk carries V8’s compile hint: compiled off the main thread as it streams in', async () => {
    const text = await (await fetch('/dist/chunks/bar-chart.paint.js')).text();
    expect(text.split('\n', 1)[0]).to.equal('//# allFunctionsCalledOnLoad');
  });
});
