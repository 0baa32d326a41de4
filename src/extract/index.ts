/**
 * dj-widgets/extract: article text → figures, each with its label, unit, bound, kind and the
 * clause it came from. Pure ESM with no DOM, so it runs in Node (to build datasets) and in the
 * page (the editors' builder).
 */
import { toHalfWidth } from '../core/format/numeral.js';
import { readForm } from '../core/format/period.js';
import { comparatorOf, describeChange, isProgress, isThreshold, kindOf, type KindReading } from './classify.js';
import { splitClauses } from './clauses.js';
import { LABEL_WINDOW, labelBefore, nounAfter } from './labels.js';
import { scanClause, tidy, type RawFigure } from './scanner.js';
import type { ExtractOptions, Figure } from './types.js';
import { emitEnglish, isEnglish } from './english-figures.js';
import { linkTargets } from './progress.js';
import { respectiveLabels } from './respective.js';
import { RATE_UNITS } from './vocabulary.js';

export type { Comparator, ExtractOptions, Figure, FigureKind } from './types.js';

/**
 * A label that starts with a period written the Western way ("2021Q1营业收入", "H1 2021 revenue"):
 * the period reader says it is a time, not part of what is counted, so it leaves the label.
 * (Chinese periods — 2021年, 一季度, 1-6月份 — never reach a label: the scanner steps over them.)
 */
function withoutPeriod(label: string): string {
  const m = /^(?:\d{4}\s*[-/]?\s*[QH][1-4]|[QH][1-4](?:\s*\d{4})?)(?![\dA-Za-z])\s*/i.exec(label);
  return m && readForm(m[0].trim()) !== null && m[0].length < label.length ? label.slice(m[0].length) : label;
}

