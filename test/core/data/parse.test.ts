import { expect } from '@open-wc/testing';
import { parseDelimited } from '../../../src/core/data/csv.js';
import { DataError } from '../../../src/core/data/errors.js';
import { toCsv, fileName } from '../../../src/core/data/export.js';
import { parseJsonTable } from '../../../src/core/data/json.js';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { chooseColumn, typeTable } from '../../../src/core/data/typed.js';
import { PREFIX_BOUNDS } from '../../../src/core/format/bounds.js';
import { parseCell } from '../../../src/core/format/quantity.js';

function error(fn: () => unknown): DataError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected a DataError');
}

describe('parsing inputs', () => {
  it('reads CSV with a BOM, quotes and a final newline', () => {
    expect(parseDelimited('\uFEFF项目,目标\n"过亿元项目, 新引进",80个\n', 'src')).to.deep.equal({
      columns: ['项目', '目标'],
      rows: [['过亿元项目, 新引进', '80个']],
    });
  });

  it('reads TSV pasted from a spreadsheet', () => {
    expect(parseDelimited('a\tb\n1\t2', 'src', '\t').rows).to.deep.equal([['1', '2']]);
  });

  it('names the line of a ragged CSV row', () => {
    const e = error(() => parseDelimited('a,b\n1,2\n3\n', 'src'));
    expect(e.message).to.equal('Row on line 3 has 1 field, the header has 2.');
    expect(e.details).to.deep.equal({ input: 'src', line: 3, row: 2 });
  });

  it('gives the line and column of bad JSON', () => {
    const e = error(() => parseJsonTable('[\n  {"a": 1},\n]', 'json'));
    expect(e.details.line).to.equal(3);
    expect(e.details.column).to.equal(1);
    expect(e.message.startsWith('Invalid JSON at line 3, column 1')).to.equal(true);
  });

  it('accepts arrays of objects, arrays of arrays and {data: [...]}', () => {
    expect(fromRecords([{ a: 1 }, { b: 2 }], 'data')).to.deep.equal({ columns: ['a', 'b'], rows: [[1, undefined], [undefined, 2]] });
    expect(fromRecords([['k', 'v'], ['x', 1]], 'data')).to.deep.equal({ columns: ['k', 'v'], rows: [['x', 1]] });
    expect(fromRecords({ data: [{ a: 1 }] }, 'data').rows).to.deep.equal([[1]]);
    expect(error(() => fromRecords([{ a: 1 }, 5], 'data')).message).to.equal('Row 2 is not an object.');
    expect(error(() => fromRecords('x', 'data')).message).to.equal('Expected an array of rows, got string.');
  });

  it('keeps __proto__ an ordinary column and leaves Object.prototype alone', () => {
    const t = parseJsonTable('[{"__proto__": {"polluted": true}, "constructor": "c", "v": 1}]', 'json');
    expect(t.columns).to.deep.equal(['__proto__', 'constructor', 'v']);
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
  });

  it('types columns and picks the first text and first numeric column by default', () => {
    const t = typeTable({ columns: ['年份', '项目', '数量'], rows: [['2021', '甲', '80个'], ['2022', '乙', '-']] });
    expect(t.columns.map((c) => [c.type, c.unit])).to.deep.equal([['number', ''], ['text', ''], ['number', '个']]);
    // 年份 is numbers but years: labels, never the value summed (core/format/year.ts).
    const v = chooseColumn(t, 'number');
    expect(v).to.equal(2);
    expect(chooseColumn(t, 'text', null, v)).to.equal(1);
    expect(chooseColumn(t, 'number', '数量')).to.equal(2);
    expect(chooseColumn(t, 'number', '3')).to.equal(2);
  });
});

