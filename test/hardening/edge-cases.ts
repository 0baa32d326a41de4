/** The numeric and shape edge cases every data widget meets; each registry entry says what it does with them. */
import type { WidgetCase } from './widgets.js';

type Rows = Array<Record<string, unknown>>;

/** Sets the widget's value column in every row to what `f` returns. */
const withValues = (w: WidgetCase, f: (i: number) => unknown): Rows =>
  (w.valid() as Rows).map((r, i) => (w.valueColumn ? { ...r, [w.valueColumn]: f(i) } : r));

export const EDGE_CASES: Record<string, (w: WidgetCase) => unknown> = {
  empty: () => [],
  'header only': (w) => [Object.keys((w.valid() as Rows)[0]!)],
  'one row': (w) => (w.valid() as Rows).slice(0, 1),
  'all equal': (w) => withValues(w, () => 7),
  'all missing': (w) => withValues(w, () => ''),
  NaN: (w) => withValues(w, (i) => (i === 0 ? Number.NaN : 5)),
  'NaN text': (w) => withValues(w, (i) => (i === 0 ? 'NaN' : 5)),
  Infinity: (w) => withValues(w, (i) => (i === 0 ? Number.POSITIVE_INFINITY : 5)),
  '-Infinity': (w) => withValues(w, (i) => (i === 0 ? Number.NEGATIVE_INFINITY : 5)),
  '1e308': (w) => withValues(w, (i) => (i === 0 ? 1e308 : 5)),
  negative: (w) => withValues(w, (i) => (i === 0 ? -5 : 5)),
  'duplicate categories': (w) => {
    const rows = w.valid() as Rows;
    const col = w.textColumns[0];
    return col ? rows.map((r) => ({ ...r, [col]: (rows[0]!)[col] })) : rows;
  },
};
