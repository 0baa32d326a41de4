/**
 * Actuals linked to the targets stated before them in the same paragraph: project bulletins
 * write "年度投资计划647.4亿元。1-10月项目累计完成投资629.0亿元" — the plan in one sentence, the
 * amount done in a later one. One pass over the figures, so it is linear in their number.
 */
import type { Figure } from './types.js';
import { RATE_UNITS } from './vocabulary.js';

/** A label that names a plan or target: 年度投资计划, 年度计划投资, 年度计划完成投资, 目标任务. */
const PLAN = /计划|目标|任务/;
/** Words just before an amount that make it the amount done: 完成投资, 实际已开工, 累计完成. */
const DONE = /(?:完成|实际|已)[^，,。；;]{0,6}$/;

/**
 * Marks each amount done after a plan in the same paragraph (same unit, no plan word in its own
 * label) as `progress` against that plan. A new plan replaces the old; a paragraph break ends it.
 */
export function linkTargets(text: string, figures: Figure[]): void {
  let plan: Figure | undefined;
  let paragraphEnd = -1;
  for (const f of figures) {
    if (f.figureStart > paragraphEnd) {
      // The first line break after this figure ends its paragraph; found once per paragraph.
      const nl = text.indexOf('\n', f.figureStart);
      paragraphEnd = nl < 0 ? text.length : nl;
      plan = undefined;
    }
    if (f.kind !== 'level' || RATE_UNITS.has(f.unit)) continue;
    if (PLAN.test(f.label)) {
      plan = f;
      continue;
    }
    if (plan !== undefined && plan.unit === f.unit && DONE.test(text.slice(Math.max(f.start, f.figureStart - 12), f.figureStart))) {
      f.kind = 'progress';
      f.target = plan.value;
    }
  }
}
