import { expect } from '@open-wc/testing';
import { typeTable } from '../../../src/core/data/typed.js';
import { parseCalendarDate, type CalendarDate } from '../../../src/core/format/date.js';
import { estimateWidth } from '../../../src/core/measure.js';
import { readEvents } from '../../../src/widgets/timeline/timeline.data.js';
import { safeUrl } from '../../../src/core/url.js';
import { layoutTimeline, type TimelineOptions, type TimelineScene } from '../../../src/widgets/timeline/timeline.layout.js';
import { clusterPoints, overlaps, packRows } from '../../../src/widgets/timeline/timeline.place.js';

const FONT = '14px sans-serif';
const table = (columns: string[], rows: unknown[][]) => typeTable({ columns, rows });
const asOf = parseCalendarDate('2021-01-15') as CalendarDate;
const opts = (o: Partial<TimelineOptions> = {}): TimelineOptions => ({ locale: 'zh-CN', font: FONT, measure: estimateWidth, orientation: 'horizontal', asOf, lanes: [], maxRows: 3, ...o });

/** 60 events, some on the same day: the crowded case. */
function crowded(): ReturnType<typeof readEvents> {
  const rows: unknown[][] = [];
  for (let i = 0; i < 60; i++) rows.push([`${2019 + (i % 4)}-${String(1 + ((i * 7) % 12)).padStart(2, '0')}-${String(1 + ((i * 11) % 28)).padStart(2, '0')}`, `示例事件 ${i + 1}`]);
  rows.push(['2021-01-15', '同一天 A'], ['2021-01-15', '同一天 B'], ['2021-01-15', '同一天 C'], ['2021-01-15', '同一天 D']);
  return readEvents(table(['date', 'title'], rows));
}

/** Every drawn label's box, with the row it sits in (its y), for the overlap check. */
function labelBoxes(s: TimelineScene) {
  return s.events.filter((e) => e.placed && e.visible).flatMap((e) =>
    e.texts.map((t) => {
      const w = estimateWidth(t.text, FONT);
      const x0 = t.anchor === 'start' ? t.x : t.x - w;
      return { x0, x1: x0 + w, row: Math.round(t.y) };
    }),
  );
}

