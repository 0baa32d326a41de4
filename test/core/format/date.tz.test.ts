/**
 * Runs twice: in the default page and in a page whose time zone is America/Los_Angeles (the
 * "tz-los-angeles" group of web-test-runner.config.mjs, which sets window.__DJ_EXPECT_TZ).
 * A calendar day must be the same day in both.
 */
import { expect } from '@open-wc/testing';
import { formatCalendarDate, formatDateTime, parseCalendarDate, parseDateTime, startTime, type CalendarDate } from '../../../src/core/format/date.js';
import { estimateWidth } from '../../../src/core/measure.js';
import { readEvents } from '../../../src/widgets/timeline/timeline.data.js';
import { layoutTimeline } from '../../../src/widgets/timeline/timeline.layout.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { readPeriod, type Period } from '../../../src/core/format/period.js';
import { formatPeriod } from '../../../src/core/format/period-format.js';

const expected = (window as Window & { __DJ_EXPECT_TZ?: string }).__DJ_EXPECT_TZ;

describe(`calendar dates in time zone ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  it('runs in the zone its group asks for', () => {
    // Only the tz-los-angeles group runs this file (web-test-runner.config.mjs).
    expect(expected, 'run in the tz group').to.be.a('string');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(expected);
    // The trap this module avoids is real here: a local-time reading lands on the 14th.
    expect(new Date(2021, 0, 15).getTimezoneOffset()).to.equal(480);
    expect(new Date('2021-01-15').getDate()).to.equal(14);
  });

  it('keeps 2021-01-15 the 15th', () => {
    const d = parseCalendarDate('2021-01-15') as CalendarDate;
    expect(d).to.deep.equal({ year: 2021, month: 1, day: 15, precision: 'day' });
    expect(startTime(d)).to.equal(1610668800000);
    expect(formatCalendarDate(d, 'zh-CN')).to.equal('2021年1月15日');
    expect(formatCalendarDate(d, 'en')).to.equal('Jan 15, 2021');
    expect(formatCalendarDate(parseCalendarDate('2021-01-01') as CalendarDate, 'en')).to.equal('Jan 1, 2021');
    expect(formatCalendarDate(parseCalendarDate('2021-01') as CalendarDate, 'zh-CN')).to.equal('2021年1月');
  });

  it('lays a timeline out identically', () => {
    const table = typeTable({ columns: ['date', 'title'], rows: [['2021-01-01', 'A'], ['2021-01-15', 'B'], ['2021-03-01', 'C']] });
    const { events } = readEvents(table);
    const scene = layoutTimeline(events, { locale: 'zh-CN', font: '14px sans-serif', measure: estimateWidth, orientation: 'horizontal', asOf: parseCalendarDate('2021-01-15'), lanes: [], maxRows: 3 }, 800);
    expect(scene.events.map((e) => e.dateText)).to.deep.equal(['2021年1月1日', '2021年1月15日', '2021年3月1日']);
    expect(scene.asOf?.x1).to.be.closeTo(scene.events[1]!.cx, 1e-9);
    // Day ticks name their year where it starts (a span of days may cross a new year).
    expect(scene.ticks.map((t) => t.text).slice(0, 3)).to.deep.equal(['2021年1月1日', '15日', '2月1日']);
    expect(Math.round(scene.events[1]!.cx)).to.equal(Math.round(8 + ((Date.UTC(2021, 0, 15) - scene.domain[0]) / (scene.domain[1] - scene.domain[0])) * 784));
  });

  it('keeps periods on their calendar days', () => {
    const q = readPeriod('2021年一季度') as Period;
    expect([q.start, q.end]).to.deep.equal([Date.UTC(2021, 0, 1), Date.UTC(2021, 3, 1)]);
    expect(formatPeriod(q, 'en')).to.equal('Q1 2021');
    const ytd = readPeriod('1-9月', { year: 2021 }) as Period;
    expect([ytd.start, ytd.end]).to.deep.equal([Date.UTC(2021, 0, 1), Date.UTC(2021, 9, 1)]);
    const day = readPeriod('2021/1/15') as Period;
    expect(formatPeriod(day, 'zh-CN')).to.equal('2021年1月15日');
    expect(formatPeriod(day, 'en')).to.equal('Jan 15, 2021');
  });
});

describe(`clock times in time zone ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  it('keeps 14:30 at 14:30 for a reader in another zone', () => {
    const t = parseDateTime('2021-01-05 14:30')!;
    expect(formatDateTime(t.time, 'minute', 'zh-CN')).to.equal('2021年1月5日 14:30');
    expect(formatDateTime(parseDateTime('2021-01-05T23:30')!.time, 'minute', 'zh-CN'), 'not the 5th at 15:30 nor the 6th').to.equal('2021年1月5日 23:30');
  });
});
