/**
 * The x axis of a line of periods (quarters, halves, cumulative spans): a tick under points,
 * labelled as the period is written — "2021年一季度 二季度 三季度 四季度 2022年一季度",
 * "Q1 2021 Q2 Q3 Q4 Q1 2022", "2021年1-2月 1-3月 …" — with the year on the first tick and where
 * it changes. A calendar axis would write "2021年1月" under a quarter, which is false. When the
 * labels do not fit, every 2nd, 3rd, 4th … point keeps one, counted from the first.
 */
import type { AxisBase, Tick } from '../../core/axis.js';
import { periodYear, type Period } from '../../core/format/period.js';
import { formatPeriod } from '../../core/format/period-format.js';

export interface PeriodAxisInput extends AxisBase {
  periods: ReadonlyMap<number, Period>;
  domain: readonly [number, number];
  /** The drawing's width: a label near an edge is anchored at its end there, not centred. */
  width: number;
}

const STEPS = [1, 2, 3, 4, 6, 8, 12, 16, 24, 48];

export function periodTicks(input: PeriodAxisInput): Tick[] {
  const { periods, domain, range, locale, font, measure, width } = input;
  const [t0, t1] = domain;
  const [r0, r1] = range;
  const pos = (t: number): number => (t1 === t0 ? (r0 + r1) / 2 : r0 + ((t - t0) / (t1 - t0)) * (r1 - r0));
  const points = [...periods].sort((a, b) => a[0] - b[0]);
  for (const step of STEPS) {
    const kept = points.filter((_, k) => k % step === 0);
    let lastYear = NaN;
    const ticks = kept.map(([t, p], k): Tick => {
      const y = periodYear(p);
      const text = formatPeriod(p, locale, { year: k === 0 || y !== lastYear });
      lastYear = y;
      return { value: t, pos: pos(t), text };
    });
    // Each label's box as the layout anchors it: centred, or flush with an edge it would cross.
    const boxes = ticks.map((t) => {
      const w = measure(t.text, font);
      const left = t.pos - w / 2 < 0 ? t.pos : t.pos + w / 2 > width ? t.pos - w : t.pos - w / 2;
      return [left, left + w] as const;
    });
    const fits = boxes.every((b, k) => {
      const next = boxes[k + 1];
      return !next || next[0] - b[1] >= 10;
    });
    if (fits) return ticks;
  }
  const first = points[0];
  return first ? [{ value: first[0], pos: pos(first[0]), text: formatPeriod(first[1], locale) }] : [];
}
