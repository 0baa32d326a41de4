// Helpers of test/e2e/builder.e2e.mjs: the demo's own Vite dev server (as `npm start` runs it,
// plus blank pages the tests fill with published code), Chromium, and readers of what the
// builder shows. The builder renders into the light DOM, so plain selectors reach it; widgets
// keep their shadow roots.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { findChrome } from '../../scripts/find-chrome.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');
// vite.demo.config.ts names its root ('demo') relative to the working directory.
process.chdir(ROOT);

/** What each widget draws, one per item (test/hardening/widgets.ts uses the same selectors). */
export const MARKS = {
  'dj-bar-chart': 'g.bar',
  'dj-line-chart': 'path.line',
  'dj-waffle': 'g.category',
  'dj-targets': '[role="option"]',
  'dj-big-number': '.number .final',
  'dj-timeline': 'g.event',
  'dj-project-tracker': 'g.row',
  'dj-figures': 'mark[part="figure"]',
};

/** The article's two target paragraphs, read from the article file the builder's example uses. */
export function articleTargetsText() {
  const src = fs.readFileSync(path.join(ROOT, 'src/data/haizhou-2021.article.ts'), 'utf8');
  const article = JSON.parse(/HAIZHOU_2021_ARTICLE = (".*");/.exec(src)[1]);
  const paras = article.split('\n\n');
  return `${paras.find((p) => p.startsWith('与2020年相比'))}\n\n${paras.find((p) => p.startsWith('为集聚新兴业态'))}`;
}

/**
 * The demo server with one extra route: `/__blank/<name>.html` serves whatever `pages` holds
 * under that name (a blank page for published code, same origin, so `/dj-widgets.js` resolves).
 */
export async function startServer() {
  const bundle = path.join(ROOT, 'dist/dj-widgets.js');
  assert.ok(fs.existsSync(bundle), 'dist/dj-widgets.js is missing: run `node scripts/build.mjs --bundle-only` first');
  const pages = new Map();
  const cacheDir = path.join(os.tmpdir(), `dj-builder-e2e-vite-${process.pid}`);
  const vite = await createServer({
    configFile: path.join(ROOT, 'vite.demo.config.ts'),
    // Its own dependency cache: other dev servers in this tree must not see theirs rewritten.
    cacheDir,
    logLevel: 'warn',
    clearScreen: false,
    // No watching, no HMR: engineers edit this tree while the tests run, and a reload mid-test
    // would lose the page's state.
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    plugins: [
      {
        name: 'builder-e2e-blank-pages',
        configureServer(server) {
          server.middlewares.use((req, res, next) => {
            const m = /^\/__blank\/([\w-]+)\.html$/.exec(req.url ?? '');
            if (!m || !pages.has(m[1])) return next();
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(m[1]));
          });
        },
      },
    ],
  });
  await vite.listen();
  const base = `http://127.0.0.1:${vite.httpServer.address().port}`;
  const close = async () => {
    await vite.close();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  };
  return { vite, base, pages, close };
}

