/**
 * English clauses → figures, with the same record and the same label inheritance as Chinese
 * ones: a rate or a change without a subject borrows the sentence's last label, and a figure
 * in brackets right after another ("82.71 trillion yuan ($12.86 trillion)") is the same figure.
 */
import { describeChange } from './classify.js';
import type { Clause } from './clauses.js';
import { CHANGE_NOUN, sentenceSubject } from './english-labels.js';
import { scanEnglish } from './english.js';
import type { Figure } from './types.js';

/** A subject pronoun: the label is what it refers to. */
const PRONOUN = /\b(?:it|they)\s+(?:\w+\s+){0,3}$/i;
/** A word that points back as a label: "the figure". */
const ANAPHOR = /^(?:figure|figures|number|data|gauge|measure|indicator)$/i;
const EXPECTATION = /\b(?:forecasts?|estimates?|expectations?|consensus|projections?)$/i;
const isRate = (unit: string): boolean => unit === '%' || unit === 'percentage point';

/** A clause with Latin letters and no CJK character is read as English. */
export function isEnglish(text: string, from: number, to: number): boolean {
  let latin = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3000) return false;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin = true;
  }
  return latin;
}

/** Appends the figures of an English clause; returns the sentence's last label. */
export function emitEnglish(text: string, norm: string, clause: Clause, sentenceStart: number, figures: Figure[], lastLabel: string, carried = ''): string {
  const quote = text.slice(clause.start, clause.end);
  const first = figures.length;
  let last = lastLabel;
  let prevEnd = -1;
  let subject: string | undefined;
  for (const e of scanEnglish(norm, clause.start, clause.end, sentenceStart)) {
    const previous = figures[figures.length - 1];
    const inSentence = previous !== undefined && previous.figureStart >= sentenceStart;
    /** The sentence's last rate before this figure: what a bare rate after it continues. */
    // Looks back a bounded number of figures, so a sentence of a million figures stays linear.
    let lastRate: Figure | undefined;
    for (let k = figures.length - 1; inSentence && k >= Math.max(0, figures.length - 8); k--) {
      const f = figures[k] as Figure;
      if (f.figureStart < sentenceStart) break;
      if (isRate(f.unit)) {
        lastRate = f;
        break;
      }
    }
    // What stands between the previous figure and this one, without the previous figure's own
    // tail ("in Q1", "for the service sector", "year on year").
    const gap = norm.slice(inSentence ? previous.figureEnd : clause.start, e.start)
      .replace(/^\s*(?:year[- ](?:on|over)[- ]year\s*)?(?:(?:in|for|during|on)\s+[^,]*?)?(?=,|\s+(?:and|or|while|but)\b|$)/i, '');
    // "82.71 trillion yuan ($12.86 trillion)" is one figure twice; "(+4.3 per cent)" is another.
    const converted = previous !== undefined && prevEnd >= 0 && /^\s*\(\s*$/.test(norm.slice(prevEnd, e.start))
      && isRate(previous.unit) === isRate(e.unit);
    let label = e.label;
    if (converted) label = previous.label;
    // A rate, a change, or any figure after another in its clause ("grew 10.4 percent to 13.06
    // trillion yuan") without words of its own is about the subject before it.
    // So is an amount later in the sentence: "compared to $16.7 billion", "reaching $13.9 billion".
    else if (label === '' && (e.kind === 'growth' || isRate(e.unit) || prevEnd >= 0 || inSentence)) label = last;
    // Nothing before it names it: the sentence's subject does ("Industrial production grew
    // steadily, rising 6 percent").
    if (label === '' && !converted) label = subject ??= sentenceSubject(norm, sentenceStart, e.start);
    // "In March, they grew a revised 0.86%": the pronoun stands for the subject of the sentence before.
    if (label === '' && !converted && PRONOUN.test(norm.slice(Math.max(sentenceStart, e.start - 40), e.start))) label = carried;
    // "after the 3.7 percent rise in December": a change noun names no thing; the subject the
    // sentence already named rose. "The figure came in at 5.4 percent": the figure is the last
    // thing the paragraph named. Alone (no subject before), the word stays: "the decline was 3%".
    // A forecast is not what rose: "exceeding the 5.1% growth forecast, … from the 5.4% growth".
    if (!converted && CHANGE_NOUN.test(label) && last !== '' && !EXPECTATION.test(last)) label = last;
    else if (!converted && ANAPHOR.test(label) && (last !== '' || carried !== '')) label = last !== '' ? last : carried;
    // "Retail sales growth weakened to 8.6 percent": the rate of a growth is a growth.
    // "…down from 9.2 percent": a rate after a growth rate of the same thing restates that growth.
    const restates = previous !== undefined && previous.kind === 'growth' && previous.label === label && previous.start >= sentenceStart;
    // "followed by 12.6 percent for the service sector", "compared to more than 60%": a bare rate
    // continuing the sentence's last rate is the same kind of figure, unless it is set "at" a level.
    // "beating a median forecast of 2.1%": a forecast of the same rate is the same kind.
    const forecastOf = /\b(?:forecasts?|consensus|estimates?|expectations?|projections?)\s+of\s+$/i.test(gap);
    const continues = lastRate !== undefined && lastRate.kind !== 'level' && !/\b(?:rate|ratio|level)\b/i.test(label)
      && (forecastOf || (!/(?<!compared )\b(?:at|to|of)\s+(?:[a-z]+\s+){0,3}$/i.test(gap)
        && /^[\s,]*(?:(?:and|or|while|followed by|compared (?:to|with)|versus|vs\.?|against|from|than|the|a|an|just|more than|over|about|nearly|around|less than|below|above)\b[\s,]*)*$/i.test(gap.replace(/[A-Za-z’'-]+['’]s\b/g, ''))));
    let kind = !converted && e.kind === 'level' && isRate(e.unit) && (/\bgrowth\b/i.test(label) || restates) ? 'growth' : e.kind;
    if (!converted && kind === 'level' && isRate(e.unit) && continues && lastRate !== undefined) kind = lastRate.kind;
    // "added 164,000 jobs …, up from 135,000": a bare number set against a count is the same count.
    const sameCount = e.unit === '' && inSentence && previous.unit !== '' && !isRate(previous.unit) && !/^[A-Z]{3}$/.test(previous.unit)
      && /\b(?:from|than|versus|vs\.?|compared (?:to|with)|and|or|to)\s*$/i.test(gap);
    if (sameCount) kind = previous.kind;
    const figure: Figure = {
      label,
      value: e.value,
      unit: sameCount ? previous.unit : e.unit,
      comparator: e.comparator,
      kind: converted ? previous.kind : kind,
      quote,
      start: clause.start,
      end: clause.end,
      figureStart: e.start,
      figureEnd: e.end,
    };
    if (figure.kind === 'growth') {
      const inherited = e.sign === undefined && continues && lastRate?.kind === 'growth' ? (lastRate.direction === 'down' ? -1 : 1) : undefined;
      const sign = converted || sameCount ? (previous.direction === 'down' ? -1 : 1) : e.sign ?? inherited ?? 1;
      figure.direction = sign * Math.sign(e.value || 1) < 0 ? 'down' : 'up';
    }
    if (e.upper !== undefined) figure.upper = e.upper;
    describeChange(norm, figure, clause.start);
    figures.push(figure);
    if (label !== '') last = label;
    prevEnd = e.end;
  }
  return respectively(norm, clause, sentenceStart, figures.slice(first)) ?? last;
}

/** In the clause or right after it (clauses end at commas: "…year on year, respectively."). */
const RESPECTIVELY = /\brespectively\b/i;

/**
 * "…in the mining and manufacturing sectors rose by 5.8 percent and by 6.8 percent year on year,
 * respectively" (NBS via SteelOrbis, 2025): each figure is its own side's, in order — not both the
 * manufacturing sectors'. Only when the subjects listed before the figures are as many as the
 * figures that share one label; the head noun after the last subject is shared ("mining sectors").
 * Returns the clause's new last label, or undefined when nothing was paired.
 */
function respectively(norm: string, clause: Clause, sentenceStart: number, mine: readonly Figure[]): string | undefined {
  const label = mine[0]?.label ?? '';
  if (mine.length < 2 || label === '' || !mine.every((f) => f.label === label) || !RESPECTIVELY.test(norm.slice(clause.start, clause.end + 16))) return undefined;
  // From the sentence's start: a list of subjects runs across the commas clauses end at ("Mining, utilities and …").
  const before = norm.slice(sentenceStart, mine[0]?.figureStart ?? clause.start);
  const at = before.lastIndexOf(label);
  const list = at < 0 ? null : /((?:[A-Za-z-]+,\s*)*[A-Za-z-]+),?\s+and\s+$/.exec(before.slice(Math.max(0, at - 120), at));
  const [head, ...rest] = label.split(' ');
  const items = list?.[1] === undefined || head === undefined ? [] : [...list[1].split(/,\s*/), head];
  if (items.length !== mine.length) return undefined;
  mine.forEach((f, i) => { f.label = [items[i], ...rest].join(' '); });
  return mine[mine.length - 1]?.label;
}
