/**
 * One time-tick algorithm (src/core/time-axis.ts) for every calendar axis: the line chart's x axis
 * (dated series: monthly statistics, yearly GDP) and the timeline's (events from days to
 * five-year plans, zoomed, horizontal and stacked vertically). Real cases of both callers.
 */
import { expect } from '@open-wc/testing';
import { timeTicks, type TimeAxisInput } from '../../src/core/time-axis.js';
import { estimateWidth } from '../../src/core/measure.js';
import { layoutTimeline } from '../../src/widgets/timeline/timeline.layout.js';
import { readEvents } from '../../src/widgets/timeline/timeline.data.js';
import { typeTable } from '../../src/core/data/typed.js';

const FONT = '14px sans-serif';
const base = { font: FONT, measure: estimateWidth } as const;
const texts = (input: TimeAxisInput): string[] => timeTicks(input).map((t) => t.text);
const timeline = { spacing: 24, gap: 12 } as const;

/** No two labels, centred on their ticks, come closer than `gap`. */
function apart(input: TimeAxisInput, gap: number): boolean {
  const ticks = timeTicks(input);
  return ticks.every((t, i) => {
    const next = ticks[i + 1];
    return !next || next.pos - t.pos >= (estimateWidth(t.text, FONT) + estimateWidth(next.text, FONT)) / 2 + gap - 1e-9;
  });
}

describe('timeTicks: the line chart', () => {
  const months = [Date.UTC(2019, 0, 1), Date.UTC(2021, 11, 1)] as const;

  it('monthly statistics over three years: half-years on a desktop, years on a phone; never day ticks', () => {
    expect(texts({ ...base, domain: months, range: [0, 600], granularity: 'month', locale: 'zh-CN' })).to.deep.equal(['2019年1月', '7月', '2020年1月', '7月', '2021年1月', '7月']);
    expect(texts({ ...base, domain: months, range: [0, 320], granularity: 'month', locale: 'zh-CN' })).to.deep.equal(['2019', '2020', '2021']);
    expect(texts({ ...base, domain: months, range: [0, 600], granularity: 'month', locale: 'en' })).to.deep.equal(['Jan 2019', 'Jul', 'Jan 2020', 'Jul', 'Jan 2021', 'Jul']);
    // However wide, monthly data gets no day ticks.
    const wide = texts({ ...base, domain: [Date.UTC(2021, 0, 1), Date.UTC(2021, 2, 1)], range: [0, 1600], granularity: 'month', locale: 'zh-CN' });
    expect(wide).to.deep.equal(['2021年1月', '2月', '3月']);
  });

  it('yearly GDP: bare years, one a tick; a single date is labelled once at its own precision', () => {
    expect(texts({ ...base, domain: [Date.UTC(2015, 0, 1), Date.UTC(2019, 0, 1)], range: [40, 600], granularity: 'year', locale: 'zh-CN' })).to.deep.equal(['2015', '2016', '2017', '2018', '2019']);
    expect(texts({ ...base, domain: [Date.UTC(2021, 0, 1), Date.UTC(2021, 0, 1)], range: [0, 600], granularity: 'month', locale: 'zh-CN' })).to.deep.equal(['2021年1月']);
  });

  it('places ticks linearly between the range ends', () => {
    const ticks = timeTicks({ ...base, domain: [Date.UTC(2015, 0, 1), Date.UTC(2019, 0, 1)], range: [40, 600], granularity: 'year', locale: 'en' });
    expect(ticks[0]!.pos).to.equal(40);
    expect(ticks[4]!.pos).to.equal(600);
    expect(ticks[0]!.value).to.equal(Date.UTC(2015, 0, 1));
  });
});

describe('timeTicks: the timeline', () => {
  it('zoomed across a new year: calendar days (1, 8, 15, 22), the year where it turns, the month on the 1st', () => {
    const domain = [Date.UTC(2020, 11, 20), Date.UTC(2021, 1, 10)] as const;
    expect(texts({ ...base, ...timeline, domain, range: [0, 600], locale: 'zh-CN' })).to.deep.equal(['2020年12月22日', '2021年1月1日', '8日', '15日', '22日', '2月1日', '8日']);
    expect(texts({ ...base, ...timeline, domain, range: [0, 600], locale: 'en' })).to.deep.equal(['Dec 22, 2020', 'Jan 1, 2021', '8', '15', '22', 'Feb 1', '8']);
  });

  it('a five-year plan on a phone: one tick a year; stacked down a vertical axis: every other month', () => {
    const plan = [Date.UTC(2021, 0, 1), Date.UTC(2025, 11, 31)] as const;
    expect(texts({ ...base, ...timeline, domain: plan, range: [0, 340], locale: 'zh-CN' })).to.deep.equal(['2021', '2022', '2023', '2024', '2025']);
    const vertical = texts({ ...base, spacing: 24, stacked: 22, domain: plan, range: [0, 900], locale: 'zh-CN' });
    expect(vertical.slice(0, 7)).to.deep.equal(['2021年1月', '3月', '5月', '7月', '9月', '11月', '2022年1月']);
    expect(vertical).to.have.length(30);
  });

  it('a century and more on a phone (1901–2025): round steps of 20 years, not a crowd', () => {
    expect(texts({ ...base, ...timeline, domain: [Date.UTC(1901, 0, 1), Date.UTC(2025, 11, 31)], range: [0, 300], locale: 'zh-CN' })).to.deep.equal(['1920', '1940', '1960', '1980', '2000', '2020']);
  });

  it('labels never touch, at any width, in either language', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const width of [240, 320, 375, 600, 1280]) {
        for (const domain of [
          [Date.UTC(2020, 11, 20), Date.UTC(2021, 1, 10)],
          [Date.UTC(2019, 0, 1), Date.UTC(2021, 11, 1)],
          [Date.UTC(1949, 9, 1), Date.UTC(2025, 11, 31)],
        ] as const) {
          expect(apart({ ...base, ...timeline, domain, range: [0, width], locale }, 12), `${locale} ${width} ${domain.join('–')}`).to.equal(true);
          expect(apart({ ...base, domain, range: [0, width], locale, granularity: 'day' }, 10)).to.equal(true);
        }
      }
    }
  });

  it('the timeline layout draws the shared ticks (a real plan: 海州区 2021–2025)', () => {
    const table = typeTable({
      columns: ['日期', '结束', '标题'],
      rows: [['2021', '2025', '“十四五”时期'], ['2021-03', '', '政府工作报告'], ['2022-06-30', '', '项目开工'], ['2024', '', '中期评估']],
    });
    const { events } = readEvents(table);
    const scene = layoutTimeline(events, { locale: 'zh-CN', font: FONT, measure: estimateWidth, orientation: 'horizontal', asOf: null, lanes: [], maxRows: 3 }, 600);
    const shared = texts({ ...base, ...timeline, domain: scene.view, range: [scene.plot.left, scene.plot.right], locale: 'zh-CN' });
    expect(scene.ticks.length).to.be.greaterThan(1);
    for (const t of scene.ticks) expect(shared).to.include(t.text);
  });
});
