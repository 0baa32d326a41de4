// Issue #16, a page of many small charts, in real Chromium with the real loader and chunks
// (dist/, as `npm run build` makes it): charts added in one task read the page together instead
// of forcing a style-and-layout pass each (Chromium's own layout counter, through the DevTools
// protocol), the ones within reach have their marks in the first painted frame, and the ones far
// below have only their placeholder until scrolled near.
// Run: node --test test/e2e/many-charts.e2e.mjs   (after `node scripts/build.mjs --bundle-only`)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';
import { serve } from '../../bench/server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHARTS = 40;
let browser;
let site;

before(async () => {
  assert.ok(fs.existsSync(`${ROOT}/dist/chunks/map.json`), 'build first: node scripts/build.mjs --bundle-only');
  site = await serve();
  browser = await chromium.launch({ executablePath: findChrome() ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage'] });
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

/** Appends CHARTS bar charts in one task; reports, at the first frame, what each drew. */
async function manyCharts(page) {
  return page.evaluate((n) => {
    const data = Array.from({ length: 10 }, (_, i) => ({ 项目: `项目${i + 1}`, 数值: (i * 37) % 100 }));
    const els = [];
    for (let i = 0; i < n; i++) {
      const box = document.createElement('div');
      box.style.width = '360px';
      const el = document.createElement('dj-bar-chart');
      el.setAttribute('no-motion', '');
      el.data = data;
      box.append(el);
      document.body.append(box);
      els.push(el);
    }
    return new Promise((resolve) => requestAnimationFrame(() => resolve(els.map((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, height: r.height, bars: el.shadowRoot.querySelectorAll('g.bar').length, placeholder: !!el.shadowRoot.querySelector('.placeholder') };
    }))));
  }, CHARTS);
}

test(`${CHARTS} charts added at once: a few layout passes, not one per chart; marks in reach by the first frame`, async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  try {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.base}/bench/blank.html`);
    await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script src="${site.base}/dist/dj-widgets.js"></script></head><body></body></html>`, { waitUntil: 'load' });
    await page.evaluate(() => window.DjWidgets.load('dj-bar-chart'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const count = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await count();
    const charts = await manyCharts(page);
    const afterFrame = await count();
    const layouts = afterFrame.LayoutCount - before.LayoutCount;
    // One read of the new hosts, one look at where they stand, the frame's own (and a spare):
    // before the batching: 80 for 40.
    assert.ok(layouts <= 6, `layout passes for ${CHARTS} charts: ${layouts}`);
    const reach = 2 * 800; // the viewport and one screen below it (rootMargin "100% 0px")
    const near = charts.filter((c) => c.top < reach);
    const far = charts.filter((c) => c.top > reach + 10);
    assert.ok(near.length >= 2 && far.length >= 10, `charts near ${near.length}, far ${far.length}`);
    for (const c of near) assert.deepEqual({ bars: c.bars, placeholder: c.placeholder }, { bars: 10, placeholder: false }, `a chart at ${c.top}px has its marks in the first frame`);
    for (const c of far) assert.deepEqual({ bars: c.bars, placeholder: c.placeholder }, { bars: 0, placeholder: true }, `a chart at ${c.top}px waits as a placeholder`);
    // The placeholder has the chart's height: nothing shifts when the marks come.
    assert.ok(far.every((c) => Math.abs(c.height - near[0].height) < 1), 'placeholders are as tall as drawn charts');
    // Scrolled near, a far chart draws.
    await page.evaluate(() => document.querySelectorAll('dj-bar-chart')[document.querySelectorAll('dj-bar-chart').length - 1].scrollIntoView());
    await page.waitForFunction(() => {
      const all = document.querySelectorAll('dj-bar-chart');
      return all[all.length - 1].shadowRoot.querySelectorAll('g.bar').length === 10;
    }, null, { timeout: 10000 });
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
});
