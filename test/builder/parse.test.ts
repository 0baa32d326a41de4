import { expect } from '@open-wc/testing';
import { parseInput, type BuilderTable, type ParseOptions } from '../../src/builder/parse.js';
import { HAIZHOU_2021_ARTICLE } from '../../src/data/haizhou-2021.js';

/** The parts of a table a test states in full. */
const shape = (t: BuilderTable): unknown => ({ kind: t.kind, columns: t.columns, records: t.records, issues: t.issues.map((i) => [i.row, i.column, i.value]) });

describe('builder: parseInput — paste forms', () => {
  // Numbers stay as the table writes them: 4.1 in 亿元, not 410000000 in 元.
  const columns = [{ name: '地区', type: 'text', unit: '' }, { name: '产值', type: 'number', unit: '亿元' }, { name: '增速', type: 'number', unit: '%' }];
  const records = [{ 地区: '海州', 产值: 4.1, 增速: 12 }, { 地区: '连云', 产值: 1.85, 增速: -3.5 }];
  const cases: Array<[string, string]> = [
    // Excel for Windows: \r\n between rows, a trailing line break.
    ['Excel (Windows)', '地区\t产值\t增速\r\n海州\t4.1亿元\t12%\r\n连云\t1.85亿元\t-3.5%\r\n'],
    // WPS: the selection ran one column past the data, so every line ends in a tab.
    ['WPS (trailing empty column)', '地区\t产值\t增速\t\r\n海州\t4.1亿元\t12%\t\r\n连云\t1.85亿元\t-3.5%\t\r\n'],
    // Google Sheets: \n, no final line break, two empty columns selected.
    ['Google Sheets (\\n, no final break, empty columns)', '地区\t产值\t增速\t\t\n海州\t4.1亿元\t12%\t\t\n连云\t1.85亿元\t-3.5%\t\t'],
    // Excel for Mac (old): bare \r.
    ['Excel (Mac, \\r)', '地区\t产值\t增速\r海州\t4.1亿元\t12%\r连云\t1.85亿元\t-3.5%\r'],
    ['an empty row pasted in between', '地区\t产值\t增速\r\n\t\t\r\n海州\t4.1亿元\t12%\r\n连云\t1.85亿元\t-3.5%\r\n\r\n'],
    ['CSV', '地区,产值,增速\n海州,4.1亿元,12%\n连云,1.85亿元,-3.5%\n'],
    ['CSV with a byte-order mark', '\uFEFF地区,产值,增速\r\n海州,4.1亿元,12%\r\n连云,1.85亿元,-3.5%\r\n'],
    ['JSON objects', '[{"地区":"海州","产值":"4.1亿元","增速":"12%"},{"地区":"连云","产值":"1.85亿元","增速":"-3.5%"}]'],
    ['JSON arrays', '[["地区","产值","增速"],["海州","4.1亿元","12%"],["连云","1.85亿元","-3.5%"]]'],
    ['JSON {data: …}', '{"data":[{"地区":"海州","产值":"4.1亿元","增速":"12%"},{"地区":"连云","产值":"1.85亿元","增速":"-3.5%"}]}'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const t = parseInput(text);
      expect({ columns: t.columns, records: t.records, issues: t.issues, questions: t.questions }).to.deep.equal({ columns, records, issues: [], questions: [] });
      expect(t.rows).to.deep.equal([['海州', '4.1亿元', '12%'], ['连云', '1.85亿元', '-3.5%']]);
      expect(t.options.header).to.equal(true);
    });
  }

  it('detects each kind', () => {
    expect(cases.map(([, text]) => parseInput(text).kind)).to.deep.equal(['tsv', 'tsv', 'tsv', 'tsv', 'tsv', 'csv', 'csv', 'json', 'json', 'json']);
  });

  it('keeps a spreadsheet cell with line breaks and quotes whole (Excel and Sheets quote it)', () => {
    const text = '项目\t阶段\t截至\r\n"联宇医疗\n二期"\t"主体""基本""完工"\t2021-01-15\r\n海州湾\t"外墙\n脚手架"\t2021/1/15\r\n';
    const t = parseInput(text);
    expect(t.kind).to.equal('tsv');
    expect(t.rows).to.deep.equal([['联宇医疗\n二期', '主体"基本"完工', '2021-01-15'], ['海州湾', '外墙\n脚手架', '2021/1/15']]);
    expect(t.columns.map((c) => c.type)).to.deep.equal(['text', 'text', 'date']);
    expect(t.records[1]).to.deep.equal({ 项目: '海州湾', 阶段: '外墙\n脚手架', 截至: '2021-01-15' });
  });

  it('reads CSV quotes: delimiters, doubled quotes and line breaks inside', () => {
    const t = parseInput('name,value\n"Haizhou, East","1,234.5"\n"He said ""hi""",567\n"two\nlines",8\n');
    expect(t.kind).to.equal('csv');
    expect(t.records).to.deep.equal([{ name: 'Haizhou, East', value: 1234.5 }, { name: 'He said "hi"', value: 567 }, { name: 'two\nlines', value: 8 }]);
    expect(t.questions).to.deep.equal([]);
  });

  it('reads semicolon files with decimal commas', () => {
    const t = parseInput('Land;Wert;Anteil\nA;1.234,5;12,5%\nB;2,25;7%\n');
    expect(shape(t)).to.deep.equal({
      kind: 'semicolon',
      columns: [{ name: 'Land', type: 'text', unit: '' }, { name: 'Wert', type: 'number', unit: '' }, { name: 'Anteil', type: 'number', unit: '%' }],
      records: [{ Land: 'A', Wert: 1234.5, Anteil: 12.5 }, { Land: 'B', Wert: 2.25, Anteil: 7 }],
      issues: [],
    });
    expect(t.options.decimal).to.equal(',');
  });

  it('keeps JSON numbers as numbers whatever the decimal mark', () => {
    const t = parseInput('[{"k":"a","v":1234.5},{"k":"b","v":null},{"k":"c","v":"2,5"}]', { decimal: ',' });
    expect(t.records).to.deep.equal([{ k: 'a', v: 1234.5 }, { k: 'b', v: null }, { k: 'c', v: 2.5 }]);
  });

  it('keeps "__proto__" and "constructor" as ordinary columns', () => {
    const t = parseInput('[{"__proto__":"x","constructor":1},{"__proto__":"y","constructor":2}]');
    expect(t.columns.map((c) => c.name)).to.deep.equal(['__proto__', 'constructor']);
    const r = t.records[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(r)).to.equal(Object.prototype);
    expect(Object.hasOwn(r, '__proto__')).to.equal(true);
    expect(r['__proto__']).to.equal('x');
    expect(({} as Record<string, unknown>)['x']).to.equal(undefined);
  });

  it('turns prose into paragraph mode with no rows, even with ASCII commas (as the article has)', () => {
    for (const text of ['盘活低产低效土地1000亩以上,闲置老旧厂房10万平方米以上,亩均税收增长10%以上。', '工业投资增长12%。\n\n新增规上工业企业15家以上。', '']) {
      const t = parseInput(text);
      expect([t.kind, t.rows, t.records, t.columns], text).to.deep.equal(['paragraph', [], [], []]);
    }
  });

  it('tells prose from tables: the article, sentences in cells, regular prose lines', () => {
    expect(parseInput(HAIZHOU_2021_ARTICLE).kind).to.equal('paragraph');
    const tsv = parseInput('日期\t事件\n2021-01-15\t报道发表。海州全力以赴赶考“十四五”。\n2021-06-30\t二期主体基本完工，正进行内外装修。\n');
    expect([tsv.kind, tsv.questions]).to.deep.equal(['tsv', []]);
    const csv = parseInput('date,event\n2021-01-15,"The report was published. It was long."\n2021-06-30,"Topped out. Work goes on inside."\n2021-07-30,"Opened."\n');
    expect([csv.kind, csv.questions]).to.deep.equal(['csv', []]);
    // Two lines of prose with one comma each are also a regular two-column CSV: asked, not guessed.
    const both = parseInput('盘活闲置资源,盘活低产低效土地1000亩以上。\n实施企业培育行动计划,确保新增规上工业企业15家以上。\n培优培强骨干企业,工业投资增长12%。');
    expect([both.kind, both.questions.map((q) => [q.id, q.chosen])]).to.deep.equal(['paragraph', [['kind', 'paragraph']]]);
  });

  it('reads a header that starts with a year ("2021年目标") as a header, not as 2021 in the unit 年目标', () => {
    const t = parseInput('指标\t2021年目标\n盘活低效土地\t1000亩\n新增工业用地\t500亩\n');
    expect([t.options.header, t.columns.map((c) => c.name), t.rows.length, t.issues]).to.deep.equal([true, ['指标', '2021年目标'], 2, []]);
    // A first row of real values stays data: 10万平方米 is a number in a unit.
    expect(parseInput('厂房\t10万平方米\n土地\t1000亩\n').options.header).to.equal(false);
  });

  it("asks nothing about the article's two target paragraphs: long clauses are prose", () => {
    const para = (opening: string): string => {
      const start = HAIZHOU_2021_ARTICLE.indexOf(opening);
      return HAIZHOU_2021_ARTICLE.slice(start, HAIZHOU_2021_ARTICLE.indexOf('\n', start));
    };
    const t = parseInput(`${para('与2020年相比')}\n\n${para('为集聚新兴业态')}`);
    expect([t.kind, t.questions.map((q) => q.id)]).to.deep.equal(['paragraph', []]);
  });

  it('reports the line and column of broken JSON', () => {
    const t = parseInput('[\n  {"a": 1},\n  {"a": 2,}\n]');
    expect(t.kind).to.equal('json');
    expect(t.issues).to.have.length(1);
    expect([t.issues[0]?.row, t.issues[0]?.column]).to.deep.equal([3, 11]);
    expect(t.issues[0]?.en).to.match(/^Invalid JSON \(line:column 3:11\)/);
    expect(t.issues[0]?.zh).to.match(/^JSON 格式有误（行:列 3:11）/);
  });

  it('never throws, whatever it is given', () => {
    const junk = ['\t', '\n\n\n', '"', '"\t"', '[', '{"a":', '[1,2,3]', '[null]', 'a\tb', ';;;', ',,,\n,,,', '\u0000\u0001', '\uD800', 'x'.repeat(10000)];
    for (const j of junk) expect(() => parseInput(j), JSON.stringify(j.slice(0, 20))).to.not.throw();
    expect(() => parseInput(undefined as unknown as string)).to.not.throw();
  });
});

