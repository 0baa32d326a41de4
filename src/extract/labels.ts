/**
 * The label of a figure: the shortest noun phrase before it in its list item, with the verbs,
 * time words and bound words around it trimmed ("确保新增规上工业企业15家以上" → "新增规上工业企业").
 * Everything here reads a window of at most LABEL_WINDOW characters.
 */
import {
  CLASSIFIERS, FORWARD_LABEL_STOPS, LABEL_BOUNDARIES, LABEL_EDGE_PUNCTUATION, LABEL_LEADERS,
  LABEL_TRAILERS,
} from './vocabulary.js';
import { suffixCandidates } from './numerals.js';
import { wordAt } from './scanner.js';

/** A label longer than this is a clause, not a name; reading further back would cost time. */
export const LABEL_WINDOW = 24;
const FORWARD_WINDOW = 10;

const NUM = '0-9０-９零〇一二两三四五六七八九十';
/** Leading time words: "2021年", "1-6月份", "一季度", "“十四五”期间", "今年以来". */
const LEADING_PERIOD = new RegExp(
  `^(?:(?:本|当)年度(?!计划)|[${NUM}]+(?:[-~至][${NUM}]+)?(?:年度|年|月份|月|日|季度)(?:以来|前|底|末|初)?|(?:[${NUM}]+(?:[-~至][${NUM}]+)?岁(?:及以上|以上|以下)?[、和及]?)+|“?十[一二三四五六七八九]五”?(?:期间|时期|末)?|上半年|下半年|前[${NUM}]+(?:个月|季度)|[一二三四]季度|年末|年底)`,
);

/**
 * Where a comparison begins in a label: "增速比一季度", "比上年年初预算", "较全国平均增速",
 * "高于全国". 比 in 比重/比例/比率/占比 is part of a name, not a comparison.
 */
const COMPARISON = /(?:(?<![占同环])(?:比|较)(?![重例率])|高于|低于|与[^与]*相比).*$/;
/** A bracketed aside at the end of a label: "国内生产总值(GDP)". */
const TRAILING_ASIDE = /[(（][^()（）]*[)）]$/;
/** A label that ends in a preposition is the frame of what follows, not a name ("根据…对31个省"). */
const ENDS_IN_PREPOSITION = /[对向给]$/;
/** Rate nouns that are a label on their own. */
const RATE_NOUNS = new Set(['增速', '增幅', '涨幅', '降幅']);
/** Words whose last character is also a trailer (约, 近): 签约 is not 签 + 约. */
const KEPT_WORDS = ['签约', '合约', '节约', '制约', '最近', '附近'];

/** Statistics that need the subject before the verb to mean anything: "第二产业实现增加值". */
const GENERIC_STATISTICS = new Set(['增加值', '产值']);

function stripOnce(s: string): string {
  let out = s.replace(TRAILING_ASIDE, '').replace(LABEL_EDGE_PUNCTUATION, '');
  out = out.replace(LEADING_PERIOD, '');
  const lead = wordAt(out, 0, LABEL_LEADERS);
  if (lead !== undefined && out.length > lead.length) out = out.slice(lead.length);
  // Only the trailers `out` can end with: the same first match as trying every one.
  for (const w of suffixCandidates(out, LABEL_TRAILERS)) {
    // "增速比一季度加快…" is about the growth rate itself: a rate noun alone stays the label.
    if (out === w && RATE_NOUNS.has(w)) break;
    if (out.endsWith(w) && !KEPT_WORDS.some((k) => out.endsWith(k) && k.endsWith(w) && k !== w)) {
      out = out.slice(0, out.length - w.length);
      break;
    }
  }
  // "296个市重点项目中": among them, not a name.
  if (out.endsWith('项目中')) out = out.slice(0, -1);
  // "比上年减少" was trimmed of its verb above; the comparison goes with it.
  out = out.replace(COMPARISON, '');
  // "文旅、工业、商贸等产业项目": what follows 等 names the whole list.
  const etc = out.lastIndexOf('等');
  if (etc >= 0 && etc < out.length - 1) out = out.slice(etc + 1);
  return out;
}

function strip(s: string): string {
  let prev = '';
  let out = s;
  while (out !== prev) {
    prev = out;
    out = stripOnce(out);
  }
  return out;
}

/** Where the last verb of `s` ends; "新引进" keeps its 新 (it names a statistic, like 新增). */
function lastBoundary(s: string): { before: number; after: number } {
  let best = { before: 0, after: 0 };
  for (const w of LABEL_BOUNDARIES) {
    const k = s.lastIndexOf(w);
    // "年度计划完成投资" names a plan; its 完成 is part of the name. "投资完成率", "到位率",
    // "完成额": a verb before 率/额/量/度 is part of a noun, not where the label starts (it was "率").
    if (k >= 0 && k + w.length > best.after && !(w === '完成' && s.slice(Math.max(0, k - 2), k) === '计划') && !/^[率额量度]/.test(s.slice(k + w.length))) {
      best = { before: k, after: s[k - 1] === '新' ? k - 1 : k + w.length };
    }
  }
  return best;
}

/** A footnote's number in a 统计公报's text: "[2]". */
const NOTE_MARK = /\[\d{1,2}\]/g;

/**
 * The label in `pre`, the text between the figure's list item (or the previous figure) and the
 * figure. With `subject`, prefer what stands before the verb: for "固定资产投资完成年度目标任务",
 * the thing measured is 固定资产投资, not the target it is measured against.
 */
export function labelBefore(pre: string, subject = false): string {
  if (ENDS_IN_PREPOSITION.test(pre)) return '';
  // "地区生产总值（GDP）[2]2313亿元", "第三产业[3]增加值" (蚌埠 2024 统计公报): the note's number is no part of the name.
  const trimmed = strip(pre.replace(NOTE_MARK, ''));
  const cut = lastBoundary(trimmed);
  const after = strip(trimmed.slice(cut.after));
  // "第一产业实现增加值": a generic statistic names its subject before the verb.
  // "基础设施投资完成4327.61亿元": nothing after the verb, so the subject before it is the label.
  if (cut.after > 0 && (GENERIC_STATISTICS.has(after) || after === '')) {
    const head = strip(trimmed.slice(0, cut.before));
    if (head !== '') return head + after;
  }
  if (subject && cut.after > 0) {
    const head = strip(trimmed.slice(0, cut.before));
    if (head !== '') return head;
  }
  return after;
}

/**
 * The noun a classifier counts when it follows the figure: "2万件医疗器械", "三栋新建建筑主体".
 * Empty when the unit is not a classifier (unless `always`: the figure has no label before it,
 * as in "建成10万千瓦光伏电站") or no noun follows.
 */
export function nounAfter(text: string, unit: string, from: number, to: number, always = false): string {
  if (!always && !CLASSIFIERS.has(unit)) return '';
  let j = from;
  const limit = Math.min(to, from + FORWARD_WINDOW);
  // Digits end the noun: "175个工业项目完成投资151.2亿元" counts 工业项目, not 工业项目…15.
  while (j < limit && /[\u4e00-\u9fffA-Za-z]/.test(text[j] ?? '') && wordAt(text, j, FORWARD_LABEL_STOPS) === undefined) j++;
  const noun = text.slice(from, j);
  return noun.endsWith('项目中') ? noun.slice(0, -1) : noun;
}
