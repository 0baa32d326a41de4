/**
 * Real statistical tables through every stage: the columns, their units as written, the rows
 * left out, the suggestions and the published code.
 */
import { expect } from '@open-wc/testing';
import { readFileBytes } from '../../src/builder/files.js';
import { parseInput } from '../../src/builder/parse.js';
import { defaultDescribe, projectData, widgetAttributes, type Project } from '../../src/builder/project.js';
import { publishCode } from '../../src/builder/publish.js';
import { suggestWidgets } from '../../src/builder/suggest.js';
import { figuresFromText as figuresFromTextSync } from '../../src/builder/figures.js';

/**
 * NBS, 2024年3月份社会消费品零售总额主要数据, as the release's table copies out of a web page:
 * a header over merged cells (3月, 1—3月) with a units row under it, and label-only rows
 * ("按经营地分") heading the rows below. https://news.mysteel.com/a/24041610/D435E76D68FEC063.html
 */
const RETAIL_MARCH_2024 = [
  '指 标\t3月\t\t1—3月\t',
  '\t绝对量(亿元)\t同比增长(%)\t绝对量(亿元)\t同比增长(%)',
  '社会消费品零售总额\t39020\t3.1\t120327\t4.7',
  ' 其中：除汽车以外的消费品零售额\t34968\t3.9\t109163\t4.7',
  ' 其中：限额以上单位消费品零售额\t15535\t2.6\t45451\t5.2',
  ' 其中：实物商品网上零售额\t-\t-\t28053\t11.6',
  '按经营地分\t\t\t\t',
  ' 城镇\t33843\t3.0\t104280\t4.6',
  ' 乡村\t5177\t3.8\t16047\t5.2',
  '按消费类型分\t\t\t\t',
  ' 餐饮收入\t3964\t6.9\t13445\t10.8',
  '  其中：限额以上单位餐饮收入\t1174\t3.2\t3551\t9.2',
  ' 商品零售\t35056\t2.7\t106882\t4.0',
].join('\n');

/**
 * Cumulative retail sales, 2023, month by month as the NBS releases state them (1—2月 77067亿元,
 * +3.5%: https://www.ahhgcable.com/caijing/2023/0315/031589148.html; the later months from the
 * NBS monthly releases), with a notes column an editor adds.
 */
const RETAIL_CUMULATIVE_2023 = [
  '2023年社会消费品零售总额',
  '时期\t社会消费品零售总额（亿元）\t比上年同期增长（%）\t备注',
  '1-2月\t77067\t3.5\t春节因素',
  '1-3月\t114922\t5.8\t一季度',
  '1-4月\t149483\t8.5\t上年同期基数低',
  '1-5月\t187636\t9.3\t',
  '1-6月\t227588\t8.2\t上半年',
].join('\n');

const project = (text: string, widget: string, attributes: Record<string, string> = {}): Project =>
  ({ format: 'dj-widgets-project', version: 1, widget, input: { text, options: {} }, attributes, describe: defaultDescribe() });

