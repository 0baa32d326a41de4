import { expect } from '@open-wc/testing';
import { estimateWidth } from '../../../src/core/measure.js';
import { timeTicks } from '../../../src/core/time-axis.js';
import { parseCalendarDate } from '../../../src/widgets/line-chart/dates.js';
import { dodge } from '../../../src/widgets/line-chart/labels.js';
import { coversData } from '../../../src/widgets/line-chart/labels.js';
import { layoutLine, mapValue, type LineOptions } from '../../../src/widgets/line-chart/line-chart.layout.js';
import { GAP, nearestDefined, nearestIndex, reduceM4 } from '../../../src/widgets/line-chart/reduce.js';
import type { LineData } from '../../../src/widgets/line-chart/series.js';
import { resolveAnnotations } from '../../../src/widgets/line-chart/annotations.js';

const opts: LineOptions = { locale: 'zh-CN', font: '14px sans-serif', measure: estimateWidth, area: false, annotations: [], labels: 'auto' };

/** A seeded random walk: the same data on every run. */
function walk(n: number, seed = 7): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let s = seed;
  let v = 0;
  for (let i = 0; i < n; i++) {
    s = (s * 16807) % 2147483647;
    v += s / 2147483647 - 0.5;
    x[i] = i;
    y[i] = v;
  }
  return { x, y };
}

/** Per pixel column: first, last, min and max of y, from whichever points are given. */
function columns(x: ArrayLike<number>, y: ArrayLike<number>, idx: Iterable<number>, k: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const i of idx) {
    if (i === GAP) continue;
    const c = Math.floor((x[i] as number) * k);
    const v = y[i] as number;
    const e = out.get(c);
    if (!e) out.set(c, [v, v, v, v]);
    else {
      e[1] = v;
      e[2] = Math.min(e[2] as number, v);
      e[3] = Math.max(e[3] as number, v);
    }
  }
  return out;
}

const years = (ys: Array<number | null>, from = 2015): LineData => ({
  xType: 'time',
  granularity: 'year',
  xName: '年份',
  series: [{ name: '营业收入', unit: '元', x: Float64Array.from(ys, (_, i) => Date.UTC(from + i, 0, 1)), y: Float64Array.from(ys, (v) => v ?? NaN) }],
});

describe('reduceM4', () => {
  it('keeps each pixel column’s first, last, min and max of a million points, and at most four per column', () => {
    const { x, y } = walk(1_000_000);
    const idx = reduceM4(x, y, [0, 999_999], [0, 600]);
    const k = 600 / 999_999;
    const full = columns(x, y, x.keys(), k);
    const reduced = columns(x, y, idx, k);
    expect(reduced.size).to.equal(full.size);
    for (const [c, e] of full) expect(reduced.get(c), `column ${c}`).to.deep.equal(e);
    expect(idx.length).to.be.at.most(4 * 601);
    for (let i = 1; i < idx.length; i++) expect(idx[i]! > idx[i - 1]!).to.equal(true);
  });

  it('breaks at missing values and never includes them', () => {
    const y = Float64Array.from([1, 2, NaN, 4, 5, NaN, NaN, 8]);
    const x = Float64Array.from(y, (_, i) => i);
    expect(reduceM4(x, y, [0, 7], [0, 700])).to.deep.equal([0, 1, GAP, 3, 4, GAP, 7]);
    expect(reduceM4(x, Float64Array.from([NaN, 1, NaN]), [0, 2], [0, 10])).to.deep.equal([1]);
  });

  it('finds the real nearest point by binary search, skipping missing values when asked', () => {
    const x = Float64Array.from([0, 10, 20, 30]);
    expect(nearestIndex(x, 14)).to.equal(1);
    expect(nearestIndex(x, 15)).to.equal(1);
    expect(nearestIndex(x, 16)).to.equal(2);
    expect(nearestIndex(x, -5)).to.equal(0);
    expect(nearestIndex(x, 99)).to.equal(3);
    expect(nearestDefined(x, Float64Array.from([1, NaN, NaN, 4]), 19)).to.equal(3);
    expect(nearestDefined(x, Float64Array.from([1, NaN, NaN, 4]), 11)).to.equal(0);
  });
});

