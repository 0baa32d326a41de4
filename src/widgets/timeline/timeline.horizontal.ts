/**
 * The wide timeline: time runs left to right under lanes of labels. Each label (date over title)
 * starts at its marker; labels are packed into rows so none overlaps another, and those that find
 * no row are counted in a "+N" badge that zooms in when chosen.
 */
import { max, min } from 'd3-array';
import { startTime } from '../../core/format/date.js';
import { truncate } from '../../core/measure.js';
import type { TimelineEvent } from './timeline.data.js';
import {
  announce,
  asOfText,
  eventDate,
  type ClusterMark,
  type EventMark,
  type Line,
  type OrientedInput,
  type OrientedScene,
  type TimelineScene,
} from './timeline.layout.js';
import { clusterPoints, packRows, type Span } from './timeline.place.js';
import { timeTicks } from '../../core/time-axis.js';

const MARKER_BAND = 10;
const GAP = 12;

export function layoutHorizontal({ events, o, width, domain, lh }: OrientedInput): OrientedScene {
  const { font, measure, locale } = o;
  const left = 8;
  const right = Math.max(left + 40, width - 8);
  const view: [number, number] = o.view ? [o.view[0], o.view[1]] : domain;
  const span = Math.max(1, view[1] - view[0]);
  const x = (t: number): number => left + ((t - view[0]) / span) * (right - left);
  const maxLabel = Math.max(60, Math.min(240, (right - left) * 0.45));
  const rowH = MARKER_BAND + 2 * lh + 8;
  const top = o.asOf ? lh + 8 : 4;
  let y = top;
  const marks: EventMark[] = events.map((e, pos) => ({
    index: e.index,
    pos,
    title: e.title,
    dateText: eventDate(e, locale),
    lane: e.lane,
    kind: e.end ? 'range' : 'point',
    visible: false,
    placed: false,
    cx: 0,
    cy: 0,
    bar: null,
    texts: [],
    hit: { x: 0, y: 0, width: 0, height: 0 },
    aria: announce(e, pos, events.length, locale),
    tipX: 0,
    tipY: 0,
  }));
  const clusters: ClusterMark[] = [];
  const lanes: TimelineScene['lanes'] = [];
  const bands = o.lanes.length > 0 ? o.lanes : [null];
  bands.forEach((lane, b) => {
    if (lane !== null) {
      lanes.push({ name: lane || (locale === 'zh-CN' ? '其他' : 'Other'), x: left, y: y + lh / 2, rule: b > 0 ? { x1: 0, y1: y - 4, x2: width, y2: y - 4 } : null });
      y += lh + 4;
    }
    const inLane = marks.filter((_, i) => {
      const e = events[i] as TimelineEvent;
      return (lane === null || e.lane === lane) && (e.end ? e.t1 >= view[0] && e.t0 <= view[1] : e.t0 >= view[0] && e.t0 <= view[1]);
    });
    const boxes: Span[] = [];
    for (const m of inLane) {
      const e = events[m.pos] as TimelineEvent;
      m.visible = true;
      const title = truncate(e.title, maxLabel, font, measure);
      const date = truncate(m.dateText, maxLabel, font, measure);
      const textW = Math.max(measure(title, font), measure(date, font));
      let x0: number;
      let x1: number;
      let tx: number;
      let anchor: 'start' | 'end' = 'start';
      if (e.end) {
        const b0 = Math.max(left, x(e.t0));
        const b1 = Math.max(b0 + 2, Math.min(right, x(e.t1)));
        m.bar = { x: b0, y: 0, width: b1 - b0, height: 6 };
        m.cx = b0;
        tx = Math.max(left, Math.min(b0, right - textW));
        x0 = Math.min(b0, tx);
        x1 = Math.max(b1, tx + textW);
      } else {
        m.cx = x(e.t0);
        tx = m.cx - 4;
        if (tx + textW > right) {
          anchor = 'end';
          tx = m.cx + 4;
        }
        x0 = anchor === 'start' ? m.cx - 5 : tx - textW;
        x1 = anchor === 'start' ? tx + textW : m.cx + 5;
      }
      m.texts = [
        { x: tx, y: 0, text: date, cls: 'date', anchor },
        { x: tx, y: 0, text: title, cls: 'title', anchor },
      ];
      boxes.push({ x0, x1 });
    }
    const rows = packRows(boxes, Math.max(1, o.maxRows), GAP);
    const used = Math.max(0, ...rows) + (rows.some((r) => r >= 0) ? 1 : 0);
    inLane.forEach((m, i) => {
      const r = rows[i] ?? -1;
      if (r < 0) return;
      const rowTop = y + r * rowH;
      const box = boxes[i] as Span;
      m.placed = true;
      m.cy = rowTop + MARKER_BAND / 2;
      if (m.bar) m.bar.y = m.cy - 3;
      const [dateT, titleT] = m.texts;
      if (dateT) dateT.y = rowTop + MARKER_BAND + lh / 2;
      if (titleT) titleT.y = rowTop + MARKER_BAND + lh * 1.5;
      m.hit = { x: box.x0, y: rowTop, width: box.x1 - box.x0, height: rowH - 4 };
      m.tipX = m.cx;
      m.tipY = rowTop + rowH - 4;
    });
    y += Math.max(1, used) * rowH;
    // What found no row: a dot at its date in the overflow band and a "+N" badge per cluster.
    const over = inLane.filter((_, i) => (rows[i] ?? -1) < 0);
    if (over.length > 0) {
      const badge = (n: number): number => measure(`+${n}`, font) + 12;
      const xs = over.map((m) => m.cx);
      const groups = clusterPoints(xs, badge, 6, right);
      for (const g of groups) {
        const members = g.members.map((k) => over[k] as EventMark);
        const ev = members.map((m) => events[m.pos] as TimelineEvent);
        clusters.push({
          x: g.x0,
          y: y + MARKER_BAND + lh / 2,
          text: `+${members.length}`,
          count: members.length,
          // Not Math.min(...): a cluster may hold every event, too many to spread into a call.
          t0: min(ev, (e) => e.t0) ?? 0,
          t1: max(ev, (e) => e.t1) ?? 0,
          hit: { x: g.x0 - 2, y, width: g.x1 - g.x0, height: MARKER_BAND + lh + 4 },
        });
      }
      for (const m of over) {
        m.cy = y + MARKER_BAND / 2;
        m.texts = [];
        if (m.bar) m.bar = { ...m.bar, y: m.cy - 2, height: 4 };
        m.hit = { x: m.cx - 6, y: y - 1, width: 12, height: MARKER_BAND + 2 };
        m.tipX = m.cx;
        m.tipY = y + MARKER_BAND;
      }
      y += MARKER_BAND + lh + 8;
    }
  });
  const axisY = y + 2;
  // A timeline zooms: ticks may stand as close as 24 px where their labels allow.
  const ticks = timeTicks({ domain: view, range: [left, right], locale, font, measure, spacing: 24, gap: 12 });
  const tickMarks: Array<{ pos: number; text: string; anchor: 'start' | 'middle' | 'end'; x0: number; x1: number }> = [];
  for (const t of ticks) {
    const pos = x(t.value);
    if (pos < left - 0.5 || pos > right + 0.5) continue;
    // Labels at the ends stay inside the frame, which moves them towards their neighbours.
    const w = measure(t.text, font);
    const anchor: 'start' | 'middle' | 'end' = pos - w / 2 < 0 ? 'start' : pos + w / 2 > width ? 'end' : 'middle';
    const x0 = anchor === 'start' ? pos : anchor === 'end' ? pos - w : pos - w / 2;
    const mark = { pos, text: t.text, anchor, x0, x1: x0 + w };
    // Two labels would touch: keep the one that names the year (it dates the ticks after it).
    const year = /\d{4}/.test(t.text);
    let prev = tickMarks[tickMarks.length - 1];
    while (prev && prev.x1 + 4 > x0 && year && !/\d{4}/.test(prev.text)) {
      tickMarks.pop();
      prev = tickMarks[tickMarks.length - 1];
    }
    if (!prev || prev.x1 + 4 <= x0) tickMarks.push(mark);
  }
  const grid: Line[] = tickMarks.map((t) => ({ x1: t.pos, y1: top - 4, x2: t.pos, y2: axisY }));
  let asOf: TimelineScene['asOf'] = null;
  if (o.asOf) {
    const ax = x(startTime(o.asOf));
    if (ax >= left - 0.5 && ax <= right + 0.5) {
      const text = asOfText(o.asOf, locale);
      const w = measure(text, font);
      const anchor = ax + 4 + w > width ? 'end' : 'start';
      asOf = { x1: ax, y1: lh + 2, x2: ax, y2: axisY, text, tx: anchor === 'start' ? ax + 4 : ax - 4, ty: lh / 2 + 1, anchor };
    }
  }
  return {
    orientation: 'horizontal',
    height: axisY + 6 + lh + 4,
    events: marks,
    ticks: tickMarks,
    tickLabelAt: axisY + 6 + lh / 2,
    axis: { x1: left, y1: axisY, x2: right, y2: axisY },
    grid,
    lanes,
    clusters,
    asOf,
    view,
    plot: { left, right, top, bottom: axisY },
  };
}