export async function launch() {
  return chromium.launch({
    executablePath: findChrome() ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh context and page on the builder; `errors` collects page errors and console errors. */
export async function openBuilder(browser, base, { width = 1280, height = 900, scheme = 'light', query = '' } = {}) {
  const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, reducedMotion: 'reduce', acceptDownloads: true });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // A widget logs the DataError it shows (a choice preview of data it cannot draw): that
    // message is on screen, in the widget; anything else logged as an error is a failure.
    if (m.type() === 'error' && !/^<dj-[a-z-]+>: /.test(m.text())) errors.push(m.text());
  });
  await page.goto(`${base}/builder.html${query}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => customElements.get('djb-app') && document.querySelector('#djb-input'));
  return { ctx, page, errors };
}

/** Waits until the builder and every widget in it have rendered what the last change asked. */
export async function settle(page) {
  await page.evaluate(async () => {
    for (let i = 0; i < 4; i++) {
      const els = [...document.querySelectorAll('djb-app, djb-app *')].filter((e) => e.localName.startsWith('dj'));
      await Promise.all(els.map((e) => e.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
  });
}

export async function paste(page, text) {
  await page.fill('#djb-input', text);
  await settle(page);
}

/** The table as shown: caption, columns (name and the type line), cell texts, flagged cells. */
export function shownTable(page) {
  return page.evaluate(() => {
    const table = document.querySelector('#djb-table');
    if (!table) return null;
    const own = (el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    const heads = [...table.querySelectorAll('thead th')].slice(1);
    return {
      caption: table.caption.textContent.trim(),
      columns: heads.map((th) => ({ name: th.querySelector('.col-name')?.textContent.trim() ?? own(th), meta: th.querySelector('small')?.textContent.trim() ?? '' })),
      rows: [...table.tBodies[0].rows].map((tr) => [...tr.cells].slice(1).map((td) => own(td))),
      flagged: [...table.querySelectorAll('td.flag')].map((td) => ({
        row: td.parentElement.sectionRowIndex + 1,
        column: td.cellIndex,
        mark: td.querySelector('.mark')?.textContent ?? '',
        said: td.querySelector('.sr-only')?.textContent ?? '',
      })),
    };
  });
}

export const issuesShown = (page) => page.$$eval('ul.issues li', (lis) => lis.map((li) => li.textContent.trim()));

/** The live widget of a preview frame ('full-light', '375-dark' …) and what it drew. */
export function frameWidget(page, frame = 'full-light') {
  return page.evaluate(
    ({ frame, marks }) => {
      const el = document.querySelector(`djb-widget[data-frame="${frame}"]`)?.firstElementChild?.firstElementChild;
      if (!el) return null;
      const root = el.shadowRoot;
      return {
        tag: el.localName,
        marks: root ? root.querySelectorAll(marks[el.localName] ?? '*').length : 0,
        title: root?.querySelector('.title')?.textContent.trim() ?? '',
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        labels: root ? [...root.querySelectorAll(marks[el.localName] ?? '*')].map((m) => m.getAttribute('aria-label') ?? m.textContent.trim()) : [],
      };
    },
    { frame, marks: MARKS },
  );
}

/** Every dj-* widget on the page (previews included): nothing may be drawn before it should be. */
export const widgetCount = (page) => page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => /^dj-/.test(e.localName)).length);

/** The focused element, through shadow roots: tag, id, type, name and whether focus is visible. */
export function focused(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { tag: 'body', id: '', name: '' };
    const cs = getComputedStyle(el);
    return {
      tag: el.localName,
      id: el.id,
      type: el.getAttribute('type') ?? '',
      name: el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent.trim() ?? el.textContent.trim().slice(0, 40),
      value: 'value' in el ? String(el.value).slice(0, 40) : '',
      checked: 'checked' in el ? el.checked : undefined,
      outline: cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth),
      inBuilder: Boolean(el.closest('djb-app')),
    };
  });
}

/** Presses Tab until `match(focused)` holds; fails if focus stops moving (a trap) or after `max`. */
export async function tabTo(page, match, what, max = 400) {
  let last = '';
  let still = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return { focus: f, presses: i + 1 };
    const key = `${f.tag}#${f.id}|${f.name}`;
    still = key === last ? still + 1 : 0;
    assert.ok(still < 3, `focus is stuck on ${key} on the way to ${what}`);
    last = key;
  }
  assert.fail(`${what} not reached in ${max} Tab presses`);
}

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

/** axe-core over the whole page (shadow roots included); the violations, one line each. */
export async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join(' | ')}`);
}

/** Fills the describe step's text fields (one input event each, as typing does). */
export async function describe(page, fields) {
  for (const [id, value] of Object.entries(fields)) await page.fill(`#djb-d-${id}`, value);
  await settle(page);
}

