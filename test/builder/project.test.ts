import { expect } from '@open-wc/testing';
import { figuresFromText } from '../../src/builder/figures.js';
import { defaultDescribe, loadProject, projectData, ProjectError, saveProject, widgetAttributes, WIDGET_TAGS, type Project } from '../../src/builder/project.js';

function sample(): Project {
  const text = '盘活低产低效土地1000亩以上,亩均税收增长10%以上。';
  return {
    format: 'dj-widgets-project',
    version: 1,
    widget: 'dj-targets',
    input: { text, options: { kind: 'paragraph' } },
    figures: figuresFromText(text),
    attributes: { density: 'roomy', group: 'status' },
    describe: {
      ...defaultDescribe('zh-CN'),
      heading: '海州2021年目标', subtitle: '“十四五”开局', notes: '注：目标值。', source: '连网', sourceUrl: 'https://example.com/a?b=1&c=2',
      credit: '邵沛源', theme: 'dark', colors: ['#c2410c', 'rgb(26, 127, 55)'], summary: '', decimals: 1, decimalComma: false,
    },
  };
}

/** Asserts that `fn` throws a ProjectError with both languages, matching `en`. */
function refuses(fn: () => unknown, en: RegExp): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, String(en)).to.be.instanceOf(ProjectError);
  const e = caught as ProjectError;
  expect(e.message).to.match(en);
  expect(e.zh).to.match(/[\u4e00-\u9fff]/);
  expect(e.text('zh-CN')).to.equal(e.zh);
  expect(e.text('en')).to.equal(e.message);
}

