/**
 * The target board's scene: targets + options + width → rows in display order, each with its
 * scale (marker, goal zone, progress bar, pace tick), sparkline, status and every string the
 * element shows or announces. Pure: no DOM; text widths come from `measure`.
 */
import { max } from 'd3-array';
import { provenanceText } from '../../core/a11y/provenance.js';
import { formatValue, type NumberStyle } from '../../core/format/number.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Measure } from '../../core/measure.js';
import { scaleLinear } from '../../core/scale.js';
import type { TargetDatum } from './targets.data.js';
import { MIRROR, type TargetDatum as Datum } from './targets.data.js';
import { judge, type GoalMode, type Judgment } from './targets.judge.js';
import { comparatorWords, countsSentence, detailText, statusText, symbolOf, TEXT, type Unjudged } from './targets.text.js';
import { STATUS_ORDER, type Period, type TargetStatus } from './targets.status.js';
import { totalKind } from '../../core/data/total-rows.js';
import { formatDeadline } from '../../core/format/period-deadline.js';

export interface TargetsOptions {
  locale: Locale;
  density: 'compact' | 'roomy';
  group: 'none' | 'category' | 'status';
  sort: 'none' | 'status' | 'progress';
  /** The period of targets whose row names none; null when neither `period` nor `date` says. */
  period: Period | null;
  /** The year a change is measured from when the row's wording does not say; null writes 比上年. */
  baseYear: number | null;
  /** ≈ counts within this share of the target either side. */
  tolerance: number;
  font: string;
  measure: Measure;
  /** For provenance lines: the widget's source and date. */
  source: string;
  date: string;
  /** The widget's `decimals` and `notation`; unset: as published. */
  numberStyle?: NumberStyle | undefined;
  /** keep-totals: a 全市/合计 row is one more target (counted, sorted, grouped like the others). */
  keepTotals?: boolean;
}

export interface Track {
  width: number;
  height: number;
  /** The scale's baseline (0, or the base year for growth). */
  zeroX: number;
  markerX: number;
  /** Open marker for a strict bound (>), filled otherwise: the number-line convention. */
  strict: boolean;
  /** The values that satisfy the target ("≥ 1000" → from the marker on), shaded. */
  zone: { x: number; width: number } | null;
  /** Coloured by the row's status (never by direction); `direction` is the geometry only. */
  bar: { x: number; width: number; direction: 'rise' | 'fall'; status: TargetStatus } | null;
  /** Where an amount should stand by the latest checkpoint. */
  paceX: number | null;
  labels: Array<{ x: number; text: string; anchor: 'start' | 'middle' | 'end' }>;
}

export interface Spark {
  width: number;
  height: number;
  path: string;
  dots: Array<{ x: number; y: number }>;
  targetY: number;
}

export interface TargetRow {
  index: number;
  label: string;
  category: string;
  status: TargetStatus;
  /**
   * Not yet met and with no pace to judge by — due by words that name no day (春节前: `day`), or
   * begun at no time anything says (`start`): shown grey, with no status claimed; else null.
   */
  unjudged: Unjudged | null;
  /** reach, cap, floor or band: what the target promises (targets.judge.ts). */
  mode: GoalMode;
  statusText: string;
  targetText: string;
  /** The comparator in words: "不少于1000亩" / "at least 1,000 mu". */
  targetWords: string;
  actualText: string;
  /** Progress toward an amount (0 at the baseline, 1 at the target); null for rates, caps and without data. */
  progress: number | null;
  /** Beside the status: "完成目标的 62%", "高于目标 13.6 个百分点", "低于上限 1.1 个百分点". */
  progressText: string;
  track: Track;
  spark: Spark | null;
  provenance: string;
  /** What a screen reader says when the row is focused: label, target, actual, progress, status (the listbox adds the position). */
  aria: string;
  tipLines: string[];
}

export interface TargetGroup {
  name: string;
  rows: TargetRow[];
}

export interface TargetsScene {
  summary: string;
  width: number;
  density: 'compact' | 'roomy';
  /** Compact rows put label, scale and status on one line (wide enough). */
  inline: boolean;
  labelWidth: number;
  groups: TargetGroup[];
  /** Every row in display order (the keyboard's order). */
  rows: TargetRow[];
  /** The targets' statuses; a total row (全市, 合计 …) is not one of them unless kept. */
  counts: Record<TargetStatus, number>;
}

const SPARK_W = 96;

