/**
 * The periods corpus: every way a newsroom writes a period, with the span it names (start
 * inclusive, end exclusive, ISO days in UTC), its precision, whether it is cumulative, and how
 * it is written back in zh-CN and en.
 */
import { expect } from '@open-wc/testing';
import { readPeriod, type Period, type PeriodPrecision } from '../../../src/core/format/period.js';
import { readPeriods, yearInText } from '../../../src/core/format/period-series.js';
import { formatPeriod } from '../../../src/core/format/period-format.js';

const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

type Row = [text: string | number, start: string, end: string, precision: PeriodPrecision, cumulative: boolean, zh: string, en: string];

/** Read with a context year of 2021 where the text names none (as a caption would give it). */
const CORPUS: Row[] = [
  // Years: the whole year, never January.
  ['2021年', '2021-01-01', '2022-01-01', 'year', false, '2021年', '2021'],
  ['2021', '2021-01-01', '2022-01-01', 'year', false, '2021年', '2021'],
  [2021, '2021-01-01', '2022-01-01', 'year', false, '2021年', '2021'],
  ['２０２１年', '2021-01-01', '2022-01-01', 'year', false, '２０２１年', '2021'],
  ['2021年度', '2021-01-01', '2022-01-01', 'year', false, '2021年度', '2021'],
  ['全年', '2021-01-01', '2022-01-01', 'year', false, '2021年全年', '2021'],
  // Halves.
  ['上半年', '2021-01-01', '2021-07-01', 'half', false, '2021年上半年', 'H1 2021'],
  ['下半年', '2021-07-01', '2022-01-01', 'half', false, '2021年下半年', 'H2 2021'],
  ['H1', '2021-01-01', '2021-07-01', 'half', false, '2021年上半年', 'H1 2021'],
  ['2021H1', '2021-01-01', '2021-07-01', 'half', false, '2021年上半年', 'H1 2021'],
  ['H2 2020', '2020-07-01', '2021-01-01', 'half', false, '2020年下半年', 'H2 2020'],
  ['2021年上半年', '2021-01-01', '2021-07-01', 'half', false, '2021年上半年', 'H1 2021'],
  // Quarters.
  ['2021Q1', '2021-01-01', '2021-04-01', 'quarter', false, '2021年一季度', 'Q1 2021'],
  ['Q1 2021', '2021-01-01', '2021-04-01', 'quarter', false, '2021年一季度', 'Q1 2021'],
  ['2021 Q4', '2021-10-01', '2022-01-01', 'quarter', false, '2021年四季度', 'Q4 2021'],
  ['2021-Q2', '2021-04-01', '2021-07-01', 'quarter', false, '2021年二季度', 'Q2 2021'],
  ['2021年一季度', '2021-01-01', '2021-04-01', 'quarter', false, '2021年一季度', 'Q1 2021'],
  ['2021年第三季度', '2021-07-01', '2021-10-01', 'quarter', false, '2021年第三季度', 'Q3 2021'],
  ['二〇二一年三季度', '2021-07-01', '2021-10-01', 'quarter', false, '二〇二一年三季度', 'Q3 2021'],
  ['第一季度', '2021-01-01', '2021-04-01', 'quarter', false, '2021年第一季度', 'Q1 2021'],
  ['一季度', '2021-01-01', '2021-04-01', 'quarter', false, '2021年一季度', 'Q1 2021'],
  ['1季度', '2021-01-01', '2021-04-01', 'quarter', false, '2021年1季度', 'Q1 2021'],
  ['Q3', '2021-07-01', '2021-10-01', 'quarter', false, '2021年三季度', 'Q3 2021'],
  // Months.
  ['2021年3月', '2021-03-01', '2021-04-01', 'month', false, '2021年3月', 'Mar 2021'],
  ['2021年3月份', '2021-03-01', '2021-04-01', 'month', false, '2021年3月份', 'Mar 2021'],
  ['2021-03', '2021-03-01', '2021-04-01', 'month', false, '2021年3月', 'Mar 2021'],
  ['3月', '2021-03-01', '2021-04-01', 'month', false, '2021年3月', 'Mar 2021'],
  ['十二月', '2021-12-01', '2022-01-01', 'month', false, '2021年十二月', 'Dec 2021'],
  ['Mar 2021', '2021-03-01', '2021-04-01', 'month', false, '2021年3月', 'Mar 2021'],
  // Cumulative spans from the start of the year.
  ['1-3月', '2021-01-01', '2021-04-01', 'month', true, '2021年1-3月', 'Jan–Mar 2021'],
  ['1—9月', '2021-01-01', '2021-10-01', 'month', true, '2021年1—9月', 'Jan–Sep 2021'],
  ['1-6月份', '2021-01-01', '2021-07-01', 'month', true, '2021年1-6月份', 'Jan–Jun 2021'],
  ['1~9月', '2021-01-01', '2021-10-01', 'month', true, '2021年1~9月', 'Jan–Sep 2021'],
  ['1～11月', '2021-01-01', '2021-12-01', 'month', true, '2021年1～11月', 'Jan–Nov 2021'],
  ['1至9月', '2021-01-01', '2021-10-01', 'month', true, '2021年1至9月', 'Jan–Sep 2021'],
  ['1–2月', '2024-01-01', '2024-03-01', 'month', true, '2024年1–2月', 'Jan–Feb 2024'],
  ['2021年1-9月', '2021-01-01', '2021-10-01', 'month', true, '2021年1-9月', 'Jan–Sep 2021'],
  ['2021年1月—6月', '2021-01-01', '2021-07-01', 'month', true, '2021年1月—6月', 'Jan–Jun 2021'],
  ['前三季度', '2021-01-01', '2021-10-01', 'quarter', true, '2021年前三季度', 'Q1–Q3 2021'],
  ['2021年前三季度', '2021-01-01', '2021-10-01', 'quarter', true, '2021年前三季度', 'Q1–Q3 2021'],
  ['前两个月', '2021-01-01', '2021-03-01', 'month', true, '2021年前两个月', 'Jan–Feb 2021'],
  ['前11个月', '2021-01-01', '2021-12-01', 'month', true, '2021年前11个月', 'Jan–Nov 2021'],
  ['年初至9月', '2021-01-01', '2021-10-01', 'month', true, '2021年年初至9月', 'Jan–Sep 2021'],
  // Days.
  ['2021年1月15日', '2021-01-15', '2021-01-16', 'day', false, '2021年1月15日', 'Jan 15, 2021'],
  ['2021-01-15', '2021-01-15', '2021-01-16', 'day', false, '2021年1月15日', 'Jan 15, 2021'],
  ['2021/1/15', '2021-01-15', '2021-01-16', 'day', false, '2021年1月15日', 'Jan 15, 2021'],
  ['1月15日', '2021-01-15', '2021-01-16', 'day', false, '2021年1月15日', 'Jan 15, 2021'],
  // 年末: the stock as at 31 December, written back as the year's end, never "Dec 31" (it was).
  ['2021年末', '2021-12-31', '2022-01-01', 'day', false, '2021年末', 'end-2021'],
  ['2021年底', '2021-12-31', '2022-01-01', 'day', false, '2021年底', 'end-2021'],
  ['2020-02-29', '2020-02-29', '2020-03-01', 'day', false, '2020年2月29日', 'Feb 29, 2020'],
  // Ranges.
  ['2021-2025', '2021-01-01', '2026-01-01', 'range', false, '2021–2025年', '2021–2025'],
  ['2021—2025年', '2021-01-01', '2026-01-01', 'range', false, '2021—2025年', '2021–2025'],
  ['2021年—2025年', '2021-01-01', '2026-01-01', 'range', false, '2021年—2025年', '2021–2025'],
  ['十四五', '2021-01-01', '2026-01-01', 'range', false, '十四五', '2021–2025'],
  ['“十三五”时期', '2016-01-01', '2021-01-01', 'range', false, '“十三五”时期', '2016–2020'],
  ['4-6月', '2021-04-01', '2021-07-01', 'range', false, '2021年4-6月', 'Apr–Jun 2021'],
  ['2021年1月—2022年6月', '2021-01-01', '2022-07-01', 'range', false, '2021年1月—2022年6月', 'Jan 2021 – Jun 2022'],
  ['2021-01-01/2021-06-30', '2021-01-01', '2021-07-01', 'range', false, '2021年1-6月', 'Jan–Jun 2021'],
];