describe('builder: project files', () => {
  it('round-trips: what is saved loads back identical, and saves again byte for byte', () => {
    const p = sample();
    const json = saveProject(p);
    expect(json).to.match(/^\{\n {2}"format": "dj-widgets-project",\n {2}"version": 1,/);
    const back = loadProject(json);
    expect(back).to.deep.equal(p);
    expect(saveProject(back)).to.equal(json);
  });

  it('saves the table view\'s choices — rows kept or left out, totals, columns skipped, typed and given units — and they read the same table back', async () => {
    const { parseInput } = await import('../../src/builder/parse.js');
    const text = '城市\t地区生产总值（亿元）\t备注\n苏州市\t11458.4\t\n南京市\t8316.92\t\n合计\t19775.32\t\n';
    const options = { totals: true, skipRows: [1], keepRows: [3], columns: { 备注: { skip: true }, 地区生产总值: { type: 'number' as const, unit: '亿元' } } };
    const p: Project = { format: 'dj-widgets-project', version: 1, widget: 'dj-bar-chart', input: { text, options }, attributes: {}, describe: defaultDescribe() };
    const back = loadProject(saveProject(p));
    expect(back.input.options).to.deep.equal(options);
    const t = parseInput(back.input.text, back.input.options);
    expect(t.records).to.deep.equal([{ 城市: '南京市', 地区生产总值: 8316.92 }, { 城市: '合计', 地区生产总值: 19775.32 }]);
    expect(projectData(back)).to.deep.equal(t.records);
  });

  it('round-trips a table project and its options', () => {
    const p: Project = { format: 'dj-widgets-project', version: 1, widget: 'dj-line-chart', input: { text: '季度\t产值\n一季度\t1\n', options: { kind: 'tsv', header: true, transpose: false, decimal: ',', dateOrder: 'dmy', year: 2021 } }, attributes: { area: '' }, describe: defaultDescribe('en') };
    expect(loadProject(saveProject(p))).to.deep.equal(p);
  });

  it('keeps each figure\'s published form, and refuses a malformed one', () => {
    const p = sample();
    expect(loadProject(saveProject(p)).figures?.[0]?.published).to.deep.equal({ decimals: 0, multiplier: '', grouped: false });
    const bad = JSON.parse(saveProject(p)) as { figures: Array<Record<string, unknown>> };
    bad.figures[0]!['published'] = { decimals: 1, multiplier: '<img>' };
    refuses(() => loadProject(JSON.stringify(bad)), /figures\[0\]\.published must be/);
  });

  it('refuses a file of another format or version, or no JSON at all', () => {
    const p = sample();
    refuses(() => loadProject('not json'), /not a project file/);
    refuses(() => loadProject('[]'), /project must be an object, not array/);
    refuses(() => loadProject(JSON.stringify({ ...p, format: 'datawrapper' })), /not a dj-widgets project file/);
    refuses(() => loadProject(JSON.stringify({ ...p, version: 2 })), /version 2 is not supported/);
    refuses(() => loadProject(JSON.stringify({ ...p, version: '1' })), /version "1" is not supported/);
  });

  it('refuses wrong types, unknown fields and unknown widgets', () => {
    const p = sample();
    const bad: Array<[unknown, RegExp]> = [
      [{ ...p, widget: 'script' }, /Unknown widget "script"/],
      [{ ...p, widget: 'dj-evil' }, /Unknown widget "dj-evil"/],
      [{ ...p, extra: 1 }, /project has an unknown field "extra"/],
      [{ ...p, input: { text: 5, options: {} } }, /input.text must be text, not number/],
      [{ ...p, input: { text: '', options: { kind: 'xml' } } }, /input.options.kind must be one of/],
      [{ ...p, input: { text: '', options: { header: 'yes' } } }, /input.options.header must be true or false/],
      [{ ...p, input: { text: '', options: { year: 21 } } }, /input.options.year must be a year/],
      [{ ...p, describe: { ...p.describe, heading: ['x'] } }, /describe.heading must be text, not array/],
      [{ ...p, describe: { ...p.describe, locale: 'fr' } }, /describe.locale must be/],
      [{ ...p, describe: { ...p.describe, theme: 'neon' } }, /describe.theme must be/],
      [{ ...p, describe: { ...p.describe, colors: ['red;background:url(x)'] } }, /is not a #hex or rgb\(\) colour/],
      [{ ...p, describe: { ...p.describe, sourceUrl: 'javascript:alert(1)' } }, /http\(s\) or relative link/],
      [{ ...p, describe: { ...p.describe, decimals: 1.5 } }, /describe.decimals must be a whole number/],
      [{ ...p, describe: { ...p.describe, decimalComma: 'no' } }, /describe.decimalComma must be true or false/],
      [{ ...p, attributes: { onclick: 'alert(1)' } }, /"onclick" is not an attribute of dj-targets/],
      [{ ...p, attributes: { style: 'x' } }, /"style" is not an attribute/],
      [{ ...p, attributes: { src: 'https://evil.example/data.json' } }, /"src" is not an attribute/],
      [{ ...p, attributes: { density: 3 } }, /attributes.density must be text, not number/],
      [{ ...p, figures: [{ ...p.figures?.[0], value: 'NaN' }] }, /figures\[0\].value must be a number/],
      [{ ...p, figures: [{ ...p.figures?.[0], comparator: 'lte' }] }, /figures\[0\].comparator must be one of/],
      [{ ...p, figures: [{ ...p.figures?.[0], include: 1 }] }, /figures\[0\].include must be true or false/],
      [{ ...p, figures: [{ ...p.figures?.[0], start: 9, end: 2 }] }, /start ≤ end/],
      [{ ...p, figures: [{ ...p.figures?.[0], html: '<b>' }] }, /unknown field "html"/],
    ];
    for (const [data, en] of bad) refuses(() => loadProject(JSON.stringify(data)), en);
  });

  it('keeps "__proto__" out of the prototype chain', () => {
    const json = saveProject(sample()).replace('"attributes": {', '"attributes": {\n    "__proto__": "x",');
    refuses(() => loadProject(json), /"__proto__" is not an attribute/);
    expect(({} as Record<string, unknown>)['x']).to.equal(undefined);
  });

  it('names every widget it knows', () => {
    expect([...WIDGET_TAGS].sort()).to.deep.equal(['dj-bar-chart', 'dj-big-number', 'dj-figures', 'dj-line-chart', 'dj-project-tracker', 'dj-targets', 'dj-timeline', 'dj-waffle']);
  });

  it('gives the widget its data and attributes', () => {
    const p = sample();
    expect(projectData(p)).to.deep.equal([
      { id: 'f1', label: '低产低效土地', value: 1000, unit: '亩', comparator: 'ge', kind: 'level', quote: '盘活低产低效土地1000亩以上', published: { decimals: 0, multiplier: '', grouped: false } },
      { id: 'f2', label: '亩均税收', value: 10, unit: '%', comparator: 'ge', kind: 'growth', quote: '亩均税收增长10%以上', direction: 'up', published: { decimals: 0, multiplier: '', grouped: false } },
    ]);
    expect(widgetAttributes(p)).to.deep.equal({
      lang: 'zh-CN', theme: 'dark', heading: '海州2021年目标', subtitle: '“十四五”开局', notes: '注：目标值。', source: '连网', credit: '邵沛源',
      'source-url': 'https://example.com/a?b=1&c=2', decimals: '1', density: 'roomy', group: 'status',
    });
  });

  it('publishes the numbers and their unit as the table writes them (4.1 in 亿元), the editor\'s unit only for data without one', () => {
    const table: Project = { format: 'dj-widgets-project', version: 1, widget: 'dj-bar-chart', input: { text: '地区\t产值\n海州\t4.1亿元\n连云\t1.8亿元\n', options: {} }, attributes: {}, describe: defaultDescribe() };
    expect(projectData(table)).to.deep.equal([{ 地区: '海州', 产值: 4.1 }, { 地区: '连云', 产值: 1.8 }]);
    expect(widgetAttributes(table)['unit']).to.equal('亿元');
    expect(widgetAttributes({ ...table, describe: { ...table.describe, unit: '万元' } })['unit']).to.equal('亿元');
    const bare: Project = { ...table, input: { text: '地区\t产值\n海州\t4.1\n连云\t1.8\n', options: {} }, describe: { ...table.describe, unit: '亿元' } };
    expect(widgetAttributes(bare)['unit']).to.equal('亿元');
  });

  it('publishes keep-totals when the editor kept total rows, so the widget draws the 合计 row the records hold', () => {
    const text = '地区\t产值\n海州\t4.1\n连云\t1.8\n合计\t5.9\n';
    const left: Project = { format: 'dj-widgets-project', version: 1, widget: 'dj-bar-chart', input: { text, options: {} }, attributes: {}, describe: defaultDescribe() };
    expect(projectData(left).map((r) => (r as Record<string, unknown>)['地区'])).to.deep.equal(['海州', '连云']);
    expect(widgetAttributes(left)).not.to.have.property('keep-totals');
    const kept: Project = { ...left, input: { text, options: { totals: true } } };
    expect(projectData(kept).map((r) => (r as Record<string, unknown>)['地区'])).to.deep.equal(['海州', '连云', '合计']);
    expect(widgetAttributes(kept)['keep-totals']).to.equal('');
    expect(widgetAttributes({ ...kept, widget: 'dj-waffle' })['keep-totals']).to.equal('');
    // One row kept by hand (the table view's row 3) is kept in the chart too.
    expect(widgetAttributes({ ...left, input: { text, options: { keepRows: [3] } } })['keep-totals']).to.equal('');
    // A widget without the attribute never gets it.
    expect(widgetAttributes({ ...kept, widget: 'dj-line-chart' })).not.to.have.property('keep-totals');
  });

  it('gives dj-figures its paragraphs', () => {
    const p: Project = { format: 'dj-widgets-project', version: 1, widget: 'dj-figures', input: { text: '第一段12%。\n\n第二段80个。\n', options: {} }, attributes: {}, describe: defaultDescribe() };
    expect(projectData(p)).to.deep.equal(['第一段12%。', '第二段80个。']);
    expect(widgetAttributes(p)).to.deep.equal({ lang: 'zh-CN' });
  });
});
