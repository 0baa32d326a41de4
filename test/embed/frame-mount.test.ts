/** An embed link → the widget it names, with real widgets (src/embed/mount.ts, src/embed/datasets.ts). */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DataError } from '../../src/core/data/errors.js';
import { DATA_SET_IDS, findDataSet } from '../../src/embed/datasets.js';
import { mountEmbed, widgetTags } from '../../src/embed/mount.js';
import { dataFragment, EmbedError, encodeBase64Url, readEmbedParams } from '../../src/embed/params.js';
import { PROJECTS, TARGETS } from '../../src/data/haizhou-2021.js';
import { shadow } from '../helpers/widgets.js';

const BASE = 'https://news.example/embed/';

async function mount(search: string, hash = '', locale: 'zh-CN' | 'en' = 'zh-CN') {
  const root = await fixture<HTMLElement>(html`<main></main>`);
  const result = await mountEmbed(readEmbedParams(search, hash), root, BASE, locale);
  return { root, ...result };
}

function problem(result: { element: HTMLElement | null; error: EmbedError | DataError | null }): EmbedError | DataError {
  expect(result.element).to.equal(null);
  if (!result.error) throw new Error('no error');
  return result.error;
}

describe('embed page: widgets', () => {
  it('knows every registered dj-* element from the library', () => {
    expect(widgetTags()).to.deep.equal(['dj-bar-chart', 'dj-big-number', 'dj-figures', 'dj-line-chart', 'dj-project-tracker', 'dj-targets', 'dj-timeline', 'dj-waffle']);
  });

  it('draws a bar chart from #data with the link’s attributes set as text', async () => {
    const rows = [{ 地区: '海州', 产值: 12 }, { 地区: '连云', 产值: 8 }];
    const { root, element, error, ignored } = await mount('?widget=bar-chart&heading=<b>产值</b>&onclick=alert(1)&style=color:red&no-motion&eager=false', `#${dataFragment(rows)}`);
    expect(error).to.equal(null);
    expect(root.firstElementChild).to.equal(element);
    const el = element!;
    expect(el.localName).to.equal('dj-bar-chart');
    expect(el.getAttribute('heading')).to.equal('<b>产值</b>');
    expect(el.hasAttribute('onclick')).to.equal(false);
    expect(el.hasAttribute('style')).to.equal(false);
    expect(el.hasAttribute('no-motion')).to.equal(true);
    expect(el.hasAttribute('eager')).to.equal(false);
    expect(ignored).to.deep.equal(['onclick', 'style']);
    await waitUntil(() => shadow(el).querySelectorAll('g.bar').length === 2, 'two bars');
    expect(shadow(el).querySelector('.title')!.textContent).to.equal('<b>产值</b>');
    expect(shadow(el).querySelector('b')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('paints the widget in the link’s colours (accent, palette-N)', async () => {
    const rows = [{ 地区: '海州', 产值: 12 }, { 地区: '连云', 产值: 8 }];
    const { element } = await mount('?widget=bar-chart&accent=%23ff0000&palette-2=javascript:x', `#${dataFragment(rows)}`);
    const el = element!;
    expect(el.style.getPropertyValue('--dj-accent')).to.equal('#ff0000');
    expect(el.style.getPropertyValue('--dj-palette-2')).to.equal('');
    await waitUntil(() => shadow(el).querySelectorAll('g.bar rect.mark').length === 2, 'two bars');
    expect(getComputedStyle(shadow(el).querySelector('g.bar rect.mark')!).fill).to.equal('rgb(255, 0, 0)');
  });

  it('hands a shape problem to the widget, which shows it', async () => {
    const { element, error } = await mount('?widget=bar-chart', `#${dataFragment({ not: 'rows' })}`);
    expect(error).to.equal(null);
    await waitUntil(() => shadow(element!).querySelector('.status.error'), 'the widget’s error');
  });

  it('passes src on to the widget, resolved by the widget against the page', async () => {
    const { element } = await mount('?widget=bar-chart&src=/test/fixtures/projects.csv');
    expect(element!.getAttribute('src')).to.equal('/test/fixtures/projects.csv');
  });

  it('sets text paragraphs as text for a widget that reads text', async () => {
    const text = '新引进过亿元项目80个。\n<img src=x onerror="window.__pwned=1">总投资4.1亿元。';
    const { element, error } = await mount('?widget=figures', `#text=${encodeBase64Url(text)}`);
    expect(error).to.equal(null);
    const paragraphs = Array.from(element!.querySelectorAll('p')).map((p) => p.textContent);
    expect(paragraphs).to.deep.equal(['新引进过亿元项目80个。', '<img src=x onerror="window.__pwned=1">总投资4.1亿元。']);
    expect(element!.querySelector('img')).to.equal(null);
    await waitUntil(() => shadow(element!).querySelectorAll('mark[part="figure"]').length >= 2, 'the figures');
  });
});

describe('embed page: data sets', () => {
  it('lists stable ids', () => {
    expect(DATA_SET_IDS).to.deep.equal(['haizhou-2021/targets', 'haizhou-2021/projects', 'haizhou-2021/lianyu', 'haizhou-2021/new-projects', 'haizhou-2021/figures']);
    expect(findDataSet('constructor')).to.equal(undefined);
    expect(findDataSet('__proto__')).to.equal(undefined);
  });

  it('haizhou-2021/targets: the 13 targets on a board, frame text in the reader’s language', async () => {
    const { element } = await mount('?id=haizhou-2021/targets');
    const el = element!;
    expect(el.localName).to.equal('dj-targets');
    expect(el.getAttribute('heading')).to.equal('2021年海州区13项量化目标');
    expect(el.getAttribute('group')).to.equal('category');
    await waitUntil(() => shadow(el).querySelectorAll('[role="option"]').length === 13, '13 targets');
    const labels = Array.from(shadow(el).querySelectorAll('[role="option"] .label')).map((n) => n.textContent);
    expect([...labels].sort()).to.deep.equal(TARGETS.map((t) => t.label).sort());

    const en = await mount('?id=haizhou-2021/targets&heading=Mine', '', 'en');
    expect(en.element!.getAttribute('heading')).to.equal('Mine');
    expect(en.element!.getAttribute('source')).to.equal('Lianyungang News');
  });

  it('haizhou-2021/projects: one tracker row per project, 江苏联宇 in two phases', () => {
    const rows = findDataSet('haizhou-2021/projects')!.rows!();
    expect(rows.map((r) => [r['项目'], r['分期'] ?? '', r['阶段']])).to.deep.equal([
      ['爱维康医疗器械生产项目', '', '地基浇筑'],
      ['力磁医疗科技产业园项目', '', '外墙脚手架'],
      ['科技创新企业总部项目', '', '封顶，内部施工'],
      ['江苏联宇医疗器械研发生产项目', '一期', '投入运行，一期投用'],
      ['江苏联宇医疗器械研发生产项目', '二期', '二期装修'],
    ]);
    expect(rows[3]!['总投资']).to.equal('4.1亿元');
    expect(rows[4]!['总投资']).to.equal(undefined);
    expect(rows.every((r) => r['截至'] === '2021-01-15')).to.equal(true);
    expect(PROJECTS).to.have.length(4);
  });

  it('haizhou-2021/lianyu and new-projects carry the article’s figures', () => {
    expect(findDataSet('haizhou-2021/lianyu')!.rows!()).to.deep.equal([
      { label: '总投资', value: 410000000, unit: '元', quote: '该项目总投资4.1亿元' },
      { label: '总建筑面积', value: 18500, unit: '平方米', quote: '规划总建筑面积1.85万平方米' },
      { label: '年产医疗器械', value: 20000, unit: '件', quote: '投产后可形成年产2万件医疗器械的生产能力' },
      { label: '年产值', value: 180000000, unit: '元', quote: '年产值达1.8亿元' },
    ]);
    expect(findDataSet('haizhou-2021/new-projects')!.rows!()).to.deep.equal([
      { 项目: '新引进过亿元项目', 目标: 80 },
      { 项目: '过10亿元项目', 目标: 10 },
    ]);
  });

  it('haizhou-2021/figures: the three paragraphs that hold sourced figures', () => {
    const paragraphs = findDataSet('haizhou-2021/figures')!.paragraphs!();
    expect(paragraphs.map((p) => p.slice(0, 8))).to.deep.equal(['在江苏联宇医疗器', '与2020年相比', '为集聚新兴业态,']);
  });

  it('the link may pick another widget for a data set', async () => {
    const { element, error } = await mount('?id=haizhou-2021/new-projects&widget=bar-chart');
    expect(error).to.equal(null);
    expect(element!.localName).to.equal('dj-bar-chart');
    await waitUntil(() => shadow(element!).querySelectorAll('g.bar').length === 2, 'two bars');
    // The waffle's mode="part" would be a bad bar-chart mode: only the frame's text carries over.
    expect(element!.getAttribute('mode')).to.equal('grouped');
    expect(element!.getAttribute('heading')).to.equal('2021年新引进项目目标：80个过亿元项目，其中10个过10亿元');
  });
});

describe('embed page: bad links', () => {
  it('names unknown widgets and data sets with the valid ones, in both languages', async () => {
    const w = problem(await mount('?widget=pie'));
    expect(w.message).to.equal('There is no widget “pie”. Widgets: bar-chart, big-number, figures, line-chart, project-tracker, targets, timeline, waffle.');
    expect(w.text('zh-CN')).to.equal('没有名为“pie”的组件。可用的组件：bar-chart、big-number、figures、line-chart、project-tracker、targets、timeline、waffle。');
    const d = problem(await mount('?id=haizhou-2022/targets'));
    expect(d.message).to.equal(`There is no data set “haizhou-2022/targets”. Data sets: ${DATA_SET_IDS.join(', ')}.`);
    expect(problem(await mount('?id=__proto__')).message).to.match(/^There is no data set “__proto__”/);
  });

  it('refuses a link with no widget, no data, or data given twice', async () => {
    expect(problem(await mount('?src=a.csv')).message).to.match(/^The link names no widget: add \?widget= with one of bar-chart, /);
    expect(problem(await mount('?widget=bar-chart')).message).to.match(/^The link has no data/);
    const twice = problem(await mount('?widget=bar-chart&src=a.csv&id=haizhou-2021/targets', `#${dataFragment([])}`));
    expect(twice.message).to.equal('The link gives the data 3 ways (src, id, data); give exactly one.');
    expect(twice.text('zh-CN')).to.equal('链接以 3 种方式给出数据（src、id、data），只能给一种。');
  });

  it('refuses a data URL that is not http(s)', async () => {
    const e = problem(await mount('?widget=bar-chart&src=javascript:alert(1)'));
    expect(e.message).to.equal('The data URL “javascript:alert(1)” is not an http(s) address.');
  });

  it('reports a JSON syntax error with its line and column', async () => {
    const e = problem(await mount('?widget=bar-chart', `#data=${encodeBase64Url('[\n  {"a": 1,}\n]')}`));
    expect(e).to.be.instanceOf(DataError);
    expect(e.message).to.match(/^Invalid JSON at line 2, column 11: /);
    expect(e.text('zh-CN')).to.match(/^JSON 格式有误（第 2 行第 11 列）：/);
  });

  it('matches data to what the widget reads', async () => {
    expect(problem(await mount('?widget=figures&id=haizhou-2021/targets')).message).to.equal('<dj-figures> reads text, not a table: give it #text=<base64url text>.');
    expect(problem(await mount('?widget=bar-chart', `#text=${encodeBase64Url('80个')}`)).message).to.equal('<dj-bar-chart> draws a table of data, not text: give it src, data or a data set of rows.');
  });
});
