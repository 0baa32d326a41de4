// dj-widgets/static end to end: the CLI pre-renders the article demo (idempotently, in every
// mode), and the built demo site shows every chart with JavaScript disabled, then hydrates
// without errors when it is enabled. Run: node --test test/e2e/static.e2e.mjs (npm test does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cli, useDemoSite, ROOT, SITE } from './static.helpers.mjs';

const TAGS = /<(dj-[a-z-]+)[\s>]/g;
const outermost = (html) => [...html.replace(/<template[^>]* shadowrootmode[\s\S]*?<\/template>/g, '').matchAll(TAGS)].map((m) => m[1]);

const site = useDemoSite('dj-static-');

test('the built demo site ships only what a browser needs: no Node renderer, CLI, declarations or source maps', () => {
  const all = fs.readdirSync(SITE, { recursive: true }).map((f) => f.split(path.sep).join('/'));
  assert.deepEqual(all.filter((f) => /(^|\/)(static|static-render|dj-static)\.js$|\.map$|\.d\.ts$|^types\/|^frameworks\//.test(f)), []);
  // The classic scripts pages and the builder's publish code point at are there.
  for (const f of ['dj-widgets.js', 'dj-embed-resize.js', 'dj-targets.js']) assert.ok(all.includes(f), `${f} is published`);
  // No server-only package made it into a page's chunks.
  for (const f of all.filter((f) => f.endsWith('.js'))) {
    assert.doesNotMatch(fs.readFileSync(path.join(SITE, f), 'utf8'), /@lit-labs\/ssr\/|parse5/, `${f} carries server-only code`);
  }
});

test('the CLI pre-renders every widget of the article page, and a second run changes nothing', () => {
  const once = path.join(site.tmp, 'once.html');
  const twice = path.join(site.tmp, 'twice.html');
  const r1 = cli('demo/index.html', '-o', once);
  assert.equal(r1.status, 0, r1.stderr);
  const r2 = cli(once, '-o', twice);
  assert.equal(r2.status, 0, r2.stderr);
  const html = fs.readFileSync(once, 'utf8');
  assert.equal(fs.readFileSync(twice, 'utf8'), html);
  const source = fs.readFileSync(path.join(ROOT, 'demo/index.html'), 'utf8');
  const tags = outermost(source);
  assert.ok(tags.length >= 6, `the demo has ${tags.length} widgets`);
  assert.equal((html.match(/<template[^>]* shadowrootmode="open"/g) ?? []).length, tags.length);
  // Outside the widgets, the page is byte for byte what it was.
  const strip = (s) => s.replace(/<dj-([a-z-]+)[\s\S]*?<\/dj-\1>/g, '<dj/>');
  assert.equal(strip(html), strip(source));
});

test('static mode writes no hydration markers; svg mode one inline <svg> per widget', () => {
  const stat = cli('demo/index.html', '--mode', 'static');
  assert.equal(stat.status, 0, stat.stderr);
  assert.doesNotMatch(stat.stdout, /lit-part|lit-node|defer-hydration/);
  const svg = cli('demo/index.html', '--mode', 'svg', '--width', '375');
  assert.equal(svg.status, 0, svg.stderr);
  assert.equal(outermost(svg.stdout).length, 0, 'every widget became an SVG');
  const count = outermost(fs.readFileSync(path.join(ROOT, 'demo/index.html'), 'utf8')).length;
  assert.equal((svg.stdout.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/g) ?? []).length, count);
  assert.doesNotMatch(svg.stdout, /<style|foreignObject|<script[^>]*>(?!\s*$)[^<]*<\/script>\s*<\/svg>/);
});

test('bad usage is refused with a reason', () => {
  const r = cli('demo/index.html', '--mode', 'png');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--mode must be hydratable, static or svg/);
  const w = cli('demo/index.html', '--width', '12');
  assert.equal(w.status, 2);
  assert.match(w.stderr, /--width must be/);
});

test('the built article page shows every chart with JavaScript disabled', async () => {
  const ctx = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${site.base}/index.html`);
  const html = fs.readFileSync(path.join(SITE, 'index.html'), 'utf8');
  const tags = [...new Set(outermost(html))];
  for (const tag of tags) {
    // Locators pierce declarative shadow roots; the marks are there with no script at all.
    const drawn = await page.locator(`${tag} svg, ${tag} [role="option"], ${tag} mark, ${tag} .number`).count();
    assert.ok(drawn > 0, `<${tag}> shows nothing without JavaScript`);
  }
  await page.screenshot({ path: path.join(site.tmp, 'no-js.png'), fullPage: true });
  assert.ok(fs.statSync(path.join(site.tmp, 'no-js.png')).size > 50_000);
  await ctx.close();
});

test('with JavaScript the page hydrates: no errors, one chart per widget', async () => {
  const ctx = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${site.base}/index.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('dj-')).every((e) => customElements.get(e.localName)));
  await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('dj-')).map((e) => e.updateComplete)));
  const figures = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('dj-') && e.shadowRoot).map((e) => e.shadowRoot.querySelectorAll('[part="frame"]').length),
  );
  assert.ok(figures.length >= 6);
  assert.deepEqual(figures, figures.map(() => 1));
  assert.deepEqual(errors, []);
  await ctx.close();
});