/** A target or actual as published ("4.1亿元", "8.0%"); computed ones (the base) to 2 decimals. */
function valueText(v: number, d: TargetDatum, locale: Locale, signed = false, style?: NumberStyle): string {
  return formatValue(v, d.unit, locale, { signed, maximumFractionDigits: 2, published: d.published, style });
}

/** The scale's labels are 11 px (targets.styles.ts `.tick`): their widths at that size. */
const TICK_PX = 11;
/** Room kept between the scale's two labels. */
const LABEL_GAP = 6;

type Anchor = Track['labels'][number]['anchor'];

/** Where a label of width `w` at `x` stays inside the track: centred, else flush with the edge it would cross. */
function anchorFor(x: number, w: number, width: number): Anchor {
  if (x - w / 2 < 0) return 'start';
  if (x + w / 2 > width) return 'end';
  return 'middle';
}

/** A label's box on the track, from its anchor. */
function boxOf(x: number, w: number, anchor: Anchor): [number, number] {
  return anchor === 'start' ? [x, x + w] : anchor === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
}

function track(d: TargetDatum, width: number, roomy: boolean, j: Judgment, locale: Locale, baseYear: number | null, style: NumberStyle | undefined, tickWidth: (text: string) => number): Track {
  const rate = j.measure === 'rate';
  const base = rate ? 0 : (d.baseline ?? 0);
  const values = d.checkpoints.map((c) => c.value);
  const hi = d.upper ?? d.target;
  const tol = Math.abs(d.target) * 0.05;
  let lo = Math.min(0, base, d.target, ...values);
  let top = Math.max(0, base, hi, ...values);
  if (j.mode === 'band') {
    top = Math.max(top, d.target + tol);
    lo = Math.min(lo, d.target - tol);
  }
  // Room past the marker, so a zone and a bar beyond the target are visible; a fall's scale
  // runs left of zero, so a fall is drawn as a fall.
  const span = top - lo || Math.abs(top) || 1;
  top += span * 0.12;
  if (lo < 0) lo -= span * 0.12;
  const pad = 8;
  const x = scaleLinear([lo, top], [pad, Math.max(pad + 1, width - pad)]);
  const markerX = x(d.target);
  const between = (a: number, b: number): Track['zone'] => ({ x: Math.min(x(a), x(b)), width: Math.abs(x(b) - x(a)) });
  let zone: Track['zone'] = null;
  // A ceiling worded 左右 is met anywhere under the top of its band.
  if (j.mode === 'band') zone = d.direction === 'cap' ? between(lo, d.target + tol) : between(d.target - tol, d.target + tol);
  else if (j.mode === 'cap') zone = between(lo, hi);
  else if (j.mode === 'floor') zone = between(d.target, top);
  else if (d.comparator === 'ge' || d.comparator === 'gt') zone = between(d.target, top);
  else if (d.comparator === 'le' || d.comparator === 'lt') zone = between(lo, d.target);
  else if (d.upper !== undefined) zone = between(d.target, d.upper);
  const latest = d.checkpoints[d.checkpoints.length - 1];
  const bar: Track['bar'] = latest
    ? { x: Math.min(x(base), x(latest.value)), width: Math.abs(x(latest.value) - x(base)), direction: latest.value >= base ? 'rise' : 'fall', status: j.status }
    : null;
  const labels: Track['labels'] = [];
  if (roomy) {
    const zeroText = d.kind === 'growth' ? TEXT[locale].baseYear(d.baseYear ?? baseYear) : valueText(base, d, locale, false, style);
    const zeroW = tickWidth(zeroText);
    const zeroAnchor = x(base) < width / 3 ? 'start' : anchorFor(x(base), zeroW, width);
    labels.push({ x: x(base), text: zeroText, anchor: zeroAnchor });
    // The target's figure beside the base's only where the two read apart, by their measured
    // widths: close figures ("3.79万公里" and "5万公里" on a phone) ran together into one string.
    const targetText = valueText(d.target, d, locale, d.kind === 'growth', style);
    const targetW = tickWidth(targetText);
    const anchor = anchorFor(markerX, targetW, width);
    const [a0, a1] = boxOf(x(base), zeroW, zeroAnchor);
    const [b0, b1] = boxOf(markerX, targetW, anchor);
    if (b0 >= a1 + LABEL_GAP || b1 <= a0 - LABEL_GAP) labels.push({ x: markerX, text: targetText, anchor });
  }
  return {
    width,
    height: roomy ? 40 : 22,
    zeroX: x(base),
    markerX,
    strict: d.comparator === 'gt' || d.comparator === 'lt',
    zone,
    bar,
    paceX: j.expected === null || rate ? null : x(j.expected),
    labels,
  };
}