describe('builder: real tables', () => {
  it('NBS retail table: two-row header with units, headings left out, one chart per unit', () => {
    const t = parseInput(RETAIL_MARCH_2024);
    expect(t.columns.map((c) => [c.name, c.type, c.unit])).to.deep.equal([
      ['指 标', 'text', ''], ['3月 绝对量', 'number', '亿元'], ['3月 同比增长', 'number', '%'], ['1—3月 绝对量', 'number', '亿元'], ['1—3月 同比增长', 'number', '%'],
    ]);
    expect(t.skipped.map((r) => [r.row, r.label, r.reason])).to.deep.equal([[5, '按经营地分', 'heading'], [8, '按消费类型分', 'heading']]);
    expect(t.records).to.have.length(9);
    expect(t.records[0]).to.deep.equal({ '指 标': '社会消费品零售总额', '3月 绝对量': 39020, '3月 同比增长': 3.1, '1—3月 绝对量': 120327, '1—3月 同比增长': 4.7 });
    expect(t.issues).to.deep.equal([]);
    const bars = suggestWidgets(t).find((s) => s.tag === 'dj-bar-chart');
    expect(bars?.attributes).to.deep.equal({ series: '3月 绝对量,1—3月 绝对量' });
    expect(bars?.zh).to.include('2 种单位').and.include('3月 同比增长、1—3月 同比增长（%）');
    const p = project(RETAIL_MARCH_2024, 'dj-bar-chart', bars?.attributes);
    expect(widgetAttributes(p)['unit']).to.equal('亿元');
  });

  it('cumulative retail with a notes column: periods read, notes stay text, never a series', () => {
    const t = parseInput(RETAIL_CUMULATIVE_2023);
    expect(t.caption).to.equal('2023年社会消费品零售总额');
    expect(t.columns.map((c) => [c.name, c.type, c.unit])).to.deep.equal([
      ['时期', 'date', ''], ['社会消费品零售总额', 'number', '亿元'], ['比上年同期增长', 'number', '%'], ['备注', 'text', ''],
    ]);
    // Running totals keep their span and the caption's year (the period reader), not the month they end in.
    expect(t.records.map((r) => r['时期'])).to.deep.equal(['2023年1-2月', '2023年1-3月', '2023年1-4月', '2023年1-5月', '2023年1-6月']);
    expect(t.records.map((r) => r['备注'])).to.deep.equal(['春节因素', '一季度', '上年同期基数低', null, '上半年']);
    const line = suggestWidgets(t)[0];
    expect(line?.tag).to.equal('dj-line-chart');
    expect(line?.attributes).to.equal(undefined);
    expect(line?.zh).to.include('本图只画 社会消费品零售总额（亿元）');
    // English in English punctuation: the unit in ASCII brackets, not the Chinese ones.
    expect(line?.en).to.include('this chart draws 社会消费品零售总额 (亿元)');
    const p = project(RETAIL_CUMULATIVE_2023, 'dj-line-chart', line?.attributes);
    const code = publishCode(p, 'script', { scriptUrl: 'https://cdn.example.com/dj-widgets.js', embedUrl: 'https://cdn.example.com/embed.html' });
    expect(code).to.include('{"时期":"2023年1-2月","社会消费品零售总额":77067}').and.include('unit="亿元"');
    // The growth rates (%) and the notes are not lines on the 亿元 axis.
    expect(code).to.not.include('7706700000000').and.not.include('比上年同期增长').and.not.include('春节因素');
  });

  it('a GBK CSV of GDP by city (2023 H1, test/fixtures/README.md): decoded, 全省 left out and said, 4009.09 in 亿元, no waffle', async () => {
    const bytes = new Uint8Array(await (await fetch('/test/fixtures/gdp-jiangsu-2023h1.gbk.csv')).arrayBuffer());
    const file = await readFileBytes('gdp-jiangsu-2023h1.gbk.csv', bytes);
    expect(file.encoding).to.equal('gb18030');
    const t = parseInput(file.text, file.kind ? { kind: file.kind } : {});
    expect([t.caption, t.footer]).to.deep.equal(['2023年上半年江苏省设区市地区生产总值', '资料来源：江苏省统计局，各设区市统计局']);
    expect(t.columns.map((c) => [c.name, c.unit])).to.deep.equal([['地区', ''], ['地区生产总值', '亿元']]);
    expect(t.skipped.map((r) => [r.row, r.label, r.reason])).to.deep.equal([[1, '全省', 'total']]);
    expect(t.records).to.have.length(13);
    expect(t.records.find((r) => r['地区'] === '徐州市')).to.deep.equal({ 地区: '徐州市', 地区生产总值: 4009.09 });
    const s = suggestWidgets(t);
    expect(s[0]?.tag).to.equal('dj-bar-chart');
    // One number column in one unit: nothing to choose, so nothing set.
    expect(s[0]?.attributes).to.equal(undefined);
    expect(s.map((x) => x.tag)).to.not.include('dj-waffle');
    // The editor keeps the total: it is drawn again.
    expect(parseInput(file.text, { totals: true }).records).to.have.length(14);
    const p = project(file.text, 'dj-bar-chart', { value: '地区生产总值' });
    expect(projectData(p)).to.have.length(13);
    const code = publishCode(p, 'script', { scriptUrl: 'https://cdn.example.com/dj-widgets.js', embedUrl: 'https://cdn.example.com/embed.html' });
    expect(code).to.include('{"地区":"连云港市","地区生产总值":1955.9}').and.include('unit="亿元"').and.not.include('60465.3');
  });

  it('the same table as .tsv (UTF-16 with BOM, as Excel saves "Unicode text"), .json (UTF-8) and .xls: the same records', async () => {
    const want = [{ 地区: '苏州市', 地区生产总值: 11458.4 }, { 地区: '南京市', 地区生产总值: 8316.92 }];
    const tsv = '地区\t地区生产总值（亿元）\n苏州市\t11458.4\n南京市\t8316.92\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(tsv, (c) => c.charCodeAt(0)).buffer)]);
    const a = await readFileBytes('gdp.tsv', utf16);
    expect([a.encoding, a.kind]).to.deep.equal(['utf-16', 'tsv']);
    expect(parseInput(a.text, { kind: 'tsv' }).records).to.deep.equal(want);
    const b = await readFileBytes('gdp.json', new TextEncoder().encode(JSON.stringify([{ 地区: '苏州市', '地区生产总值（亿元）': 11458.4 }, { 地区: '南京市', '地区生产总值（亿元）': 8316.92 }])));
    expect([b.encoding, b.kind]).to.deep.equal(['utf-8', 'json']);
    expect(parseInput(b.text, { kind: 'json' }).records).to.deep.equal(want);
    const XLSX = await import('@e965/xlsx');
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['地区', '地区生产总值（亿元）'], ['苏州市', 11458.4], ['南京市', 8316.92]]), '分市');
    const xls = await readFileBytes('gdp.xls', new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer));
    expect(xls.sheets).to.deep.equal(['分市']);
    expect(parseInput(xls.text, { kind: 'tsv' }).records).to.deep.equal(want);
  });

  it('a caption row of units (亿元/%) and a units row under the header', () => {
    const caption = parseInput('单位：亿元/%\n地区\t生产总值\t增速\n海州\t1200.5\t6.1\n连云\t650.2\t5.3\n合计\t1850.7\t5.8\n');
    expect(caption.columns.map((c) => c.unit)).to.deep.equal(['', '亿元', '%']);
    expect(caption.skipped.map((r) => r.label)).to.deep.equal(['合计']);
    const row = parseInput('地区\t粮食产量\t增长\n单位\t万吨\t%\n东海\t80.1\t1.2\n灌云\t70.4\t-0.5\n');
    expect(row.columns.map((c) => [c.name, c.unit])).to.deep.equal([['地区', ''], ['粮食产量', '万吨'], ['增长', '%']]);
    expect(row.records).to.deep.equal([{ 地区: '东海', 粮食产量: 80.1, 增长: 1.2 }, { 地区: '灌云', 粮食产量: 70.4, 增长: -0.5 }]);
  });

  it('a waffle of money is offered only with a unit-size that keeps its squares countable', () => {
    const t = parseInput('产业\t增加值（亿元）\n第一产业\t4.0\n第二产业\t45.5\n第三产业\t50.5\n合计\t100\n');
    const w = suggestWidgets(t).find((s) => s.tag === 'dj-waffle');
    expect(w?.attributes).to.equal(undefined);
    const big = parseInput('产业\t增加值（亿元）\n第一产业\t5075.82\n第二产业\t57166.92\n第三产业\t65979.42\n合计\t128222.16\n');
    const wb = suggestWidgets(big).find((s) => s.tag === 'dj-waffle');
    expect(wb?.attributes).to.deep.equal({ 'unit-size': '100' });
    expect(wb?.zh).to.include('每格代表 100亿元');
  });

  it('an xlsx with two sheets: the first by default, the second when chosen', async () => {
    const XLSX = await import('@e965/xlsx');
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['地区', '产量（万吨）'], ['东海', 80.1], ['灌云', 70.4]]), '粮食');
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['年份', '人口（万人）'], ['2022', 460.1], ['2023', 458.3]]), '人口');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const first = await readFileBytes('统计.xlsx', bytes);
    expect([first.sheets, first.sheet]).to.deep.equal([['粮食', '人口'], '粮食']);
    expect(parseInput(first.text, { kind: 'tsv' }).records).to.deep.equal([{ 地区: '东海', 产量: 80.1 }, { 地区: '灌云', 产量: 70.4 }]);
    const second = await readFileBytes('统计.xlsx', bytes, '人口');
    const t = parseInput(second.text, { kind: 'tsv' });
    expect(t.columns.map((c) => [c.name, c.type, c.unit])).to.deep.equal([['年份', 'date', ''], ['人口', 'number', '万人']]);
    expect(t.records).to.deep.equal([{ 年份: '2022', 人口: 460.1 }, { 年份: '2023', 人口: 458.3 }]);
  });

  // 蚌埠市2024年统计公报's GDP table (蚌埠市统计局, 2025-03-31; http://www.ilynn.cn/document_detail/133968.html):
  // the whole first, its parts after it with 其中 — the whole is left out and said, as 合计 is.
  it('a 统计公报 table with its whole above 其中 parts: the whole is a total row, kept on request', () => {
    const text = '指标\t绝对额（亿元）\n地区生产总值\t2313.0\n其中：第一产业\t287.0\n第二产业\t714.1\n第三产业\t1311.9\n';
    const t = parseInput(text);
    expect(t.skipped.map((r) => [r.row, r.label, r.reason])).to.deep.equal([[1, '地区生产总值', 'total']]);
    expect(t.records.map((r) => r['指标'])).to.deep.equal(['其中：第一产业', '第二产业', '第三产业']);
    expect(parseInput(text, { totals: true }).records).to.have.length(4);
    // Without 其中, or with it further down, every row is a row.
    expect(parseInput('指标\t绝对额（亿元）\n地区生产总值\t2313.0\n第一产业\t287.0\n').skipped).to.deep.equal([]);
  });
});

