// Readers without JavaScript, and on paper: the pre-rendered demo fits a 320–375 px phone (every
// chart drawn for the width that shows), shows no control that needs the script, an element whose
// data comes later is a reserved empty frame that hydrates cleanly, the CLI reports real errors
// one line each, a classic script in <head> meets server markup without errors, and print is
// light whatever the system scheme. Run: node --test test/e2e/static-fit.e2e.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cli, useDemoSite, ROOT, SITE } from './static.helpers.mjs';

const WIDGETS = 'dj-bar-chart, dj-line-chart, dj-waffle, dj-targets, dj-big-number, dj-timeline, dj-project-tracker, dj-figures';

// Test pages live next to the built demo (they load its built, hydrating entry) and in tmp.
const site = useDemoSite('dj-static-fit-');

/** Every widget's visible chart boxes (display not none), their right edges and the widest svg text. */
const visibleCharts = (page) =>
  page.evaluate((sel) => {
    const vw = document.documentElement.clientWidth;
    return [...document.querySelectorAll(sel)].map((el) => {
      const charts = [...el.shadowRoot.querySelectorAll('[part~="chart"], [part="text"]')].filter((c) => c.getClientRects().length > 0 && getComputedStyle(c).display !== 'none');
      const right = Math.max(...[...el.shadowRoot.querySelectorAll('*')].filter((n) => n.getClientRects().length).map((n) => n.getBoundingClientRect().right));
      const host = el.getBoundingClientRect();
      // A pattern or gradient referenced from the shown drawing must be in it: the first element
      // with an id wins, and one inside a hidden drawing paints nothing.
      const lost = charts.flatMap((c) =>
        [...c.querySelectorAll('[fill^="url(#"], [stroke^="url(#"]')]
          .map((n) => (n.getAttribute('fill') ?? n.getAttribute('stroke')).slice(5, -1))
          .filter((id) => !c.contains(el.shadowRoot.getElementById(id))),
      );
      return { tag: el.localName, charts: charts.length, right, hostRight: host.right, vw, lost };
    });
  }, WIDGETS);

for (const width of [320, 375, 1280]) {
  test(`without JavaScript at ${width} px the article fits: one chart per widget, nothing past the edge`, async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(`${site.base}/index.html`);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= width, 'the page scrolls sideways');
    const widgets = await visibleCharts(page);
    assert.ok(widgets.length >= 6);
    for (const w of widgets) {
      assert.equal(w.charts, 1, `<${w.tag}> shows ${w.charts} charts at ${width} px`);
      assert.ok(w.right <= w.hostRight + 1, `<${w.tag}> draws to ${w.right}, past its box (${w.hostRight}) at ${width} px`);
      assert.deepEqual([...new Set(w.lost)], [], `<${w.tag}> paints with patterns of the hidden drawing at ${width} px`);
    }
    if (width === 375) await page.screenshot({ path: path.join(site.tmp, 'no-js-375.png'), fullPage: true });
    await ctx.close();
  });
}

test('without JavaScript no control that needs the script is shown', async () => {
  const ctx = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${site.base}/index.html`);
  const shown = await page.evaluate(() => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((n) => (n.shadowRoot ? [n, ...all(n.shadowRoot)] : [n]));
    return all(document)
      .filter((n) => n.localName === 'button' && n.getClientRects().length > 0 && !n.closest('[part~="legend"], .legend'))
      .map((n) => n.textContent.trim());
  });
  assert.deepEqual(shown, []);
  await ctx.close();
});

test('the targets board without JavaScript: every row’s scale starts at the same x', async () => {
  const ctx = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${site.base}/index.html`);
  const xs = await page.evaluate(() =>
    [...document.querySelector('dj-targets').shadowRoot.querySelectorAll('figure > .chart [part~="target"] svg.track')].map((s) => Math.round(s.getBoundingClientRect().left)),
  );
  assert.ok(xs.length >= 10, `${xs.length} rows`);
  assert.deepEqual([...new Set(xs)], [xs[0]]);
  await ctx.close();
});