describe('core/format/period: the corpus', () => {
  for (const [text, start, end, precision, cumulative, zh, en] of CORPUS) {
    it(`${String(text)} → ${start}…${end} ${precision}${cumulative ? ' cumulative' : ''}`, () => {
      // A written year wins over the context's: the context year only fills a gap.
      const p = readPeriod(text, { year: start.startsWith('2024') ? 2024 : 2021 }) as Period;
      expect(p, String(text)).to.not.equal(null);
      expect([iso(p.start), iso(p.end), p.precision, p.cumulative]).to.deep.equal([start, end, precision, cumulative]);
      expect(p.label).to.equal(String(text).trim());
      expect(formatPeriod(p, 'zh-CN')).to.equal(zh);
      expect(formatPeriod(p, 'en')).to.equal(en);
    });
  }

  it('needs a year for a period that names none, and takes none from the clock', () => {
    for (const t of ['一季度', '上半年', '1-9月', '前三季度', '3月', '全年', 'Q1', '1月15日']) {
      expect(readPeriod(t), t).to.equal(null);
      expect(readPeriod(t, { year: 2019 }), t).to.not.equal(null);
    }
  });

  it('refuses what is not a period, or a day that does not exist', () => {
    for (const t of ['', '海州', '12', '3.5', '4.1亿', '2021-02-30', '2021-13', '13月', '五季度', 'Q5 2021', 'H3 2021', '2025-2021', '7-3月', '前五季度', '2021年1月15日 extra', null, {}, 2021.5, 7]) {
      expect(readPeriod(t, { year: 2021 }), JSON.stringify(t)).to.equal(null);
    }
    expect(readPeriod('2月29日', { year: 2021 })).to.equal(null);
    expect(iso((readPeriod('2月29日', { year: 2024 }) as Period).start)).to.equal('2024-02-29');
  });

  it('writes a tick without the year when asked', () => {
    const p = (t: string): Period => readPeriod(t, { year: 2021 }) as Period;
    expect(formatPeriod(p('2021年一季度'), 'zh-CN', { year: false })).to.equal('一季度');
    expect(formatPeriod(p('2021Q1'), 'zh-CN', { year: false })).to.equal('一季度');
    expect(formatPeriod(p('1-9月'), 'zh-CN', { year: false })).to.equal('1-9月');
    expect(formatPeriod(p('前三季度'), 'en', { year: false })).to.equal('Q1–Q3');
    expect(formatPeriod(p('2021'), 'zh-CN', { year: false })).to.equal('全年');
    expect(formatPeriod(p('2021年'), 'zh-CN', { year: false })).to.equal('全年');
    expect(formatPeriod(p('2021'), 'en', { year: false })).to.equal('Full year');
  });
});

