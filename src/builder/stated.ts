/**
 * Is a figure of a paragraph stated as a target, or reported as a result? A targets board shows
 * every figure it gets as "目标：…，尚无实际数据"; fed a 统计公报 ("同比增长30.5%") or a wire
 * story ("was up 3.9 percent") it would tell readers that published results are goals not yet
 * met. So a figure counts as a target only when the words say so:
 * - a word of intent (目标, 预期, 力争, 确保, 计划, 将, target, aim …) in its clause or in the
 *   lead-in of its sentence — "主要预期目标是：国内生产总值增长5%左右；…" governs the whole list;
 * - or a figure measured against a target (progress: "完成投资629.0亿元" of a 计划);
 * - or a bound (以上, 突破, 不少于, 以内, 左右 …) with no word of a reported result in that span:
 *   "盘活低产低效土地1000亩以上" is a goal, "同比增长5%左右" is not.
 * A change with no bound and no word of intent ("比上年增长5.2%") is a result.
 */
import type { FigureRow } from './figures.js';

/** Words of intent. 将 but not 将近 (nearly); 计划 covers 年度投资计划 and 计划开工. */
const INTENT = /目标|预期|力争|争取|确保|计划|任务|规划|力求|拟|将(?!近)|\b(?:targets?|targeted|targeting|goals?|aims?|aimed|aiming|objectives?|plans?|planned|pledged?|vow(?:s|ed)?|seeks?|strives?|will)\b/i;
/** Words of a result already counted: the period compared with, the accounting, "so far". */
const REPORTED = /同比|比上年同期|较上年同期|上年同期|去年同期|初步核算|截至|截止|累计|已经|已|\b(?:was|were|rose|fell|grew|said|reported|came in)\b/i;
/** Where a sentence ends: its figures share a lead-in, never the one before. */
const SENTENCE_END = /[。！？!?\n]|\.\s/g;
/** Where a lead-in ends: the first ；or ：of the sentence, else its first clause. */
const LIST_STOP = /[；;：:]/;
const CLAUSE_STOP = /[，]|,\s/;

/**
 * The words that can state the figure's purpose: its own clause, and the lead-in of its
 * sentence — "主要预期目标是：", "今年海州将优化…；" govern the list after them, but a 计划 in the
 * middle of a sentence ("总投资914.9亿元，年度计划投资118亿元，项目完成投资…") names only its clause.
 */
function words(r: FigureRow, text: string): string {
  if (text.slice(r.start, r.end) !== r.quote) return r.quote;
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null && m.index < r.start; m = SENTENCE_END.exec(text)) from = m.index + m[0].length;
  const before = text.slice(from, r.start);
  const list = LIST_STOP.exec(before);
  const clause = CLAUSE_STOP.exec(before);
  const leadIn = list ? before.slice(0, list.index) : clause ? before.slice(0, clause.index) : '';
  return `${leadIn}\n${r.quote}`;
}

export function statedAsTarget(r: FigureRow, text: string): boolean {
  const said = words(r, text);
  if (INTENT.test(said)) return true;
  if (r.kind === 'progress') return true;
  return r.comparator !== 'eq' && !REPORTED.test(said);
}
