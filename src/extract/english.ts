/**
 * English figures: numbers with scale words (million, billion, bn), currencies ($, US$, yuan,
 * RMB, ¥), percent and percentage points, measures and counted nouns; the bound, the change and
 * the label from the words around. Dates, ages, ordinals, durations and model numbers are not
 * figures. Every pattern is anchored at a position the scan has reached and reads a bounded
 * window, so a clause costs time linear in its length.
 */
import { EN_BOUND_WORDS, EN_CHANGE_WORDS, type Comparator } from '../core/format/vocabulary.js';
import { englishLabel } from './english-labels.js';
import { tidy } from './scanner.js';
import type { FigureKind } from './types.js';

export interface EnglishFigure {
  start: number;
  end: number;
  value: number;
  unit: string;
  comparator: Comparator;
  kind: FigureKind;
  /** +1 when the words say it rose, -1 when it fell (growth only). */
  sign?: 1 | -1;
  label: string;
  /** For a range ("26-27%"): the upper bound; `value` holds the lower one. */
  upper?: number;
}

const SCALES: Readonly<Record<string, number>> = {
  trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, m: 1e6, thousand: 1e3, k: 1e3,
};
const CURRENCIES: Readonly<Record<string, string>> = { 'US$': 'USD', $: 'USD', 'HK$': 'HKD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', RMB: 'CNY' };

