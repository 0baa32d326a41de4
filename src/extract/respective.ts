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
  if (subjects.length !== n) return [];
  const labels = subjects.map((s) => labelBefore(s));
  return labels.every((l) => l !== '') ? labels : [];
}
