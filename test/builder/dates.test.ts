import { expect } from '@open-wc/testing';
import { parseBuilderDate, widgetDate, type BuilderDate } from '../../src/builder/dates.js';

type Row = [text: string, context: { year?: number; order?: 'ymd' | 'dmy' | 'mdy' }, start: string, end: string | undefined, precision: BuilderDate['precision'], widget: string, cumulative?: true];

describe('builder: parseBuilderDate', () => {
  const cases: Row[] = [
    ['2021年1月', {}, '2021-01-01', '2021-01-31', 'month', '2021-01'],
    ['2021年1月份', {}, '2021-01-01', '2021-01-31', 'month', '2021-01'],
    ['2021年', {}, '2021-01-01', '2021-12-31', 'year', '2021'],
    ['2021', {}, '2021-01-01', '2021-12-31', 'year', '2021'],
    ['２０２１年', {}, '2021-01-01', '2021-12-31', 'year', '2021'],
    ['一季度', { year: 2021 }, '2021-01-01', '2021-03-31', 'quarter', '2021年一季度'],
    ['第二季度', { year: 2020 }, '2020-04-01', '2020-06-30', 'quarter', '2020年第二季度'],
    ['2021年一季度', {}, '2021-01-01', '2021-03-31', 'quarter', '2021年一季度'],
    ['2021年第四季度', {}, '2021-10-01', '2021-12-31', 'quarter', '2021年第四季度'],
    ['二〇二一年三季度', {}, '2021-07-01', '2021-09-30', 'quarter', '二〇二一年三季度'],
    ['Q1 2021', {}, '2021-01-01', '2021-03-31', 'quarter', 'Q1 2021'],
    ['2021Q3', {}, '2021-07-01', '2021-09-30', 'quarter', '2021Q3'],
    ['2021 Q2', {}, '2021-04-01', '2021-06-30', 'quarter', '2021 Q2'],
    ['Q4', { year: 2019 }, '2019-10-01', '2019-12-31', 'quarter', 'Q4 2019'],
    ['H2 2021', {}, '2021-07-01', '2021-12-31', 'half', 'H2 2021'],
    ['1-6月份', { year: 2021 }, '2021-01-01', '2021-06-30', 'month', '2021年1-6月份', true],
    ['1—6月', { year: 2021 }, '2021-01-01', '2021-06-30', 'month', '2021年1—6月', true],
    ['1–9月', { year: 2021 }, '2021-01-01', '2021-09-30', 'month', '2021年1-9月', true],
    ['1至2月', { year: 2024 }, '2024-01-01', '2024-02-29', 'month', '2024年1至2月', true],
    ['2021年1-6月', {}, '2021-01-01', '2021-06-30', 'month', '2021年1-6月', true],
    ['2021年1月-6月', {}, '2021-01-01', '2021-06-30', 'month', '2021年1月-6月', true],
    ['上半年', { year: 2021 }, '2021-01-01', '2021-06-30', 'half', '2021年上半年'],
    ['2021年前三季度', {}, '2021-01-01', '2021-09-30', 'quarter', '2021年前三季度', true],
    ['全年', { year: 2021 }, '2021-01-01', '2021-12-31', 'year', '2021年全年'],
    ['4-6月', { year: 2021 }, '2021-04-01', '2021-06-30', 'range', '2021年4-6月'],
    ['3月', { year: 2021 }, '2021-03-01', '2021-03-31', 'month', '2021-03'],
    ['十二月', { year: 2021 }, '2021-12-01', '2021-12-31', 'month', '2021-12'],
    ['1月15日', { year: 2021 }, '2021-01-15', undefined, 'day', '2021-01-15'],
    ['2021-01-15', {}, '2021-01-15', undefined, 'day', '2021-01-15'],
    ['2021/1/15', {}, '2021-01-15', undefined, 'day', '2021-01-15'],
    ['2021.1.15', {}, '2021-01-15', undefined, 'day', '2021-01-15'],
    ['2021年1月15日', {}, '2021-01-15', undefined, 'day', '2021-01-15'],
    ['15.01.2021', {}, '2021-01-15', undefined, 'day', '2021-01-15'],
    ['01/15/2021', {}, '2021-01-15', undefined, 'day', '2021-01-15'],
    ['03/04/2021', { order: 'dmy' }, '2021-04-03', undefined, 'day', '2021-04-03'],
    ['03/04/2021', { order: 'mdy' }, '2021-03-04', undefined, 'day', '2021-03-04'],
    ['2021-01', {}, '2021-01-01', '2021-01-31', 'month', '2021-01'],
    ['2021.01', {}, '2021-01-01', '2021-01-31', 'month', '2021-01'],
    ['Jan 2021', {}, '2021-01-01', '2021-01-31', 'month', '2021-01'],
    ['January 2021', {}, '2021-01-01', '2021-01-31', 'month', '2021-01'],
    ['15 Jan 2021', {}, '2021-01-15', undefined, 'day', '2021-01-15'],
    ['2021-2025', {}, '2021-01-01', '2025-12-31', 'range', '2021-2025'],
    ['2021—2025年', {}, '2021-01-01', '2025-12-31', 'range', '2021—2025年'],
  ];
  for (const [text, context, start, end, precision, widget, cumulative] of cases) {
    it(`${text} ${JSON.stringify(context)} → ${start}${end ? `…${end}` : ''} (${precision})`, () => {
      const d = parseBuilderDate(text, context);
      const expected: BuilderDate = { start, precision, text };
      if (end) expected.end = end;
      if (cumulative) expected.cumulative = true;
      expect(d).to.deep.equal(expected);
      expect(widgetDate(d as BuilderDate)).to.equal(widget);
    });
  }

  it('needs a year for a quarter or month range that names none, and takes none from thin air', () => {
    for (const t of ['一季度', '1-6月份', '1—6月', '上半年', 'Q1', '3月', '1月15日']) expect(parseBuilderDate(t), t).to.equal(null);
  });

  it('refuses what is not a date, or a day that does not exist', () => {
    for (const t of ['', '海州', '12', '3.5', '4.1亿', '2021-02-30', '31/04/2021', '2021-13', '13月', '五季度', 'Q5 2021', '2025-2021', '7-3月']) {
      expect(parseBuilderDate(t, { year: 2021 }), t).to.equal(null);
    }
  });

  it('reads d/m/y by its values when they decide, else by the order asked', () => {
    expect(parseBuilderDate('13/04/2021')?.start).to.equal('2021-04-13');
    expect(parseBuilderDate('04/13/2021')?.start).to.equal('2021-04-13');
    expect(parseBuilderDate('03/04/2021')?.start).to.equal('2021-04-03');
    expect(parseBuilderDate('13/04/2021', { order: 'mdy' })).to.equal(null);
  });

  it('writes every period so the line chart reads back the same span', () => {
    for (const [text, context] of cases) {
      const d = parseBuilderDate(text, context) as BuilderDate;
      const back = parseBuilderDate(widgetDate(d), {});
      expect(back && [back.start, back.end ?? back.start], text).to.deep.equal([d.start, d.end ?? d.start]);
    }
  });
});