describe('core/format/period-series: a column read together', () => {
  const labels = (vals: unknown[], year?: number): string[] => readPeriods(vals, { year: year ?? null }).periods.map((p) => (p ? formatPeriod(p, 'zh-CN') : '—'));

  it('carries a year written once to the quarters after it, into the next year where they start again', () => {
    expect(labels(['2021年一季度', '二季度', '三季度', '四季度', '一季度', '二季度'])).to.deep.equal(['2021年一季度', '2021年二季度', '2021年三季度', '2021年四季度', '2022年一季度', '2022年二季度']);
  });

  it('carries it back to the values before it', () => {
    expect(labels(['一季度', '二季度', '2021年三季度', '四季度'])).to.deep.equal(['2021年一季度', '2021年二季度', '2021年三季度', '2021年四季度']);
  });

  it('reads a newest-first column backwards', () => {
    expect(labels(['2021年四季度', '三季度', '二季度', '一季度', '四季度'])).to.deep.equal(['2021年四季度', '2021年三季度', '2021年二季度', '2021年一季度', '2020年四季度']);
    expect(labels(['2022年', '2021年', '2020年'])).to.deep.equal(['2022年', '2021年', '2020年']);
  });

  it('takes the caption year for a column that names none, and says when there is none', () => {
    expect(labels(['1-2月', '1-3月', '1-11月'], 2021)).to.deep.equal(['2021年1-2月', '2021年1-3月', '2021年1-11月']);
    const r = readPeriods(['1-2月', '1-3月']);
    expect(r.needsYear).to.equal(true);
    expect(r.periods).to.deep.equal([null, null]);
  });

  it('knows a cumulative series: growing spans from the start of each year', () => {
    const gdp = readPeriods(['一季度', '上半年', '前三季度', '全年'], { year: 2021 });
    expect([gdp.cumulative, gdp.mixedSpans, gdp.mixedCumulative]).to.deep.equal([true, false, false]);
    const retail = readPeriods(['2021年1-2月', '1-3月', '1-4月', '1-11月', '1-12月', '2022年1-2月']);
    expect(retail.cumulative).to.equal(true);
    expect(retail.periods.map((p) => p && iso(p.end))).to.deep.equal(['2021-03-01', '2021-04-01', '2021-05-01', '2021-12-01', '2022-01-01', '2022-03-01']);
    // The same quarter each year is not cumulative, nor is a run of years.
    expect(readPeriods(['2020年一季度', '2021年一季度']).cumulative).to.equal(false);
    expect(readPeriods(['2019', '2020', '2021']).cumulative).to.equal(false);
  });

  it('flags a year among quarters, and a cumulative span among single months', () => {
    const years = readPeriods(['2021年', '2022年一季度', '2022年二季度', '2022年三季度']);
    expect([years.mixedSpans, years.odd]).to.deep.equal([true, 0]);
    const months = readPeriods(['1-3月', '4月', '5月'], { year: 2021 });
    expect(months.mixedCumulative).to.equal(true);
    expect(months.odd).to.be.a('number');
    const clean = readPeriods(['2021Q1', '2021Q2', '2021Q3']);
    expect([clean.mixedSpans, clean.mixedCumulative, clean.odd]).to.deep.equal([false, false, null]);
  });

  it('lists values that are not periods, and skips empty ones', () => {
    const r = readPeriods(['2021-01', '', '2021-03', 'x']);
    expect(r.unread).to.deep.equal([3]);
    expect(r.periods[1]).to.equal(null);
  });
});

describe('core/format/period-series: the year a caption names', () => {
  it('finds one year, or none when there are several or none', () => {
    expect(yearInText('2021年国内生产总值（分季度）')).to.equal(2021);
    expect(yearInText('GDP by quarter, 2021')).to.equal(2021);
    expect(yearInText('2020年与2021年对比')).to.equal(null);
    expect(yearInText('各季度国内生产总值')).to.equal(null);
    expect(yearInText('增长20215%')).to.equal(null);
    expect(yearInText(undefined)).to.equal(null);
  });
});