describe('calendar dates', () => {
  it('reads years, months and days as UTC midnight, never local time', () => {
    expect(parseCalendarDate('2021')).to.deep.equal({ time: Date.UTC(2021, 0, 1), granularity: 'year' });
    expect(parseCalendarDate('2021-01')).to.deep.equal({ time: Date.UTC(2021, 0, 1), granularity: 'month' });
    expect(parseCalendarDate('2021年3月')).to.deep.equal({ time: Date.UTC(2021, 2, 1), granularity: 'month' });
    expect(parseCalendarDate('2021/01/15')).to.deep.equal({ time: Date.UTC(2021, 0, 15), granularity: 'day' });
    expect(parseCalendarDate('2021年1月15日')).to.deep.equal({ time: Date.UTC(2021, 0, 15), granularity: 'day' });
    expect(parseCalendarDate(2021)).to.deep.equal({ time: Date.UTC(2021, 0, 1), granularity: 'year' });
    expect(parseCalendarDate('2021-02-30')).to.equal(null);
    expect(parseCalendarDate('2021-13')).to.equal(null);
    expect(parseCalendarDate('12.5')).to.equal(null);
  });

  it('ticks months with the year where it changes, never finer than the data', () => {
    const ticks = timeTicks({ domain: [Date.UTC(2019, 0, 1), Date.UTC(2021, 11, 1)], range: [0, 600], granularity: 'month', locale: 'zh-CN', font: '14px sans-serif', measure: estimateWidth });
    expect(ticks.map((t) => t.text)).to.deep.equal(['2019年1月', '7月', '2020年1月', '7月', '2021年1月', '7月']);
    const en = timeTicks({ domain: [Date.UTC(2019, 0, 1), Date.UTC(2021, 11, 1)], range: [0, 300], granularity: 'month', locale: 'en', font: '14px sans-serif', measure: estimateWidth });
    expect(en.map((t) => t.text)).to.deep.equal(['2019', '2020', '2021']);
    const yearly = timeTicks({ domain: [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)], range: [0, 600], granularity: 'year', locale: 'zh-CN', font: '14px sans-serif', measure: estimateWidth });
    expect(yearly.map((t) => t.text)).to.deep.equal(['2020', '2021']);
  });
});

