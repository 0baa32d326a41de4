/**
 * The target board's scene: targets + options + width → rows in display order, each with its
 * scale (marker, goal zone, progress bar, pace tick), sparkline, status and every string the
 * element shows or announces. Pure: no DOM; text widths come from `measure`.
 */
import { max } from 'd3-array';
import { provenanceText } from '../../core/a11y/provenance.js';
import type { NumberStyle } from '../../core/format/number.js';
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
import { tickWidthOf, track, valueText, type Track } from './targets.track.js';

export type { Track } from './targets.track.js';

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
  const tickWidth = tickWidthOf(measure, font);
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
