/**
 * Pasted text → a checked table: kind, header, transpose and decimal mark detected (or chosen),
 * every cell typed, bad cells flagged by row and column, ambiguities asked, not guessed.
 */
import { classify, columnType, detectHeader, isWide, TIME_HEADER, type CellClass } from './columns.js';
import { numericDayParts } from './dates.js';
import { cellText, detectKind, readGrid, widest } from './grid.js';
import { guessDecimal, headerUnit, unitLine } from './numbers.js';
import { buildRecords } from './records.js';
import { dateOrderQuestion, decimalQuestion, headerQuestion, kindQuestion, yearQuestion } from './questions.js';

/** How the pasted text is laid out. */
export type InputKind = 'tsv' | 'csv' | 'semicolon' | 'json' | 'paragraph';

/** What the editor chose; anything left out is detected. */
export interface ParseOptions {
  kind?: InputKind;
  /** The first row names the columns. */
  header?: boolean;
  /** Rows become columns: the whole pasted grid is flipped, then the header is read from its first row. */
  transpose?: boolean;
  /** The decimal mark of the numbers: '.' (1,234.5) or ',' (1.234,5). */
  decimal?: '.' | ',';
  /** How an all-numeric date like 03/04/2021 is read. */
  dateOrder?: 'ymd' | 'dmy' | 'mdy';
  /** The year of months and quarters written without one (一季度, 1-6月); null = from context. */
  year?: number | null;
}

/** An ambiguity the builder refuses to guess silently: the UI shows it with its choices. */
export interface Question {
  /** The ParseOptions key the answer goes into ('header' takes 'true'/'false', 'year' a number). */
  id: 'decimal' | 'dateOrder' | 'header' | 'kind' | 'year';
  en: string;
  zh: string;
  choices: { value: string; en: string; zh: string }[];
  /** The value in effect now (the best guess); set options[id] to answer and the question goes. */
  chosen: string;
}

/**
 * A cell that does not fit its column: 1-based data row (the header row is 0) and column, as the
 * sheet shows them. For JSON that does not parse, row and column are the line and column of the text.
 */
export interface CellIssue {
  row: number;
  column: number;
  value: string;
  en: string;
  zh: string;
}

export interface BuilderColumn {
  name: string;
  type: 'number' | 'date' | 'text';
  /** The numbers' shared base unit (元, %, 平方米 …); '' when none or not numbers. */
  unit: string;
}

export interface BuilderTable {
  kind: InputKind;
  /** A title line pasted above the table ("2021年海州区主要指标"), '' when none. */
  caption: string;
  /** Lines pasted below it that name a source or add a note ("资料来源：…"), '' when none. */
  footer: string;
  /** What was detected or chosen (year: what months without one were read in, or null). */
  options: Required<ParseOptions>;
  columns: BuilderColumn[];
  /** Cells as pasted, trimmed (after transpose, without the header row). */
  rows: string[][];
  /**
   * What widgets get as .data: numbers in base units (4.1亿元 → 410000000, unit 元 in the column),
   * dates as the widgets read them ("2021", "2021-01", "2021-01-15"; a quarter or 1-6月 as its
   * last month), text trimmed, null for a missing or flagged cell.
   */
  records: Record<string, string | number | null>[];
  issues: CellIssue[];
  questions: Question[];
}

const transposeGrid = (cells: unknown[][]): unknown[][] =>
  Array.from({ length: widest(cells) }, (_, j) => cells.map((r) => r[j] ?? ''));