describe('timeline layout', () => {
  it('reads columns by name, sorts in time order and keeps the written precision', () => {
    const r = readEvents(table(['日期', '结束', '标题', '分组'], [['2021', '2025', '“十四五”时期', '规划'], ['2020', '', '2020年成绩单', '成绩'], ['2021-01-15', '', '报道', '']]));
    expect(r.events.map((e) => e.title)).to.deep.equal(['2020年成绩单', '“十四五”时期', '报道']);
    expect(r.events.map((e) => e.start.precision)).to.deep.equal(['year', 'year', 'day']);
    expect(r.lanes).to.deep.equal(['规划', '成绩', '']);
    const s = layoutTimeline(r.events, opts({ lanes: r.lanes }), 900);
    expect(s.events.map((e) => e.dateText)).to.deep.equal(['2020年', '2021–2025年', '2021年1月15日']);
    expect(s.events[1]!.aria).to.equal('2021–2025年：“十四五”时期（规划）（第 2 项，共 3 项）');
    const en = layoutTimeline(r.events, opts({ locale: 'en', lanes: r.lanes }), 900);
    expect(en.events.map((e) => e.dateText)).to.deep.equal(['2020', '2021–2025', 'Jan 15, 2021']);
    expect(en.lanes.map((l) => l.name)).to.deep.equal(['规划', '成绩', 'Other']);
  });

  it('says in a sentence what the timeline holds and where the as-of date falls', () => {
    const r = readEvents(table(['date', 'end', 'title'], [['2020', '', 'A'], ['2021', '2025', 'B'], ['2021-06', '', 'C']]));
    expect(layoutTimeline(r.events, opts(), 900).summary).to.equal('时间线：共 3 个事件（含 1 个时段），2020–2025年；截至2021年1月15日，已过 1 个，进行中 1 个，未到 1 个。');
    expect(layoutTimeline(r.events, opts({ locale: 'en' }), 900).summary).to.equal('Timeline: 3 events (1 period), 2020–2025; as of Jan 15, 2021, 1 past, 1 under way, 1 to come.');
  });

  it('never overlaps labels in a crowded set: the rest are counted in clusters', () => {
    const { events } = crowded();
    for (const width of [600, 900, 1200]) {
      const s = layoutTimeline(events, opts(), width);
      const boxes = labelBoxes(s);
      expect(overlaps(boxes), `width ${width}`).to.equal(false);
      for (const b of boxes) {
        expect(b.x0, `width ${width}`).to.be.at.least(0);
        expect(b.x1, `width ${width}`).to.be.at.most(width);
      }
      const placed = s.events.filter((e) => e.placed).length;
      const counted = s.clusters.reduce((n, c) => n + c.count, 0);
      expect(placed + counted, `width ${width}`).to.equal(64);
      expect(counted).to.be.greaterThan(0);
      // Badges do not overlap each other either.
      expect(overlaps(s.clusters.map((c) => ({ x0: c.hit.x, x1: c.hit.x + c.hit.width, row: c.y })))).to.equal(false);
      // Tick labels are apart.
      const ticks = s.ticks.map((t) => ({ x0: t.pos - estimateWidth(t.text, FONT) / 2, x1: t.pos + estimateWidth(t.text, FONT) / 2, row: 0 }));
      expect(overlaps(ticks)).to.equal(false);
    }
  });

  it('zoomed in, shows fewer events, each at its place, with finer ticks', () => {
    const { events } = crowded();
    const all = layoutTimeline(events, opts(), 900);
    const view: [number, number] = [Date.UTC(2021, 0, 1), Date.UTC(2021, 1, 1)];
    const z = layoutTimeline(events, opts({ view }), 900);
    const inView = events.filter((e) => e.t0 >= view[0] && e.t0 <= view[1]).length;
    expect(z.events.filter((e) => e.visible).length).to.equal(inView);
    expect(z.events.filter((e) => e.visible).every((e) => e.cx >= 8 && e.cx <= 892)).to.equal(true);
    expect(z.ticks.length).to.be.greaterThan(2);
    // Zoomed in to days, the first tick names the year: nothing else on the axis would.
    expect(z.ticks[0]!.text).to.equal('2021年1月1日');
    expect(all.ticks.some((t) => t.text.includes('日'))).to.equal(false);
  });

  it('lists events down a vertical axis without overlap, in time order, ticks in order', () => {
    const { events } = crowded();
    const s = layoutTimeline(events, opts({ orientation: 'vertical' }), 360);
    expect(s.orientation).to.equal('vertical');
    expect(s.events.every((e) => e.placed && e.visible)).to.equal(true);
    for (let i = 1; i < s.events.length; i++) {
      const prev = s.events[i - 1]!;
      expect(s.events[i]!.hit.y, `event ${i}`).to.be.at.least(prev.hit.y + prev.hit.height);
    }
    for (const e of s.events) for (const t of e.texts) expect(t.x + estimateWidth(t.text, FONT)).to.be.at.most(360.5);
    for (let i = 1; i < s.ticks.length; i++) expect(s.ticks[i]!.pos - s.ticks[i - 1]!.pos).to.be.at.least(s.lineHeight);
    expect(s.asOf?.text).to.equal('截至2021年1月15日');
    const zoomed = layoutTimeline(events, opts({ orientation: 'vertical', zoom: 3 }), 360);
    expect(zoomed.height).to.be.greaterThan(s.height);
  });

  it('drops links and images that are not http(s) or relative, with a warning each', () => {
    const r = readEvents(table(['date', 'title', 'link', 'image'], [
      ['2021', 'a', 'https://example.com/x', 'javascript:alert(1)'],
      ['2021', 'b', 'data:text/html,hi', '/img/b.png'],
      ['2021', 'c', '//evil.example', 'http://example.com/c.jpg'],
    ]));
    expect(r.events.map((e) => [e.link, e.image])).to.deep.equal([['https://example.com/x', ''], ['', '/img/b.png'], ['', 'http://example.com/c.jpg']]);
    expect(r.warnings).to.have.length(3);
    expect(r.warnings[0]).to.contain('javascript:alert(1)');
    expect(safeUrl(' JAVASCRIPT:x')).to.equal(null);
    expect(safeUrl('./a.html')).to.equal('./a.html');
  });

  it('names the row and column of a bad date, in both languages', () => {
    try {
      readEvents(table(['date', 'title'], [['2021-01-15', 'ok'], ['2021-02-30', 'bad']]));
      expect.fail('no error');
    } catch (e) {
      const err = e as { message: string; text: (l: 'zh-CN' | 'en') => string };
      expect(err.message).to.equal('Row 2: "2021-02-30" in column "date" is not a date; write 2021, 2021-01 or 2021-01-15 (or 2021年1月15日).');
      expect(err.text('zh-CN')).to.contain('第 2 行');
    }
    expect(() => readEvents(table(['date', 'end', 'title'], [['2021', '2020', 'x']]))).to.throw('comes before the start');
  });

  it('packs rows first-fit and clusters what is left without overlap', () => {
    expect(packRows([{ x0: 0, x1: 50 }, { x0: 20, x1: 60 }, { x0: 40, x1: 90 }, { x0: 70, x1: 100 }], 2, 10)).to.deep.equal([0, 1, -1, 0]);
    const c = clusterPoints([0, 5, 10, 100, 104], (n) => 20 + n, 4, 200);
    expect(c.map((g) => g.members)).to.deep.equal([[0, 1, 2], [3, 4]]);
  });
});