/** Currency sign, the digits (or "a" before a scale word), then a scale word or abbreviation. */
const NUMBER = /(US\$|HK\$|\$|€|£|¥|RMB ?)?(?:([+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?)|\b(a|one)(?=[ -](?:trillion|billion|million)\b))(?:[ -](trillion|billion|million|thousand)\b|(tn|bn|mn|m|k)\b)?/giy;

/** What may follow the number, in order: [pattern anchored at the number's end, unit]. */
const UNITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ ?%/, '%'],
  [/^[ -](?:percent|per cent|pct)\b/i, '%'],
  [/^ percentage[ -]points?\b/i, 'percentage point'],
  [/^(?:[ -](?:U\.S\.|US|American))?[ -]dollars?\b/i, 'USD'],
  [/^ (?:yuan|renminbi)\b(?: \(?RMB\)?)?|^ ?RMB\b/i, 'CNY'],
  [/^ euros?\b/i, 'EUR'],
  [/^[ -](?:square[ -](?:feet|foot)|sq\.?[ -]?(?:ft|feet)\.?)/i, 'square feet'],
  [/^[ -](?:metric )?(?:tons|tonnes|ton|tonne)\b/i, 'tons'],
  [/^ barrels\b/i, 'barrels'],
];
/** Up to two modifiers, then a noun that is counted: "130 manufacturing jobs", "360 new workers". */
const COUNTED = /^((?: (?!(?:in|of|to|for|by|at|on|and|or|the|a|an|from|with)\b)[a-z][a-z-]*){0,2}?) (jobs|workers|employees|people|adults|positions|homes|vehicles|cars|students|visitors|tourists|residents|households|companies|firms|projects|stores|units|members|patients|cases|deaths|economists|analysts)\b/i;
/** After the number, what makes it a duration, an age, an ordinal or a time, not a figure. */
const NOT_AFTER = /^(?:-(?:year|month|day|week|hour|minute|time)s?\b|[ -](?:years?|months?|days?|weeks?)(?!-on-|-over-)(?: old)?\b|(?:st|nd|rd|th)\b|:\d|[A-Za-z]| [A-Z]{2,}\b)/;
/** Before the number: a month (a date), an age, or a capitalised name ("Airbus 350"). */
const DATE_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? $|\b(?:January|February|March|April|June|July|August|September|October|November|December) $/;
const AGE_BEFORE = /\b(?:ages?|aged|age group|between ages) $/i;
const NAME_BEFORE = /[A-Za-z_]$|\b(?:No\.|[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}) $|(?<![.!?] |^)\b[A-Z][a-z]+ $/;
const RANGE_TAIL = /^\s*(?:to|-|–|and)\s*$/;
/** "to 5.4 percent", "from 8.7%": a change to or from a value makes that value a level. */
const TO_FROM = /\b(?:to|from)\s+(?:(?:the|its|their)\s+(?:(?:previous|prior|last)\s+)?[A-Za-z-]+['’]s\s+)?$/i;
/** "remained stable at 5%", "down slightly at 4 percent": a rate set at a value is its level ("grew at 5%" is not). */
const AT_LEVEL = /(?<!\b(?:grew|grow|grows|growing|rose|rise|rising|expanded|expanding|increased|increasing|climbed|fell|declined|contracted|dropped)\s)\bat\s+$/i;
/** "26-27%": a range written with one unit after its upper bound. */
const RANGE_UPPER = /^[-–](\d+(?:\.\d+)?)(?=\s?%|[ -](?:percent|per cent|pct)\b)/i;
const GROWTH_SUBJECT = /\b[a-z]+ growth\b/i;
const SHARE = /\b(?:share of|accounted for|accounting for|accounts for|of the total|proportion of)\s+(?:\S+\s+){0,3}$/i;
/** Amounts are changes only right after a verb of change: "added 200,000 jobs", "climbed by 144,000". */
const AMOUNT_CHANGE = /\b(?:(added|climbed|rose|fell|gained|lost|losing|shed|increased|decreased|grew|jumped|dropped|higher|lower|up|down)(?: by)?(?: a cumulative)?|(growth) of)\s+$/i;
const AFTER_CHANGE = /^\)?\s+(?:year-(?:on|over)-year\s+)?(higher|lower|faster|slower|increase|rise|gain|growth|jump|surge|drop|decline|fall|slide|decrease|contraction|more|less)\b/i;

const CHANGE = new Map(EN_CHANGE_WORDS);
const CHANGE_WORD = new RegExp(`\\b(${EN_CHANGE_WORDS.map(([w]) => w).join('|')})\\b`, 'gi');
const BOUNDS = [...EN_BOUND_WORDS].sort((a, b) => b[0].length - a[0].length);
const WINDOW = 80;

function boundBefore(before: string): readonly [string, Comparator] | undefined {
  const lower = before.toLowerCase();
  return BOUNDS.find(([w]) => lower.endsWith(`${w} `) && !/[a-z]/.test(lower[lower.length - w.length - 2] ?? ' '));
}

function unitAt(text: string, at: number, to: number): { unit: string; end: number; counted?: string } | undefined {
  const rest = text.slice(at, Math.min(to, at + 40));
  for (const [re, unit] of UNITS) {
    const m = re.exec(rest);
    if (m) return { unit, end: at + m[0].length };
  }
  const m = COUNTED.exec(rest);
  return m ? { unit: (m[2] ?? '').toLowerCase(), end: at + m[0].length, counted: m[0].trim().toLowerCase() } : undefined;
}

/** A counted noun names what is counted: "130 manufacturing jobs" → "manufacturing jobs". */
function countedLabel(unit: { counted?: string } | undefined, currency: string): string | undefined {
  return currency === '' ? unit?.counted : undefined;
}

/** The last change word in `s` and its sign. */
function lastChange(s: string): 1 | -1 | undefined {
  let sign: 1 | -1 | undefined;
  CHANGE_WORD.lastIndex = 0;
  for (let m = CHANGE_WORD.exec(s); m !== null; m = CHANGE_WORD.exec(s)) sign = CHANGE.get((m[1] ?? '').toLowerCase()) ?? sign;
  return sign;
}

function kindOf(before: string, after: string, unit: string, signWritten: string): { kind: FigureKind; sign?: 1 | -1 } {
  const rate = unit === '%' || unit === 'percentage point';
  if (signWritten !== '' && rate) return { kind: 'growth', sign: 1 };
  const next = AFTER_CHANGE.exec(after);
  if (next && rate) return { kind: 'growth', sign: CHANGE.get((next[1] ?? '').toLowerCase()) ?? 1 };
  // "fell to 8.5%" is a level, but "sales growth weakened to 8.6 percent" is a rate of growth.
  if (TO_FROM.test(before) || AT_LEVEL.test(before)) return rate && GROWTH_SUBJECT.test(before) ? { kind: 'growth', sign: 1 } : { kind: 'level' };
  if (rate && SHARE.test(before)) return { kind: 'share' };
  if (!rate) {
    const m = AMOUNT_CHANGE.exec(before);
    return m ? { kind: 'growth', sign: CHANGE.get((m[1] ?? m[2] ?? '').toLowerCase()) ?? 1 } : { kind: 'level' };
  }
  const sign = lastChange(before);
  return sign === undefined ? { kind: 'level' } : { kind: 'growth', sign };
}

/** The English figures of the clause [from, to) of `text`; `sentenceStart` says where its sentence begins. */
export function scanEnglish(text: string, from: number, to: number, sentenceStart: number): EnglishFigure[] {
  const found: EnglishFigure[] = [];
  let prevEnd = from;
  let skipTail = false;
  let skippedEnd = from;
  for (let i = from; i < to;) {
    const c = text[i] ?? '';
    if (!/[\d$€£¥aAoOUHR+-]/.test(c)) {
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m === null || m.index !== i || m[0] === '' || i + m[0].length > to) {
      i++;
      continue;
    }
    const [whole, currency = '', digits, article, scaleWord, scaleAbbr] = m;
    const range = digits !== undefined && currency === '' && scaleWord === undefined && scaleAbbr === undefined ? RANGE_UPPER.exec(text.slice(i + whole.length, i + whole.length + 12)) : null;
    const end = i + whole.length + (range?.[0].length ?? 0);
    const before = text.slice(Math.max(prevEnd, i - WINDOW), i);
    const prevChar = text[i - 1] ?? ' ';
    // "5:30 p.m.": the minutes of a time, not a figure.
    if ((digits === undefined && article === undefined) || (digits !== undefined && currency === '' && /[\w.:]/.test(prevChar) && !/^[+-]/.test(digits))) {
      i = end;
      continue;
    }
    const scale = SCALES[(scaleWord ?? scaleAbbr ?? '').toLowerCase()] ?? 1;
    const raw = digits === undefined ? 1 : Number(digits.replace(/,/g, ''));
    const unit = unitAt(text, end, to);
    const unitName = currency !== '' ? (CURRENCIES[currency.trim()] ?? '') : (unit?.unit ?? '');
    const figureEnd = currency !== '' && unit?.unit !== '%' ? end : (unit?.end ?? end);
    const afterText = text.slice(end, Math.min(to, end + 40));
    const bare = currency === '' && scale === 1 && unit === undefined;
    const tail: boolean = skipTail && RANGE_TAIL.test(text.slice(skippedEnd, i));
    skipTail = false;
    const notFigure = tail || NOT_AFTER.test(afterText) && unit === undefined
      || DATE_BEFORE.test(before) || AGE_BEFORE.test(before)
      || (bare && (NAME_BEFORE.test(before) || (Number.isInteger(raw) && raw >= 1900 && raw <= 2099) || /-$/.test(before)));
    if (notFigure) {
      // A date or an age is stepped over; the words before it still belong to the next figure.
      skipTail = AGE_BEFORE.test(before) || tail;
      i = figureEnd;
      skippedEnd = figureEnd;
      continue;
    }
    const bound = boundBefore(before);
    const stripped = bound ? before.slice(0, before.length - bound[0].length - 1) : before;
    const signWritten = /^[+-]/.test(digits ?? '') ? (digits ?? '')[0] ?? '' : '';
    const { kind, sign } = kindOf(stripped, text.slice(figureEnd, Math.min(to, figureEnd + 30)), unitName, signWritten);
    const orMore = /^ or more\b/i.test(text.slice(figureEnd, figureEnd + 9));
    const figure: EnglishFigure = {
      start: i,
      end: figureEnd,
      value: tidy(Math.abs(raw) * scale * (signWritten === '-' ? -1 : 1)),
      unit: unitName,
      comparator: orMore ? 'ge' : bound?.[1] ?? 'eq',
      kind,
      label: countedLabel(unit, currency) ?? englishLabel(text, stripped, figureEnd, to, i - before.length === sentenceStart, currency !== ''),
    };
    if (sign !== undefined) figure.sign = sign;
    if (range) figure.upper = Number(range[1]);
    found.push(figure);
    i = figureEnd;
    prevEnd = figureEnd;
  }
  return found;
}
