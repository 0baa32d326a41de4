import { expect } from '@open-wc/testing';
import { parseRows } from '../../../src/core/data/dsv.js';
import { toCsv } from '../../../src/core/data/export.js';

describe('dsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(parseRows('a,b\n"x, y","say ""hi"""\n"two\nlines",3')).to.deep.equal([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', '3'],
    ]);
  });

  it('ends lines at \\n, \\r\\n or \\r, and adds no row for a final line break', () => {
    expect(parseRows('a,b\r\n1,2\r3,4\n')).to.deep.equal([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty fields and blank lines', () => {
    expect(parseRows('a,,c\n\n,')).to.deep.equal([['a', '', 'c'], [''], ['', '']]);
  });

  it('reads an unbalanced quote to the end, and a quote inside a field literally', () => {
    expect(parseRows('a,"b\nc')).to.deep.equal([['a', 'b\nc']]);
    expect(parseRows('5"4,x')).to.deep.equal([['5"4', 'x']]);
  });

  it('reads tabs', () => {
    expect(parseRows('a\tb\n1,5\t2', '\t')).to.deep.equal([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });

  it('writes what it reads', () => {
    const rows = [['项目', 'note'], ['a, b', 'say "hi"'], ['two\nlines', '']];
    const text = toCsv(rows[0]!, rows.slice(1));
    expect(text).to.equal('\uFEFF项目,note\r\n"a, b","say ""hi"""\r\n"two\nlines",\r\n');
    expect(parseRows(text.slice(1))).to.deep.equal(rows);
  });

  it('reads a megabyte without trouble', () => {
    const text = 'k,v\n' + 'abc,123\n'.repeat(125000);
    const rows = parseRows(text);
    expect(rows.length).to.equal(125001);
    expect(rows[125000]).to.deep.equal(['abc', '123']);
  });
});
