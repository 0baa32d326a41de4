/** Every word the target board shows or announces, in zh-CN and en. Pure. */
import type { Locale } from '../../core/i18n/locale.js';
import { formatValue, type NumberStyle } from '../../core/format/number.js';
import { COMPARATOR_SYMBOLS, type Comparator } from '../../core/format/vocabulary.js';
import type { Detail, GoalMode } from './targets.judge.js';
import type { TargetStatus } from './targets.status.js';

/** The order the summary counts statuses in, after those achieved. */
const REST: readonly TargetStatus[] = ['on-track', 'behind', 'missed', 'not-reported'];

interface Words {
  status: Record<TargetStatus, string>;
  /** A cap's or a floor's status: within or over the bound, not "progress". */
  bound: Record<'cap' | 'floor', Partial<Record<TargetStatus, string>>>;
  /** Beside the status: how far from the target or the bound, in the target's unit or in points. */
  above: (v: string) => string;
  below: (v: string) => string;
  onTarget: string;
  /** A fall's distance in words of falling: −2.7 against −3 fell 0.3 points less than targeted. */
  fellLess: (v: string) => string;
  fellMore: (v: string) => string;
  underCap: (v: string) => string;
  overCap: (v: string) => string;
  aboveFloor: (v: string) => string;
  belowFloor: (v: string) => string;
  atBound: Record<'upper' | 'lower', string>;
  actual: (value: string, date: string) => string;
  noActual: string;
  progress: (pct: string) => string;
  targetLine: (words: string) => string;
  /** The zero of a growth scale: the base year, or the previous year when no one says which. */
  baseYear: (year: number | null) => string;
  unnamed: string;
  uncategorised: string;
  sep: string;
  board: string;
  /** The heading over 全市/合计 rows, and how the summary names each one's status. */
  overall: string;
  overallLine: (label: string, status: string) => string;
  hint: string;
  pace: string;
  /** After the target's words: its deadline as the reader's language writes it (period-deadline.ts). */
  due: (deadline: string) => string;
  /** The status of an amount due by words that name no day (春节前), not yet met; and its count. */
  unjudged: string;
  /** How many are not judged, and why: the deadline names no day, or nothing says when the work began. */
  unjudgedCount: (n: number, why: Unjudged) => string;
}

export const TEXT: Readonly<Record<Locale, Words>> = {
  'zh-CN': {
    status: { achieved: '已完成', 'on-track': '进度正常', behind: '进度滞后', missed: '未完成', 'not-reported': '尚未公布' },
    bound: { cap: { 'on-track': '未超上限', behind: '超出上限' }, floor: { 'on-track': '未低于下限', behind: '低于下限' } },
    above: (v) => `高于目标 ${v}`,
    below: (v) => `低于目标 ${v}`,
    onTarget: '与目标持平',
    fellLess: (v) => `降幅少于目标 ${v}`,
    fellMore: (v) => `降幅超过目标 ${v}`,
    underCap: (v) => `低于上限 ${v}`,
    overCap: (v) => `超出上限 ${v}`,
    aboveFloor: (v) => `高于下限 ${v}`,
    belowFloor: (v) => `低于下限 ${v}`,
    atBound: { upper: '恰在上限', lower: '恰在下限' },
    actual: (v, d) => (d ? `实际 ${v}（${d}）` : `实际 ${v}`),
    noActual: '尚无实际数据',
    progress: (p) => `完成目标的 ${p}`,
    targetLine: (w) => `目标：${w}`,
    baseYear: (y) => (y === null ? '上年' : `${y}年`),
    unnamed: '（未命名）',
    uncategorised: '其他',
    sep: '，',
    board: '目标完成情况',
    overall: '整体（不计入上述目标）',
    overallLine: (l, st) => `另有“${l}”整体一行（不计入目标数）：${st}。`,
    hint: '使用方向键浏览各项目标，按 Enter 选择。',
    pace: '按进度应达到的位置',
    due: (d) => `（期限：${d}）`,
    unjudged: '暂不判断',
    unjudgedCount: (n, why) => `暂不判断 ${n} 项（${why === 'day' ? '期限没有具体日期' : '未说明从何时起算'}）`,
  },
  en: {
    status: { achieved: 'achieved', 'on-track': 'on track', behind: 'behind', missed: 'missed', 'not-reported': 'not yet reported' },
    bound: { cap: { 'on-track': 'within the cap', behind: 'over the cap' }, floor: { 'on-track': 'above the floor', behind: 'below the floor' } },
    above: (v) => `${v} above target`,
    below: (v) => `${v} below target`,
    onTarget: 'on target',
    fellLess: (v) => `fell ${v} less than targeted`,
    fellMore: (v) => `fell ${v} more than targeted`,
    underCap: (v) => `${v} under the cap`,
    overCap: (v) => `${v} over the cap`,
    aboveFloor: (v) => `${v} above the floor`,
    belowFloor: (v) => `${v} below the floor`,
    atBound: { upper: 'at the cap', lower: 'at the floor' },
    actual: (v, d) => (d ? `actual ${v} (${d})` : `actual ${v}`),
    noActual: 'no actual yet',
    progress: (p) => `${p} of target`,
    targetLine: (w) => `target: ${w}`,
    baseYear: (y) => (y === null ? 'previous year = 0' : `${y} = 0`),
    unnamed: '(unnamed)',
    uncategorised: 'Other',
    sep: ', ',
    board: 'Targets',
    overall: 'Overall (not counted above)',
    overallLine: (l, st) => ` ${l}, the whole (not counted as a target): ${st}.`,
    hint: 'Use the arrow keys to move between targets; Enter selects.',
    pace: 'where it should be by now',
    due: (d) => ` (deadline: ${d})`,
    unjudged: 'not judged',
    unjudgedCount: (n, why) => `${n} not judged (${why === 'day' ? 'no date in the deadline' : 'no start date to pace from'})`,
  },
};