/** Unique, non-empty column names: a blank header is "列3", a repeated one "产值 (2)". */
function columnNames(header: readonly unknown[] | null, width: number): string[] {
  const seen = new Map<string, number>();
  return Array.from({ length: width }, (_, j) => {
    const base = (header ? cellText(header[j]) : '') || `列${j + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

const YEAR_IN_TEXT = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/g;
const yearsIn = (text: string): number[] => [...text.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[1]));

/** Pasted text → a typed table. Never throws, whatever the string. */
export function parseInput(text: string, options: ParseOptions = {}): BuilderTable {
  const source = typeof text === 'string' ? text : '';
  const detected = detectKind(source);
  const kind = options.kind ?? detected.kind;
  const questions: Question[] = [];
  if (options.kind === undefined && detected.ambiguous) questions.push(kindQuestion(kind));
  const grid = readGrid(source, kind);
  const captionLines = grid.caption.filter((l) => unitLine(l) === null);
  const tableUnit = grid.caption.map(unitLine).find((u) => u !== null) ?? null;
  const strings = grid.cells.flat().filter((c): c is string => typeof c === 'string');

  const dec = options.decimal !== undefined ? { decimal: options.decimal, ambiguous: null } : guessDecimal(strings, kind === 'semicolon');
  if (dec.ambiguous !== null) questions.push(decimalQuestion(dec.ambiguous, dec.decimal));
  const decimal = dec.decimal;

  let cells = grid.cells;
  // A cell's class does not depend on where it stands: classified once, flipped with the grid.
  let classes: CellClass[][] = cells.map((r) => r.map((c) => classify(c, decimal)));
  const transpose = options.transpose ?? (cells.length > 0 && isWide(classes));
  if (transpose) {
    cells = transposeGrid(cells);
    classes = transposeGrid(classes) as CellClass[][];
  }

  const keyedHeader = grid.keyed && !transpose;
  const h = options.header !== undefined || keyedHeader
    ? { header: options.header ?? true, ambiguous: false }
    : detectHeader(classes, (cells[0] ?? []).map(cellText));
  if (h.ambiguous) questions.push(headerQuestion(h.header, (cells[0] ?? []).map(cellText)));
  const header = h.header && cells.length > 0;

  const width = widest(cells);
  const names = columnNames(header ? (cells[0] ?? []) : null, width);
  const units = names.map((n) => (header ? headerUnit(n) : null));
  const body = header ? cells.slice(1) : cells;
  const bodyClasses = header ? classes.slice(1) : classes;
  const columns = names.map((name, j) => {
    const years = bodyClasses.flatMap((r, i) => (r[j] === 'year' ? [Number(cellText(body[i]?.[j]))] : []));
    return { name: units[j]?.name ?? name, type: columnType(bodyClasses.map((r) => r[j] ?? 'missing'), name, years), unit: '' };
  });
  const first = columns[0];
  if (transpose && header && first?.type === 'date' && !TIME_HEADER.test(first.name)) {
    // The corner cell named the rows (地区), which are now columns: the new first column is time.
    const allYears = bodyClasses.every((r) => r[0] === 'year' || r[0] === 'missing');
    first.name = columnNames([allYears ? '年份' : '日期', ...names.slice(1)], width)[0] ?? first.name;
  }

  // d/d/yyyy in a date column: the order is asked unless a day over 12 settles it.
  const dayCells = body.flatMap((r) => r.filter((_, j) => columns[j]?.type === 'date').map(cellText)).flatMap((s) => numericDayParts(s) ?? []);
  let dateOrder = options.dateOrder ?? 'ymd';
  if (options.dateOrder === undefined && dayCells.length > 0) {
    const dmy = dayCells.some((d) => d.a > 12);
    const mdy = dayCells.some((d) => d.b > 12);
    dateOrder = mdy && !dmy ? 'mdy' : 'dmy';
    if (dmy === mdy) questions.push(dateOrderQuestion(dayCells.find((d) => d.a <= 12 && d.b <= 12) ?? dayCells[0], dateOrder));
  }

  const allText = [...grid.caption, ...strings].join(' ');
  const captionYear = yearsIn(grid.caption.join(' '))[0] ?? null;
  const built = buildRecords({
    body, columns, units: units.map((u) => u ?? tableUnit), decimal, dateOrder,
    year: options.year ?? captionYear,
  });
  if (built.needsYear && (options.year === undefined || options.year === null)) {
    questions.push(yearQuestion(yearsIn(allText), built.year ?? new Date().getFullYear()));
  }

  const issues = [...grid.issues, ...built.issues];
  for (const r of grid.ragged) {
    const gridRow = transpose ? r.width : r.line;
    const gridCol = transpose ? r.line : r.width;
    issues.push({
      row: gridRow + (header ? 0 : 1), column: gridCol + 1, value: cellText(cells[gridRow]?.[gridCol]),
      en: `Line ${r.line + 1} has ${r.used} cells, the others ${r.width}.${kind === 'csv' ? ' In CSV a number with a thousands comma must be in quotes ("1,234").' : ''}`,
      zh: `第 ${r.line + 1} 行有 ${r.used} 个单元格，其他行为 ${r.width} 个。${kind === 'csv' ? 'CSV 中带千分位逗号的数字须加引号（"1,234"）。' : ''}`,
    });
  }
  issues.sort((a, b) => a.row - b.row || a.column - b.column);

  return {
    kind,
    caption: captionLines.join(' '),
    footer: grid.footer.join(' '),
    options: { kind, header, transpose, decimal, dateOrder, year: built.year },
    columns: built.columns,
    rows: body.map((r) => names.map((_, j) => cellText(r[j]))),
    records: built.records,
    issues,
    questions,
  };
}