describe('builder: a project paragraph', () => {
  it('the article\'s site-visit paragraphs: projects named without the 在 of "在…项目现场", a person\'s office and an aim are not projects', async () => {
    const { projectsFromText } = await import('../../src/builder/projects.js');
    const { HAIZHOU_2021_ARTICLE } = await import('../../src/data/haizhou-2021.article.js');
    const paras = HAIZHOU_2021_ARTICLE.split('\n\n');
    const visit = paras.find((p) => p.includes('在爱维康医疗器械生产项目现场')) ?? '';
    const lianyu = paras.find((p) => p.startsWith('在江苏联宇医疗器械研发生产项目现场')) ?? '';
    expect(visit).to.not.equal('');
    expect(lianyu).to.include('推动项目快开工、快投产、快达效');
    const { matchStage, DEFAULT_STAGES } = await import('../../src/widgets/project-tracker/project-tracker.stages.data.js');
    const placed = (text: string) => projectsFromText(text).map((p) => [p.项目, DEFAULT_STAGES[matchStage(p.阶段, DEFAULT_STAGES)]?.name]);
    expect(placed(visit)).to.deep.equal([['爱维康医疗器械生产项目', '基础施工'], ['力磁医疗科技产业园项目', '主体施工'], ['科技创新企业总部项目', '装修']]);
    // "海州工业园区主任李强表示…推动项目快开工、快投产" is neither a project nor a stage.
    expect(placed(lianyu)).to.deep.equal([['江苏联宇医疗器械研发生产项目', '投产/投用']]);
    expect(suggestWidgets(figuresFromTextSync(visit), visit)[0]?.tag).to.equal('dj-project-tracker');
  });

  it('suggests the tracker with the stage reached, not the stage planned; no targets board', async () => {
    const { figuresFromText } = await import('../../src/builder/figures.js');
    const text = '江苏联宇医疗器械研发生产项目主体结构已封顶，预计年底投产。科技创新企业总部项目已开工。';
    const s = suggestWidgets(figuresFromText(text), text);
    expect(s[0]?.tag).to.equal('dj-project-tracker');
    expect(s.map((x) => x.tag)).to.not.include('dj-targets');
    const data = projectData({ ...project(text, 'dj-project-tracker'), figures: figuresFromText(text) }) as Array<Record<string, string>>;
    expect(data.map((d) => [d['项目'], d['阶段']])).to.deep.equal([['江苏联宇医疗器械研发生产项目', '江苏联宇医疗器械研发生产项目主体结构已封顶'], ['科技创新企业总部项目', '科技创新企业总部项目已开工']]);
  });
});
