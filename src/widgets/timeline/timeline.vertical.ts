/**
 * The narrow timeline: a list along a vertical time axis. Events stand at their date where there
 * is room and are pushed down where there is not, so labels never overlap; the axis follows the
 * same stretched mapping, so ticks stay in order between the events they date.
 */
import { startTime } from '../../core/format/date.js';
import { wrapLines } from '../../core/measure.js';
import type { TimelineEvent } from './timeline.data.js';
import { asOfText, eventDate, type EventMark, type OrientedInput, type OrientedScene, type TimelineScene } from './timeline.layout.js';
import { packRows } from './timeline.place.js';
import { timeTicks } from '../../core/time-axis.js';
import { messages } from '../../core/i18n/messages.js';

/** A monotone piecewise-linear map from time to y through (time, y) anchors. */
export function stretchedScale(anchors: ReadonlyArray<readonly [number, number]>): (t: number) => number {
  return (t) => {
    let i = 0;
    while (i < anchors.length - 1 && (anchors[i + 1] as readonly [number, number])[0] <= t) i++;
    const [ta, ya] = anchors[i] as readonly [number, number];
    const next = anchors[i + 1];
    if (!next || next[0] === ta) return ya;
    return ya + ((t - ta) / (next[0] - ta)) * (next[1] - ya);
  };
}

