/**
 * A list's shared unit: in "4.6和3.1个百分点" or "4665、2611亿千瓦时" only the last item carries
 * the unit (and multiplier), and every bare numeral before it takes them. Read forward from a
 * bare numeral over at most MAX_SHARED short items; a memo per clause keeps a long list linear.
 */
import { MULTIPLIERS } from '../core/format/numeral.js';
import { isDigit, wordAt } from './numerals.js';
import { UNITS } from './vocabulary.js';

/** How many list items ahead a shared unit is looked for. */
const MAX_SHARED = 6;
const LIST_JOINS = new Set(['和', '、', '与', '及']);

/** The multiplier words, in MULTIPLIERS' order, for wordAt. */
const MULTIPLIER_WORDS: readonly string[] = MULTIPLIERS.map(([w]) => w);

/**
 * What sharedUnit has already read of the current list: `chain[i]` are join positions, and the
 * item after each of them but the last is a plain numeral (no multiplier, no unit) ending at the
 * next one. A list of n items is then read once per clause, not up to MAX_SHARED times.
 */
export interface ListMemo {
  chain: number[];
  /** The first entry of chain that can still be asked about (calls come in increasing p). */
  head: number;
}

export const newListMemo = (): ListMemo => ({ chain: [], head: 0 });

/**
 * The unit (and multiplier) a bare numeral at the end `p` of its digits shares with the next
 * items of its list, or undefined. Reads at most MAX_SHARED short items, and the memo skips the
 * items an earlier call in the same clause (`to` unchanged) already found plain, so it stays linear.
 */
export function sharedUnit(text: string, p: number, to: number, memo: ListMemo): { unit: string; multiplier?: string } | undefined {
  while (memo.head < memo.chain.length && (memo.chain[memo.head] ?? Infinity) < p) memo.head++;
  if (memo.head > 1024) {
    memo.chain = memo.chain.slice(memo.head);
    memo.head = 0;
  }
  let k = 0;
  let q = p;
  if (memo.head < memo.chain.length && memo.chain[memo.head] === p) {
    // Items between p and the end of the chain are known plain: skip them, counting each.
    k = memo.chain.length - 1 - memo.head;
    if (k >= MAX_SHARED) return undefined;
    q = memo.chain[memo.chain.length - 1] ?? p;
  } else {
    memo.chain = [p];
    memo.head = 0;
  }
  for (; k < MAX_SHARED && q < to && LIST_JOINS.has(text[q] ?? ''); k++) {
    q++;
    // "0.15、-5.64、1.34个百分点": a signed item is still an item.
    if ((text[q] === '-' || text[q] === '+') && isDigit(text[q + 1])) q++;
    if (!isDigit(text[q])) return undefined;
    // A plain scan of the next numeral's digits: cheaper than reading it, and enough to find its unit.
    while (q < to && (isDigit(text[q]) || text[q] === '.')) q++;
    const multiplier = wordAt(text, q, MULTIPLIER_WORDS);
    const unit = wordAt(text, q + (multiplier?.length ?? 0), UNITS);
    if (unit !== undefined) return multiplier === undefined ? { unit } : { unit, multiplier };
    if (multiplier !== undefined) return undefined;
    memo.chain.push(q);
  }
  return undefined;
}