/** The sign written before a target: ≥ 1000亩, > 400亿元, ≈ 5.5%. */
export function symbolOf(c: Comparator): string {
  return COMPARATOR_SYMBOLS[c];
}

/** The status in words; a cap or floor says within or over its bound rather than "on track". */
export function statusText(s: TargetStatus, locale: Locale, mode?: GoalMode): string {
  const words = TEXT[locale];
  const bound = mode === 'cap' || mode === 'floor' ? words.bound[mode][s] : undefined;
  return bound ?? words.status[s];
}

/** Differences of rates are in points: 1.1 个百分点, not 1.1%. */
const POINTS: Readonly<Record<string, string>> = { '%': '个百分点', '‰': '个千分点' };

/**
 * "完成目标的 62%", "高于目标 13.6个百分点", "低于上限 1.1个百分点", "降幅少于目标 0.3个百分点" (a
 * fall target, `fall`, is told in words of falling); '' when there is nothing to say.
 */
export function detailText(detail: Detail, unit: string, locale: Locale, fall = false, style?: NumberStyle): string {
  const t = TEXT[locale];
  if (detail.kind === 'none') return '';
  if (detail.kind === 'progress') return t.progress(formatValue(Math.round(detail.share * 100), '%', locale, { style }));
  const by = Math.round(detail.by * 1e6) / 1e6;
  const v = formatValue(Math.abs(by), POINTS[unit] ?? unit, locale, { maximumFractionDigits: 2, style });
  if (detail.kind === 'distance') {
    if (fall) return by > 0 ? t.fellLess(v) : by < 0 ? t.fellMore(v) : t.onTarget;
    return by > 0 ? t.above(v) : by < 0 ? t.below(v) : t.onTarget;
  }
  if (by === 0) return t.atBound[detail.bound];
  if (detail.bound === 'upper') return by > 0 ? t.underCap(v) : t.overCap(v);
  return by > 0 ? t.aboveFloor(v) : t.belowFloor(v);
}

/**
 * The comparator in words around the amount: "不少于1000亩", "超过400亿元", "比2020年增长12%",
 * "比上年下降不少于2.5%" (no year when nothing names it); "at least 1,000 mu", "growth of 12% on
 * 2020". `amount` is unsigned for growth; `fall` says the target is a decrease, `capped` an
 * approximate ceiling (控制在3%左右).
 */
export function comparatorWords(c: Comparator, amount: string, growth: boolean, baseYear: number | null, locale: Locale, fall = false, capped = false): string {
  if (locale === 'zh-CN') {
    const word = capped ? '控制在' : { ge: '不少于', gt: '超过', le: '不超过', lt: '低于', approx: '约', eq: '' }[c];
    const tail = capped ? '左右' : '';
    const base = baseYear === null ? '比上年' : `比${baseYear}年`;
    return growth ? `${base}${fall ? '下降' : '增长'}${word}${amount}${tail}` : `${word}${amount}${tail}`;
  }
  const word = capped ? 'held to about ' : { ge: 'at least ', gt: 'more than ', le: 'at most ', lt: 'less than ', approx: 'about ', eq: '' }[c];
  const base = baseYear === null ? 'the previous year' : String(baseYear);
  return growth ? `${fall ? 'a fall' : 'growth'} of ${word}${amount} on ${base}` : `${word}${amount}`;
}

/** Why a target not yet met is not judged (targets.layout.ts). */
export type Unjudged = 'day' | 'start';

/** "13 项目标，已完成 4 项，进度正常 3 项 …。" / "4 of 13 targets met; 3 on track, …". */
export function countsSentence(counts: Record<TargetStatus, number>, total: number, locale: Locale, unjudged: Partial<Record<Unjudged, number>> = {}): string {
  const order = REST.filter((s) => counts[s] > 0);
  const t = TEXT[locale];
  const notJudged = (['day', 'start'] as const).flatMap((why) => (unjudged[why] ? [t.unjudgedCount(unjudged[why], why)] : []));
  if (locale === 'zh-CN') {
    if (counts['not-reported'] === total) return `${total} 项目标，均尚未公布完成情况。`;
    const parts = [`已完成 ${counts.achieved} 项`, ...order.map((s) => `${TEXT['zh-CN'].status[s]} ${counts[s]} 项`), ...notJudged];
    return `${total} 项目标，${parts.join('，')}。`;
  }
  const noun = total === 1 ? 'target' : 'targets';
  if (counts['not-reported'] === total) return `${total} ${noun}, none reported yet.`;
  const rest = [...order.map((s) => `${counts[s]} ${TEXT.en.status[s]}`), ...notJudged];
  return `${counts.achieved} of ${total} ${noun} met${rest.length ? `; ${rest.join(', ')}` : ''}.`;
}
