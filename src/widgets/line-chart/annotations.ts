/**
 * Annotations an editor writes: a note on a point, or a shaded range with text.
 *
 *   { "x": "2020-02", "text": "疫情停工" }                        note on the first line at x
 *   { "x": "2020-02", "series": "营业收入", "text": "…" }         note on a named line
 *   { "x": 5, "y": 12.5, "text": "…" }                           note at an exact point
 *   { "from": "2020-01", "to": "2020-03", "text": "一季度停工" }   shaded range
 *
 * x, from and to are written like the data's x (dates or numbers). Text is plain text.
 */
import { DataError } from '../../core/data/errors.js';
import { parseDateTime } from '../../core/format/date.js';
import { periodYear, readPeriod, type Period } from '../../core/format/period.js';
import { parseCalendarDate } from './dates.js';
import { nearestDefined } from './reduce.js';
import type { LineData } from './series.js';

export interface Annotation {
  x?: string | number;
  y?: number;
  series?: string;
  from?: string | number;
  to?: string | number;
  text: string;
}

export type ResolvedAnnotation =
  | { kind: 'note'; x: number; y: number; series: number; text: string }
  | { kind: 'range'; from: number; to: number; text: string };

/** A value as an editor wrote it, for an error message. */
function show(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : v === undefined ? 'undefined' : JSON.stringify(v);
}

function bad(i: number, en: string, zh: string): DataError {
  return new DataError(`Annotation ${i + 1}: ${en}`, { input: 'json', row: i + 1 }, `第 ${i + 1} 条注释：${zh}`);
}

function readX(v: unknown, data: LineData, i: number, field: string): number {
  if (data.xType === 'time') {
    // A period the line has ("2021年一季度", "1-9月") is placed where its point stands.
    const p = data.periods ? readPeriod(v, { year: data.periods.size > 0 ? periodYear([...data.periods.values()][0] as Period) : null }) : null;
    if (p && data.periods) for (const [x, q] of data.periods) if (q.start === p.start && q.end === p.end) return x;
    // A clock time ("2021-01-05 14:30") stands at its minute, as the line's points do.
    const clock = parseDateTime(v);
    if (clock) return clock.time;
    const d = parseCalendarDate(v);
    if (d) return d.time;
    if (p) return p.start;
    throw bad(i, `"${show(v)}" in "${field}" is not a date.`, `“${field}”的“${show(v)}”不是日期。`);
  }
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
  if (Number.isFinite(n) && !(typeof v === 'string' && v.trim() === '')) return n;
  throw bad(i, `"${show(v)}" in "${field}" is not a number.`, `“${field}”的“${show(v)}”不是数字。`);
}

/** Checks and resolves annotations against the data: dates read, y taken from the line. */
export function resolveAnnotations(raw: unknown, data: LineData): ResolvedAnnotation[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) throw new DataError('Annotations must be an array.', { input: 'json' }, '注释应为数组。');
  return raw.map((a: unknown, i): ResolvedAnnotation => {
    if (typeof a !== 'object' || a === null) throw bad(i, 'not an object.', '不是对象。');
    const r = a as Record<string, unknown>;
    const text = typeof r['text'] === 'string' ? r['text'].trim() : '';
    if (!text) throw bad(i, 'no "text".', '缺少“text”。');
    if (r['from'] !== undefined || r['to'] !== undefined) {
      const from = readX(r['from'], data, i, 'from');
      const to = readX(r['to'], data, i, 'to');
      return { kind: 'range', from: Math.min(from, to), to: Math.max(from, to), text };
    }
    if (r['x'] === undefined) throw bad(i, 'needs "x" (a note) or "from" and "to" (a range).', '需要“x”（点注释）或“from”与“to”（区间）。');
    const x = readX(r['x'], data, i, 'x');
    const name = typeof r['series'] === 'string' ? r['series'] : null;
    const si = name === null ? 0 : data.series.findIndex((s) => s.name === name);
    if (si < 0) {
      throw bad(i, `no line called "${name ?? ''}"; the lines are: ${data.series.map((s) => `"${s.name}"`).join(', ')}.`, `没有名为“${name ?? ''}”的线；现有：${data.series.map((s) => `“${s.name}”`).join('、')}。`);
    }
    if (typeof r['y'] === 'number' && Number.isFinite(r['y'])) return { kind: 'note', x, y: r['y'], series: si, text };
    const s = data.series[si];
    const k = s ? nearestDefined(s.x, s.y, x) : -1;
    if (!s || k < 0 || s.x[k] !== x) throw bad(i, `the line has no value at "${show(r['x'])}"; give "y".`, `该线在“${show(r['x'])}”处没有数值；请给出“y”。`);
    return { kind: 'note', x, y: s.y[k] as number, series: si, text };
  });
}
