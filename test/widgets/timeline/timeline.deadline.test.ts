/**
 * Timeline events dated by a deadline ("2021年6月底", "2021年底", "2025年前"): placed on the last day
 * they allow, shown as written (zh) or "end of Jun 2021" (en), never as "Dec 31"; past only once
 * that day is over. Dates from 吴川市重点项目推进会 (2021-05-19): "要确保在2021年6月底竣工"
 * (http://www.lggbt.com/bmzz/wcsrmzfw/zwgk/wcdt/zwyw/content/post_1453881.html).
 */
import { expect } from '@open-wc/testing';
import { fromRecords } from '../../../src/core/data/raw-table.js';
import { typeTable } from '../../../src/core/data/typed.js';
import { readEvents } from '../../../src/widgets/timeline/timeline.data.js';
import { eventDate, summarize } from '../../../src/widgets/timeline/timeline.layout.js';

const ROWS = [
  { 日期: '2021年5月18日', 事件: '推进会召开' },
  { 日期: '6月底', 事件: '白庙水厂扩建竣工' },
  { 日期: '2021年底', 事件: '吴川支线竣工' },
  { 日期: '2021年6月', 结束: '2021年底', 事件: '支线施工' },
];
const read = () => readEvents(typeTable(fromRecords(ROWS, 'data')));

describe('timeline: dates written as deadlines', () => {
  it('are shown as written in zh-CN and as "end of …" in en, in time order', () => {
    const { events } = read();
    expect(events.map((e) => eventDate(e, 'zh-CN'))).to.deep.equal(['2021年5月18日', '2021年6月–2021年底', '6月底', '2021年底']);
    expect(events.map((e) => eventDate(e, 'en'))).to.deep.equal(['May 18, 2021', 'Jun 2021 – end of 2021', 'end of Jun 2021', 'end of 2021']);
  });

  it('sit on the last day they allow (6月底 takes its year from the row above)', () => {
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    expect(read().events.map((e) => iso(e.t0))).to.deep.equal(['2021-05-18', '2021-06-01', '2021-06-30', '2021-12-31']);
  });

  it('the summary names them as written, and 2021年底 is still to come on 31 December', () => {
    const { events } = read();
    expect(summarize(events, { year: 2021, month: 12, day: 31, precision: 'day' }, [], 'zh-CN')).to.equal('时间线：共 4 个事件（含 1 个时段），2021年5月18日–2021年底；截至2021年12月31日，已过 2 个，进行中 1 个，未到 1 个。');
    expect(summarize(events, { year: 2022, month: 1, day: 1, precision: 'day' }, [], 'en')).to.match(/May 18, 2021 – end of 2021; as of Jan 1, 2022, 4 past, 0 to come\.$/);
  });

  it('words naming no day (春节前) are a located error, not a guessed date', () => {
    expect(() => readEvents(typeTable(fromRecords([{ 日期: '春节前', 事件: 'x' }], 'data')))).to.throw(/春节前/);
  });
});
