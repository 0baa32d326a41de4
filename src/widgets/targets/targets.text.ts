/** Every word the target board shows or announces, in zh-CN and en. Pure. */
import type { Locale } from '../../core/i18n/locale.js';
import { COMPARATOR_SYMBOLS, type Comparator } from '../../core/format/vocabulary.js';
import type { TargetStatus } from './targets.status.js';

/** The order the summary counts statuses in, after those achieved. */
const REST: readonly TargetStatus[] = ['on-track', 'behind', 'missed', 'not-reported'];

interface Words {
  status: Record<TargetStatus, string>;
  actual: (value: string, date: string) => string;
  noActual: string;
  progress: (pct: string) => string;
  targetLine: (words: string) => string;
  baseYear: (year: number) => string;
  unnamed: string;
  uncategorised: string;
  sep: string;
  board: string;
  hint: string;
  pace: string;
}

export const TEXT: Readonly<Record<Locale, Words>> = {
  'zh-CN': {
    status: { achieved: '已完成', 'on-track': '进度正常', behind: '进度滞后', missed: '未完成', 'not-reported': '尚未公布' },
    actual: (v, d) => (d ? `实际 ${v}（${d}）` : `实际 ${v}`),
    noActual: '尚无实际数据',
    progress: (p) => `完成目标的 ${p}`,
    targetLine: (w) => `目标：${w}`,
    baseYear: (y) => `${y}年`,
    unnamed: '（未命名）',
    uncategorised: '其他',
    sep: '，',
    board: '目标完成情况',
    hint: '使用方向键浏览各项目标，按 Enter 选择。',
    pace: '按进度应达到的位置',
  },
  en: {
    status: { achieved: 'achieved', 'on-track': 'on track', behind: 'behind', missed: 'missed', 'not-reported': 'not yet reported' },
    actual: (v, d) => (d ? `actual ${v} (${d})` : `actual ${v}`),
    noActual: 'no actual yet',
    progress: (p) => `${p} of target`,
    targetLine: (w) => `target: ${w}`,
    baseYear: (y) => `${y} = 0`,
    unnamed: '(unnamed)',
    uncategorised: 'Other',
    sep: ', ',
    board: 'Targets',
    hint: 'Use the arrow keys to move between targets; Enter selects.',
    pace: 'where it should be by now',
  },
};


/** The sign written before a target: ≥ 1000亩, > 400亿元, ≈ 5.5%. */
export function symbolOf(c: Comparator): string {
  return COMPARATOR_SYMBOLS[c];
}

export function statusText(s: TargetStatus, locale: Locale): string {
  return TEXT[locale].status[s];
}

/**
 * The comparator in words around the amount: "不少于1000亩", "超过400亿元", "比2020年增长12%";
 * "at least 1,000 mu", "more than 40 billion yuan", "growth of 12% on 2020". `amount` is unsigned for growth;
 * `fall` says the target is a decrease.
 */
export function comparatorWords(c: Comparator, amount: string, growth: boolean, baseYear: number, locale: Locale, fall = false): string {
  if (locale === 'zh-CN') {
    const word = { ge: '不少于', gt: '超过', le: '不超过', lt: '低于', approx: '约', eq: '' }[c];
    return growth ? `比${baseYear}年${fall ? '下降' : '增长'}${word}${amount}` : `${word}${amount}`;
  }
  const word = { ge: 'at least ', gt: 'more than ', le: 'at most ', lt: 'less than ', approx: 'about ', eq: '' }[c];
  return growth ? `${fall ? 'a fall' : 'growth'} of ${word}${amount} on ${baseYear}` : `${word}${amount}`;
}

/** "13 项目标，已完成 4 项，进度正常 3 项 …。" / "4 of 13 targets met; 3 on track, …". */
export function countsSentence(counts: Record<TargetStatus, number>, total: number, locale: Locale): string {
  const order = REST.filter((s) => counts[s] > 0);
  if (locale === 'zh-CN') {
    if (counts['not-reported'] === total) return `${total} 项目标，均尚未公布完成情况。`;
    const parts = [`已完成 ${counts.achieved} 项`, ...order.map((s) => `${TEXT['zh-CN'].status[s]} ${counts[s]} 项`)];
    return `${total} 项目标，${parts.join('，')}。`;
  }
  const noun = total === 1 ? 'target' : 'targets';
  if (counts['not-reported'] === total) return `${total} ${noun}, none reported yet.`;
  const rest = order.map((s) => `${counts[s]} ${TEXT.en.status[s]}`);
  return `${counts.achieved} of ${total} ${noun} met${rest.length ? `; ${rest.join(', ')}` : ''}.`;
}
