/**
 * The loader's idle Intl warm-up happens only for widgets whose first render creates Intl objects
 * (the manifest's `intl`: the dates' widgets). The page's first Intl object costs 15–20 ms, the
 * next about 1 ms; a page of bar charts formats its numbers without Intl (core/format/decimal.ts)
 * and so must never pay it. Each page runs in an iframe with the real loader (dist/dj-widgets.js),
 * every Intl constructor spied on before it, and says who created what.
 */
import { expect, waitUntil } from '@open-wc/testing';

interface SpiedWindow extends Window {
  __intl: { kind: string; from: string }[];
}

/** Records each Intl object made in the page and the script (loader or chunk) that made it. */
const SPY = `<script>window.__intl = [];
for (const k of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'ListFormat', 'RelativeTimeFormat', 'Collator', 'Segmenter']) {
  const C = Intl[k];
  if (C) Intl[k] = new Proxy(C, { construct(t, a, n) {
    const at = (new Error().stack || '').split('\\n').slice(2).join(' ');
    window.__intl.push({ kind: k, from: /dj-widgets\\.js/.test(at) ? 'loader' : /\\/chunks\\//.test(at) ? 'chunk' : 'other' });
    return Reflect.construct(t, a, n);
  } });
}</script>`;

async function page(body: string): Promise<SpiedWindow> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '640px';
  iframe.style.height = '600px';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${SPY}<script src="${location.origin}/dist/dj-widgets.js"></script></head><body>${body}</body></html>`;
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow as SpiedWindow;
}

/** Drawn, then an idle period and a little more: the loader's idle work, if any, has run. */
async function settled(win: SpiedWindow, tag: string, marks: string): Promise<void> {
  const el = win.document.querySelector(tag)!;
  await waitUntil(() => (el.shadowRoot?.querySelectorAll(marks).length ?? 0) > 0, `<${tag}> never drew`, { timeout: 15000 });
  await new Promise((r) => win.requestIdleCallback(r, { timeout: 1000 }));
  await new Promise((r) => setTimeout(r, 100));
}

const rows = (cells: [string, number][]): string => cells.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('');

describe('the loader warms Intl only where a widget needs it', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a page with a bar chart (the article’s ten rows) creates no Intl object at all', async () => {
    const win = await page(`<dj-bar-chart eager no-motion><table><caption>2021年海州区主要目标</caption><tr><th>指标</th><th>目标</th></tr>${rows([
      ['新增规上工业企业', 15], ['工业投资增速', 12], ['新引进过亿元项目', 80], ['新引进过10亿元项目', 10], ['税收过千万元楼宇', 20],
      ['重点项目', 44], ['省级以上研发机构', 9], ['高新技术企业', 35], ['新建5G基站', 600], ['城镇新增就业', 250],
    ])}</table></dj-bar-chart>`);
    await settled(win, 'dj-bar-chart', 'g.bar');
    expect(win.__intl).to.deep.equal([]);
  });

  // Which comes first depends on whether the page is idle before the chunk arrives (on a loaded
  // machine it often is not): the loader's one date format is held, not its order.
  it('a page with a line chart over dates: the loader makes one date format at idle, the chart its own', async () => {
    const win = await page(`<dj-line-chart eager no-motion><table><tr><th>年份</th><th>产值</th></tr>${rows([['2019', 1.2], ['2020', 1.1], ['2021', 1.6]])}</table></dj-line-chart>`);
    await settled(win, 'dj-line-chart', 'path.line');
    expect(win.__intl.filter((x) => x.from === 'loader')).to.deep.equal([{ kind: 'DateTimeFormat', from: 'loader' }]);
    expect(win.__intl.some((x) => x.kind === 'DateTimeFormat' && x.from === 'chunk')).to.equal(true, 'the chart formats its dates with Intl');
  });
});