/** The script channel's code, published with the bundle this server serves, on a blank page. */
export async function publishedPage(page, server, name) {
  await page.fill('#djb-script-url', '/dj-widgets.js');
  await page.dispatchEvent('#djb-script-url', 'change');
  await settle(page);
  const code = await page.inputValue('#djb-code-script');
  // A bar chart's code names its first paint ahead of the loader (src/builder/publish.ts paintHint).
  assert.match(code, /^(?:<link rel="modulepreload" href="\/chunks\/[a-z-]+\.paint\.js">\n)?<script src="\/dj-widgets\.js"><\/script>\n<dj-/);
  const hint = /href="(\/chunks\/[a-z-]+\.paint\.js)"/.exec(code)?.[1];
  await page.click('[data-copy="script"]');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code, 'Copy puts exactly the code on the clipboard');
  server.pages.set(name, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Blank</title></head><body>\n${code}\n</body></html>`);
  const blank = await page.context().newPage();
  const errors = [];
  blank.on('pageerror', (e) => errors.push(e.message));
  await blank.goto(`${server.base}/__blank/${name}.html`, { waitUntil: 'networkidle' });
  const tag = /<(dj-[a-z-]+)/.exec(code)[1];
  await blank.waitForFunction((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.querySelector('figure'), tag);
  await blank.waitForTimeout(300);
  const drawn = await blank.evaluate(
    ({ tag, sel }) => {
      const root = document.querySelector(tag).shadowRoot;
      return { tag, marks: root.querySelectorAll(sel).length, title: root.querySelector('.title')?.textContent.trim() ?? '' };
    },
    { tag, sel: MARKS[tag] },
  );
  assert.deepEqual(errors, []);
  if (hint) {
    // The hint and the loader ask for the same URL: the browser fetched it once.
    const fetched = await blank.evaluate((h) => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === h).length, hint);
    assert.equal(fetched, 1, `${hint} fetched ${fetched} times`);
  }
  await blank.close();
  return drawn;
}

/** Everything the editor set and sees, step by step: what "the same state" means. */
export function snapshot(page) {
  return page.evaluate(async () => {
    const host = document.querySelector('djb-widget[data-frame="full-light"]');
    await host?.updateComplete;
    const el = host?.firstElementChild?.firstElementChild;
    await el?.updateComplete;
    const fields = {};
    for (const f of document.querySelectorAll('djb-describe input, djb-describe textarea, djb-describe select')) {
      const key = f.id || `${f.name}=${f.value}`;
      fields[key] = f.type === 'checkbox' || f.type === 'radio' ? f.checked : f.value;
    }
    const figs = [...document.querySelectorAll('#djb-figs tbody tr')].map((tr) => [...tr.querySelectorAll('input, select')].map((i) => (i.type === 'checkbox' ? i.checked : i.value)));
    return {
      text: document.querySelector('#djb-input').value,
      kind: document.querySelector('#djb-kind').value,
      table: document.querySelector('#djb-table')?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      figs,
      confirm: document.querySelector('#djb-confirm-status')?.textContent.trim() ?? null,
      widget: document.querySelector('input[name="djb-widget"]:checked')?.value ?? null,
      fields,
      preview: el && {
        tag: el.localName,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        style: el.getAttribute('style'),
        text: el.shadowRoot.querySelector('figure')?.textContent.replace(/\s+/g, ' ').trim(),
      },
      code: document.querySelector('#djb-code-script')?.value ?? null,
    };
  });
}

export async function saveAndReopen(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#djb-save')]);
  const file = await download.path();
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  await page.reload({ waitUntil: 'networkidle' });
  await page.waitForFunction(() => customElements.get('djb-app') && document.querySelector('#djb-input'));
  assert.equal(await page.inputValue('#djb-input'), '', 'a reload starts empty');
  assert.equal(await widgetCount(page), 0);
  await page.setInputFiles('#djb-open', file);
  await page.waitForFunction(() => document.querySelector('#djb-input').value !== '');
  await settle(page);
  return saved;
}
