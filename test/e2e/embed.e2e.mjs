// The hosted embed page in a real two-origin setting: the embed page is served by Vite
// (vite.demo.config.ts, as `npm start` does) on one port, a host page by a bare node:http server on
// another, so the frame is cross-origin exactly as on a news site. The host page holds our
// listener script (dist/dj-embed-resize.js, built here in memory from src/embed/listener.ts with
// the same options as the library build) and records every message it receives.
// Run: node --test test/e2e/embed.e2e.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer } from 'vite';
import { chromium } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// vite.demo.config.ts names its root ('demo') relative to the working directory.
process.chdir(ROOT);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const b64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function freePort() {
  const srv = net.createServer();
  await new Promise((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

/** Polls `fn` until it returns something truthy; fails with the last value seen. */
async function until(fn, what, timeout = 20000) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeout) {
    last = await fn();
    if (last) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
}

/** The listener as `npm run build` makes it (vite.config.ts mode "embed-listener"). */
async function buildListener() {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: path.join(ROOT, 'src/embed/listener.ts'), name: 'DjEmbedResize', formats: ['iife'], fileName: () => 'dj-embed-resize.js' },
    },
  });
  return (Array.isArray(out) ? out[0] : out).output[0].code;
}

const ROWS = [
  { 项目: '总投资', 数值: '4.1亿元' },
  { 项目: '年产值', 数值: '1.8亿元' },
  { 项目: '新引进过亿元项目投资', 数值: '3.2亿元' },
];

let vite;
let host;
let browser;
let listenerCode;
let embedOrigin;
let hostOrigin;
let page;
// Its own dependency cache: other dev servers in this tree must not see theirs rewritten.
const cacheDir = path.join(os.tmpdir(), `dj-embed-e2e-vite-${process.pid}`);

const embedUrl = (query, hash = '') => `${embedOrigin}/embed/?${query}${hash ? `#${hash}` : ''}`;
const MAIN = () => embedUrl('widget=bar-chart&frame=chart-1&heading=江苏联宇项目&source=连网', `data=${b64url(ROWS)}`);

