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

  it('a page with one bar chart fetches no more script than its budget before the bars are drawn', async () => {
    const iframe = document.createElement('iframe');
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    iframe.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script src="${location.origin}/dist/dj-widgets.js"></script></head>
      <body><dj-bar-chart><table><tr><th>项目</th><th>目标</th></tr><tr><td>甲</td><td>80</td></tr><tr><td>乙</td><td>10</td></tr></table></dj-bar-chart></body></html>`;
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow!;
    await waitUntil(() => win.document.querySelector('dj-bar-chart')?.shadowRoot?.querySelectorAll('g.bar').length === 2, 'bars never drew', { timeout: 10000 });
    const scripts = win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js'));
    expect(scripts.length).to.be.at.least(2);
    let total = 0;
    for (const s of scripts) total += await gzipOf(s);
    const { budgetGzipBytes: limit, targetGzipBytes: target } = budgets['article-one-bar']!;
    iframe.remove();
    expect(total, `the page fetched ${total} bytes gzip (${scripts.map((s) => new URL(s).pathname).join(', ')}); the budget is ${limit}`).to.be.at.most(limit);
    // The ratchet only comes down towards the target.
    expect(target).to.equal(25600);
  });
});