describe('layoutLine', () => {
  it('breaks the line at a missing value instead of drawing zero', () => {
    const s = layoutLine(years([1e8, 2e8, null, 3e8, 4e8]), opts, 600);
    const path = s.series[0]!.path;
    expect(path.match(/M/g)?.length).to.equal(2);
    const ys = [...path.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys).to.have.length(4);
    expect(Math.max(...ys)).to.be.below(mapValue(s.y, 0));
  });

  it('writes y ticks in 亿 with a unit caption, and x ticks as years', () => {
    const s = layoutLine(years([1.2e8, 1.1e8, 1.6e8, 2.1e8, 2.4e8]), opts, 600);
    expect(s.yCaption).to.equal('单位：亿元');
    expect(s.yTicks.map((t) => t.text)).to.deep.equal(['0', '0.5', '1', '1.5', '2', '2.5']);
    expect(s.xTicks.map((t) => t.text)).to.deep.equal(['2015', '2016', '2017', '2018', '2019']);
    expect(s.xTicks[0]!.pos).to.equal(s.plot.left);
    expect(s.xTicks[4]!.pos).to.equal(s.plot.right);
  });

  it('writes the summary: trend, change, highest and lowest, missing', () => {
    const data = years([1.2e8, 1.1e8, null, 3.6e8, 3.4e8]);
    expect(layoutLine(data, opts, 600).summary).to.equal(
      '“营业收入”从2015年的1.2亿元增至2019年的3.4亿元，增加183.3%；最高为2018年的3.6亿元，最低为2016年的1.1亿元；另有 1 个数据缺失。',
    );
    expect(layoutLine(data, { ...opts, locale: 'en' }, 600).summary).to.equal(
      '营业收入 rose from 120 million yuan in 2015 to 340 million yuan in 2019, up 183.3%; the highest was 360 million yuan in 2018, the lowest 110 million yuan in 2016; 1 value is missing.',
    );
    expect(layoutLine(years([5, 3]), { ...opts, locale: 'en' }, 600).summary).to.equal('营业收入 fell from 5 yuan in 2015 to 3 yuan in 2016, down 40%.');
  });

  it('labels line ends, pushed apart so they never overlap, or falls back to a legend', () => {
    const base = years([10, 20, 30]);
    const twin: LineData = { ...base, series: [base.series[0]!, { ...base.series[0]!, name: '利润', y: Float64Array.from([10, 20, 30.5]) }] };
    const s = layoutLine(twin, opts, 600);
    const [a, b] = s.series.map((m) => m.label!);
    expect(Math.abs(a!.y - b!.y)).to.be.at.least(s.lineHeight - 1e-9);
    expect(s.legend).to.deep.equal([]);
    const narrow = layoutLine({ ...twin, series: twin.series.map((x) => ({ ...x, name: `${x.name}（含子公司与联营企业）` })) }, opts, 320);
    expect(narrow.series.every((m) => m.label === null)).to.equal(true);
    expect(narrow.legend.map((l) => l.name)).to.deep.equal(['营业收入（含子公司与联营企业）', '利润（含子公司与联营企业）']);
  });

  it('dodges labels: order kept, gaps kept, inside the bounds', () => {
    expect(dodge([50, 50, 50], 10, 0, 100)).to.deep.equal([40, 50, 60]);
    expect(dodge([0, 2], 10, 0, 100)).to.deep.equal([0, 10]);
    expect(dodge([100, 99], 10, 0, 100)).to.deep.equal([100, 90]);
  });

  it('places annotation notes off the data and range labels above the plot', () => {
    const data = years([1, 3, 2, 5, 4, 6, 5, 7]);
    const annotations = resolveAnnotations([{ x: '2018', text: '扩产' }, { from: '2016', to: '2017', text: '停工整顿' }], data);
    const s = layoutLine(data, { ...opts, annotations }, 600);
    const note = s.notes[0]!;
    expect(note.inBand).to.equal(false);
    expect(note.py).to.equal(mapValue(s.y, 5));
    const env = { left: s.plot.left, top: new Float64Array(0), bottom: new Float64Array(0) };
    expect(coversData(env, note.box)).to.equal(false);
    // Every line segment stays clear of the note's box.
    const xs = [...data.series[0]!.x].map((v) => mapValue(s.x, v));
    const ys = [...data.series[0]!.y].map((v) => mapValue(s.y, v));
    for (let i = 0; i + 1 < xs.length; i++) {
      for (let t = 0; t <= 1; t += 0.01) {
        const px = xs[i]! + (xs[i + 1]! - xs[i]!) * t;
        const py = ys[i]! + (ys[i + 1]! - ys[i]!) * t;
        const inside = px >= note.box.x && px <= note.box.x + note.box.width && py >= note.box.y && py <= note.box.y + note.box.height;
        expect(inside, `segment ${i} at ${t}`).to.equal(false);
      }
    }
    const r = s.ranges[0]!;
    expect(r.x).to.equal(mapValue(s.x, Date.UTC(2016, 0, 1)));
    expect(r.label.y + r.label.height).to.be.at.most(s.plot.top);
  });

  it('rejects annotations that name no line or no date', () => {
    const data = years([1, 2]);
    expect(() => resolveAnnotations([{ x: '2015', series: '利润', text: 'a' }], data)).to.throw('Annotation 1: no line called "利润"; the lines are: "营业收入".');
    expect(() => resolveAnnotations([{ x: 'soon', text: 'a' }], data)).to.throw('Annotation 1: "soon" in "x" is not a date.');
    expect(() => resolveAnnotations([{ x: '2015' }], data)).to.throw('Annotation 1: no "text".');
  });

  it('fills areas down to zero when asked', () => {
    const s = layoutLine(years([1, 2, 3]), { ...opts, area: true }, 600);
    expect(s.series[0]!.area).to.match(/^M/);
    expect(s.series[0]!.area).to.include(`,${Math.round(mapValue(s.y, 0) * 100) / 100}`);
  });
});
