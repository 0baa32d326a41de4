import { expect } from '@open-wc/testing';
import {
  compareDates,
  endTime,
  formatCalendarDate,
  formatDateRange,
  formatTick,
  isoDate,
  parseCalendarDate,
  startTime,
  type CalendarDate,
} from '../../../src/core/format/date.js';

const d = (s: unknown): CalendarDate => {
  const r = parseCalendarDate(s);
  if (!r) throw new Error(`not a date: ${String(s)}`);
  return r;
};

describe('core/format/date', () => {
  it('reads dates at the precision they are written', () => {
    expect(parseCalendarDate('2021')).to.deep.equal({ year: 2021, precision: 'year' });
    expect(parseCalendarDate(2021)).to.deep.equal({ year: 2021, precision: 'year' });
    expect(parseCalendarDate('2021年')).to.deep.equal({ year: 2021, precision: 'year' });
    for (const s of ['2021-01', '2021/1', '2021.01', '2021年1月', '2021年1月份', 'Jan 2021', 'January 2021', '２０２１－０１']) {
      expect(parseCalendarDate(s), s).to.deep.equal({ year: 2021, month: 1, precision: 'month' });
    }
    for (const s of ['2021-01-15', '2021/1/15', '2021.1.15', '2021年1月15日', '2021年1月15号', '15 Jan 2021', 'Jan 15, 2021', '2021-01-15T23:30:00-08:00']) {
      expect(parseCalendarDate(s), s).to.deep.equal({ year: 2021, month: 1, day: 15, precision: 'day' });
    }
  });

  it('rejects what is not a calendar date', () => {
    for (const s of ['2021-13', '2021-02-29', '2021-02-30', '2021-00-10', 'Janvier 2021', '明年', '21-01-15', '', null, 2021.5, {}, '2021-01-15 extra']) {
      expect(parseCalendarDate(s), JSON.stringify(s)).to.equal(null);
    }
    expect(parseCalendarDate('2020-02-29')).to.deep.equal({ year: 2020, month: 2, day: 29, precision: 'day' });
    expect(parseCalendarDate('2022-02-22')).to.deep.equal({ year: 2022, month: 2, day: 22, precision: 'day' });
  });

  it('places a date at midnight UTC and ends its period after its last day', () => {
    expect(startTime(d('2021-01-15'))).to.equal(Date.UTC(2021, 0, 15));
    expect(endTime(d('2021-01-15'))).to.equal(Date.UTC(2021, 0, 16));
    expect(endTime(d('2021-12'))).to.equal(Date.UTC(2022, 0, 1));
    expect(endTime(d('2025'))).to.equal(Date.UTC(2026, 0, 1));
    expect(new Date(startTime(d('0050-03-01'))).getUTCFullYear()).to.equal(50);
  });

  it('orders by start, the coarser date first', () => {
    const list = ['2021-01-15', '2021', '2020-12', '2021-01'].map(d).sort(compareDates).map(isoDate);
    expect(list).to.deep.equal(['2020-12', '2021', '2021-01', '2021-01-15']);
  });

  it('formats at the precision written, in zh-CN and en', () => {
    expect(formatCalendarDate(d('2021'), 'zh-CN')).to.equal('2021年');
    expect(formatCalendarDate(d('2021-01'), 'zh-CN')).to.equal('2021年1月');
    expect(formatCalendarDate(d('2021-01-15'), 'zh-CN')).to.equal('2021年1月15日');
    expect(formatCalendarDate(d('2021'), 'en')).to.equal('2021');
    expect(formatCalendarDate(d('2021-01'), 'en')).to.equal('Jan 2021');
    expect(formatCalendarDate(d('2021-01-15'), 'en')).to.equal('Jan 15, 2021');
  });

  it('formats periods sharing what their ends share', () => {
    expect(formatDateRange(d('2021'), d('2025'), 'zh-CN')).to.equal('2021–2025年');
    expect(formatDateRange(d('2021'), d('2025'), 'en')).to.equal('2021–2025');
    expect(formatDateRange(d('2021'), d('2021'), 'zh-CN')).to.equal('2021年');
    expect(formatDateRange(d('2021-01'), d('2021-03'), 'zh-CN')).to.equal('2021年1月–3月');
    expect(formatDateRange(d('2021-01'), d('2021-03'), 'en')).to.equal('Jan–Mar 2021');
    expect(formatDateRange(d('2021-11'), d('2022-02'), 'en')).to.equal('Nov 2021 – Feb 2022');
    expect(formatDateRange(d('2021-01-01'), d('2021-01-15'), 'zh-CN')).to.equal('2021年1月1日–15日');
    expect(formatDateRange(d('2021-01-01'), d('2021-01-15'), 'en')).to.equal('Jan 1–15, 2021');
    expect(formatDateRange(d('2021-01-30'), d('2021-02-02'), 'zh-CN')).to.equal('2021年1月30日–2月2日');
    expect(formatDateRange(d('2021'), d('2021-06'), 'zh-CN')).to.equal('2021年–2021年6月');
  });

  it('writes axis ticks with their context where it changes', () => {
    const t = Date.UTC(2021, 2, 1);
    expect(formatTick(t, 'year', 'zh-CN', false)).to.equal('2021年');
    expect(formatTick(t, 'month', 'zh-CN', false)).to.equal('3月');
    expect(formatTick(t, 'month', 'zh-CN', true)).to.equal('2021年3月');
    expect(formatTick(t, 'month', 'en', false)).to.equal('Mar');
    expect(formatTick(t, 'month', 'en', true)).to.equal('Mar 2021');
    expect(formatTick(Date.UTC(2021, 2, 15), 'day', 'zh-CN', false)).to.equal('15日');
    expect(formatTick(Date.UTC(2021, 2, 15), 'day', 'en', true)).to.equal('Mar 15');
  });
});
