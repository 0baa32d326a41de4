// The builder with a newsroom's real tables (issue #14, "How to check"), each through all six
// steps — paste or open → figures → choose → describe → preview → publish — with the keyboard
// only (builder-keys.helpers.mjs), the published code drawn on a blank page equal to the
// preview, and publish blocked, saying why, for a chart that shows an error.
// Sources of the figures: test/fixtures/README.md and the constants below.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { frameWidget, launch, openBuilder, settle, shownTable, startServer, tabTo, ROOT } from './builder.helpers.mjs';
import { arrowTo, chooseByKeys, openByKeys, pasteByKeys, pressOn, publishByKeys } from './builder-keys.helpers.mjs';

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

/** Jiangsu's 13 cities, 2023 H1 GDP (fixtures README), as an editor's Excel sheet with its own 合计 row (their sum). */
const GDP_CITIES = [
  '城市\t地区生产总值（亿元）',
  ...[['苏州市', '11458.4'], ['南京市', '8316.92'], ['无锡市', '7105.67'], ['南通市', '6032.4'], ['常州市', '4525.4'], ['徐州市', '4009.09'], ['扬州市', '3417.36'],
    ['盐城市', '3413.41'], ['泰州市', '3208.78'], ['镇江市', '2635.11'], ['淮安市', '2432.08'], ['连云港市', '1955.9'], ['宿迁市', '1920.57'], ['合计', '60431.09']].map((r) => r.join('\t')),
].join('\n');

/** NBS cumulative retail sales 2023 (sources in test/builder/real-tables.test.ts) with an editor's notes column. */
const RETAIL_CUMULATIVE = [
  '2023年社会消费品零售总额',
  '时期\t社会消费品零售总额（亿元）\t比上年同期增长（%）\t备注',
  '1-2月\t77067\t3.5\t春节因素',
  '1-3月\t114922\t5.8\t一季度',
  '1-4月\t149483\t8.5\t上年同期基数低',
  '1-5月\t187636\t9.3\t',
  '1-6月\t227588\t8.2\t上半年',
].join('\n');

/** NBS, 2024年3月份社会消费品零售总额主要数据, copied from the release's web table: merged header, units row. */
const RETAIL_MARCH_2024 = [
  '指 标\t3月\t\t1—3月\t',
  '\t绝对量(亿元)\t同比增长(%)\t绝对量(亿元)\t同比增长(%)',
  '社会消费品零售总额\t39020\t3.1\t120327\t4.7',
  '城镇\t33843\t3.0\t104280\t4.6',
  '乡村\t5177\t3.8\t16047\t5.2',
  '餐饮收入\t3964\t6.9\t13445\t10.8',
  '商品零售\t35056\t2.7\t106882\t4.0',
].join('\n');

/** The article's site-visit paragraph: three projects, each at the stage the reporter saw. */
const SITE_VISIT = (() => {
  const src = fs.readFileSync(path.join(ROOT, 'src/data/haizhou-2021.article.ts'), 'utf8');
  return JSON.parse(/HAIZHOU_2021_ARTICLE = (".*");/.exec(src)[1]).split('\n\n').find((p) => p.includes('在爱维康医疗器械生产项目现场'));
})();

/** The marks' names of the last published drawing. */
let drawnLabels = [];

/** Steps 3–6 by keyboard, common to every table: choose, title, (preview), publish; the drawing equal. */
async function chooseDescribePublish(page, { tag, heading, name, options = async () => {} }) {
  await chooseByKeys(page, tag);
  await tabTo(page, (f) => f.id === 'djb-d-heading', 'the title field');
  await page.keyboard.type(heading);
  await settle(page);
  await options();
  const { code, preview, drawn } = await publishByKeys(page, server, name);
  assert.equal(preview.error, '', 'the preview draws');
  assert.equal(drawn.tag, tag);
  assert.equal(drawn.title, heading);
  assert.ok(drawn.marks > 0, 'the published chart has marks');
  assert.deepEqual(drawn, preview, 'the published code draws what the preview shows');
  drawnLabels = drawn.labels;
  return code;
}