/** A conversion in brackets right after a figure. */
const OPEN_BRACKET = /^\s*[(（]\s*$/;
/** A label that only names a target ("年度投资计划", "年度目标"): the share is of the actual before it. */
const OF_TARGET_LABEL = /(?:计划|目标|任务)[^计目任]{0,4}$/;

/** A conversion: "约合人民币", "折合", "合". */
const CONVERSION = /^(?:约合|折合|合)(?:人民币|美元|欧元)?$/;
/**
 * A plan or a target is not the amount done that a percentage of it measures, nor what a change
 * after it is about: in "收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元"
 * (大姚县 财政, 2024) the revenue fell, not the budget. 预算 only as the label's last word: 一般公共预算收入
 * is an amount.
 */
const PLAN_LABEL = /计划|目标|任务|预算数?$/;
/** A clause that is only a verb before its figure: "完成5034.99亿元". */
const BARE_VERB = /^(?:完成|实现|达到|达|为|共计|合计)$/;

/** What may stand between two figures of one list: "6%和7%", "6%、7%". */
const CONJUNCTION = /^\s*(?:和|与|及|或|、|,)\s*$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * Every figure in `text`, in reading order. Years and dates are periods, not figures; a
 * threshold inside a name ("过10亿元项目") stays in the label of the figure it qualifies.
 *
 * Runs in time linear in the length of the text. Throws a TypeError when `text` is not a string.
 *
 * @example
 * extractFigures('工业投资增长12%，工业应税销售收入突破400亿元')
 * // [{ label: '工业投资', value: 12, unit: '%', comparator: 'eq', kind: 'growth', … },
 * //  { label: '工业应税销售收入', value: 40000000000, unit: '元', comparator: 'gt', kind: 'level', … }]
 */
export function extractFigures(text: unknown, options: ExtractOptions = {}): Figure[] {
  if (typeof text !== 'string') {
    throw new TypeError(`extractFigures: text must be a string, got ${describe(text)}`);
  }
  const decimal = options.decimal ?? '.';
  const inherit = options.inheritLabels ?? true;
  // Same length as the input, so offsets found in it index the original text.
  const norm = toHalfWidth(text);
  const figures: Figure[] = [];
  let sentence = -1;
  let lastLabel = '';
  /** The label of the sentence's last amount: what a percentage of a target measures. */
  let lastAmountLabel = '';

  let sentenceStart = 0;
  /** The last label of an earlier sentence of this paragraph: what "it" and "they" refer to. */
  let carried = '';
  for (const clause of splitClauses(text)) {
    if (clause.sentence !== sentence) {
      if (lastLabel !== '') carried = lastLabel;
      // A blank line ends the paragraph; a pronoun never reaches back across it.
      if (/\n\s*\n/.test(norm.slice(sentenceStart, clause.start))) carried = '';
      sentence = clause.sentence;
      sentenceStart = clause.start;
      lastLabel = '';
      lastAmountLabel = '';
    }
    if (isEnglish(norm, clause.start, clause.end)) {
      lastLabel = emitEnglish(text, norm, clause, sentenceStart, figures, inherit ? lastLabel : '', inherit ? carried : '');
      continue;
    }
    const raws = scanClause(norm, clause.start, clause.end, decimal);
    const quote = text.slice(clause.start, clause.end);
    let prevEnd = clause.start;
    /** The subjects 分别 pairs with the list that starts at the current figure, if any. */
    let respective: string[] = [];
    let listIndex = 0;

    const emit = (raw: RawFigure, windowStart: number, fields: Partial<Figure> = {}, subject = false): Figure => {
      const labelStart = Math.max(windowStart, raw.segStart, raw.start - LABEL_WINDOW);
      const reading: KindReading = raw.doublings !== undefined ? { kind: 'growth', sign: 1 } : kindOf(norm, raw, windowStart);
      let kind = reading.kind;
      const sign = reading.sign;
      const pre = text.slice(labelStart, raw.start);
      // "…15亿美元，约合人民币100亿元": the same figure in another currency.
      const conversion = CONVERSION.test(pre.trim());
      let label = fields.label ?? (conversion ? lastLabel : withoutPeriod(labelBefore(pre, subject)));
      if (fields.label === undefined) label += nounAfter(text, raw.unit, raw.end, clause.end, label === '');
      // Only a rate or a change borrows a label: "同比增长-8.92%" and "比上年减少162万吨" are about
      // the amount before them, while a bare count ("3000家") after another figure is usually
      // about something else; so is an amount after a bare verb ("…超过5000亿元,完成5034.99亿元").
      const borrows = RATE_UNITS.has(raw.unit) || kind === 'growth' || BARE_VERB.test(pre.trim());
      let borrowed = false;
      if (inherit && fields.label === undefined && lastLabel !== '' && label === '' && borrows) {
        label = lastLabel;
        borrowed = true;
      }
      // "比上年下降4.1%;与2020年相比,两年平均增长2.5%": a change with no subject in its sentence is
      // about the subject of the sentence before, in the same paragraph.
      if (inherit && fields.label === undefined && label === '' && kind === 'growth' && carried !== '') label = carried;
      // "完成年度投资计划的58.42%": the percentage of a target is the share of the amount done.
      if (inherit && fields.label === undefined && kind === 'share' && OF_TARGET_LABEL.test(label) && lastAmountLabel !== '') {
        label = lastAmountLabel;
      }
      // "比重近40%,达到39.9%": the same share restated.
      const previous = figures[figures.length - 1];
      if (borrowed && kind === 'level' && raw.unit === '%' && previous?.kind === 'share' && previous.start >= sentenceStart) kind = 'share';
      // "占固定资产投资额的46.4%" names the whole, not the subject the next rate is about.
      if (label !== '' && !label.startsWith('占') && !(PLAN_LABEL.test(label) && lastLabel !== '')) lastLabel = label;
      if (!RATE_UNITS.has(raw.unit) && label !== '' && !PLAN_LABEL.test(label)) lastAmountLabel = label;
      const figure: Figure = {
        label,
        value: raw.value,
        unit: raw.unit,
        comparator: comparatorOf(norm, raw, windowStart),
        kind,
        quote,
        start: clause.start,
        end: clause.end,
        figureStart: raw.start,
        figureEnd: raw.end,
        ...fields,
      };
      if (raw.upper !== undefined) figure.upper = raw.upper;
      // A progress figure's value is computed (target × share); its target is the one written.
      if (raw.published && 'value' in fields) figure.targetPublished = raw.published;
      else if (raw.published) figure.published = raw.published;
      if (raw.upperPublished && figure.upper !== undefined) figure.upperPublished = raw.upperPublished;
      describeChange(norm, figure, windowStart);
      if (kind === 'growth' && sign !== undefined && figure.kind === 'growth') {
        // The word gives the direction and a sign as written flips it: 增长-8.92% fell.
        figure.direction = sign * Math.sign(raw.value) < 0 ? 'down' : 'up';
      }
      figures.push(figure);
      return figure;
    };

    for (let k = 0; k < raws.length; k++) {
      const raw = raws[k];
      if (raw === undefined) continue;
      const next = raws[k + 1];
      if (isThreshold(norm, raw, next)) continue;
      if (next !== undefined && isProgress(norm, raw, next, prevEnd)) {
        // The actual is the share of the target reached; both carry the thing measured.
        const actual = emit(raw, prevEnd, {
          kind: 'progress',
          value: tidy((raw.value * next.value) / 100),
          target: raw.value,
          figureEnd: next.end,
        }, true);
        actual.comparator = comparatorOf(norm, next, raw.end);
        if (raw.published && next.published) {
          // target × share: written in the target's multiplier with every digit the product has.
          const decimals = Math.min(10, raw.published.decimals + next.published.decimals + 2);
          actual.published = { decimals, multiplier: raw.published.multiplier, trim: true };
        }
        emit(next, raw.end, { kind: 'share', label: actual.label, figureStart: raw.start });
        prevEnd = next.end;
        k++;
        continue;
      }
      const previous = figures[figures.length - 1];
      const between = norm.slice(prevEnd, raw.start);
      if (previous !== undefined && previous.figureEnd === prevEnd && OPEN_BRACKET.test(between)
        && RATE_UNITS.has(previous.unit) === RATE_UNITS.has(raw.unit)) {
        // "11606.4万公顷(17409.5万亩)": the same figure in another unit.
        const converted = emit(raw, raw.start, { label: previous.label, kind: previous.kind });
        if (previous.direction !== undefined && converted.kind === 'growth') converted.direction = previous.direction;
        else delete converted.direction;
      } else if (previous !== undefined && previous.start === clause.start && CONJUNCTION.test(between)) {
        // "分别增长6%和7%": a figure joined to the one before by 和/与/、 shares its label and kind,
        // unless 分别 pairs each with its own subject ("A、B和C分别增长x、y和z").
        listIndex++;
        const label = respective[listIndex] ?? previous.label;
        const joined = emit(raw, prevEnd, { label, kind: previous.kind });
        if (joined.kind === 'growth' && previous.direction !== undefined) {
          // The shared word's sign, recovered from the previous figure's direction and value.
          const wordSign = (previous.direction === 'up' ? 1 : -1) * Math.sign(previous.value || 1);
          joined.direction = wordSign * Math.sign(raw.value) < 0 ? 'down' : 'up';
        }
      } else {
        const first = emit(raw, prevEnd);
        respective = respectiveLabels(text, norm, raws, k, prevEnd);
        listIndex = 0;
        if (respective[0] !== undefined) first.label = respective[0];
      }
      prevEnd = raw.end;
    }
  }
  linkTargets(text, figures);
  return figures;
}
