// What the static e2e files (static.e2e.mjs, static-fit.e2e.mjs) share: the demo site built as
// `npm run build:demo` makes it (pre-rendered by the Vite plugin), served on a free port together
// with a scratch folder under /tmp/, a headless Chromium, and the built CLI.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SITE = path.join(ROOT, 'dist-demo');

/** The built `dj-static` CLI, run from the repository root. */
export const cli = (...args) => spawnSync('node', [path.join(ROOT, 'dist/dj-static.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Builds the demo site and serves it: `/x` is dist-demo/x, `/tmp/x` is the test's scratch folder
 * (pages the test writes load the built entry beside them). Nothing outside the two is served.
 */
export async function demoSite(prefix) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const b = spawnSync('npx', ['vite', 'build', '--config', 'vite.demo.config.ts', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(b.status, 0, b.stderr);
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html');
    const file = name.startsWith('/tmp/') ? path.join(tmp, name.slice(5)) : path.join(SITE, name);
    if (!(file.startsWith(SITE) || file.startsWith(tmp)) || !fs.existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({
    executablePath: findChrome() ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    tmp,
    browser,
    base: `http://127.0.0.1:${server.address().port}`,
    async close() {
      await browser.close();
      server.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * The demo site for this test file: started before its tests, closed after them. The returned
 * object is filled in by `before` (read `site.base`, `site.browser`, `site.tmp` inside tests).
 */
export function useDemoSite(prefix) {
  const site = {};
  before(async () => Object.assign(site, await demoSite(prefix)));
  after(() => site.close?.());
  return site;
}