function spark(d: TargetDatum, period: Period, height: number): Spark | null {
  if (d.checkpoints.length < 2) return null;
  const values = d.checkpoints.map((c) => c.value);
  const lo = Math.min(0, ...values, d.target);
  const hi = Math.max(...values, d.target);
  // A deadline with no day (春节前) has no end to scale to: the actuals span the line.
  const end = Number.isFinite(period.end) ? period.end : Math.max(...d.checkpoints.map((c) => c.date));
  const x = scaleLinear([period.start, end], [3, SPARK_W - 3]);
  const y = scaleLinear([lo, hi], [height - 3, 3]);
  const dots = d.checkpoints.map((c) => ({ x: Math.round(x(Math.min(c.date, end)) * 10) / 10, y: Math.round(y(c.value) * 10) / 10 }));
  return { width: SPARK_W, height, path: `M${dots.map((p) => `${p.x},${p.y}`).join('L')}`, dots, targetY: Math.round(y(d.target) * 10) / 10 };
}

/**
 * With no period set anywhere, the year the target's actuals were reported in (never the clock).
 * Judged without a period, a target has no elapsed share: it is met or not as it stands.
 */
function yearOfCheckpoints(d: Datum): Period {
  const first = d.checkpoints[0];
  if (!first) return { start: 0, end: 1 };
  const y = new Date(first.date - 1).getUTCFullYear();
  return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
}

/** Each row's padding left and right together (targets.styles.ts). */
const ROW_PAD = 8;