function hostPage(frames, { listener = true } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<style>body{margin:0;padding:16px;font:16px/1.5 sans-serif;background:#f3f1ea}iframe{display:block;width:100%;border:0;background:#fff}</style>
<script>
  // Every message this window receives, with the frame it came from (by window) and its origin.
  window.__messages = [];
  addEventListener('message', (e) => {
    const frame = Array.from(document.querySelectorAll('iframe')).find((f) => f.contentWindow === e.source);
    window.__messages.push({ frame: frame ? frame.id : null, origin: e.origin, data: e.data });
  });
</script></head><body>
<h1>Host page on another origin</h1>
<p>The frames below are served from ${embedOrigin}; this page from ${hostOrigin}.</p>
${frames.map((f) => `<iframe id="${f.id}" data-dj-embed title="${f.title}" src="${f.src}" height="150"></iframe>`).join('\n')}
<p>Text after the frames.</p>
${listener ? '<script src="/dj-embed-resize.js"></script>' : ''}
</body></html>`;
}

const frameHeight = (id) => page.evaluate((i) => document.getElementById(i).getBoundingClientRect().height, id);
/** The widget's own height inside the frame (the body holds nothing else). */
const widgetHeight = (frame) => frame.evaluate(() => document.querySelector('#embed > *')?.getBoundingClientRect().height ?? 0);
const messagesFrom = (id) => page.evaluate((i) => window.__messages.filter((m) => m.frame === i), id);

/** Waits until the iframe's height equals the widget's (± 2 px) twice in a row; returns it. */
async function fits(id, frame) {
  let previous = -1;
  return until(async () => {
    const [outer, inner] = [await frameHeight(id), await widgetHeight(frame)];
    const ok = inner > 0 && Math.abs(outer - inner) <= 2 && Math.abs(outer - previous) < 0.5;
    previous = outer;
    return ok && { outer, inner };
  }, `#${id} to fit its widget`);
}

before(async () => {
  const chrome = findChrome();
  assert.ok(chrome, 'no Chromium found (apt-get install chromium, or set CHROME)');
  const [embedPort, hostPort] = [await freePort(), await freePort()];
  embedOrigin = `http://127.0.0.1:${embedPort}`;
  hostOrigin = `http://127.0.0.1:${hostPort}`;
  listenerCode = await buildListener();
  vite = await createServer({
    configFile: path.join(ROOT, 'vite.demo.config.ts'),
    cacheDir,
    logLevel: 'warn',
    clearScreen: false,
    server: { port: embedPort, strictPort: true, host: '127.0.0.1', hmr: false },
  });
  await vite.listen();
  const pages = new Map();
  host = http.createServer((req, res) => {
    const url = new URL(req.url, hostOrigin);
    if (url.pathname === '/dj-embed-resize.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(listenerCode);
    } else if (url.pathname === '/go') {
      // A frame whose src is on this origin but whose page ends up on the embed origin.
      res.writeHead(302, { location: embedUrl('id=haizhou-2021/lianyu&frame=redirected') }).end();
    } else if (pages.has(url.pathname)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(url.pathname)());
    } else {
      res.writeHead(404).end('not found');
    }
  });
  pages.set('/', () =>
    hostPage([
      { id: 'main', title: 'Bar chart', src: MAIN() },
      { id: 'redirected', title: 'Redirected', src: '/go' },
    ]),
  );
  pages.set('/late', () => hostPage([{ id: 'late', title: 'Late', src: embedUrl('id=haizhou-2021/lianyu&frame=late') }], { listener: false }));
  pages.set('/error', () => hostPage([{ id: 'bad', title: 'Bad', src: embedUrl('widget=no-such&frame=bad') }]));
  await new Promise((r) => host.listen(hostPort, '127.0.0.1', r));
  browser = await chromium.launch({
    executablePath: chrome,
    headless: true,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${hostOrigin}/`);
});

after(async () => {
  await browser?.close();
  await vite?.close();
  await new Promise((r) => (host ? host.close(r) : r()));
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

test('the listener script stays under 1 KB minified', () => {
  assert.ok(Buffer.byteLength(listenerCode) < 1024, `dj-embed-resize.js is ${Buffer.byteLength(listenerCode)} bytes`);
});

test('the frame on another origin takes its widget’s height', { timeout: 40000 }, async () => {
  const frame = await until(() => page.frame({ url: /\/embed\/\?widget=bar-chart/ }), 'the embed frame');
  await until(() => frame.evaluate(() => document.querySelector('dj-bar-chart')?.shadowRoot?.querySelectorAll('g.bar').length === 3), 'three bars');
  const { outer } = await fits('main', frame);
  assert.notEqual(outer, 150, 'the frame kept its initial height');
  assert.equal(new URL(frame.url()).origin, embedOrigin);
  assert.notEqual(embedOrigin, hostOrigin);
});

test('the frame follows the widget when its content grows and shrinks', { timeout: 40000 }, async () => {
  const frame = page.frame({ url: /\/embed\/\?widget=bar-chart/ });
  const before = (await fits('main', frame)).outer;
  await page.frameLocator('#main').getByRole('button', { name: '查看数据' }).click();
  await until(() => frame.evaluate(() => Boolean(document.querySelector('dj-bar-chart').shadowRoot.querySelector('table'))), 'the data table');
  const grown = await fits('main', frame);
  // Three rows and a header at least: far more than rounding.
  assert.ok(grown.outer > before + 60, `grew from ${before} to ${grown.outer}`);
  await page.frameLocator('#main').getByRole('button', { name: '隐藏数据' }).click();
  const shrunk = await fits('main', frame);
  assert.ok(Math.abs(shrunk.outer - before) <= 2, `back to ${shrunk.outer}, was ${before}`);
});

test('posts the AMP embed-size and pym height messages with ours, and only on change', { timeout: 30000 }, async () => {
  const frame = page.frame({ url: /\/embed\/\?widget=bar-chart/ });
  const { outer } = await fits('main', frame);
  const messages = await messagesFrom('main');
  assert.ok(messages.every((m) => m.origin === embedOrigin));
  const ours = messages.filter((m) => m.data?.type === 'dj-widgets:height');
  const last = ours.at(-1).data;
  assert.deepEqual(last, { type: 'dj-widgets:height', height: last.height, id: 'chart-1' });
  assert.ok(Number.isInteger(last.height) && Math.abs(last.height - outer) <= 1);
  assert.ok(messages.some((m) => m.data?.sentinel === 'amp' && m.data.type === 'embed-size' && m.data.height === last.height), 'AMP embed-size');
  assert.ok(messages.some((m) => m.data === `pymxPYMxchart-1xPYMxheightxPYMx${last.height}`), 'pym height');
  // The page went 150 → fitted → table → fitted: several heights, each posted as all three.
  for (const m of ours) {
    assert.ok(messages.some((a) => a.data?.sentinel === 'amp' && a.data.height === m.data.height));
    assert.ok(messages.some((p) => p.data === `pymxPYMxchart-1xPYMxheightxPYMx${m.data.height}`));
  }
  // Nothing changes: nothing is posted.
  await sleep(1200);
  assert.equal((await messagesFrom('main')).length, messages.length, 'posted again without a change');
  // pym's Parent sends the width and expects a height back.
  await page.evaluate(() => document.getElementById('main').contentWindow.postMessage('pymxPYMxchart-1xPYMxwidthxPYMx868', '*'));
  await until(async () => (await messagesFrom('main')).length > messages.length, 'an answer to pym’s width');
  assert.equal((await messagesFrom('main')).at(-1).data, `pymxPYMxchart-1xPYMxheightxPYMx${last.height}`);
});

test('ignores heights from any other window, and insane heights from the frame', { timeout: 30000 }, async () => {
  const frame = page.frame({ url: /\/embed\/\?widget=bar-chart/ });
  const { outer } = await fits('main', frame);
  // The host page itself (another script, an ad) claiming to be the frame.
  await page.evaluate(() => postMessage({ type: 'dj-widgets:height', height: 777, id: 'chart-1' }, '*'));
  // The right window with nonsense.
  await frame.evaluate(() => {
    for (const height of [1e9, -5, 0, Number.NaN, Infinity, '300', null]) parent.postMessage({ type: 'dj-widgets:height', height, id: 'chart-1' }, '*');
    parent.postMessage({ type: 'something-else', height: 333 }, '*');
  });
  await sleep(600);
  assert.equal(await frameHeight('main'), outer);
  // Control: the same channel with a sane height does move the frame …
  await frame.evaluate(() => parent.postMessage({ type: 'dj-widgets:height', height: 321, id: 'chart-1' }, '*'));
  await until(async () => (await frameHeight('main')) === 321, 'the control height');
  // … and asking the page again restores the truth.
  await page.evaluate(() => document.getElementById('main').contentWindow.postMessage({ type: 'dj-widgets:request-height' }, '*'));
  await until(async () => Math.abs((await frameHeight('main')) - outer) <= 1, 'the height after a request');
});

test('a new fragment redraws the widget in place (a builder’s live preview) and the frame follows', { timeout: 30000 }, async () => {
  const frame = page.frame({ url: /\/embed\/\?widget=bar-chart/ });
  const before = (await fits('main', frame)).outer;
  const more = [...ROWS, ...['海州', '连云', '赣榆', '灌云', '灌南', '东海'].map((name, i) => ({ 项目: name, 数值: `${i + 1}亿元` }))];
  const next = embedUrl('widget=bar-chart&frame=chart-1&heading=江苏联宇项目&source=连网', `data=${b64url(more)}`);
  await page.evaluate((src) => (document.getElementById('main').src = src), next);
  await until(() => frame.evaluate(() => document.querySelector('dj-bar-chart')?.shadowRoot?.querySelectorAll('g.bar').length === 9), 'nine bars');
  // Same document: the fragment changed, the page did not reload.
  assert.equal(page.frame({ url: /\/embed\/\?widget=bar-chart/ }), frame);
  const after = await fits('main', frame);
  assert.ok(after.outer > before + 60, `grew from ${before} to ${after.outer}`);
});

test('ignores a frame whose page is not on the origin its src names', { timeout: 30000 }, async () => {
  const frame = await until(() => page.frame({ url: /frame=redirected/ }), 'the redirected frame');
  await until(() => frame.evaluate(() => (document.querySelector('dj-big-number')?.getBoundingClientRect().height ?? 0) > 150), 'the big numbers');
  // It did post (from the embed origin) …
  await until(async () => (await messagesFrom('redirected')).some((m) => m.data?.type === 'dj-widgets:height' && m.origin === embedOrigin), 'its messages');
  await sleep(300);
  // … but its src says the host's own origin, so the listener left it alone.
  assert.equal(await frameHeight('redirected'), 150);
});

test('a listener that starts after the frame posted asks again', { timeout: 40000 }, async () => {
  const late = await browser.newPage({ viewport: { width: 600, height: 900 } });
  try {
    await late.goto(`${hostOrigin}/late`);
    const frame = await until(() => late.frame({ url: /frame=late/ }), 'the late frame');
    await until(() => late.evaluate(() => window.__messages.some((m) => m.data?.type === 'dj-widgets:height')), 'its first height');
    assert.equal(await late.evaluate(() => document.getElementById('late').getBoundingClientRect().height), 150);
    await late.addScriptTag({ url: '/dj-embed-resize.js' });
    await until(async () => {
      const outer = await late.evaluate(() => document.getElementById('late').getBoundingClientRect().height);
      return outer !== 150 && Math.abs(outer - (await widgetHeight(frame))) <= 2;
    }, 'the late frame to fit');
  } finally {
    await late.close();
  }
});

test('a bad link shows its reason in the frame, and the frame fits the message', { timeout: 30000 }, async () => {
  const bad = await browser.newPage({ viewport: { width: 600, height: 900 } });
  try {
    await bad.goto(`${hostOrigin}/error`);
    const frame = await until(() => bad.frame({ url: /frame=bad/ }), 'the frame');
    const alert = await until(() => frame.evaluate(() => document.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim()), 'the message');
    assert.match(alert, /^无法显示图表 没有名为“no-such”的组件。可用的组件：.*bar-chart、/);
    await until(async () => {
      const outer = await bad.evaluate(() => document.getElementById('bad').getBoundingClientRect().height);
      const inner = await frame.evaluate(() => {
        const box = document.querySelector('.embed-error');
        const { marginTop, marginBottom } = getComputedStyle(box);
        return box.getBoundingClientRect().height + parseFloat(marginTop) + parseFloat(marginBottom);
      });
      return Math.abs(outer - inner) <= 2;
    }, 'the frame to fit the message');
  } finally {
    await bad.close();
  }
});
