/**
 * How a target is judged: by what it promises. The README's "How targets are judged" is this
 * file in words; test/widgets/targets/targets.matrix.test.ts runs every cell of it.
 *
 * A target is read into a goal on the signed value line (a fall is a negative change):
 *  - `reach`  ≥ > (=) a level to get to: up for amounts and rises, down for falls ("下降2.5%以上"
 *             is a change ≤ −2.5%);
 *  - `cap`    ≤ < (以内, 控制在): a ceiling to stay under;
 *  - `floor`  a fall that may not go further ("下降不超过2%": a change ≥ −2%);
 *  - `band`   ≈ (左右): within the tolerance either side is met; past it on the side the target
 *             points to is more than promised (never behind); short of it is short.
 * Amounts (counts, money, area) build up over the period: a `reach` or `band` amount is paced
 * against the share of the period gone by and shows "完成目标的 N%". Rates (growth, shares,
 * anything in % ‰ 个百分点) are compared as they stand, with the distance in points.
 */
import type { Comparator, Direction } from '../../core/format/vocabulary.js';
import type { FigureKind } from '../../core/format/figure.js';
import { elapsedShare, isRate, type Checkpoint, type Period, type TargetStatus } from './targets.status.js';

export type GoalMode = 'reach' | 'cap' | 'floor' | 'band';

export interface JudgeInput {
  /** Signed: a fall target's comparator already reads on the signed line (≤ −2.5). */
  comparator: Comparator;
  kind: FigureKind;
  unit: string;
  /** Signed target: −3 for "下降3%". */
  target: number;
  upper?: number;
  /** Which way the target points; `cap` turns ≈ into a ceiling ("控制在3%左右"). */
  direction: Direction;
  baseline: number;
  checkpoints: readonly Checkpoint[];
  period: Period;
  tolerance: number;
}

/** What the row says beside its status: progress for amounts, a distance or headroom otherwise. */
export type Detail =
  | { kind: 'progress'; share: number }
  | { kind: 'distance'; by: number }
  | { kind: 'headroom'; by: number; bound: 'upper' | 'lower' }
  | { kind: 'none' };

export interface Judgment {
  status: TargetStatus;
  mode: GoalMode;
  /** Amounts build up and are paced; rates are compared as they stand. */
  measure: 'amount' | 'rate';
  elapsed: number;
  /** Where an amount should stand at the latest checkpoint to be on pace (reach and band amounts). */
  expected: number | null;
  met: boolean;
  final: boolean;
  detail: Detail;
}

/** The goal a target's wording makes on the signed line. */
export function goalMode(c: Comparator, target: number, direction: Direction): GoalMode {
  if (c === 'approx') return 'band';
  const down = direction === 'fall' || target < 0;
  if (c === 'le' || c === 'lt') return down && direction !== 'cap' ? 'reach' : 'cap';
  if ((c === 'ge' || c === 'gt') && direction === 'fall') return 'floor';
  return 'reach';
}

const EPS = 1e-9;

/** The latest actual satisfies the goal. `reach` down (a fall) is met at or below the target. */
function satisfies(v: number, input: JudgeInput, mode: GoalMode): boolean {
  const { comparator: c, target, upper, tolerance, direction } = input;
  const strict = c === 'gt' || c === 'lt';
  switch (mode) {
    case 'cap': {
      const cap = upper ?? target;
      return strict ? v < cap : v <= cap + EPS;
    }
    case 'floor':
      return strict ? v > target : v >= target - EPS;
    case 'band': {
      const tol = Math.abs(target) * tolerance + EPS;
      // Past the band on the side the target points to is more than promised; a ceiling's band
      // (控制在…左右) is met anywhere under its top.
      if (direction === 'cap') return v <= target + tol;
      return direction === 'fall' || target < 0 ? v <= target + tol : v >= target - tol;
    }
    default: {
      const down = c === 'le' || c === 'lt' || (c === 'eq' && (direction === 'fall' || (target < 0 && input.kind === 'growth')));
      if (down) return strict ? v < target : v <= target + EPS;
      if (upper !== undefined && c === 'eq') return v >= target - EPS;
      return strict ? v > target : v >= target - EPS;
    }
  }
}

/** The status of one target at its latest checkpoint, with what the row says beside it. */
export function judge(input: JudgeInput): Judgment {
  const mode = goalMode(input.comparator, input.target, input.direction);
  const measure: Judgment['measure'] = isRate(input.kind, input.unit) ? 'rate' : 'amount';
  const latest = input.checkpoints[input.checkpoints.length - 1];
  if (!latest) return { status: 'not-reported', mode, measure, elapsed: 0, expected: null, met: false, final: false, detail: { kind: 'none' } };
  const v = latest.value;
  const elapsed = elapsedShare(input.period, latest.date);
  const final = latest.date >= input.period.end;
  const met = satisfies(v, input, mode);
  const base = { mode, measure, elapsed, met, final };
  const bound = input.upper ?? input.target;

  if (mode === 'cap' || mode === 'floor') {
    const detail: Detail = mode === 'cap' ? { kind: 'headroom', by: bound - v, bound: 'upper' } : { kind: 'headroom', by: v - input.target, bound: 'lower' };
    // An amount over its cap has built up and cannot come back: missed at once. A rate may.
    const status: TargetStatus = met ? (final ? 'achieved' : 'on-track') : final || measure === 'amount' ? 'missed' : 'behind';
    return { ...base, status, expected: null, detail };
  }

  if (measure === 'amount' && !(input.target < 0)) {
    const from = input.baseline;
    const goal = mode === 'band' ? input.target - Math.abs(input.target) * input.tolerance : input.target;
    const expected = from + (goal - from) * elapsed;
    const span = input.target - from;
    const detail: Detail = span === 0 ? { kind: 'none' } : { kind: 'progress', share: (v - from) / span };
    if (met) return { ...base, status: 'achieved', expected: from + (input.target - from) * elapsed, detail };
    if (final) return { ...base, status: 'missed', expected: goal, detail };
    return { ...base, status: v >= expected - EPS ? 'on-track' : 'behind', expected, detail };
  }

  // Rates (and falls), as they stand: on track while the goal holds, final only at the end.
  const detail: Detail = { kind: 'distance', by: v - input.target };
  const status: TargetStatus = met ? (final ? 'achieved' : 'on-track') : final ? 'missed' : 'behind';
  return { ...base, status, expected: null, detail };
}

export interface StatusInput extends Omit<JudgeInput, 'direction'> {
  direction?: Direction;
}

/** The judgment of a target whose direction may be left to its sign (a negative target falls). */
export function targetStatus(input: StatusInput): Judgment {
  return judge({ ...input, direction: input.direction ?? (input.target < 0 ? 'fall' : 'rise') });
}
