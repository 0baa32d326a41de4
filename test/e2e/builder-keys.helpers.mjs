// Keyboard-only driving of the builder for test/e2e/builder-tables.e2e.mjs: every move is a key an
// editor presses (Tab, Enter, Space, arrows, typing, Ctrl+A/Ctrl+V) — no clicks, no
// element.focus(). What the keys do not reach is a failure of the builder, not of the test.
import assert from 'node:assert/strict';
import { MARKS, focused, settle, tabTo } from './builder.helpers.mjs';

/** Tab to the control `id` (forwards) and press `key` on it. */
export async function pressOn(page, id, key, what = `#${id}`) {
  await tabTo(page, (f) => f.id === id, what);
  await page.keyboard.press(key);
  await settle(page);
}

/** On a focused, closed <select>: arrows until it holds `value` (Chromium changes it and fires change). */
export async function arrowTo(page, value, max = 30) {
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < max; i++) {
      if ((await focused(page)).value === value) return settle(page);
      const before = (await focused(page)).value;
      await page.keyboard.press(key);
      await settle(page);
      if ((await focused(page)).value === before) break;
    }
  }
  assert.equal((await focused(page)).value, value, `the select never reached "${value}" by arrows`);
}

/** The editor copied a table elsewhere (Excel, WPS, a web page): Tab to the paste box, Ctrl+V. */
export async function pasteByKeys(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await tabTo(page, (f) => f.id === 'djb-input', 'the paste box');
  await page.keyboard.press('ControlOrMeta+V');
  await settle(page);
  // A moment for the parse to run on the pasted text, as it would after a real paste.
  await page.waitForFunction((t) => document.querySelector('#djb-input')?.value === t, text);
  await settle(page);
}

/** Tab to the file picker, Space opens it; the editor picks `file` in the system dialog. */
export async function openByKeys(page, file) {
  await tabTo(page, (f) => f.id === 'djb-file', 'the file picker');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles(file);
  await page.waitForSelector('#djb-file-read');
  await settle(page);
}

/** Arrows in the chart choice until `tag` is chosen (the radio group's tab stop is the checked radio). */
export async function chooseByKeys(page, tag) {
  await tabTo(page, (f) => f.type === 'radio' && f.inBuilder && f.value.startsWith('dj-'), 'the chart choice');
  const count = await page.$$eval('input[name="djb-widget"]', (r) => r.length);
  for (let i = 0; i <= count; i++) {
    if ((await focused(page)).value === tag) break;
    await page.keyboard.press('ArrowDown');
    await settle(page);
  }
  assert.equal(await page.$eval('input[name="djb-widget"]:checked', (r) => r.value), tag, `${tag} is not among the choices`);
}

/**
 * What a widget shows, to compare the builder's preview with the published code: its tag, the
 * marks and their names, the title, and the whole text of the figure (labels, values, summary,
 * source) — not pixels.
 */
export function drawingIn(page, selector) {
  return page.evaluate(
    ({ selector, marks }) => {
      const el = document.querySelector(selector);
      const root = el?.shadowRoot;
      if (!root) return null;
      const sel = marks[el.localName] ?? '*';
      return {
        tag: el.localName,
        marks: root.querySelectorAll(sel).length,
        labels: [...root.querySelectorAll(sel)].map((m) => m.getAttribute('aria-label') ?? m.textContent.trim()),
        title: root.querySelector('.title')?.textContent.trim() ?? '',
        error: root.querySelector('[role="alert"], .error')?.textContent.trim() ?? '',
        text: root.querySelector('figure')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
      };
    },
    { selector, marks: MARKS },
  );
}

/** The preview's full-width light widget (step 5). */
export const PREVIEW = 'djb-widget[data-frame="full-light"] > * > *';

/**
 * Step 6 by keyboard: set the script URL to the bundle this server serves, Copy (Enter), and draw
 * the clipboard's code on a blank page as wide as the preview. Returns the code and both drawings.
 */
export async function publishByKeys(page, server, name) {
  const k = page.keyboard;
  await tabTo(page, (f) => f.id === 'djb-script-url', 'the script URL');
  await k.press('ControlOrMeta+A');
  await k.type('/dj-widgets.js');
  await k.press('Tab'); // leaving the field commits it (change)
  await settle(page);
  await tabTo(page, (f) => f.tag === 'button' && (f.name === '复制' || f.name === 'Copy'), 'the script code’s Copy button');
  await k.press('Enter');
  await page.waitForFunction(() => /已复制|Copied/.test(document.querySelector('#djb-live')?.textContent ?? ''));
  const code = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(code, await page.inputValue('#djb-code-script'), 'Copy puts exactly the code on the clipboard');
  // A bar chart's code names its first paint ahead of the loader (src/builder/publish.ts paintHint).
  assert.match(code, /^(?:<link rel="modulepreload" href="\/chunks\/[a-z-]+\.paint\.js">\n)?<script src="\/dj-widgets\.js"><\/script>\n<dj-/);
  const preview = await drawingIn(page, PREVIEW);
  const width = await page.$eval(PREVIEW, (el) => Math.round(el.getBoundingClientRect().width));
  server.pages.set(name, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Blank</title></head><body style="margin:0"><div style="width:${width}px">\n${code}\n</div></body></html>`);
  const blank = await page.context().newPage();
  const errors = [];
  blank.on('pageerror', (e) => errors.push(e.message));
  await blank.goto(`${server.base}/__blank/${name}.html`, { waitUntil: 'networkidle' });
  const tag = /<(dj-[a-z-]+)/.exec(code)[1];
  await blank.waitForFunction((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.querySelector('figure'), tag);
  await blank.evaluate((t) => document.querySelector(t).updateComplete, tag);
  await blank.waitForTimeout(300);
  const drawn = await drawingIn(blank, tag);
  assert.deepEqual(errors, []);
  const hint = /href="(\/chunks\/[a-z-]+\.paint\.js)"/.exec(code)?.[1];
  if (hint) {
    // The hint and the loader ask for the same URL: the browser fetched it once.
    const fetched = await blank.evaluate((h) => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === h).length, hint);
    assert.equal(fetched, 1, `${hint} fetched ${fetched} times`);
  }
  await blank.close();
  return { code, preview, drawn };
}
