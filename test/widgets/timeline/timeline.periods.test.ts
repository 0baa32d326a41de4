/** Timeline events dated as newsrooms date them: quarters, halves, plan periods — spans shown as written. */
import { expect } from '@open-wc/testing';
import { typeTable } from '../../../src/core/data/typed.js';
import { readEvents } from '../../../src/widgets/timeline/timeline.data.js';
import { eventDate } from '../../../src/widgets/timeline/timeline.layout.js';

const day = (y: number, m: number, d = 1): number => Date.UTC(y, m - 1, d);

describe('timeline: periods as event dates', () => {
  it('spans a quarter, a half and a plan period, labelled as written, the year carried down', () => {
    const table = typeTable({
      columns: ['日期', '事件'],
      rows: [['2021年一季度', '开工'], ['二季度', '主体施工'], ['下半年', '设备安装'], ['十四五', '规划期'], ['2021-06-15', '封顶']],
    });
    const { events } = readEvents(table);
    const byTitle = new Map(events.map((e) => [e.title, e]));
    const span = (t: string): [number, number] => [byTitle.get(t)!.t0, byTitle.get(t)!.t1];
    expect(span('开工')).to.deep.equal([day(2021, 1), day(2021, 4)]);
    expect(span('主体施工')).to.deep.equal([day(2021, 4), day(2021, 7)]);
    expect(span('设备安装')).to.deep.equal([day(2021, 7), day(2022, 1)]);
    expect(span('规划期')).to.deep.equal([day(2021, 1), day(2026, 1)]);
    // A calendar day stays a point, as before.
    expect(span('封顶')).to.deep.equal([day(2021, 6, 15), day(2021, 6, 15)]);
    expect(['开工', '主体施工', '设备安装', '规划期', '封顶'].map((t) => eventDate(byTitle.get(t)!, 'zh-CN'))).to.deep.equal(['2021年一季度', '2021年二季度', '2021年下半年', '十四五', '2021年6月15日']);
    expect(['开工', '设备安装', '规划期'].map((t) => eventDate(byTitle.get(t)!, 'en'))).to.deep.equal(['Q1 2021', 'H2 2021', '2021–2025']);
  });

  it('still says which row is not a date, or names no year', () => {
    expect(() => readEvents(typeTable({ columns: ['日期', '事件'], rows: [['二季度', 'A']] }))).to.throw(/Row 1: "二季度"/);
    expect(() => readEvents(typeTable({ columns: ['日期', '事件'], rows: [['2021', 'A'], ['明年', 'B']] }))).to.throw(/Row 2: "明年"/);
  });
});
