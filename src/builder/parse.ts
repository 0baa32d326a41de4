/**
 * Pasted text → a checked table, in stages that each run once, in order:
 *   text → grid (grid.ts) → layout: header, units, total rows (layout.ts) → column types
 *   (columns.ts) → records (records.ts).
 * Each stage is a pure function of the one before; the questions for the editor (kind, decimal
 * mark, header, date order, year) are collected here from what the stages report, never asked
 * from inside them.
 */
import { cellText, classify } from './cells.js';
import { typeColumns } from './columns.js';
import { numericDayParts } from './dates.js';
import { detectKind, readGrid } from './grid.js';
import { readLayout } from './layout.js';
import { guessDecimal } from './numbers.js';
import { dateOrderQuestion, decimalQuestion, kindQuestion, yearQuestion } from './questions.js';
import { buildRecords } from './records.js';
import type { BuilderTable, CellIssue, ParseOptions, Question, SkippedRow } from './types.js';

export type * from './types.js';

const YEAR_IN_TEXT = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/g;
const yearsIn = (text: string): number[] => [...text.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[1]));

/** Pasted text → a typed table. Never throws, whatever the string. */
export function parseInput(text: string, options: ParseOptions = {}): BuilderTable {
  const source = typeof text === 'string' ? text : '';
  const detected = detectKind(source);
  const kind = options.kind ?? detected.kind;
  const questions: Question[] = [];
  if (options.kind === undefined && detected.ambiguous) questions.push(kindQuestion(kind));

  // Stage 1: text → grid.
  const grid = readGrid(source, kind);
  const strings = grid.cells.flat().filter((c): c is string => typeof c === 'string');
  const dec = options.decimal !== undefined ? { decimal: options.decimal, ambiguous: null } : guessDecimal(strings, kind === 'semicolon');
  if (dec.ambiguous !== null) questions.push(decimalQuestion(dec.ambiguous, dec.decimal));
  const decimal = dec.decimal;
  // A cell's class does not depend on where it stands: classified once, flipped with the grid.
  const classes = grid.cells.map((r) => r.map((c) => classify(c, decimal)));

  // Stage 2: header, units and total rows.
  const layout = readLayout({ cells: grid.cells, classes, caption: grid.caption, keyed: grid.keyed, options });
  questions.push(...layout.questions);
  const { body, header } = layout;

  // Stage 3: column types (the editor's choices win).
  const typed = typeColumns(layout.names, layout.units, body, layout.bodyClasses, options.columns);
  const used = typed.flatMap((c, j) => (c.skipped ? [] : [j]));

  // d/d/yyyy in a date column: the order is asked unless a day over 12 settles it.
  const dayCells = body.flatMap((r) => r.filter((_, j) => typed[j]?.type === 'date').map(cellText)).flatMap((s) => numericDayParts(s) ?? []);
  let dateOrder = options.dateOrder ?? 'ymd';
  if (options.dateOrder === undefined && dayCells.length > 0) {
    const dmy = dayCells.some((d) => d.a > 12);
    const mdy = dayCells.some((d) => d.b > 12);
    dateOrder = mdy && !dmy ? 'mdy' : 'dmy';
    if (dmy === mdy) questions.push(dateOrderQuestion(dayCells.find((d) => d.a <= 12 && d.b <= 12) ?? dayCells[0], dateOrder));
  }

  // Stage 4: records, every row (issues keep the sheet's row numbers), then the skipped rows go.
  const captionYear = yearsIn(grid.caption.join(' '))[0] ?? null;
  const built = buildRecords({
    body: body.map((r) => used.map((j) => r[j])),
    columns: used.map((j) => typed[j] as (typeof typed)[number]),
    decimal, dateOrder, year: options.year ?? captionYear,
  });
  if (built.needsYear && (options.year === undefined || options.year === null)) {
    questions.push(yearQuestion(yearsIn([...grid.caption, ...strings].join(' ')), built.year ?? new Date().getFullYear()));
  }
  const skipped = skippedRows(layout.totals, layout.headings, body.length, options).map((s) => ({
    ...s, label: cellText(body[s.row - 1]?.[Math.max(0, layout.labelColumn)]), record: built.records[s.row - 1] ?? {},
  }));
  const out = new Set(skipped.map((r) => r.row - 1));

  const issues: CellIssue[] = [...grid.issues, ...built.issues.map((i) => ({ ...i, column: (used[i.column - 1] ?? 0) + 1 }))];
  for (const r of grid.ragged) {
    const gridRow = layout.transpose ? r.width : r.line;
    const gridCol = layout.transpose ? r.line : r.width;
    issues.push({
      row: gridRow - layout.headRows + 1, column: gridCol + 1, value: cellText(grid.cells[r.line]?.[r.width]),
      en: `Line ${r.line + 1} has ${r.used} cells, the others ${r.width}.${kind === 'csv' ? ' In CSV a number with a thousands comma must be in quotes ("1,234").' : ''}`,
      zh: `第 ${r.line + 1} 行有 ${r.used} 个单元格，其他行为 ${r.width} 个。${kind === 'csv' ? 'CSV 中带千分位逗号的数字须加引号（"1,234"）。' : ''}`,
    });
  }
  issues.sort((a, b) => a.row - b.row || a.column - b.column);
  const byName = new Map(built.columns.map((c) => [c.name, c]));

  return {
    kind,
    caption: layout.captionLines.join(' '),
    footer: grid.footer.join(' '),
    options: { kind, header, transpose: layout.transpose, decimal, dateOrder, year: built.year, totals: options.totals === true },
    columns: built.columns,
    allColumns: typed.map((c) => ({ name: c.name, type: c.type, unit: byName.get(c.name)?.unit ?? c.unit ?? '', skipped: c.skipped })),
    rows: body.map((r) => layout.names.map((_, j) => cellText(r[j]))),
    skipped,
    records: built.records.filter((_, i) => !out.has(i)),
    issues,
    questions,
  };
}

/** Totals (unless kept), headings and the editor's rows, 1-based and in order. */
function skippedRows(totals: readonly number[], headings: readonly number[], length: number, options: ParseOptions): Array<Pick<SkippedRow, 'row' | 'reason'>> {
  const keep = new Set(options.keepRows ?? []);
  const editor = new Set((options.skipRows ?? []).filter((r) => Number.isInteger(r) && r >= 1 && r <= length));
  const total = new Set(options.totals === true ? [] : totals.map((i) => i + 1).filter((r) => !keep.has(r)));
  const heading = new Set(headings.map((i) => i + 1).filter((r) => !keep.has(r)));
  const reason = (row: number): SkippedRow['reason'] => (editor.has(row) ? 'editor' : total.has(row) ? 'total' : 'heading');
  return [...new Set([...total, ...heading, ...editor])].sort((a, b) => a - b).map((row) => ({ row, reason: reason(row) }));
}