// Deadlines in a pasted table of projects — 吴川 2021: "要确保在2021年6月底竣工", "要在6月10日前完成"
// (http://www.lggbt.com/bmzz/wcsrmzfw/zwgk/wcdt/zwyw/content/post_1453881.html) — reach the widget
// as written, so the published page says "2021年底" / "end of 2021", never "2021-12-31".
describe('builder: deadlines keep their words', () => {
  const dated = (text: string, year?: number): string | null => {
    const d = parseBuilderDate(text, year === undefined ? {} : { year });
    return d ? widgetDate(d) : null;
  };
  it('are dates, placed on the last day they allow, written as published', () => {
    expect(parseBuilderDate('2021年6月底')?.start).to.equal('2021-06-30');
    expect(dated('2021年6月底')).to.equal('2021年6月底');
    expect(dated('2021年底')).to.equal('2021年底');
    expect(dated('2025年前')).to.equal('2025年前');
    expect(dated('“十四五”末')).to.equal('“十四五”末');
  });
  it('take the year in front when the words name none', () => {
    expect(dated('6月底', 2021)).to.equal('2021年6月底');
    expect(dated('年底', 2021)).to.equal('2021年底');
    expect(dated('6月10日前', 2021)).to.equal('2021年6月10日前');
    expect(dated('6月底')).to.equal(null);
  });
  it('days and periods are as before; words naming no day are not dates', () => {
    expect(dated('2021-06-30')).to.equal('2021-06-30');
    expect(dated('2021年6月')).to.equal('2021-06');
    expect(dated('春节前', 2021)).to.equal(null);
  });
});
