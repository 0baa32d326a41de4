/**
 * The change words of the one vocabulary (vocabulary.ts): rate units, the words that make a figure
 * a change and which way it goes ("下降", "提高"), and `splitChange`. A table's growth column written
 * in words ("下降4.9%": core/data/worded.ts) is read with these when any chart types its table, so
 * they live apart from the gap and English word lists only the extractor, the targets board and the
 * builder read (the `words` chunk); vocabulary.ts re-exports them, so every route reads them alike.
 *
 * Plain data and tiny lookups only; no DOM, so the extractor can import it in Node.
 */

/** Units in which a value is a rate or share: compared as it stands, never pro-rated. */
export const RATE_UNITS: ReadonlySet<string> = new Set(['%', '‰', '个百分点', '百分点', '个千分点', '千分点', 'pp', 'percentage points']);

/** Units a change between two values is written in (a rate, or "2倍"); a count added ("增加2000人") is not one. */
export const CHANGE_UNITS: ReadonlySet<string> = new Set([...RATE_UNITS, '倍']);

/** Units of a difference of rates: "提高1.5个百分点" is 1.5 points, not 1.5%. */
export const POINT_UNITS: ReadonlySet<string> = new Set(['个百分点', '百分点', 'pp', 'percentage points', '个千分点', '千分点']);

/** Which way a target points: up to a floor, down (a negative change), or under a cap. */
export type Direction = 'rise' | 'fall' | 'cap';

/**
 * Words that make a rate a change and which way it goes. 同比/环比/年均 name a change without a
 * direction; they count as a rise until a fall word says otherwise.
 */
export const CHANGE_WORDS: ReadonlyArray<readonly [string, 1 | -1]> = [
  // 回升: a rise after a fall, as NBS writes it ("原材料库存指数…比上月回升0.1个百分点", PMI June 2017).
  ['增长', 1], ['提高', 1], ['上升', 1], ['回升', 1], ['提升', 1], ['增加', 1], ['上涨', 1], ['增幅', 1],
  ['增速', 1], ['涨幅', 1], ['扩大', 1], ['同比', 1], ['环比', 1], ['年均', 1],
  ['下降', -1], ['降低', -1], ['减少', -1], ['回落', -1], ['下滑', -1], ['下跌', -1], ['降幅', -1],
  ['缩小', -1], ['压减', -1], ['压降', -1],
  // Harvests and budgets write the change in the thing changed: 统计公报 "稻谷产量20329万吨，减产0.5%",
  // 财政 "比上年减收1070万元" / "减支9240万元". Read as a rise, 减产0.5% was a level of 0.5%.
  ['增产', 1], ['增收', 1], ['增支', 1], ['减产', -1], ['减收', -1], ['减支', -1],
];

/** What a change is measured from, as written: a year ("比2020年"), or the year before ("比上年"). */
export type ChangeBase = { year: number } | { previous: true };

export interface ChangeWording {
  /** The figure as written after the words ("2.5%以上"). */
  rest: string;
  direction: Direction;
  /** The change words name a change (增长, 下降 …); a cap word alone (控制在) does not. */
  change: boolean;
  base?: ChangeBase;
}

const CHANGE_LEAD = new RegExp(
  '^(?:(?:比|较|同比|与)\\s*(?:(上年同期|去年同期|上年|去年|前一年)|(\\d{4})\\s*年(?:同期)?)\\s*(?:相比)?\\s*)?(?:同比|年均)?\\s*('
    + [...CHANGE_WORDS.map(([w]) => w).filter((w) => !['同比', '环比', '年均'].includes(w)), '控制在'].sort((a, z) => z.length - a.length).join('|')
    + ')(.*)$',
);

/**
 * A target or figure written with its change words: "下降3%", "比上年下降2.5%以上", "比2020年增长6%",
 * "同比增长5%左右", "控制在3%左右". undefined when the text does not start so.
 */
export function splitChange(text: string): ChangeWording | undefined {
  const m = CHANGE_LEAD.exec(text.trim());
  if (!m?.[3] || !m[4]?.trim()) return undefined;
  const word = m[3];
  const sign = CHANGE_WORDS.find(([w]) => w === word)?.[1];
  const out: ChangeWording = { rest: m[4].trim(), direction: sign === undefined ? 'cap' : sign > 0 ? 'rise' : 'fall', change: sign !== undefined };
  if (m[2]) out.base = { year: Number(m[2]) };
  else if (m[1]) out.base = { previous: true };
  return out;
}
