// The editors' builder (demo/builder.html) end to end in Chromium, on the demo's own Vite dev
// server: every input kind read into the right table, the article's targets paragraph turned
// into 13 confirmed figures and a targets board, published code that draws the same chart on a
// blank page, a project saved and opened again, a keyboard-only run, and axe on every step.
// Needs dist/dj-widgets.js (node scripts/build.mjs --bundle-only). Run: node --test test/e2e/builder.e2e.mjs
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  articleTargetsText, axe, describe, focused, frameWidget, issuesShown, launch, openBuilder, paste, publishedPage, saveAndReopen, settle, shownTable,
  snapshot, startServer, tabTo, widgetCount,
} from './builder.helpers.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launch();
  // The first visit lets Vite finish optimising dependencies (it may reload the page once).
  const { ctx } = await openBuilder(browser, server.base);
  await ctx.close();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The 13 numbered 2021 targets as src/data/haizhou-2021.ts holds them (checked by hand there). */
const TARGETS = [
  ['低产低效土地', '1000', '亩', 'ge', 'level'],
  ['闲置老旧厂房', '10万', '平方米', 'ge', 'level'],
  ['亩均税收', '10', '%', 'ge', 'growth'],
  ['新增规上工业企业', '15', '家', 'ge', 'level'],
  ['工业投资', '12', '%', 'eq', 'growth'],
  ['工业应税销售收入', '400亿', '元', 'gt', 'level'],
  ['新引进过亿元项目', '80', '个', 'eq', 'level'],
  ['过10亿元项目', '10', '个', 'eq', 'level'],
  ['实际利用外资', '8000万', '美元', 'ge', 'level'],
  ['税收过千万元楼宇', '20', '栋', 'ge', 'level'],
  ['总部经济', '10', '家', 'ge', 'level'],
  ['新增入驻楼宇企业', '500', '家', 'ge', 'level'],
  ['技术型人才', '1000', '人', 'ge', 'level'],
];

const figuresShown = (page) =>
  page.$$eval('#djb-figs tbody tr', (trs) =>
    trs.map((tr) => {
      const [include, label, value, unit] = tr.querySelectorAll('input');
      const [comparator, kind] = tr.querySelectorAll('select');
      return { include: include.checked, row: [label.value, value.value, unit.value, comparator.value, kind.value], quote: tr.querySelector('td.quote').textContent.trim() };
    }),
  );

const selectedText = (page, sel) => page.$eval(sel, (s) => s.selectedOptions[0]?.textContent.trim() ?? '');

