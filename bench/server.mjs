// The bench's static server (bench/browser.bench.mjs, bench/profile.mjs): GET only, no path
// escapes; the page loads the real files, served gzip-compressed as a CDN would (Chromium asks
// for gzip over http), and /bench/article?lib=… is the article page of the article-load case.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

// Ours is the real loader: the page waits for the chunks a case needs before the clock starts.
export const scripts = {
  dj: ['/dist/dj-widgets.js'],
  djeager: ['/dist/dj-widgets.js'],
  d3: ['/node_modules/d3/dist/d3.min.js'],
  chartjs: ['/node_modules/chart.js/dist/chart.umd.min.js'],
  plot: ['/node_modules/d3/dist/d3.min.js', '/node_modules/@observablehq/plot/dist/plot.umd.min.js'],
  // The article page with no library and no chart (its own script hides the table): the floor.
  page: [],
};

const gzipped = new Map();
// The article the library was built for (read on first use: the e2e tests serve no article).
let article;
const ROWS = [['新增规上工业企业', 15], ['工业投资增速', 12], ['新引进过亿元项目', 80], ['新引进过10亿元项目', 10], ['税收过千万元楼宇', 20], ['重点项目', 44], ['省级以上研发机构', 9], ['高新技术企业', 35], ['新建5G基站', 600], ['城镇新增就业', 250]];
export function articlePage(lib) {
  const table = `<table><caption>2021年海州区主要目标</caption><tr><th>指标</th><th>目标</th></tr>${ROWS.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('')}</table>`;
  // djhint: as the builder's embed code writes it — the first paint's chunk named by a modulepreload
  // hint before the element (src/builder/publish.ts), so the browser fetches it beside the loader.
  const hint = lib === 'djhint' ? '<link rel="modulepreload" href="/dist/chunks/bar-chart.paint.js">' : '';
  const chart = lib.startsWith('dj') ? `${hint}<dj-bar-chart no-motion>${table}</dj-bar-chart>` : table;
  const libs = { djhint: ['/dist/dj-widgets.js'], ...scripts }[lib].map((s) => `<script src="${s}"></script>`).join('');
  article ??= fs.readFileSync('/work/shared/seed/000_1ac31e83148a26f4.txt', 'utf8').split(/\n+/).filter((p) => p.length > 40).slice(0, 8);
  const paras = article.map((p) => `<p>${p.replace(/[<&]/g, '')}</p>`);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${paras[0]}</title>
    <style>body{font:17px/1.7 system-ui,sans-serif;max-width:720px;margin:0 auto;padding:0 16px}</style></head>
    <body><article><h1>江苏连云港:干出快节奏 跑出“加速度”</h1>${paras.slice(1, 3).join('')}<figure id="chart">${chart}</figure>${paras.slice(3).join('')}</article>
    ${libs}<script src="/bench/article.js" data-lib="${lib}"></script></body></html>`;
}
/** Starts the server on a free port of 127.0.0.1. */
export async function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/bench/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(articlePage(url.searchParams.get('lib')));
      return;
    }
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream';
    const headers = { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(gzipped.get(file));
    } else res.writeHead(200, headers).end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${server.address().port}`, server };
}

/**
 * The page's own record of its first painted frame (window.__painted, set by bench/article.js),
 * read through a CDP session opened before the navigation (`cdp`: page.context().newCDPSession):
 * a raw Runtime.evaluate of one variable, polled, injects nothing into the page. Playwright's own
 * page.evaluate and waitForFunction first compile Playwright's utility script in the page — a
 * 6–12 ms main-thread parse (traced: V8.ParseProgram right after `load`) — and while a page is still
 * drawing after its `load` (ours: the loader's chunks are not part of `load`; a peer drawn inside
 * the parse is not affected) that compile landed inside the measured stretch.
 */
export async function painted(cdp) {
  const start = Date.now();
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__painted', returnByValue: true });
    if (typeof result.value === 'number') return result.value;
    if (Date.now() - start > 30000) throw new Error('never painted');
    await new Promise((r) => setTimeout(r, 50));
  }
}