test('GDP by city pasted from Excel: 合计 left out and said, kept and left out again, a row dropped, sorted, published as drawn', { timeout: 180000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await pasteByKeys(page, GDP_CITIES);
  const table = await shownTable(page);
  assert.deepEqual(table.columns, [{ name: '城市', meta: '文字' }, { name: '地区生产总值', meta: '数值 · 亿元' }]);
  assert.match(await page.textContent('#djb-skipped'), /第 14 行“合计”（合计行）/);
  assert.equal((await frameWidget(page)).marks, 13);
  // The 375 px label check runs in the font the preview's widgets computed (not an assumed 14px sans-serif).
  const fonts = await page.evaluate(() => {
    const w = document.querySelector('djb-widget > * > *');
    const cs = getComputedStyle(w);
    return [document.querySelector('djb-app').fitFont, `${cs.fontSize} ${cs.fontFamily}`];
  });
  assert.equal(fonts[0], fonts[1]);
  await pressOn(page, 'djb-totals', 'Space');
  assert.equal((await frameWidget(page)).marks, 14, 'kept, the total is a bar');
  await page.keyboard.press('Space');
  await settle(page);
  assert.equal((await frameWidget(page)).marks, 13);
  // Leave out 苏州市 (row 1) with its row's checkbox, reached by Tab.
  await tabTo(page, (f) => f.type === 'checkbox' && f.name.includes('苏州市'), 'the 苏州市 row switch');
  await page.keyboard.press('Space');
  await settle(page);
  assert.ok(!(await frameWidget(page)).labels.some((l) => l.includes('苏州')));
  const code = await chooseDescribePublish(page, {
    tag: 'dj-bar-chart', heading: '2023年上半年江苏设区市GDP', name: 'gdp-cities',
    options: async () => {
      await tabTo(page, (f) => f.id === 'djb-o-sort', 'the sort option');
      await arrowTo(page, 'descending');
    },
  });
  assert.match(code, /sort="descending"/);
  assert.deepEqual(drawnLabels.slice(0, 2).map((l) => l.split(/[：:]/)[0]), ['南京市', '无锡市'], 'largest first, 苏州市 left out');
  assert.match(code, /unit="亿元"/);
  assert.match(code, /"地区生产总值":4009\.09/);
  assert.doesNotMatch(code, /合计|苏州市|60431/);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('cumulative retail sales with a notes column: periods kept, notes text not a line, % not on the 亿元 axis, published as drawn', { timeout: 180000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await pasteByKeys(page, RETAIL_CUMULATIVE);
  const table = await shownTable(page);
  assert.deepEqual(table.columns.map((c) => [c.name, c.meta]), [['时期', '日期'], ['社会消费品零售总额', '数值 · 亿元'], ['比上年同期增长', '数值 · %'], ['备注', '文字']]);
  // Leave out the notes column by keyboard: the chart does not change (it never was a line).
  await pressOn(page, 'djb-col-3-keep', 'Space');
  assert.equal(await page.$$eval('#djb-table th.skipped', (t) => t.length), 1);
  const code = await chooseDescribePublish(page, { tag: 'dj-line-chart', heading: '2023年社会消费品零售总额（累计）', name: 'retail-cumulative' });
  assert.match(code, /"时期":"2023年1-2月","社会消费品零售总额":77067/);
  assert.match(code, /unit="亿元"/);
  assert.doesNotMatch(code, /春节因素|比上年同期增长|7706700000000/);
  assert.equal(await page.textContent('#djb-choose-order').then((t) => t.length > 0), true, 'the order is explained');
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a release table with a units row under merged headers: units per column, one chart per unit, published as drawn', { timeout: 180000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await pasteByKeys(page, RETAIL_MARCH_2024);
  const table = await shownTable(page);
  assert.deepEqual(table.columns.map((c) => c.meta), ['文字', '数值 · 亿元', '数值 · %', '数值 · 亿元', '数值 · %']);
  assert.match(await page.textContent('djb-choose'), /亿元/, 'the choice says which unit is drawn');
  const code = await chooseDescribePublish(page, { tag: 'dj-bar-chart', heading: '2024年3月社会消费品零售总额', name: 'retail-march' });
  assert.match(code, /unit="亿元"/);
  assert.match(code, /"指 标":"社会消费品零售总额","3月 绝对量":39020/);
  assert.match(code, /series="3月 绝对量,1—3月 绝对量"/, 'the % columns are not bars on the 亿元 axis');
  assert.equal(drawnLabels.length, 10, '5 rows × 2 series in 亿元');
  assert.ok(!drawnLabels.some((l) => l.includes('同比增长')));
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a GBK CSV opened by the file picker: decoded, 全省 left out and said, a column’s type and unit set by keyboard, published as drawn', { timeout: 180000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await openByKeys(page, path.join(ROOT, 'test/fixtures/gdp-jiangsu-2023h1.gbk.csv'));
  assert.match(await page.textContent('#djb-file-read'), /GBK\/GB18030/);
  const table = await shownTable(page);
  assert.deepEqual(table.columns, [{ name: '地区', meta: '文字' }, { name: '地区生产总值', meta: '数值 · 亿元' }]);
  assert.deepEqual(table.rows[6], ['徐州市', '4009.09']);
  assert.match(await page.textContent('#djb-skipped'), /第 1 行“全省”（合计行）/);
  // A column's type set by keyboard: as text the GDP is no series (nothing to draw), back to detect it is.
  await tabTo(page, (f) => f.id === 'djb-col-1-type', 'the GDP column type');
  await arrowTo(page, 'text');
  assert.equal((await shownTable(page)).columns[1].meta, '文字');
  assert.equal(await page.$('input[name="djb-widget"][value="dj-bar-chart"]'), null, 'no bars without a number column');
  await arrowTo(page, '');
  assert.equal((await shownTable(page)).columns[1].meta, '数值 · 亿元');
  // …and its unit, typed in the table view: a wrong unit shows at once, the editor types it back.
  for (const unit of ['万元', '亿元']) {
    await tabTo(page, (f) => f.id === 'djb-col-1-unit', 'the GDP column unit');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(unit);
    await page.keyboard.press('Enter');
    assert.equal((await shownTable(page)).columns[1].meta, `数值 · ${unit}`);
  }
  const code = await chooseDescribePublish(page, { tag: 'dj-bar-chart', heading: '2023年上半年江苏设区市GDP', name: 'gdp-gbk' });
  assert.match(code, /"地区生产总值":1955\.9/);
  assert.doesNotMatch(code, /全省|60465/);
  assert.equal(drawnLabels.length, 13);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('an .xlsx with two sheets: the second sheet chosen by arrows, quarterly running totals kept, published as drawn', { timeout: 180000 }, async () => {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['地区', '地区生产总值（亿元）'], ['苏州市', 11458.4], ['南京市', 8316.92], ['无锡市', 7105.67]]), '江苏分市');
  // NBS first estimates of 2021 GDP, year to date (sources in test/widgets/line-chart/line-chart.periods.test.ts).
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['2021年国内生产总值'], ['时间', '国内生产总值（亿元）'], ['一季度', 249310], ['上半年', 532167], ['前三季度', 823131], ['全年', 1143670]]), '全国累计');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'djb-xlsx-')), '统计.xlsx');
  fs.writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await openByKeys(page, file);
  assert.deepEqual((await shownTable(page)).columns.map((c) => c.name), ['地区', '地区生产总值']);
  await tabTo(page, (f) => f.id === 'djb-sheet', 'the sheet choice');
  await arrowTo(page, '全国累计');
  await page.waitForFunction(() => document.querySelector('#djb-input').value.includes('前三季度'));
  await settle(page);
  assert.deepEqual((await shownTable(page)).columns.map((c) => [c.name, c.meta]), [['时间', '日期'], ['国内生产总值', '数值 · 亿元']]);
  const code = await chooseDescribePublish(page, { tag: 'dj-line-chart', heading: '2021年国内生产总值（累计）', name: 'gdp-xlsx' });
  assert.match(code, /"时间":"2021年上半年","国内生产总值":532167/);
  assert.doesNotMatch(code, /"2021-06"/);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('the article’s site-visit paragraph: three projects at their stages, a project tracker, published as drawn', { timeout: 180000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await pasteByKeys(page, SITE_VISIT);
  assert.match(await page.$eval('#djb-kind', (s) => s.selectedOptions[0].textContent), /段落/, 'read as a paragraph');
  // Step 2: no figures to confirm; the step says the stages are what was read.
  assert.match(await page.textContent('#djb-figs-none'), /没有找到数字.*项目所处的阶段/);
  const code = await chooseDescribePublish(page, { tag: 'dj-project-tracker', heading: '海州重点项目进展', name: 'projects' });
  assert.equal(drawnLabels.length, 3);
  assert.match(code, /"项目":"爱维康医疗器械生产项目"/);
  assert.doesNotMatch(code, /"项目":"在/);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('keyboard only: a chart that shows an error blocks publishing and says why; fixing the option unblocks it', { timeout: 120000 }, async () => {
  const { page, ctx } = await openBuilder(browser, server.base);
  await pasteByKeys(page, '项目\t数量\n甲\t10\n乙\t80\n丙\t10\n');
  await chooseByKeys(page, 'dj-waffle');
  // mode="part" takes the first row as the whole: 90 parts in a whole of 10 cannot be drawn.
  await tabTo(page, (f) => f.id === 'djb-o-mode', 'the waffle mode');
  await arrowTo(page, 'part');
  await page.waitForSelector('#djb-publish-blocked');
  assert.match(await page.textContent('#djb-publish-blocked'), /图表显示错误，暂不能发布.*整体/);
  assert.equal(await page.$('#djb-code-script'), null);
  assert.equal(await page.$('#djb-dl-png'), null);
  await arrowTo(page, 'separate');
  await page.waitForSelector('#djb-code-script');
  assert.equal(await page.$('#djb-publish-blocked'), null);
  await ctx.close();
});

test('a file dropped on the paste box is opened, not pasted as a path (the GBK CSV)', { timeout: 60000 }, async () => {
  // Dragging is a pointer gesture; the picker above is its keyboard route. This checks the drop.
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  const bytes = [...fs.readFileSync(path.join(ROOT, 'test/fixtures/gdp-jiangsu-2023h1.gbk.csv'))];
  const drop = await page.evaluateHandle((b) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], 'gdp-jiangsu-2023h1.gbk.csv', { type: 'text/csv' }));
    return dt;
  }, bytes);
  await page.dispatchEvent('#djb-input', 'dragover', { dataTransfer: drop });
  await page.dispatchEvent('#djb-input', 'drop', { dataTransfer: drop });
  await page.waitForSelector('#djb-file-read');
  await settle(page);
  assert.match(await page.textContent('#djb-file-read'), /GBK\/GB18030/);
  assert.deepEqual((await shownTable(page)).rows[0], ['全省', '60465.3']);
  assert.equal((await frameWidget(page)).marks, 13);
  assert.deepEqual(errors, []);
  await ctx.close();
});
