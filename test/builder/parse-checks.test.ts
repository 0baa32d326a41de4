import { expect } from '@open-wc/testing';
import { parseInput } from '../../src/builder/parse.js';

describe('builder: parseInput — dates, header, transpose', () => {
  it('types date columns and writes the dates as the widgets read them', () => {
    const t = parseInput('时间\t产值\n2021年1月\t1\n2021年2月\t2\n2021年3月\t3\n');
    expect(t.columns[0]).to.deep.equal({ name: '时间', type: 'date', unit: '' });
    expect(t.records.map((r) => r['时间'])).to.deep.equal(['2021-01', '2021-02', '2021-03']);
  });

  it('types a column of bare years as dates under a time header or in sequence, as numbers otherwise', () => {
    expect(parseInput('年份\t收入\n2019\t1.2\n2021\t1.6\n').columns[0]?.type).to.equal('date');
    expect(parseInput('x\t收入\n2019\t1.2\n2020\t1.1\n2021\t1.6\n').columns[0]?.type).to.equal('date');
    expect(parseInput('地区\t产量\n甲\t2019\n乙\t2671\n丙\t1350\n').columns[1]?.type).to.equal('number');
  });

  it('carries a year down a column: 2021年1月, 2月, 3月', () => {
    const t = parseInput('月份\t产值\n2021年11月\t1\n12月\t2\n2022年1月\t3\n2月\t4\n');
    expect(t.records.map((r) => r['月份'])).to.deep.equal(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(t.questions).to.deep.equal([]);
  });

  it('rolls a carried year over where the quarters start again (NBS GDP growth by quarter, 2021年四季度 to 2022年四季度)', () => {
    // 国家统计局: GDP 同比增长 2021年四季度 4.0%, 2022年一季度 4.8%, 二季度 0.4%, 三季度 3.9%, 四季度 2.9%.
    const t = parseInput('季度\t国内生产总值同比增长（%）\n2021年四季度\t4.0\n一季度\t4.8\n二季度\t0.4\n三季度\t3.9\n四季度\t2.9\n');
    expect(t.records.map((r) => r['季度'])).to.deep.equal(['2021年四季度', '2022年一季度', '2022年二季度', '2022年三季度', '2022年四季度']);
    expect(t.questions).to.deep.equal([]);
  });

  it('rolls back a year in a newest-first column (2022年四季度 … 一季度, 四季度)', () => {
    const t = parseInput('季度\t增长（%）\n2022年四季度\t2.9\n三季度\t3.9\n二季度\t0.4\n一季度\t4.8\n四季度\t4.0\n');
    expect(t.records.map((r) => r['季度'])).to.deep.equal(['2022年四季度', '2022年三季度', '2022年二季度', '2022年一季度', '2021年四季度']);
  });

  it('rolls a guessed year over too: 三季度, 四季度, 一季度 with the year chosen', () => {
    const t = parseInput('季度\t产值\n三季度\t1\n四季度\t2\n一季度\t3\n', { year: 2020 });
    expect(t.records.map((r) => r['季度'])).to.deep.equal(['2020年三季度', '2020年四季度', '2021年一季度']);
  });

  it('takes the year of quarters from their row', () => {
    const t = parseInput('年份\t季度\t产值\n2020\t一季度\t1\n2021\t二季度\t2\n');
    expect(t.records.map((r) => r['季度'])).to.deep.equal(['2020年一季度', '2021年二季度']);
    expect(t.questions).to.deep.equal([]);
  });

  it('takes the year from the caption: 1-6月份, 1—6月 and 一季度 in a table titled 2021年', () => {
    const t = parseInput('2021年海州区经济运行\n时期\t产值\n一季度\t10\n1-6月份\t20\n1—9月\t30\n');
    expect(t.records.map((r) => r['时期'])).to.deep.equal(['2021年一季度', '2021年1-6月份', '2021年1—9月']);
    expect(t.options.year).to.equal(2021);
    expect(t.questions).to.deep.equal([]);
  });

  it('asks for the year when nothing gives one, and stops asking once it is chosen', () => {
    const text = '季度\t产值\n一季度\t10\n二季度\t20\n';
    const asked = parseInput(text);
    expect(asked.questions.map((q) => q.id)).to.deep.equal(['year']);
    const q = asked.questions[0];
    expect(q?.choices.map((c) => c.value)).to.include(q?.chosen);
    const answered = parseInput(text, { year: 2019 });
    expect(answered.questions).to.deep.equal([]);
    expect(answered.records.map((r) => r['季度'])).to.deep.equal(['2019年一季度', '2019年二季度']);
    expect(answered.options.year).to.equal(2019);
  });

  it('flips a wide table with years across the top so the dates run down a column', () => {
    const t = parseInput('地区\t2019\t2020\t2021\n海州\t1\t2\t3\n连云\t4\t5\t6\n');
    expect(t.options.transpose).to.equal(true);
    expect(t.columns).to.deep.equal([{ name: '年份', type: 'date', unit: '' }, { name: '海州', type: 'number', unit: '' }, { name: '连云', type: 'number', unit: '' }]);
    expect(t.records).to.deep.equal([{ 年份: '2019', 海州: 1, 连云: 4 }, { 年份: '2020', 海州: 2, 连云: 5 }, { 年份: '2021', 海州: 3, 连云: 6 }]);
    const kept = parseInput('地区\t2019\t2020\t2021\n海州\t1\t2\t3\n连云\t4\t5\t6\n', { transpose: false });
    expect(kept.columns.map((c) => c.name)).to.deep.equal(['地区', '2019', '2020', '2021']);
    expect(kept.records[0]).to.deep.equal({ 地区: '海州', 2019: 1, 2020: 2, 2021: 3 });
  });

  it('transposes when asked: the first column becomes the header', () => {
    const t = parseInput('指标\t海州\t连云\n产值\t4\t5\n人口\t1\t2\n', { transpose: true });
    expect(t.records).to.deep.equal([{ 指标: '海州', 产值: 4, 人口: 1 }, { 指标: '连云', 产值: 5, 人口: 2 }]);
  });

  it('reads a first row of numbers as data, with columns named 列1, 列2', () => {
    const t = parseInput('海州\t12\n连云\t8\n');
    expect(t.options.header).to.equal(false);
    expect(t.records).to.deep.equal([{ 列1: '海州', 列2: 12 }, { 列1: '连云', 列2: 8 }]);
  });

  it('names blank and repeated headers so every record key is unique', () => {
    const t = parseInput('\t产值\t产值\n海州\t1\t2\n');
    expect(t.columns.map((c) => c.name)).to.deep.equal(['列1', '产值', '产值 (2)']);
  });
});

describe('builder: parseInput — questions', () => {
  it('asks about 1,234 when every number could be either, and stops when told', () => {
    const text = '地区,产值\nA,"1,234"\nB,"2,345"\n';
    const asked = parseInput(text);
    expect(asked.questions.map((q) => [q.id, q.chosen])).to.deep.equal([['decimal', '.']]);
    expect(asked.questions[0]?.choices.map((c) => c.en)).to.deep.equal(['"." is the decimal mark: 1234', '"," is the decimal mark: 1.234']);
    expect(asked.records.map((r) => r['产值'])).to.deep.equal([1234, 2345]);
    const told = parseInput(text, { decimal: ',' });
    expect(told.questions).to.deep.equal([]);
    expect(told.records.map((r) => r['产值'])).to.deep.equal([1.234, 2.345]);
  });

  it('asks about 1.234 too, leaning to thousands in a semicolon file', () => {
    const asked = parseInput('k;v\na;1.234\nb;5.678\n');
    expect(asked.questions.map((q) => [q.id, q.chosen])).to.deep.equal([['decimal', ',']]);
    expect(asked.records.map((r) => r['v'])).to.deep.equal([1234, 5678]);
    expect(parseInput('k;v\na;1.234\nb;5.678\n', { decimal: '.' }).records.map((r) => r['v'])).to.deep.equal([1.234, 5.678]);
  });

  it('does not ask when one cell settles the mark', () => {
    expect(parseInput('k\tv\na\t1,234\nb\t5.5\n').questions).to.deep.equal([]);
    expect(parseInput('k\tv\na\t1.234\nb\t5,5\n').options.decimal).to.equal(',');
  });

  it('asks whether 03/04/2021 is day or month first, unless a day over 12 says', () => {
    const asked = parseInput('date,v\n03/04/2021,1\n05/06/2021,2\n');
    expect(asked.questions.map((q) => [q.id, q.chosen])).to.deep.equal([['dateOrder', 'dmy']]);
    expect(parseInput('date,v\n03/04/2021,1\n05/06/2021,2\n', { dateOrder: 'mdy' }).records.map((r) => r['date'])).to.deep.equal(['2021-03-04', '2021-05-06']);
    const settled = parseInput('date,v\n03/04/2021,1\n04/25/2021,2\n');
    expect(settled.questions).to.deep.equal([]);
    expect(settled.records.map((r) => r['date'])).to.deep.equal(['2021-03-04', '2021-04-25']);
  });

  it('asks whether an all-text first row is a header, and follows the answer', () => {
    const text = '项目\t阶段\n联宇\t封顶\n海州湾\t施工\n';
    const asked = parseInput(text);
    expect(asked.questions.map((q) => [q.id, q.chosen])).to.deep.equal([['header', 'true']]);
    expect(asked.records).to.have.length(2);
    const data = parseInput(text, { header: false });
    expect(data.questions).to.deep.equal([]);
    expect(data.records).to.deep.equal([{ 列1: '项目', 列2: '阶段' }, { 列1: '联宇', 列2: '封顶' }, { 列1: '海州湾', 列2: '施工' }]);
  });

  it('asks whether ragged text is a table or prose', () => {
    const t = parseInput('name,value\nHaizhou,1,234\nLianyun,567\n');
    expect(t.questions.map((q) => q.id)).to.include('kind');
    expect(parseInput('name,value\nHaizhou,1,234\nLianyun,567\n', { kind: 'csv' }).questions.map((q) => q.id)).to.not.include('kind');
  });
});

describe('builder: parseInput — bad cells', () => {
  it('flags text in a number column by data row and column, in both languages, and leaves a gap', () => {
    const t = parseInput('地区\t产值\t增速\n海州\t12\t5%\n连云\t待定\t3%\n赣榆\t7\tn/a\n东海\t9\t高\n');
    expect(t.records.map((r) => r['产值'])).to.deep.equal([12, null, 7, 9]);
    expect(t.records.map((r) => r['增速'])).to.deep.equal([5, 3, null, null]);
    expect(t.issues).to.deep.equal([
      { row: 2, column: 2, value: '待定', en: 'Row 2, column 2 ("产值"): "待定" is not a number.', zh: '第 2 行第 2 列（“产值”）：“待定”不是数字。' },
      { row: 4, column: 3, value: '高', en: 'Row 4, column 3 ("增速"): "高" is not a number.', zh: '第 4 行第 3 列（“增速”）：“高”不是数字。' },
    ]);
  });

  it('flags a number in another unit than its column', () => {
    const t = parseInput('指标\t数值\n甲\t4.1亿元\n乙\t500万元\n丙\t12%\n');
    // Written with two multipliers (亿元, 万元), the numbers share the base unit 元.
    expect(t.columns[1]?.unit).to.equal('元');
    expect(t.records.map((r) => r['数值'])).to.deep.equal([410000000, 5000000, null]);
    expect(t.issues.map((i) => [i.row, i.column, i.value, i.en])).to.deep.equal([[3, 2, '12%', 'Row 3, column 2 ("数值"): "12%" is in %; the column\'s other numbers are in 元.']]);
  });

  it('flags a cell that is not a date in a date column', () => {
    const t = parseInput('日期\t事件\n2021-01-15\t报道\n不详\t开工\n2021年3月\t封顶\n');
    expect(t.issues.map((i) => [i.row, i.column, i.value])).to.deep.equal([[2, 1, '不详']]);
    expect(t.records.map((r) => r['日期'])).to.deep.equal(['2021-01-15', null, '2021-03']);
  });

  it('flags a row with a stray comma and hints at quoting', () => {
    const t = parseInput('name,value\nHaizhou,1,234\nLianyun,567\nDonghai,89\n');
    expect(t.issues.map((i) => [i.row, i.column, i.value])).to.deep.equal([[1, 3, '234']]);
    expect(t.issues[0]?.en).to.include('must be in quotes');
    expect(t.issues[0]?.zh).to.include('须加引号');
  });

  it('numbers the rows as the sheet shows them when there is no header', () => {
    const t = parseInput('海州\t12\n连云\t待定\n赣榆\t7\n', { header: false });
    expect(t.issues.map((i) => [i.row, i.column])).to.deep.equal([[2, 2]]);
  });
});
