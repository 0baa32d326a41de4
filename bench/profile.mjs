#!/usr/bin/env node
// Where the time of a bench case goes, for ours: a CPU profile (self time per function, summed
// over RUNS fresh pages) and Chromium's own counters (script, style recalculation, layout) for
// the measured stretch. Not a benchmark (the profiler slows the page): it says what to fix.
//   node bench/profile.mjs charts|article|bars [lib]      PROFILE_RUNS=5 PROFILE_TOP=30
// PROFILE_TOTAL=1 ranks by inclusive time (the function anywhere on the stack) instead of self time.
// PROFILE_UNMINIFIED=1 first rebuilds dist/chunks/ unminified, for readable function names (the
// loader keeps its map; run `node scripts/build.mjs --bundle-only` afterwards to restore them).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'vite';
import { findChrome } from '../scripts/find-chrome.mjs';
import { painted, serve, scripts } from './server.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const which = process.argv[2] ?? 'charts';
const lib = process.argv[3] ?? 'dj';
const RUNS = Number(process.env.PROFILE_RUNS ?? 5);
const TOP = Number(process.env.PROFILE_TOP ?? 30);
const TOTAL = !!process.env.PROFILE_TOTAL;
if (process.env.PROFILE_UNMINIFIED) {
  const map = fs.readFileSync('dist/chunks/map.json');
  await build({ mode: 'chunks', logLevel: 'warn', build: { minify: false, rolldownOptions: { output: { minify: false } } } });
  fs.writeFileSync('dist/chunks/map.json', map);
}
const { base, server } = await serve();
const browser = await chromium.launch({
  executablePath: findChrome() ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const self = new Map();
const metrics = new Map();
let wall = 0;
const METRICS = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration', 'RecalcStyleCount', 'LayoutCount', 'Nodes'];

async function once() {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  try {
    await page.goto(`${base}/bench/blank.html`);
    let ms;
    const before = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    if (which === 'article') {
      await cdp.send('Profiler.start');
      await page.goto(`${base}/bench/article?lib=${lib}`);
      ms = await painted(cdp);
    } else {
      const tags = [...scripts[lib], '/bench/harness.js'].map((s) => `<script src="${base}${s}"></script>`).join('');
      await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${tags}</head><body></body></html>`, { waitUntil: 'load' });
      if (lib.startsWith('dj')) await page.evaluate(() => window.DjWidgets.load('dj-bar-chart'));
      await cdp.send('Profiler.start');
      ms = await page.evaluate(([l, n, charts]) => window.benchRun(l, 'bar', n, charts), [lib, which === 'bars' ? 100 : 10, which === 'bars' ? 1 : 50]);
    }
    const { profile } = await cdp.send('Profiler.stop');
    const after = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    for (const k of METRICS) metrics.set(k, (metrics.get(k) ?? 0) + (after[k] - (which === 'article' ? 0 : before[k])));
    wall += ms;
    // Self time of each node: its samples × the interval between them.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = new Map();
    profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
    const keyOf = (f) => `${f.functionName || '(anonymous)'}  ${f.url.replace(base, '').replace(/.*\/node_modules\//, '~/')}:${f.lineNumber + 1}`;
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (const [id, t] of dt) {
      if (!TOTAL) {
        const key = keyOf(byId.get(id).callFrame);
        self.set(key, (self.get(key) ?? 0) + t);
        continue;
      }
      // PROFILE_TOTAL: time with the function anywhere on the stack (each function once per sample).
      const seen = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) seen.add(keyOf(byId.get(n).callFrame));
      for (const key of seen) self.set(key, (self.get(key) ?? 0) + t);
    }
  } finally {
    await page.close();
  }
}

await once(); // warm-up, not counted (the server compresses each file once)
self.clear();
metrics.clear();
wall = 0;
for (let i = 0; i < RUNS; i++) await once();
console.log(`${which} / ${lib}: first painted frame ${(wall / RUNS).toFixed(1)} ms (mean of ${RUNS}, under the profiler)`);
console.log('Chromium counters (mean per run):');
for (const [k, v] of metrics) console.log(`  ${k.padEnd(20)} ${k.endsWith('Duration') ? `${((v * 1000) / RUNS).toFixed(1)} ms` : (v / RUNS).toFixed(0)}`);
console.log(`${TOTAL ? 'total (inclusive)' : 'self'} time, ms per run (top ${TOP}):`);
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`  ${(t / RUNS).toFixed(2).padStart(7)}  ${k}`);
await browser.close();
server.close();