test('Excel-style TSV: delimiter, header, types, a flagged cell; transpose and header can be changed', { timeout: 60000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  // As a spreadsheet copies it: tabs, CRLF, thousands separators, a bracketed negative, full-width digits.
  await paste(page, '地区\t产值\t增长\r\n海州\t1,234.5\t12%\r\n连云\t(3.5)\t-2%\r\n赣榆\tabc\t１２％\r\n');
  assert.equal(await selectedText(page, '#djb-kind'), '自动识别（表格（制表符分隔））');
  assert.equal(await page.textContent('#djb-delim'), '分隔符：制表符');
  assert.equal(await page.isChecked('#djb-header'), true);
  assert.equal(await page.isChecked('#djb-transpose'), false);
  assert.deepEqual(await shownTable(page), {
    caption: '识别出的表格：3 行 × 3 列',
    columns: [{ name: '地区', meta: '文字' }, { name: '产值', meta: '数值' }, { name: '增长', meta: '数值 · %' }],
    rows: [['海州', '1,234.5', '12%'], ['连云', '(3.5)', '-2%'], ['赣榆', 'abc', '１２％']],
    flagged: [{ row: 3, column: 2, mark: '⚠', said: (await shownTable(page)).flagged[0]?.said }],
  });
  const [flag] = (await shownTable(page)).flagged;
  assert.match(flag.said, /有问题.*abc/, 'the flag is said in words, not only shown');
  const issues = await issuesShown(page);
  assert.equal(issues.length, 1);
  assert.match(issues[0], /^第\s*3\s*行第\s*2\s*列.*abc/);

  await page.check('#djb-transpose');
  await settle(page);
  const flipped = await shownTable(page);
  assert.equal(flipped.caption, '识别出的表格：2 行 × 4 列');
  assert.deepEqual(flipped.columns.map((c) => c.name), ['地区', '海州', '连云', '赣榆']);
  assert.deepEqual(flipped.rows, [['产值', '1,234.5', '(3.5)', 'abc'], ['增长', '12%', '-2%', '１２％']]);

  await page.click('text=恢复自动识别');
  await settle(page);
  await page.uncheck('#djb-header');
  await settle(page);
  const headless = await shownTable(page);
  assert.equal(headless.caption, '识别出的表格：4 行 × 3 列');
  assert.deepEqual(headless.rows[0], ['地区', '产值', '增长']);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('CSV: comma-separated, units read per column', { timeout: 60000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await paste(page, '项目,目标\n新引进过亿元项目,80个\n"新引进过10亿元项目",10个\n');
  assert.equal(await selectedText(page, '#djb-kind'), '自动识别（CSV（逗号分隔））');
  assert.equal(await page.textContent('#djb-delim'), '分隔符：逗号');
  assert.deepEqual(await shownTable(page), {
    caption: '识别出的表格：2 行 × 2 列',
    columns: [{ name: '项目', meta: '文字' }, { name: '目标', meta: '数值 · 个' }],
    rows: [['新引进过亿元项目', '80个'], ['新引进过10亿元项目', '10个']],
    flagged: [],
  });
  assert.deepEqual(await issuesShown(page), []);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('semicolons with a decimal comma, and Chinese dates (2021年1月, 一季度, 1-6月份)', { timeout: 60000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await paste(page, 'Land;Wert;Datum\nA;1.234,5;2021年1月\nB;2,5;一季度\nC;-7,25;1-6月份\n');
  assert.equal(await selectedText(page, '#djb-kind'), '自动识别（分号分隔）');
  assert.equal(await page.textContent('#djb-delim'), '分隔符：分号');
  assert.equal(await page.inputValue('#djb-decimal'), ',');
  assert.deepEqual(await shownTable(page), {
    caption: '识别出的表格：3 行 × 3 列',
    columns: [{ name: 'Land', meta: '文字' }, { name: 'Wert', meta: '数值' }, { name: 'Datum', meta: '日期' }],
    rows: [['A', '1.234,5', '2021年1月'], ['B', '2,5', '一季度'], ['C', '-7,25', '1-6月份']],
    flagged: [],
  });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('JSON: records become the table', { timeout: 60000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await paste(page, '[{"项目":"总投资","金额":"4.1亿元"},{"项目":"年产值","金额":"1.8亿元"}]');
  assert.equal(await selectedText(page, '#djb-kind'), '自动识别（JSON）');
  assert.equal(await page.textContent('#djb-delim'), '分隔符：无（不是分隔文字）');
  assert.equal(await page.$('#djb-header'), null, 'JSON has no header row to choose');
  assert.deepEqual(await shownTable(page), {
    caption: '识别出的表格：2 行 × 2 列',
    columns: [{ name: '项目', meta: '文字' }, { name: '金额', meta: '数值 · 亿元' }],
    rows: [['总投资', '4.1亿元'], ['年产值', '1.8亿元']],
    flagged: [],
  });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('an ambiguous decimal mark is asked, nothing is drawn until it is answered, and the answer is used', { timeout: 60000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await paste(page, '地区\t产值\n海州\t1,234\n连云\t2,500\n');
  const radios = page.locator('#djb-q-decimal input[type="radio"]');
  assert.equal(await radios.count(), 2);
  assert.deepEqual(await radios.evaluateAll((rs) => rs.map((r) => r.checked)), [false, false]);
  assert.match(await page.textContent('#djb-q-decimal legend'), /1,234/);
  assert.equal(await widgetCount(page), 0, 'nothing is drawn before the question is answered');
  assert.equal((await page.textContent('#step-choose .blocked')).trim(), '请先在第 1 步粘贴数据，并回答其中的问题。');
  await page.check('#djb-q-decimal input[value=","]');
  await settle(page);
  assert.deepEqual(await radios.evaluateAll((rs) => rs.map((r) => r.checked)), [false, true], 'the answer stays on screen, and can be changed');
  assert.equal(await page.$('#step-choose .blocked'), null);
  assert.equal(await page.inputValue('#djb-decimal'), ',');
  const chart = await frameWidget(page);
  assert.equal(chart.tag, 'dj-bar-chart');
  assert.equal(chart.marks, 2);
  // 1,234 read with a decimal comma is 1.234 (shown 1.23), not 1234.
  assert.ok(chart.labels.some((l) => l.includes('1.23')) && !chart.labels.some((l) => l.includes('1234')), chart.labels.join(' / '));
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('the article’s 2021 targets paragraph: 13 figures, confirmed, then a targets board of 13', { timeout: 90000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  const text = articleTargetsText();
  await paste(page, text);
  assert.equal(await selectedText(page, '#djb-kind'), '自动识别（文字段落）');
  assert.match(await page.textContent('#step-paste .note'), /找到 13 个数字/);
  const figs = await figuresShown(page);
  assert.deepEqual(figs.map((f) => f.row), TARGETS);
  assert.ok(figs.every((f) => f.include && f.quote !== '' && text.includes(f.quote)), 'each figure keeps its quote, verbatim');
  assert.equal(figs[5].quote, '工业应税销售收入突破400亿元');
  assert.equal(await widgetCount(page), 0, 'nothing is drawn before Confirm');

  await page.click('#djb-confirm');
  await settle(page);
  assert.equal((await page.textContent('#djb-confirm-status')).trim(), '已确认 13 个数字。');
  assert.equal(await page.$eval('input[name="djb-widget"]:checked', (r) => r.value), 'dj-targets');
  for (const frame of ['full-light', 'full-dark', '320-light', '375-dark', '600-light']) {
    const board = await frameWidget(page, frame);
    assert.equal(board.tag, 'dj-targets', frame);
    assert.equal(board.marks, 13, frame);
  }
  assert.match((await frameWidget(page)).labels[5], /工业应税销售收入/);
  // The WeChat frame shows the static SVG, as nodes (a strict page allows no data: image).
  const img = await page.$eval('#djb-wechat > svg', (s) => ({ role: s.getAttribute('role'), w: Number(s.getAttribute('width')) }));
  assert.deepEqual(img, { role: 'img', w: 343 });

  // An edit waits for the next Confirm.
  await page.uncheck('#djb-figs tbody tr:nth-child(13) input[type="checkbox"]');
  await settle(page);
  assert.equal((await page.textContent('#djb-confirm-status')).trim(), '有未确认的修改：按“确认”后才会更新图表。');
  assert.equal((await frameWidget(page)).marks, 13);
  await page.click('#djb-confirm');
  await settle(page);
  assert.equal((await frameWidget(page)).marks, 12);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('published script code, pasted into a blank page with the built bundle, draws the same chart', { timeout: 90000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await paste(page, articleTargetsText());
  await page.click('#djb-confirm');
  await settle(page);
  await describe(page, { heading: '2021年海州区13项量化目标', source: '连网' });
  const preview = await frameWidget(page);
  assert.deepEqual({ marks: preview.marks, title: preview.title }, { marks: 13, title: '2021年海州区13项量化目标' });
  assert.deepEqual(await publishedPage(page, server, 'targets'), { tag: 'dj-targets', marks: 13, title: '2021年海州区13项量化目标' });

  // A table too: the CSV example, drawn as the chart chosen.
  await page.click('text=CSV：招商引资目标');
  await settle(page);
  await describe(page, { heading: '2021年招商引资目标' });
  const chart = await frameWidget(page);
  assert.equal(chart.marks, 2);
  assert.deepEqual(await publishedPage(page, server, 'csv'), { tag: chart.tag, marks: 2, title: '2021年招商引资目标' });
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a saved project opens again into the same page: input, options, table, choice, description, preview', { timeout: 120000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await paste(page, '地区\t产值\n海州\t1,234\n连云\t2,500\n');
  await page.check('#djb-q-decimal input[value=","]');
  await settle(page);
  // Not the first suggestion, with an option of its own.
  const choices = await page.$$eval('input[name="djb-widget"]', (rs) => rs.map((r) => r.value));
  assert.ok(choices.length >= 2, choices.join());
  const other = choices.includes('dj-bar-chart') && choices[0] !== 'dj-bar-chart' ? 'dj-bar-chart' : choices[1];
  await page.check(`input[name="djb-widget"][value="${other}"]`);
  await settle(page);
  if (other === 'dj-bar-chart') {
    await page.selectOption('#djb-o-sort', 'descending');
    await settle(page);
  }
  await describe(page, { heading: '产值（示例）', subtitle: '两个地区', source: '示例数据', sourceUrl: 'https://example.com/data', credit: '制图：编辑部', unit: '亿元' });
  await page.fill('#djb-d-notes', '示例数据，非报道内容。');
  await page.fill('#djb-d-decimals', '1');
  await page.selectOption('#djb-d-locale', 'en');
  await page.selectOption('#djb-d-theme', 'dark');
  await page.check('input[name="djb-palette"] >> nth=1');
  await settle(page);
  await page.fill('#djb-d-summary', 'Two regions, one chart.');
  await settle(page);
  const before = await snapshot(page);
  assert.equal(before.preview.tag, other);
  assert.equal(before.preview.attributes.heading, '产值（示例）');
  assert.equal(before.preview.attributes.lang, 'en');
  assert.match(before.preview.style, /--dj-accent: #e03131/);

  const saved = await saveAndReopen(page);
  assert.equal(saved.format, 'dj-widgets-project');
  assert.deepEqual(saved.input.options, { decimal: ',' });
  assert.equal(saved.describe.summary, 'Two regions, one chart.');
  assert.deepEqual(await snapshot(page), before);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a saved paragraph project keeps its confirmed, edited figures', { timeout: 120000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await paste(page, articleTargetsText());
  await page.fill('#djb-figs tbody tr:nth-child(2) td.label-cell input', '闲置老旧厂房面积');
  await page.uncheck('#djb-figs tbody tr:nth-child(13) input[type="checkbox"]');
  await page.click('#djb-confirm');
  await settle(page);
  await describe(page, { heading: '2021年目标' });
  const before = await snapshot(page);
  assert.equal(before.preview.tag, 'dj-targets');
  assert.match(before.preview.text, /闲置老旧厂房面积/);
  assert.equal(before.confirm, '已确认 12 个数字。');
  const saved = await saveAndReopen(page);
  assert.equal(saved.figures.length, 13);
  assert.equal(saved.figures[1].label, '闲置老旧厂房面积');
  assert.deepEqual(await snapshot(page), before);
  assert.equal((await frameWidget(page)).marks, 12);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('keyboard only: Tab, Enter, Space and arrows reach every step and Publish, with focus always visible', { timeout: 180000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  const k = page.keyboard;
  const first = await tabTo(page, () => true, 'the first stop');
  assert.equal(first.focus.name, '跳到步骤', 'the first stop skips to the steps');
  assert.ok(first.focus.outline >= 2, 'the skip link shows its focus');
  await k.press('Enter');
  const example = await tabTo(page, (f) => f.name === '报道段落：2021年目标', 'the paragraph example');
  assert.ok(example.focus.outline >= 2);
  await k.press('Enter');
  await settle(page);
  assert.equal((await page.inputValue('#djb-input')).length > 500, true);
  const confirm = await tabTo(page, (f) => f.id === 'djb-confirm', 'Confirm');
  assert.ok(confirm.focus.outline >= 2);
  await k.press('Space');
  await settle(page);
  assert.equal((await page.textContent('#djb-confirm-status')).trim(), '已确认 13 个数字。');

  const radio = await tabTo(page, (f) => f.type === 'radio' && f.inBuilder && f.value.startsWith('dj-'), 'the chart choice');
  assert.equal(radio.focus.value, 'dj-targets', 'the tab stop of a radio group is its checked radio');
  await k.press('ArrowDown');
  await settle(page);
  const next = await focused(page);
  assert.notEqual(next.value, 'dj-targets');
  assert.equal(await page.$eval('input[name="djb-widget"]:checked', (r) => r.value), next.value, 'an arrow moves and chooses');
  await k.press('ArrowUp');
  await settle(page);
  assert.equal(await page.$eval('input[name="djb-widget"]:checked', (r) => r.value), 'dj-targets');

  await tabTo(page, (f) => f.id === 'djb-d-heading', 'the title field');
  await k.type('2021年目标');
  await settle(page);
  await tabTo(page, (f) => f.type === 'radio' && f.name.includes('默认'), 'the palettes');
  await k.press('ArrowRight');
  await settle(page);
  assert.equal(await page.$eval('#djb-contrast', (ul) => ul.localName), 'ul', 'a chosen palette lists its contrast in words');
  assert.match(await page.textContent('#djb-contrast'), /对比度 \d+\.\d:1/);

  const widget = await tabTo(page, (f) => !f.inBuilder || f.tag.startsWith('dj-'), 'a preview widget');
  assert.ok(widget.presses > 0);
  const code = await tabTo(page, (f) => f.id === 'djb-code-script', 'the script code in Publish');
  assert.ok(code.focus.outline >= 2);
  await tabTo(page, (f) => f.tag === 'button' && f.name === '复制', 'its Copy button');
  await k.press('Enter');
  await page.waitForFunction(() => document.querySelector('#djb-live').textContent.includes('已复制'));
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /<dj-targets[^>]* heading="2021年目标"/);
  await tabTo(page, (f) => f.id === 'djb-save', 'Save project');
  // And on, out of the page's end: no trap anywhere after Publish.
  await tabTo(page, (f) => f.tag === 'body' || f.id === 'djb-open', 'past the last control');
  assert.deepEqual(errors, []);
  await ctx.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds nothing on any step (${scheme})`, { timeout: 240000 }, async () => {
    const { page, ctx, errors } = await openBuilder(browser, server.base, { scheme });
    const report = {};
    report.empty = await axe(page);
    await paste(page, '地区\t产值\t增长\n海州\t1,234\t12%\n连云\t2,500\t-2%\n赣榆\tabc\t１２％\n');
    report.question = await axe(page);
    await page.check('#djb-q-decimal input[value="."]');
    await settle(page);
    report.table = await axe(page);
    await paste(page, articleTargetsText());
    report.figures = await axe(page);
    await page.click('#djb-confirm');
    await settle(page);
    await describe(page, { heading: '2021年目标', sourceUrl: 'javascript:alert(1)' });
    await page.check('input[name="djb-palette"] >> nth=2');
    await settle(page);
    report.allSteps = await axe(page);
    await page.click('button[lang="en"]');
    await settle(page);
    report.english = await axe(page);
    assert.deepEqual(report, { empty: [], question: [], table: [], figures: [], allSteps: [], english: [] });
    assert.deepEqual(errors, []);
    await ctx.close();
  });
}

test('downloads: the static SVG, a 2× PNG and a 1080 px PNG for WeChat, made in the page', { timeout: 90000 }, async () => {
  const { page, ctx, errors } = await openBuilder(browser, server.base);
  await page.click('text=表格：江苏联宇项目数字');
  await settle(page);
  await page.check('input[name="djb-widget"][value="dj-big-number"]');
  await describe(page, { heading: '江苏联宇医疗器械研发生产项目', source: '连网' });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const save = async (id) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
    return { name: d.suggestedFilename(), bytes: fs.readFileSync(await d.path()) };
  };
  const svg = await save('#djb-dl-svg');
  assert.equal(svg.name, '江苏联宇医疗器械研发生产项目.svg');
  const text = svg.bytes.toString('utf8');
  assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(text, /4\.1亿元/);
  assert.doesNotMatch(text, /<script|<style|foreignObject|\sstyle=/);
  const pngSize = (b) => ({ png: b.subarray(1, 4).toString() === 'PNG', width: b.readUInt32BE(16), height: b.readUInt32BE(20) });
  const full = await frameWidget(page);
  const box = await page.$eval('djb-widget[data-frame="full-light"]', (e) => Math.floor(e.getBoundingClientRect().width));
  const png2 = await save('#djb-dl-png');
  assert.equal(png2.name, '江苏联宇医疗器械研发生产项目.png');
  const s2 = pngSize(png2.bytes);
  assert.ok(s2.png && Math.abs(s2.width - 2 * box) <= 2, `2× of the ${box} px preview, got ${s2.width}`);
  const wechat = await save('#djb-dl-wechat');
  const sw = pngSize(wechat.bytes);
  assert.deepEqual({ png: sw.png, width: sw.width }, { png: true, width: 1080 });
  assert.ok(wechat.bytes.length < 1_000_000, `${wechat.bytes.length} bytes`);
  assert.equal(full.tag, 'dj-big-number');
  assert.deepEqual(requests.filter((u) => !u.startsWith(server.base) && !u.startsWith('data:') && !u.startsWith('blob:')), [], 'nothing leaves the browser');
  assert.deepEqual(errors, []);
  await ctx.close();
});