export function layoutVertical({ events, o, width, domain, lh }: OrientedInput): OrientedScene {
  const { font, measure, locale } = o;
  const m = messages(locale);
  const top = 6;
  const span = Math.max(1, domain[1] - domain[0]);
  const natural = Math.min(4000, Math.max(280, events.length * 2.2 * lh));
  const ppm = (natural * Math.max(1, o.zoom ?? 1)) / span;
  const ideal = (t: number): number => top + (t - domain[0]) * ppm;
  // Concurrent periods sit side by side left of the axis, one column each.
  const ranges = events.filter((e) => e.end);
  const cols = packRows(ranges.map((e) => ({ x0: e.t0, x1: e.t1 })), Infinity, 0);
  const nCols = Math.max(0, ...cols) + (cols.length ? 1 : 0);
  // Labels stack down the axis: each needs a line, whatever its width.
  const prelim = timeTicks({ domain, range: [0, natural * Math.max(1, o.zoom ?? 1)], locale, font, measure, spacing: 24, stacked: lh + 4 });
  const tickW = Math.max(0, ...prelim.map((t) => measure(t.text, font)));
  const tickRight = Math.ceil(tickW) + 4;
  const axisX = tickRight + 8 + nCols * 8 + 4;
  const contentX = axisX + 14;
  const contentW = Math.max(40, width - contentX - 4);
  const asOfT = o.asOf ? startTime(o.asOf) : null;
  // The sequence to stack: events in time order, with the as-of marker after events of its day.
  type Item = { kind: 'event'; e: TimelineEvent; pos: number } | { kind: 'asOf'; t: number };
  const items: Item[] = events.map((e, pos) => ({ kind: 'event', e, pos }));
  if (asOfT !== null) {
    const at = events.findIndex((e) => e.t0 > asOfT);
    items.splice(at < 0 ? items.length : at, 0, { kind: 'asOf', t: asOfT });
  }
  const marks: EventMark[] = [];
  const anchors: Array<[number, number]> = [[domain[0], top]];
  /**
   * Each date holds a block of rows, not a point: the axis reaches the date at its first dot and
   * leaves it (a millisecond later) at the bottom of its last row, so a tick for any later time
   * lands below everything dated before it, never beside an earlier or later event's text.
   */
  const hold = (t: number, rowTop: number, dotY: number, end: number): void => {
    const last = anchors[anchors.length - 1] as [number, number];
    const prev = anchors[anchors.length - 2];
    if (prev && prev[0] === t && last[0] === t + 1) {
      last[1] = end;
      return;
    }
    // Times just before this date end above its row: a tick there stays in the gap.
    if (last[0] < t - 1) anchors.push([t - 1, Math.max(last[1], rowTop)]);
    anchors.push([t, dotY], [t + 1, end]);
  };
  let prevT = domain[0] - 1;
  let bottom = top;
  let asOf: TimelineScene['asOf'] = null;
  for (const item of items) {
    const t = item.kind === 'event' ? item.e.t0 : item.t;
    // A tick dated between the previous row and this one gets a line of its own, so it is never
    // read as the date of the event beside it.
    const tickBetween = prelim.some((k) => k.value > prevT + 1 && k.value < t);
    const y = Math.max(ideal(t), bottom + (tickBetween ? lh + 6 : 0));
    prevT = t;
    if (item.kind === 'asOf') {
      const text = asOfText(o.asOf ?? { year: 1, precision: 'year' }, locale);
      asOf = { x1: axisX - 6, y1: y + lh / 2, x2: width, y2: y + lh / 2, text, tx: contentX, ty: y + lh / 2, anchor: 'start' };
      bottom = y + lh + 10;
      hold(t, y - 2, y + lh / 2, bottom);
      continue;
    }
    const { e, pos } = item;
    const dateText = eventDate(e, locale);
    const dateLine = e.lane ? `${dateText} · ${e.lane}` : dateText;
    const titleLines = wrapLines(e.title, contentW, font, measure, 3);
    const h = lh * (1 + titleLines.length) + 12;
    marks.push({
      index: e.index,
      pos,
      title: e.title,
      dateText,
      lane: e.lane,
      kind: e.end ? 'range' : 'point',
      visible: true,
      placed: true,
      cx: axisX,
      cy: y + lh / 2,
      bar: null,
      texts: [
        { x: contentX, y: y + lh / 2, text: wrapLines(dateLine, contentW, font, measure, 1)[0] ?? '', cls: 'date', anchor: 'start' },
        ...titleLines.map((text, k) => ({ x: contentX, y: y + lh * (1.5 + k), text, cls: 'title' as const, anchor: 'start' as const })),
      ],
      hit: { x: axisX - 8, y: y - 4, width: width - axisX + 8, height: h - 4 },
      // The name starts with the text as shown (date · lane, then title), so speech input users
      // can say what they see (WCAG 2.5.3, axe label-content-name-mismatch).
      aria: `${dateLine}${m.listSeparator}${e.title}${m.aside(m.position(pos + 1, events.length))}`,
      tipX: contentX,
      tipY: y + h - 6,
    });
    bottom = y + h;
    hold(t, y - 2, y + lh / 2, bottom);
  }
  const lastT = events.reduce((a, e) => Math.max(a, e.t1), domain[0]);
  const last = anchors[anchors.length - 1] as [number, number];
  anchors.push([Math.max(lastT, last[0]), Math.max(bottom, last[1] + (Math.max(lastT, last[0]) - last[0]) * ppm)]);
  anchors.push([domain[1], (anchors[anchors.length - 1] as [number, number])[1] + lh]);
  const y = stretchedScale(anchors);
  ranges.forEach((e, k) => {
    const m = marks.find((mk) => mk.pos === events.indexOf(e));
    if (!m) return;
    // From its own row (several events may share its start), down to where its end falls.
    const y0 = m.cy - 3;
    m.bar = { x: axisX - 10 - (cols[k] ?? 0) * 8, y: y0, width: 5, height: Math.max(6, y(e.t1) - y0) };
  });
  const height = Math.ceil(Math.max(bottom, ...marks.map((m) => (m.bar ? m.bar.y + m.bar.height : 0))) + 8);
  // Ticks at their stretched place; one too close to the one before (or to the as-of line) is dropped.
  const ticks: TimelineScene['ticks'] = [];
  for (const t of prelim) {
    const pos = y(t.value);
    if (pos < top + lh / 2 - 1 || pos > height - lh / 2) continue;
    const prev = ticks[ticks.length - 1];
    if (prev && pos - prev.pos < lh + 2) {
      // Of two ticks too close, keep the one that names the year ("2021年1月" over "12月").
      if (/\d{4}/.test(t.text) && !/\d{4}/.test(prev.text)) ticks[ticks.length - 1] = { pos, text: t.text, anchor: 'end' };
      continue;
    }
    ticks.push({ pos, text: t.text, anchor: 'end' });
  }
  return {
    orientation: 'vertical',
    height,
    events: marks,
    ticks,
    tickLabelAt: tickRight,
    axis: { x1: axisX, y1: top, x2: axisX, y2: height - 4 },
    grid: ticks.map((t) => ({ x1: tickRight + 4, y1: t.pos, x2: axisX, y2: t.pos })),
    lanes: [],
    clusters: [],
    asOf,
    view: domain,
    plot: { left: axisX, right: width, top, bottom: height },
  };
}