export function layoutTargets(data: readonly TargetDatum[], options: TargetsOptions, outerWidth: number): TargetsScene {
  const { locale, measure, font, numberStyle: style } = options;
  const tickFont = font.replace(/\d+(?:\.\d+)?px/, `${TICK_PX}px`);
  const tickWidth = (text: string): number => measure(text, tickFont);
  const width = outerWidth - ROW_PAD;
  const t = TEXT[locale];
  const roomy = options.density === 'roomy';
  const inline = !roomy && width >= 520;
  const withSpark = data.some((d) => d.checkpoints.length >= 2) && (roomy ? width >= 480 : width >= 720);
  const labelWidth = inline ? Math.min(Math.max(max(data, (d) => measure(d.label, font)) ?? 0, 60) + 4, Math.round(width * 0.32)) : width;
  const statusWidth = inline ? 118 : 0;
  const trackWidth = Math.max(40, Math.floor(inline ? width - labelWidth - statusWidth - (withSpark ? SPARK_W + 12 : 0) - 24 : roomy && withSpark ? width - SPARK_W - 16 : width));
  const counts: Record<TargetStatus, number> = { achieved: 0, 'on-track': 0, behind: 0, missed: 0, 'not-reported': 0 };

  const rows = data.map((d): TargetRow => {
    const board = options.period ?? yearOfCheckpoints(d);
    // A deadline that names no day (春节前, 年初) never falls due here: the target is judged as it
    // stands and never called missed, however late the actual (period-period-deadline.ts).
    const period = d.period ?? (d.deadline && d.deadline.end === null ? { start: board.start, end: Infinity } : board);
    const judged = judge({
      comparator: d.comparator, kind: d.kind, unit: d.unit, target: d.target, direction: d.direction, baseline: d.baseline ?? 0,
      checkpoints: d.checkpoints, period, tolerance: options.tolerance, ...(d.upper === undefined ? {} : { upper: d.upper }),
    });
    // An amount not yet met, due by words that name no day (春节前), is neither on nor off pace:
    // no status is claimed (grey, "暂不判断" / "not judged"), and no pace tick is drawn.
    // So is one whose work began at no time anything says (2025年底 on a board with no date or
    // period): a pace from a guessed start would be a guess.
    const why: Unjudged | null = !Number.isFinite(period.end) ? 'day' : period.startUnknown ? 'start' : null;
    const unjudged = why !== null && judged.measure === 'amount' && (judged.mode === 'reach' || judged.mode === 'band')
      && (judged.status === 'on-track' || judged.status === 'behind');
    // Met or missed needs no pace, but where the start is unknown no pace tick is drawn either.
    const result: Judgment = unjudged ? { ...judged, status: 'not-reported', expected: null } : why === 'start' ? { ...judged, expected: null } : judged;
    const progress = result.detail.kind === 'progress' ? result.detail.share : null;
    const growth = d.kind === 'growth';
    const sym = symbolOf(d.comparator);
    const amount = valueText(d.target, d, locale, growth, style) + (d.upper !== undefined ? `–${valueText(d.upper, d, locale, growth, style)}` : '');
    const targetText = sym ? `${sym} ${amount}` : amount;
    const plain = growth || d.fall ? valueText(Math.abs(d.target), d, locale, false, style) + (d.upper !== undefined ? `–${valueText(Math.abs(d.upper), d, locale, false, style)}` : '') : amount;
    // A fall's words read on its magnitude: ≤ −2.5% is "下降不少于2.5%".
    const worded = d.fall ? MIRROR[d.comparator] : d.comparator;
    // The wording's base, else the year before the row's own period, else the board's (or 比上年).
    const baseYear = d.baseYear ?? (d.period ? new Date(d.period.start).getUTCFullYear() - 1 : options.baseYear);
    const targetWords = comparatorWords(worded, plain, growth || d.fall, baseYear, locale, (growth || d.fall) && d.target < 0, d.direction === 'cap' && d.comparator === 'approx')
      + (d.deadline ? t.due(formatDeadline(d.deadline, locale)) : '');
    const latest = d.checkpoints[d.checkpoints.length - 1];
    const actualText = latest ? t.actual(valueText(latest.value, d, locale, growth, style), latest.label) : t.noActual;
    const progressText = detailText(result.detail, d.unit, locale, d.fall && d.target < 0, style);
    // A ceiling worded 左右 (控制在3%左右, or direction cap) speaks as a cap: within or over it.
    const status = unjudged ? t.unjudged : statusText(result.status, locale, result.mode === 'band' && d.direction === 'cap' ? 'cap' : result.mode);
    const provenance = provenanceText({ quote: d.quote, source: options.source, date: options.date }, locale);
    const label = d.label || t.unnamed;
    const tipLines = [t.targetLine(targetWords), actualText, ...(progressText ? [progressText] : []), status, ...(provenance ? [provenance] : [])];
    return {
      index: d.index,
      label,
      category: d.category,
      status: result.status,
      unjudged: unjudged ? why : null,
      mode: result.mode,
      statusText: status,
      targetText,
      targetWords,
      actualText,
      progress,
      progressText,
      track: track(d, trackWidth, roomy, result, locale, baseYear, style, tickWidth),
      spark: withSpark ? spark(d, period, roomy ? 36 : 20) : null,
      provenance,
      aria: [label, t.targetLine(targetWords), actualText, progressText, status].filter(Boolean).join(t.sep),
      tipLines,
    };
  });

  // A 全市/合计 row is the whole of the others, not one more target (core/data/total-rows.ts): it
  // stays on the board, last, under its own heading, and the summary names it apart.
  const total = rows.map((_, i) => !options.keepTotals && totalKind(data[i]?.label ?? '') !== null);
  const whole = total.every(Boolean) ? [] : rows.filter((_, i) => total[i]);
  const items = whole.length ? rows.filter((_, i) => !total[i]) : rows;
  const unjudged: Record<Unjudged, number> = { day: 0, start: 0 };
  for (const r of items) {
    if (r.unjudged) unjudged[r.unjudged]++;
    else counts[r.status]++;
  }
  const order = (r: TargetRow): number => STATUS_ORDER.indexOf(r.status);
  const sorted = [...items];
  if (options.sort === 'status') sorted.sort((a, b) => order(a) - order(b) || a.index - b.index);
  if (options.sort === 'progress') sorted.sort((a, b) => (b.progress ?? -Infinity) - (a.progress ?? -Infinity) || a.index - b.index);
  let groups: TargetGroup[];
  if (options.group === 'none') groups = [{ name: '', rows: sorted }];
  else {
    const byName = new Map<string, TargetRow[]>();
    const keyOf = (r: TargetRow): string => (options.group === 'status' ? r.statusText : r.category || t.uncategorised);
    const keys = options.group === 'status' ? [...new Set(sorted.map((r) => r.status))].sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b)).map((s) => statusText(s, locale)) : [];
    for (const k of keys) byName.set(k, []);
    for (const r of sorted) {
      const k = keyOf(r);
      const list = byName.get(k) ?? [];
      list.push(r);
      byName.set(k, list);
    }
    groups = [...byName].map(([name, list]) => ({ name, rows: list }));
  }
  if (whole.length) groups = [...groups, { name: t.overall, rows: whole }];
  const ordered = groups.flatMap((g) => g.rows);
  const summary = countsSentence(counts, items.length, locale, unjudged) + whole.map((r) => t.overallLine(r.label, r.statusText)).join('');
  return { summary, width: outerWidth, density: options.density, inline, labelWidth, groups, rows: ordered, counts };
}
