/**
 * Clock times as timestamps are published (hourly AQI "2021-02-11 19:00", a river gauge every
 * 10 minutes "2021-07-20T14:30", 选举夜 "2021年1月5日 14时30分"): read as written, written back
 * to the minute — to the second only when the data has seconds — and ticked on round times.
 */
import { expect } from '@open-wc/testing';
import { formatClockTick, formatDateTime, parseDateTime } from '../../../src/core/format/date.js';
import { formatDate, granularityOf, timeTicks } from '../../../src/core/time-axis.js';

const sp = (s: string): string => s.replace(/\s/g, ' ');

describe('core/format/date: clock times', () => {
  it('reads a date with a time in the forms sources write', () => {
    const t = Date.UTC(2021, 0, 5, 14, 30);
    for (const s of ['2021-01-05 14:30', '2021-01-05T14:30', '2021-01-05T14:30:00', '2021/1/5 14:30', '2021.1.5 14:30', '2021年1月5日 14:30', '2021年1月5日14时30分', '2021年1月5日 14点30分', '２０２１－０１－０５　１４：３０', '2021-01-05 14:30:00.000']) {
      expect(parseDateTime(s), s).to.deep.equal({ time: t, seconds: false, offset: null });
    }
    expect(parseDateTime('2021年1月5日 14时')).to.deep.equal({ time: Date.UTC(2021, 0, 5, 14), seconds: false, offset: null });
    expect(parseDateTime('2021-01-05 14:30:15')).to.deep.equal({ time: t + 15_000, seconds: true, offset: null });
    // The clock as written, whatever zone it names: "+08:00" is still 14:30.
    expect(parseDateTime('2021-01-05T14:30+08:00')).to.deep.equal({ time: t, seconds: false, offset: 480 });
    expect(parseDateTime('2021-01-05T14:30Z')?.offset).to.equal(0);
    expect(parseDateTime('2021-01-05T14:30-0500')?.offset).to.equal(-300);
  });

  it('reads nothing else', () => {
    for (const s of ['2021-01-05', '14:30', '2021-02-30 14:30', '2021-01-05 24:00', '2021-01-05 14:60', '2021-01-05 14', 'Jan 5, 2021 2:30 PM', '第14时']) expect(parseDateTime(s), s).to.equal(null);
    expect(parseDateTime(Date.UTC(2021, 0, 5))).to.equal(null);
  });

  it('writes the minute in zh-CN and en, seconds only when asked', () => {
    const t = Date.UTC(2021, 0, 5, 14, 30, 15);
    expect(formatDateTime(t, 'minute', 'zh-CN')).to.equal('2021年1月5日 14:30');
    expect(sp(formatDateTime(t, 'minute', 'en'))).to.equal('Jan 5, 2021, 2:30 PM');
    expect(formatDateTime(t, 'second', 'zh-CN')).to.equal('2021年1月5日 14:30:15');
    expect(sp(formatDateTime(t, 'second', 'en'))).to.equal('Jan 5, 2021, 2:30:15 PM');
    expect(formatDateTime(Date.UTC(2021, 1, 12, 0, 10), 'minute', 'zh-CN')).to.equal('2021年2月12日 00:10');
    expect(formatDate(Date.UTC(2021, 0, 5, 14, 30), 'minute', 'zh-CN')).to.equal('2021年1月5日 14:30');
    expect(formatDate(Date.UTC(2021, 0, 5, 14, 30), 'day', 'zh-CN'), 'a day stays a day').to.equal('2021年1月5日');
    expect(formatClockTick(Date.UTC(2021, 0, 5, 6), 'zh-CN', false)).to.equal('06:00');
    expect(formatClockTick(Date.UTC(2021, 0, 5, 6), 'zh-CN', true)).to.equal('1月5日 06:00');
    expect(sp(formatClockTick(Date.UTC(2021, 0, 5, 18), 'en', true))).to.equal('Jan 5, 6:00 PM');
  });

  it('tells days from minutes and seconds in timestamps', () => {
    expect(granularityOf([Date.UTC(2021, 0, 5), Date.UTC(2021, 0, 6), NaN])).to.equal('day');
    expect(granularityOf([Date.UTC(2021, 0, 5), Date.UTC(2021, 0, 5, 0, 10)])).to.equal('minute');
    expect(granularityOf([Date.UTC(2021, 0, 5), Date.UTC(2021, 0, 5, 0, 10, 5)])).to.equal('second');
    expect(granularityOf([Date.UTC(1960, 0, 5, 12)]), 'before 1970').to.equal('minute');
  });

  it('ticks a night of hourly data on round hours, naming the day where it turns', () => {
    const measure = (t: string): number => t.length * 7;
    const hours = (locale: 'zh-CN' | 'en', width: number): string[] =>
      timeTicks({ domain: [Date.UTC(2021, 1, 11, 19), Date.UTC(2021, 1, 12, 6)], range: [0, width], granularity: 'minute', locale, font: '12px sans-serif', measure, bounds: [0, width] }).map((t) => sp(t.text));
    const zh = hours('zh-CN', 640);
    expect(zh[0]).to.match(/^2月11日 \d\d:00$/);
    expect(zh).to.include('2月12日 00:00');
    expect(zh.filter((t) => t.includes('月')).length).to.equal(2);
    for (const t of zh) expect(t).to.match(/(^|\s)\d\d:00$/);
    expect(hours('en', 640)).to.include('Feb 12, 12:00 AM');
    // Days stay days: daily data never gets clock ticks.
    const days = timeTicks({ domain: [Date.UTC(2021, 0, 1), Date.UTC(2021, 0, 3)], range: [0, 640], granularity: 'day', locale: 'zh-CN', font: '12px sans-serif', measure, bounds: [0, 640] });
    for (const t of days) expect(t.text).to.not.contain(':');
  });
});
