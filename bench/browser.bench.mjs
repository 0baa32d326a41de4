#!/usr/bin/env node
// Time to first painted frame, ours against Chart.js, Observable Plot and hand-written d3, in
// headless Chromium, each run in a fresh page, several runs per case: medians and spread.
// Run by `npm run bench` (after `npm run build`). Speed is measured here, never in tests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { findChrome } from '../scripts/find-chrome.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

// A static server for the repo (GET only, no path escapes): the page loads the real files.
const server = http.createServer((req, res) => {
  const file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream';
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(fs.readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const scripts = {
  dj: ['/dist/dj-widgets.js'],
  djeager: ['/dist/dj-widgets.js'],
  d3: ['/node_modules/d3/dist/d3.min.js'],
  chartjs: ['/node_modules/chart.js/dist/chart.umd.min.js'],
  plot: ['/node_modules/d3/dist/d3.min.js', '/node_modules/@observablehq/plot/dist/plot.umd.min.js'],
};

const cases = [
  { name: '100 bars', kind: 'bar', n: 100, charts: 1, libs: ['dj', 'd3', 'chartjs', 'plot'] },
  { name: '50 charts × 10 bars', kind: 'bar', n: 10, charts: 50, libs: ['dj', 'djeager', 'chartjs', 'plot'] },
  { name: 'line, 10k points', kind: 'line', n: 1e4, charts: 1, libs: ['dj', 'chartjs', 'plot'] },
  { name: 'line, 100k points', kind: 'line', n: 1e5, charts: 1, libs: ['dj', 'chartjs', 'plot'] },
  { name: 'line, 1M points', kind: 'line', n: 1e6, charts: 1, libs: ['dj', 'chartjs', 'plot'] },
];

const browser = await chromium.launch({
  executablePath: findChrome() ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function once(lib, c) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  try {
    const tags = [...scripts[lib], '/bench/harness.js'].map((s) => `<script src="${base}${s}"></script>`).join('');
    await page.goto(`${base}/bench/blank.html`);
    await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${tags}</head><body></body></html>`, { waitUntil: 'load' });
    const hasLine = await page.evaluate(() => !!customElements.get('dj-line-chart'));
    if (lib.startsWith('dj') && c.kind === 'line' && !hasLine) return null;
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

console.log(`time to first painted frame, ms: median [p25–p75] over ${RUNS} runs (one warm-up run discarded)`);
for (const c of cases) {
  const results = {};
  for (const lib of c.libs) {
    const times = [];
    for (let i = 0; i <= RUNS; i++) {
      const t = await once(lib, c);
      if (t === null) break;
      if (i > 0) times.push(t);
    }
    if (times.length) results[lib] = times;
  }
  const ours = results.dj ? q(results.dj, 0.5) : null;
  const parts = Object.entries(results).map(([lib, ts]) => {
    const m = q(ts, 0.5);
    const ratio = ours !== null && lib !== 'dj' ? `  ours/theirs ${(ours / m).toFixed(2)}` : '';
    return `    ${lib.padEnd(8)} ${m.toFixed(1).padStart(8)} [${q(ts, 0.25).toFixed(1)}–${q(ts, 0.75).toFixed(1)}]${ratio}`;
  });
  console.log(`  ${c.name}${results.dj ? '' : '  (no dj widget for this case yet)'}\n${parts.join('\n')}`);
}
await browser.close();
server.close();
