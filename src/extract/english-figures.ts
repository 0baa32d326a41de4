/**
 * English clauses → figures, with the same record and the same label inheritance as Chinese
 * ones: a rate or a change without a subject borrows the sentence's last label, and a figure
 * in brackets right after another ("82.71 trillion yuan ($12.86 trillion)") is the same figure.
 */
import { describeChange } from './classify.js';
import type { Clause } from './clauses.js';
import { scanEnglish } from './english.js';
import type { Figure } from './types.js';

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
export function emitEnglish(text: string, norm: string, clause: Clause, sentenceStart: number, figures: Figure[], lastLabel: string): string {
  const quote = text.slice(clause.start, clause.end);
  let last = lastLabel;
  let prevEnd = -1;
  for (const e of scanEnglish(norm, clause.start, clause.end, sentenceStart)) {
    const previous = figures[figures.length - 1];
    // "82.71 trillion yuan ($12.86 trillion)" is one figure twice; "(+4.3 per cent)" is another.
    const converted = previous !== undefined && prevEnd >= 0 && /^\s*\(\s*$/.test(norm.slice(prevEnd, e.start))
      && isRate(previous.unit) === isRate(e.unit);
    let label = e.label;
    if (converted) label = previous.label;
    // A rate, a change, or any figure after another in its clause ("grew 10.4 percent to 13.06
    // trillion yuan") without words of its own is about the subject before it.
    else if (label === '' && (e.kind === 'growth' || isRate(e.unit) || prevEnd >= 0)) label = last;
    // "Retail sales growth weakened to 8.6 percent": the rate of a growth is a growth.
    // "…down from 9.2 percent": a rate after a growth rate of the same thing restates that growth.
    const restates = previous !== undefined && previous.kind === 'growth' && previous.label === label && previous.start >= sentenceStart;
    const kind = !converted && e.kind === 'level' && isRate(e.unit) && (/\bgrowth\b/i.test(label) || restates) ? 'growth' : e.kind;
    const figure: Figure = {
      label,
      value: e.value,
      unit: e.unit,
      comparator: e.comparator,
      kind: converted ? previous.kind : kind,
      quote,
      start: clause.start,
      end: clause.end,
      figureStart: e.start,
      figureEnd: e.end,
    };
    if (figure.kind === 'growth') {
      const sign = converted ? (previous.direction === 'down' ? -1 : 1) : e.sign ?? 1;
      figure.direction = sign * Math.sign(e.value || 1) < 0 ? 'down' : 'up';
    }
    describeChange(norm, figure, clause.start);
    figures.push(figure);
    if (label !== '') last = label;
    prevEnd = e.end;
  }
  return last;
}
