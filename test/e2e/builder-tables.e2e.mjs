// The builder with a newsroom's real tables, keyboard only where an editor edits: a GBK CSV
// opened by the file picker (GDP by city with its 全省 row), the total row's switch, a row and
// a column left out, the published code drawn on a blank page equal to the preview; and a chart
// that shows an error blocks publishing, saying why.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, frameWidget, launch, openBuilder, paste, publishedPage, settle, shownTable, startServer, ROOT } from './builder.helpers.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Focus a control and press a key, as a keyboard user does. */
async function press(page, selector, key) {
  await page.focus(selector);
  await page.keyboard.press(key);
  await settle(page);
}

test('a GBK CSV of GDP by city: 全省 left out and said, switched back, rows and columns edited, published as drawn', { timeout: 120000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await page.setInputFiles('#djb-file', path.join(ROOT, 'test/fixtures/gdp-jiangsu-2023.gbk.csv'));
  await settle(page);
  assert.match(await page.textContent('#djb-file-read'), /GBK\/GB18030/);
  const table = await shownTable(page);
  assert.deepEqual(table.columns, [{ name: '地区', meta: '文字' }, { name: '地区生产总值', meta: '数值 · 亿元' }, { name: '比上年增长', meta: '数值 · %' }]);
  assert.deepEqual(table.rows[3], ['徐州市', '8900.44', '4.5']);
  assert.match(await page.textContent('#djb-skipped'), /第 1 行“全省”（合计行）/);
  assert.equal(await page.$$eval('#djb-table tbody tr.skipped', (r) => r.length), 1);
  let full = await frameWidget(page);
  assert.deepEqual([full.tag, full.marks, full.attributes.unit, full.attributes.value], ['dj-bar-chart', 13, '亿元', '地区生产总值']);
  assert.ok(!full.labels.some((l) => l.includes('全省')), 'the total row is not a bar');

  // Keyboard: keep the totals (Space on the switch), then leave them out again.
  await press(page, '#djb-totals', 'Space');
  assert.equal((await frameWidget(page)).marks, 14);
  await press(page, '#djb-totals', 'Space');
  // Leave out 苏州市 (row 6) and the growth column.
  await press(page, '#djb-table tbody tr:nth-child(6) th input', 'Space');
  await press(page, '#djb-col-2-keep', 'Space');
  full = await frameWidget(page);
  assert.equal(full.marks, 12);
  assert.ok(!full.labels.some((l) => l.includes('苏州')));
  assert.equal(await page.$$eval('#djb-table th.skipped', (t) => t.length), 1);

  await describe(page, { heading: '2023年江苏设区市GDP' });
  const code = await page.inputValue('#djb-code-script');
  assert.match(code, /"地区生产总值":8900\.44/);
  assert.match(code, /unit="亿元"/);
  assert.doesNotMatch(code, /全省|苏州市|比上年增长|890044000000/);
  const drawn = await publishedPage(page, server, 'gdp');
  assert.deepEqual({ tag: drawn.tag, marks: drawn.marks, title: drawn.title }, { tag: 'dj-bar-chart', marks: 12, title: '2023年江苏设区市GDP' });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a chart that shows an error blocks publishing and says why; fixing the option unblocks it', { timeout: 90000 }, async () => {
  const { page, ctx } = await openBuilder(browser, server.base);
  await paste(page, '项目\t数量\n甲\t10\n乙\t80\n丙\t10\n');
  await page.check('input[name="djb-widget"][value="dj-waffle"]');
  await settle(page);
  // mode="part" takes the first row as the whole: 90 parts in a whole of 10 cannot be drawn.
  await page.selectOption('#djb-o-mode', 'part');
  await settle(page);
  await page.waitForSelector('#djb-publish-blocked');
  assert.match(await page.textContent('#djb-publish-blocked'), /图表显示错误，暂不能发布.*整体/);
  assert.equal(await page.$('#djb-code-script'), null);
  assert.equal(await page.$('#djb-dl-png'), null);
  await page.selectOption('#djb-o-mode', 'separate');
  await settle(page);
  await page.waitForSelector('#djb-code-script');
  assert.equal(await page.$('#djb-publish-blocked'), null);
  await ctx.close();
});