describe('parseCell: labels answered without reading a number', () => {
  it('still reads every way a number may open a cell', () => {
    const numbers = ['3', '+3', '-3', '−3', '３', '.5', '(3.5)', '¥30', '￥30', 'US$5', '$5', '€5', '£5', '十亿', '两万', '〇点五', '零点五'];
    for (const raw of numbers) expect(parseCell(raw).kind, raw).to.equal('number');
    expect(parseCell(',5', { decimal: ',' })).to.deep.include({ kind: 'number', value: 0.5 });
    // Every qualifier written before a number, from the one vocabulary.
    for (const { word } of PREFIX_BOUNDS) expect(parseCell(`${word}5个`), word).to.deep.include({ kind: 'number', value: 5, unit: '个', qualifier: word });
  });

  it('types labels as text, trimmed, and missing as missing', () => {
    const labels = ['项目1', '北京市', '  上海 ', 'GDP增速', '第1季度', '万元', '🚀1', 'x', '无'];
    expect(labels.map((l) => parseCell(l))).to.deep.equal([
      { kind: 'text', text: '项目1' },
      { kind: 'text', text: '北京市' },
      { kind: 'text', text: '上海' },
      { kind: 'text', text: 'GDP增速' },
      { kind: 'text', text: '第1季度' },
      { kind: 'text', text: '万元' },
      { kind: 'text', text: '🚀1' },
      { kind: 'text', text: 'x' },
      { kind: 'missing' },
    ]);
  });
});

describe('CSV export', () => {
  it('writes a UTF-8 BOM, quotes what needs it, and defuses formulas', () => {
    const csv = toCsv(['项目', 'v'], [['a, b', 1], ['=HYPERLINK("x")', -2], ['-5', '@x']]);
    expect(csv).to.equal('\uFEFF项目,v\r\n"a, b",1\r\n"\'=HYPERLINK(""x"")",-2\r\n-5,"\'@x"\r\n');
  });

  it('neutralises every formula start (OWASP) but keeps signed numbers as numbers', () => {
    const cells = ["+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", '@SUM(1+1)', '\t=1', '\r=1', '=1', '-', '-3.5', '+1', '-1,234.5', '-12%', '-1e5', '-.5', '1-2'];
    const out = toCsv(['c'], cells.map((c) => [c])).slice(1).split('\r\n').slice(1, -1);
    expect(out).to.deep.equal([
      `"'+1+cmd|' /C calc'!A0"`, `"'-2+3+cmd|' /C calc'!A0"`, `"'@SUM(1+1)"`, `"'\t=1"`, `"'\r=1"`, `"'=1"`,
      '-', '-3.5', '+1', '"-1,234.5"', '-12%', '-1e5', '-.5', '1-2',
    ]);
  });

  it('makes a safe file name from a title', () => {
    expect(fileName('2021年招商引资目标', 'csv')).to.equal('2021年招商引资目标.csv');
    expect(fileName('a/b:c*?', 'csv')).to.equal('a b c.csv');
    expect(fileName('', 'csv')).to.equal('data.csv');
    expect(fileName('a\u202Egpj.exe', 'png')).to.equal('a gpj.exe.png');
    expect(fileName('\0..x\ud800y ..', 'csv')).to.equal('x y.csv');
    expect(fileName('CON', 'csv')).to.equal('CON_.csv');
    expect(fileName('😀'.repeat(81), 'csv')).to.equal(`${'😀'.repeat(80)}.csv`);
  });
});

describe('JSON error positions', () => {
  const cases: Array<[string, number, number]> = [
    ['[{"a": 1,}]', 1, 10],
    ['[\n  {"a": 1},\n]', 3, 1],
    ['[{"a": "x\n"}]', 1, 10],
    ['[{"a": tru}]', 1, 8],
    ['[{a: 1}]', 1, 3],
    ['[1 2]', 1, 4],
    ['[{"a": "\\q"}]', 1, 10],
    ['[1] x', 1, 5],
    ['[', 1, 2],
  ];
  for (const [text, line, column] of cases) {
    it(`finds line ${line}, column ${column} in ${JSON.stringify(text)}`, () => {
      const e = error(() => parseJsonTable(text, 'json'));
      expect([e.details.line, e.details.column]).to.deep.equal([line, column]);
    });
  }
});
