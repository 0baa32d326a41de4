#!/usr/bin/env node
// Time to first painted frame, ours against Chart.js, Observable Plot and hand-written d3, in
// headless Chromium, each run in a fresh page, several runs per case: medians and spread.
// Run by `npm run bench` (after `npm run build`). Speed is measured here, never in tests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { findChrome } from '../scripts/find-chrome.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

// A static server for the repo (GET only, no path escapes): the page loads the real files, served
// gzip-compressed as a CDN would (Chromium asks for gzip over http), and /bench/article?lib=… is
// the article page of the article-load case.
const gzipped = new Map();
const article = fs.readFileSync('/work/shared/seed/000_1ac31e83148a26f4.txt', 'utf8').split(/\n+/).filter((p) => p.length > 40).slice(0, 8);
const ROWS = [['新增规上工业企业', 15], ['工业投资增速', 12], ['新引进过亿元项目', 80], ['新引进过10亿元项目', 10], ['税收过千万元楼宇', 20], ['重点项目', 44], ['省级以上研发机构', 9], ['高新技术企业', 35], ['新建5G基站', 600], ['城镇新增就业', 250]];
function articlePage(lib) {
  const table = `<table><caption>2021年海州区主要目标</caption><tr><th>指标</th><th>目标</th></tr>${ROWS.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('')}</table>`;
  const chart = lib === 'dj' ? `<dj-bar-chart no-motion>${table}</dj-bar-chart>` : table;
  const libs = { dj: ['/dist/dj-widgets.js'], ...scripts }[lib].map((s) => `<script src="${s}"></script>`).join('');
  const paras = article.map((p) => `<p>${p.replace(/[<&]/g, '')}</p>`);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${paras[0]}</title>
    <style>body{font:17px/1.7 system-ui,sans-serif;max-width:720px;margin:0 auto;padding:0 16px}</style></head>
    <body><article><h1>江苏连云港:干出快节奏 跑出“加速度”</h1>${paras.slice(1, 3).join('')}<figure id="chart">${chart}</figure>${paras.slice(3).join('')}</article>
    ${libs}<script src="/bench/article.js" data-lib="${lib}"></script></body></html>`;
}
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
const base = `http://127.0.0.1:${server.address().port}`;

// Ours is the real loader: the page waits for the chunks a case needs before the clock starts.
const scripts = {
  dj: ['/dist/dj-widgets.js'],
  djeager: ['/dist/dj-widgets.js'],
  d3: ['/node_modules/d3/dist/d3.min.js'],
  chartjs: ['/node_modules/chart.js/dist/chart.umd.min.js'],
  plot: ['/node_modules/d3/dist/d3.min.js', '/node_modules/@observablehq/plot/dist/plot.umd.min.js'],
};

const cases = [
  { name: '100 bars', kind: 'bar', n: 100, charts: 1, libs: ['dj', 'd3', 'chartjs', 'plot'] },
  { name: '50 charts × 10 bars', kind: 'bar', n: 10, charts: 50, libs: ['dj', 'djeager', 'd3', 'chartjs', 'plot'] },
  { name: 'line, 100k points', kind: 'line', n: 1e5, charts: 1, libs: ['dj', 'd3', 'chartjs', 'plot'] },
  { name: 'line, 1M points', kind: 'line', n: 1e6, charts: 1, libs: ['dj', 'd3', 'chartjs'] },
  { name: 'article load → first chart painted', kind: 'article', libs: ['dj', 'd3', 'chartjs', 'plot'] },
];

// BENCH_ONLY="100 bars,article" runs only the cases whose names contain one of these (no ratios then).
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const picked = only.length ? cases.filter((c) => only.some((o) => c.name.includes(o))) : cases;

const browser = await chromium.launch({
  executablePath: findChrome() ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function once(lib, c) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  try {
    if (c.kind === 'article') {
      await page.goto(`${base}/bench/article?lib=${lib}`);
      return await page.waitForFunction(() => window.__painted, null, { timeout: 30000 }).then((h) => h.jsonValue());
    }
    const tags = [...scripts[lib], '/bench/harness.js'].map((s) => `<script src="${base}${s}"></script>`).join('');
    await page.goto(`${base}/bench/blank.html`);
    await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${tags}</head><body></body></html>`, { waitUntil: 'load' });
    if (lib.startsWith('dj')) await page.evaluate((t) => window.DjWidgets.load(t), c.kind === 'line' ? 'dj-line-chart' : 'dj-bar-chart');
    return await page.evaluate(([l, k, n, charts]) => window.benchRun(l, k, n, charts), [lib, c.kind, c.n, c.charts]);
  } finally {
    await page.close();
  }
}

const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * p;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};

console.log(`time to first painted frame, ms: median [p25–p75] over ${RUNS} fresh pages (one warm-up run discarded)`);
const medians = {};
for (const c of picked) {
  const results = {};
  for (const lib of c.libs) {
    const times = [];
    for (let i = 0; i <= RUNS; i++) {
      const t = await once(lib, c);
      if (i > 0) times.push(t);
    }
    results[lib] = times;
  }
  medians[c.name] = Object.fromEntries(Object.entries(results).map(([lib, ts]) => [lib, q(ts, 0.5)]));
  const ours = medians[c.name].dj;
  const parts = Object.entries(results).map(([lib, ts]) => {
    const m = q(ts, 0.5);
    const ratio = lib !== 'dj' ? `  ours/theirs ${(ours / m).toFixed(2)}` : '';
    return `    ${lib.padEnd(8)} ${m.toFixed(1).padStart(8)} [${q(ts, 0.25).toFixed(1)}–${q(ts, 0.75).toFixed(1)}]${ratio}`;
  });
  console.log(`  ${c.name}\n${parts.join('\n')}`);
}
// The targets of issue #16, from this one run.
if (picked !== cases) process.exit(0);
const m = (name, lib) => medians[name][lib];
const targets = [
  ['100 bars vs plain d3', m('100 bars', 'dj') / m('100 bars', 'd3'), 1.5],
  ['50 small charts vs Plot', m('50 charts × 10 bars', 'dj') / m('50 charts × 10 bars', 'plot'), 0.6],
  ['line 100k vs plain d3', m('line, 100k points', 'dj') / m('line, 100k points', 'd3'), 0.6],
  ["line 1M vs Chart.js's 100k", m('line, 1M points', 'dj') / m('line, 100k points', 'chartjs'), 1],
  ['article load → first chart vs Chart.js', m('article load → first chart painted', 'dj') / m('article load → first chart painted', 'chartjs'), 0.8],
];
console.log('\nratios (ours / theirs; target in brackets)');
for (const [name, r, t] of targets) console.log(`  ${name.padEnd(40)} ${r.toFixed(2)} (≤ ${t})  ${r <= t ? 'met' : 'NOT met'}`);
await browser.close();
server.close();
