/**
 * 分别: "重点项目个数、总投资和年度计划投资同比分别增长111%、150%和136%" pairs each subject with
 * its figure. When the subjects before 分别 are as many as the figures joined after it, each
 * figure gets its own; otherwise the list shares one label. Reads a bounded window.
 */
import { labelBefore } from './labels.js';
import type { RawFigure } from './scanner.js';

const WINDOW = 48;
const JOIN = /^\s*(?:和|与|及|或|、|,)\s*$/;
const SUBJECT_SEPARATORS = /、|和|与|及/;
/** How many figures may share one 分别. */
const MAX_ITEMS = 12;

/** The subjects for the list of figures starting at raws[k], or [] when 分别 does not pair them. */
export function respectiveLabels(text: string, norm: string, raws: readonly RawFigure[], k: number, windowStart: number): string[] {
  const raw = raws[k];
  if (raw === undefined) return [];
  const pre = text.slice(Math.max(windowStart, raw.start - WINDOW), raw.start);
  const at = pre.lastIndexOf('分别');
  if (at < 0) return [];
  let n = 1;
  while (n < MAX_ITEMS) {
    const a = raws[k + n - 1];
    const b = raws[k + n];
    if (a === undefined || b === undefined || !JOIN.test(norm.slice(a.end, b.start))) break;
    n++;
  }
  if (n < 2) return [];
  // The subjects end where the change or share words begin: "…年度计划投资同比分别增长".
  const subjects = pre.slice(0, at).split(SUBJECT_SEPARATORS);
  if (subjects.length === 1 && n === 2) return pairedLabels(labelBefore(subjects[0] ?? ''));
  if (subjects.length !== n) return [];
  const labels = sharedHead(subjects.map((s) => labelBefore(s)));
  return labels.every((l) => l !== '') ? labels : [];
}

/**
 * Modifiers that name one side of a statistic the reports publish for both: 城镇 and 农村 居民人均
 * 可支配收入 are two figures, and "城镇和农村居民人均可支配收入分别增长4.6%和6.6%" shares the noun.
 */
const SIDES = ['城镇', '农村', '城市', '乡村', '出口', '进口'];
/** One word for both sides, in the order the reports give the figures ("城乡居民…分别增长5.5%和6%"). */
const BOTH: ReadonlyArray<readonly [string, readonly [string, string]]> = [['城乡', ['城镇', '农村']]];

function pairedLabels(label: string): string[] {
  const pair = BOTH.find(([w]) => label.startsWith(w) && label.length > w.length);
  return pair === undefined ? [] : pair[1].map((side) => side + label.slice(pair[0].length));
}

/** "城镇" + "农村居民人均可支配收入": a bare side takes the noun the last subject names. */
function sharedHead(labels: string[]): string[] {
  const last = labels[labels.length - 1] ?? '';
  const side = SIDES.find((w) => last.startsWith(w) && last.length > w.length);
  if (side === undefined || !labels.slice(0, -1).every((l) => SIDES.includes(l))) return labels;
  const head = last.slice(side.length);
  return labels.map((l, i) => (i === labels.length - 1 ? l : l + head));
}