const LATE = (entry) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${entry}</head><body>
<dj-targets id="late" heading="数据稍后到达"></dj-targets>
<dj-figures id="late-text" heading="文字稍后到达"></dj-figures>
<dj-bar-chart id="bad" heading="坏数据"><script type="application/json">[{"地区":"海州"}]</script></dj-bar-chart>
<script>setTimeout(() => {
  document.getElementById('late').data = [{ 指标: '工业投资', 目标: '12%' }, { 指标: '新引进过亿元项目', 目标: '80个' }];
  document.getElementById('late-text').text = '新引进过亿元项目80个，过10亿元项目10个。';
}, 300);</script>
</body></html>`;

test('data that comes later: a reserved empty frame, exit 0; bad data: one located line, exit 1', () => {
  const src = path.join(site.tmp, 'late.src.html');
  fs.writeFileSync(src, LATE('').replace(/<dj-bar-chart[\s\S]*?<\/dj-bar-chart>/, ''));
  const ok = cli(src, '-o', path.join(site.tmp, 'late-only.html'));
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stderr, '');
  const html = fs.readFileSync(path.join(site.tmp, 'late-only.html'), 'utf8');
  assert.match(html, /class="chart reserved"/);
  assert.match(html, /class="text reserved"/);
  assert.doesNotMatch(html, /未识别出数字/);
  assert.doesNotMatch(html, /无法显示|TypeError|role="alert"/);

  fs.writeFileSync(src, LATE(''));
  const bad = cli(src, '-o', path.join(site.tmp, 'late-bad.html'));
  assert.equal(bad.status, 1);
  const lines = bad.stderr.trim().split('\n');
  assert.equal(lines.length, 1, bad.stderr);
  assert.match(lines[0], /^dj-static: .*late\.src\.html:4: <dj-bar-chart> shows an error: /);
});

for (const width of [1280, 375]) {
  test(`a reserved frame hydrates cleanly when its data comes (${width} px)`, async () => {
    // The gallery's built entry is the hydrating bundle alone (the article's carries its page script).
    const demo = fs.readFileSync(path.join(SITE, 'gallery.html'), 'utf8');
    const entry = demo.match(/<script type="module" crossorigin src="[^"]+"><\/script>/)?.[0];
    assert.ok(entry, 'the built gallery has its module entry');
    const src = path.join(site.tmp, 'late-hydrate.src.html');
    fs.writeFileSync(src, LATE(entry).replace(/<dj-bar-chart[\s\S]*?<\/dj-bar-chart>/, ''));
    const r = cli(src, '-o', path.join(SITE, 'late-test.html'));
    assert.equal(r.status, 0, r.stderr);
    const ctx = await site.browser.newContext({ viewport: { width, height: 900 } });
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
    try {
      await page.goto(`${site.base}/late-test.html`);
      await page.waitForFunction(() => document.getElementById('late').shadowRoot.querySelectorAll('[part~="target"]').length === 2);
      const state = await page.evaluate(() => {
        const root = document.getElementById('late').shadowRoot;
        return { charts: root.querySelectorAll('[part~="chart"]').length, reserved: root.querySelectorAll('.reserved').length, status: root.querySelectorAll('.status').length, text: root.textContent };
      });
      assert.deepEqual({ charts: state.charts, reserved: state.reserved, status: state.status }, { charts: 1, reserved: 0, status: 0 });
      assert.doesNotMatch(state.text, /无法显示|暂无数据/);
      await page.waitForFunction(() => document.getElementById('late-text').shadowRoot.querySelectorAll('mark[part="figure"]').length === 2);
      const text = await page.evaluate(() => {
        const root = document.getElementById('late-text').shadowRoot;
        return { frames: root.querySelectorAll('[part="frame"]').length, reserved: root.querySelectorAll('.reserved').length, title: root.querySelector('.title')?.textContent };
      });
      assert.deepEqual(text, { frames: 1, reserved: 0, title: '文字稍后到达' });
      assert.deepEqual(errors, []);
    } finally {
      await ctx.close();
      fs.rmSync(path.join(SITE, 'late-test.html'), { force: true });
    }
  });
}

test('a pre-rendered page with the plain script in <head>: no second-shadow-root error, every chart drawn once', async () => {
  fs.copyFileSync(path.join(ROOT, 'dist/dj-widgets.js'), path.join(site.tmp, 'dj-widgets.js'));
  // The loader imports its widgets (and Lit's hydrate support) from chunks/ beside it.
  fs.cpSync(path.join(ROOT, 'dist/chunks'), path.join(site.tmp, 'chunks'), { recursive: true });
  const source = fs.readFileSync(path.join(ROOT, 'demo/index.html'), 'utf8').replace(/<script type="module" src="\/src\/hydrate\.ts"><\/script>/, '<script src="/tmp/dj-widgets.js"></script>');
  assert.match(source, /<script src="\/tmp\/dj-widgets.js"><\/script>/);
  fs.writeFileSync(path.join(site.tmp, 'head.src.html'), source);
  const r = cli(path.join(site.tmp, 'head.src.html'), '-o', path.join(site.tmp, 'head.html'));
  assert.equal(r.status, 0, r.stderr);
  const ctx = await site.browser.newContext({ viewport: { width: 375, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  await page.goto(`${site.base}/tmp/head.html`);
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].every((e) => e.shadowRoot && e.hasUpdated), WIDGETS);
  const frames = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => e.shadowRoot.querySelectorAll('[part="frame"]').length), WIDGETS);
  assert.deepEqual(frames, frames.map(() => 1));
  const inert = await page.evaluate(() => document.querySelectorAll('template[shadowrootmode]').length);
  assert.equal(inert, 0, 'a declarative shadow root was left as an inert <template>');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('print with the system in dark mode: light colours, no controls, a PDF', async () => {
  const ctx = await site.browser.newContext({ viewport: { width: 800, height: 900 }, colorScheme: 'dark' });
  const page = await ctx.newPage();
  await page.goto(`${site.base}/index.html`);
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].every((e) => e.hasUpdated), WIDGETS);
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => Number(v) / 255);
    const lin = (c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const colours = () =>
    page.evaluate((sel) => {
      const out = [];
      for (const el of document.querySelectorAll(sel)) {
        const root = el.shadowRoot;
        const text = root.querySelector('.title, [part="paragraph"], [part="text"] p');
        const buttons = [...root.querySelectorAll('button')].filter((b) => b.getClientRects().length > 0 && !b.closest('[part~="legend"], .legend')).length;
        out.push({ tag: el.localName, fg: text ? getComputedStyle(text).color : 'rgb(0, 0, 0)', bg: getComputedStyle(el).backgroundColor, buttons });
      }
      out.push({ tag: 'body', fg: getComputedStyle(document.body).color, bg: 'rgb(255, 255, 255)', buttons: 0 });
      return out;
    }, WIDGETS);
  // On screen the system's dark mode is honoured …
  const screen = await colours();
  assert.ok(screen.some((c) => lum(c.fg) > 0.5), 'the screen is dark (light text) under the dark scheme');
  // … on paper it is not.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const c of await colours()) {
    assert.ok(lum(c.fg) < 0.2, `<${c.tag}> prints text in ${c.fg}`);
    if (!/rgba\(0, 0, 0, 0\)/.test(c.bg)) assert.ok(lum(c.bg) > 0.8, `<${c.tag}> prints on ${c.bg}`);
    assert.equal(c.buttons, 0, `<${c.tag}> prints ${c.buttons} buttons`);
  }
  // Figures print as published, not mid count-up.
  await page.evaluate((sel) => Promise.all([...document.querySelectorAll(sel)].map((e) => e.updateComplete)), WIDGETS);
  const numbers = await page.evaluate(() =>
    [...document.querySelectorAll('dj-big-number')].flatMap((el) =>
      [...el.shadowRoot.querySelectorAll('[part="number"]')].map((n) => ({
        final: getComputedStyle(n.querySelector('.final')).color,
        tickers: [...n.querySelectorAll('.ticker')].filter((t) => getComputedStyle(t).display !== 'none').map((t) => t.textContent),
      })),
    ),
  );
  assert.ok(numbers.length > 0);
  for (const n of numbers) {
    assert.doesNotMatch(n.final, /rgba\(0, 0, 0, 0\)|transparent/, 'the final figure is hidden on paper');
    assert.deepEqual(n.tickers, [], 'a count-up prints');
  }
  const pdf = await page.pdf({ path: path.join(site.tmp, 'print-dark.pdf'), format: 'A4' });
  assert.ok(pdf.length > 50_000);
  if (process.env.DJ_KEEP_PRINT) fs.copyFileSync(path.join(site.tmp, 'print-dark.pdf'), process.env.DJ_KEEP_PRINT);
  await ctx.close();
});