describe('builder: parseInput — numbers', () => {
  const cases: Array<[string, ParseOptions, number, string]> = [
    ['1,234', {}, 1234, ''],
    ['1,234.5', {}, 1234.5, ''],
    ['1.234,5', { decimal: ',' }, 1234.5, ''],
    ['12%', {}, 12, '%'],
    ['12.5 %', {}, 12.5, '%'],
    ['4.1亿', {}, 4.1, '亿'],
    ['4.1亿元', {}, 4.1, '亿元'],
    ['1.85万', {}, 1.85, '万'],
    ['1.85万平方米', {}, 1.85, '万平方米'],
    ['１２３', {}, 123, ''],
    ['１２.５％', {}, 12.5, '%'],
    ['(1,234)', {}, -1234, ''],
    ['（1,234）', {}, -1234, ''],
    ['\u22121,234', {}, -1234, ''],
    ['-3.5', {}, -3.5, ''],
    ['¥1,234', {}, 1234, '元'],
    ['￥4.1亿', {}, 4.1, '亿元'],
    ['1,234元', {}, 1234, '元'],
    ['US$5', {}, 5, '美元'],
    ['1 234 567', {}, 1234567, ''],
    ['1\u00a0234,5', { decimal: ',' }, 1234.5, ''],
    ["1'234.5", {}, 1234.5, ''],
    ['1000亩以上', {}, 1000, '亩'],
    ['两万', {}, 20000, ''],
  ];
  for (const [cell, options, value, unit] of cases) {
    it(`${cell} → ${value} ${unit}`, () => {
      const t = parseInput(`项目\t数值\n甲\t${cell}\n乙\t1\n`, options);
      expect(t.records[0]).to.deep.equal({ 项目: '甲', 数值: value });
      expect(t.columns[1]).to.deep.equal({ name: '数值', type: 'number', unit });
      expect(t.issues).to.deep.equal([]);
    });
  }

  it('takes the unit of bare numbers from the header: 产值（亿元）, GDP (billion), 增速(%)', () => {
    const t = parseInput('地区\t产值（亿元）\t增速(%)\t人口（万人）\n海州\t4.1\t12\t1.5\n连云\t1.8\t-3\t2\n');
    expect(t.columns).to.deep.equal([
      { name: '地区', type: 'text', unit: '' }, { name: '产值', type: 'number', unit: '亿元' },
      { name: '增速', type: 'number', unit: '%' }, { name: '人口', type: 'number', unit: '万人' },
    ]);
    expect(t.records).to.deep.equal([{ 地区: '海州', 产值: 4.1, 增速: 12, 人口: 1.5 }, { 地区: '连云', 产值: 1.8, 增速: -3, 人口: 2 }]);
  });

  it('takes it from a "单位：万元" line above the table, and keeps the title as the caption', () => {
    const t = parseInput('2021年海州区主要指标\n单位：万元\n指标\t数值\n工业投资\t12,000\n税收\t3.5\n资料来源：海州区统计局\n');
    expect(t.caption).to.equal('2021年海州区主要指标');
    expect(t.footer).to.equal('资料来源：海州区统计局');
    expect(t.records).to.deep.equal([{ 指标: '工业投资', 数值: 12000 }, { 指标: '税收', 数值: 3.5 }]);
    expect(t.columns[1]?.unit).to.equal('万元');
  });

  it('does not take a bracket that holds no unit for one', () => {
    const t = parseInput('地区\t产值(估计)\n海州\t4\n连云\t5\n');
    expect(t.columns[1]).to.deep.equal({ name: '产值(估计)', type: 'number', unit: '' });
  });
});
