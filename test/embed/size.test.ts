/**
 * Size is deterministic, so unlike speed it is a test: the loader, the one-file bundle and what a
 * page with one bar chart downloads stay within their gzip budgets (bench/size-budget.json).
 */
import { expect, waitUntil } from '@open-wc/testing';

interface Budget {
  budgetGzipBytes: number;
  targetGzipBytes?: number;
}

async function gzipSize(bytes: ArrayBuffer): Promise<number> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

async function gzipOf(url: string): Promise<number> {
  const res = await fetch(url);
  expect(res.ok, `${url} is built by npm test before the browser tests`).to.equal(true);
  return gzipSize(await res.arrayBuffer());
}

let budgets: Record<string, Budget> = {};

describe('bundle size', () => {
  before(async () => {
    budgets = (await (await fetch('/bench/size-budget.json')).json()) as Record<string, Budget>;
  });

  for (const file of ['dj-widgets.js', 'dj-widgets.all.js']) {
    it(`keeps dist/${file} within its gzip budget`, async () => {
      const size = await gzipOf(`/dist/${file}`);
      const limit = budgets[file]!.budgetGzipBytes;
      expect(limit).to.be.greaterThan(0);
      expect(size, `${file} is ${size} bytes gzip; the budget is ${limit}`).to.be.at.most(limit);
    });
  }

  it('the loader stays under 3 KiB gzip (issue #16)', () => {
    expect(budgets['dj-widgets.js']!.budgetGzipBytes).to.be.at.most(3072);
  });

  it('a page with one bar chart downloads no more script than its budget before its bars are drawn', async () => {
    const iframe = document.createElement('iframe');
    iframe.style.width = '720px';
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    // The page notes, the moment its bars are first in the DOM (the first paint's, before the element
    // is defined: issue #16), which script responses had arrived: what the reader waited for.
    const watch = `(function poll() {
      var el = document.querySelector('dj-bar-chart');
      if (el && el.shadowRoot && el.shadowRoot.querySelector('g.bar')) window.__before = performance.getEntriesByType('resource').map(function (e) { return e.name; });
      else setTimeout(poll, 0);
    })();`;
    iframe.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script>${watch}</script><script src="${location.origin}/dist/dj-widgets.js"></script></head>
      <body><dj-bar-chart><table><tr><th>项目</th><th>目标</th></tr><tr><td>甲</td><td>80</td></tr><tr><td>乙</td><td>10</td></tr></table></dj-bar-chart></body></html>`;
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as Window & { __before?: string[] };
    await waitUntil(() => win.__before, 'bars never drew', { timeout: 10000 });
    const scripts = win.__before!.filter((n) => n.endsWith('.js'));
    // The loader and at least one chunk; the full element's chunks are asked for only after the paint.
    expect(scripts.length).to.be.at.least(2);
    let total = 0;
    for (const s of scripts) total += await gzipOf(s);
    const { budgetGzipBytes: limit, targetGzipBytes: target } = budgets['article-one-bar']!;
    // The element takes over afterwards: its bars, defined.
    await waitUntil(() => win.customElements.get('dj-bar-chart') && win.document.querySelector('dj-bar-chart')!.shadowRoot!.querySelectorAll('g.bar').length === 2, 'the element never took over', { timeout: 10000 });
    iframe.remove();
    const names = scripts.map((s) => new URL(s).pathname).join(', ');
    expect(total, `the page downloaded ${total} bytes gzip before its bars were drawn (${names}); the budget is ${limit}`).to.be.at.most(limit);
    expect(names).to.not.include('shared.js');
    // The ratchet only comes down towards the target.
    expect(target).to.equal(25600);
  });
});
