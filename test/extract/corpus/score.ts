/**
 * Scores extractFigures against the labelled corpus: recall, precision and the share of figures
 * with every field right, per genre and language. Pure, so the browser test and a Node script
 * can both run it.
 */
import { extractFigures, type Figure } from '../../../src/extract/index.js';
import { CORPUS } from './index.js';
import type { CorpusText, GoldFigure } from './types.js';

export const FIELDS = ['value', 'unit', 'comparator', 'kind', 'label', 'direction', 'target'] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  gold: number;
  found: number;
  matched: number;
  allRight: number;
  /** Per field, how many matched figures have it right. */
  right: Record<Field, number>;
}

export interface Miss { text: string; kind: 'missed' | 'extra' | 'wrong'; written: string; detail: string }

const emptyTally = (): Tally => ({
  gold: 0, found: 0, matched: 0, allRight: 0,
  right: { value: 0, unit: 0, comparator: 0, kind: 0, label: 0, direction: 0, target: 0 },
});

const close = (a: number | undefined, b: number | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

/** Which fields of `f` disagree with the gold figure `g`. */
export function wrongFields(g: GoldFigure, f: Figure): Field[] {
  const [, value, unit, comparator, kind, label, extra] = g;
  const labels: readonly string[] = typeof label === 'string' ? [label] : label;
  const wrong: Field[] = [];
  if (!close(value, f.value)) wrong.push('value');
  if (unit !== f.unit) wrong.push('unit');
  if (comparator !== f.comparator) wrong.push('comparator');
  if (kind !== f.kind) wrong.push('kind');
  if (!labels.includes(f.label)) wrong.push('label');
  if (extra?.direction !== f.direction) wrong.push('direction');
  if (!close(extra?.target, f.target)) wrong.push('target');
  return wrong;
}

/** Where each gold figure stands in the text, found in reading order. Throws on a bad corpus. */
export function locate(name: string, entry: CorpusText): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let cursor = 0;
  for (const g of entry.figures) {
    const at = entry.text.indexOf(g[0], cursor);
    if (at < 0) throw new Error(`corpus ${name}: "${g[0]}" not found after offset ${cursor}`);
    spans.push([at, at + g[0].length]);
    // Past the whole figure: "27%" after "26-27%" is the next one, not the tail of the range.
    cursor = at + g[0].length;
  }
  return spans;
}

export interface Score {
  /** Keyed "zh", "en", "zh bulletin", "en news" … */
  groups: Map<string, Tally>;
  misses: Miss[];
}

function add(into: Tally, from: Tally): void {
  into.gold += from.gold;
  into.found += from.found;
  into.matched += from.matched;
  into.allRight += from.allRight;
  for (const f of FIELDS) into.right[f] += from.right[f];
}

export function scoreText(name: string, entry: CorpusText, misses: Miss[] = []): Tally {
  const t = emptyTally();
  const spans = locate(name, entry);
  const found = extractFigures(entry.text);
  const used = new Set<number>();
  t.gold = entry.figures.length;
  t.found = found.length;
  entry.figures.forEach((g, k) => {
    const [a, b] = spans[k] as [number, number];
    // The first unused figure whose own text overlaps the labelled one.
    const j = found.findIndex((f, i) => !used.has(i) && f.figureStart < b && f.figureEnd > a);
    if (j < 0) {
      misses.push({ text: name, kind: 'missed', written: g[0], detail: '' });
      return;
    }
    used.add(j);
    const f = found[j] as Figure;
    t.matched++;
    const wrong = wrongFields(g, f);
    for (const field of FIELDS) if (!wrong.includes(field)) t.right[field]++;
    if (wrong.length === 0) t.allRight++;
    else {
      const got = wrong.map((w) => `${w}=${JSON.stringify(f[w as keyof Figure] ?? null)}`).join(' ');
      misses.push({ text: name, kind: 'wrong', written: g[0], detail: got });
    }
  });
  found.forEach((f, i) => {
    if (!used.has(i)) misses.push({ text: name, kind: 'extra', written: entry.text.slice(f.figureStart, f.figureEnd), detail: f.label });
  });
  return t;
}

export function scoreCorpus(): Score {
  const groups = new Map<string, Tally>();
  const misses: Miss[] = [];
  for (const [name, entry] of CORPUS) {
    const t = scoreText(name, entry, misses);
    const keys = [entry.language, `${entry.language} ${entry.genre}`, 'all'];
    if (entry.heldOut) keys.push(`held-out ${entry.language}`);
    // Tuned = the texts the rules were written against; fresh = the second held-out set, labelled
    // and committed before the extractor first ran on it. Printed apart so the split stays visible.
    keys.push(entry.fresh ? `fresh ${entry.language}` : `tuned ${entry.language}`);
    if (entry.fresh) keys.push(`fresh ${entry.language} ${entry.genre}`);
    for (const key of keys) {
      const g = groups.get(key) ?? emptyTally();
      add(g, t);
      groups.set(key, g);
    }
  }
  return { groups, misses };
}

/** Percentages of one group: recall and every-field-right over the labelled figures. */
export function rates(t: Tally): { recall: number; precision: number; allRight: number; fields: Record<Field, number> } {
  const pct = (n: number, d: number): number => (d === 0 ? 100 : Math.round((1000 * n) / d) / 10);
  const fields = {} as Record<Field, number>;
  for (const f of FIELDS) fields[f] = pct(t.right[f], t.matched);
  return { recall: pct(t.matched, t.gold), precision: pct(t.matched, t.found), allRight: pct(t.allRight, t.gold), fields };
}

/** A table for the test log and the README. */
export function table(score: Score): string {
  const rows = [...score.groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  const lines = ['group          figures  recall  precision  all-right  value unit  comp  kind  label dir   target'];
  for (const [key, t] of rows) {
    const r = rates(t);
    const f = FIELDS.map((x) => String(r.fields[x]).padStart(5)).join(' ');
    lines.push(`${key.padEnd(14)} ${String(t.gold).padStart(7)} ${String(r.recall).padStart(7)} ${String(r.precision).padStart(10)} ${String(r.allRight).padStart(10)}  ${f}`);
  }
  return lines.join('\n');
}
