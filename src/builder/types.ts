/**
 * The shapes every stage of reading a table shares. A leaf module: the stages (grid → layout →
 * columns → records) and the questions import it, never each other backwards, so reading runs
 * in one direction.
 */

/** How the pasted text is laid out. */
export type InputKind = 'tsv' | 'csv' | 'semicolon' | 'json' | 'paragraph';

export type ColumnType = 'number' | 'date' | 'text';

/** What the editor set for one column (by its name as read); anything left out is detected. */
export interface ColumnChoice {
  type?: ColumnType;
  /** The unit its numbers are in, as written ("亿元", "%"); '' = none. */
  unit?: string;
  /** Left out of the records (and so of every chart). */
  skip?: boolean;
}

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
  /** Keep total and aggregate rows (合计, 全省, 平均 …) in the records; default: left out. */
  totals?: boolean;
  /** Data rows (1-based, as the table view numbers them) the editor left out. */
  skipRows?: number[];
  /** Data rows the editor kept although they read as totals. */
  keepRows?: number[];
  /** Per column (by name as read): type, unit or left out. */
  columns?: Record<string, ColumnChoice>;
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
  type: ColumnType;
  /**
   * The unit the column's numbers are in, as the table writes it ("亿元", "%", "万吨"); the
   * records hold the numbers in this unit (8900.44, not 890044000000). '' when none or not numbers.
   */
  unit: string;
}

/** A data row left out of the records, and why. */
export interface SkippedRow {
  /** 1-based data row, as the table view numbers it. */
  row: number;
  /** Its label cell ("合计", "全省"), or its first cell. */
  label: string;
  /** 'total': a total or aggregate row; 'heading': a label alone heading the rows below; 'editor': the editor's choice. */
  reason: 'total' | 'heading' | 'editor';
  /** What its record would have been (a total row's values, to check parts against it). */
  record: Record<string, string | number | null>;
}

export interface BuilderTable {
  kind: InputKind;
  /** A title line pasted above the table ("2021年海州区主要指标"), '' when none. */
  caption: string;
  /** Lines pasted below it that name a source or add a note ("资料来源：…"), '' when none. */
  footer: string;
  /** What was detected or chosen (year: what months without one were read in, or null). */
  options: Required<Pick<ParseOptions, 'kind' | 'header' | 'transpose' | 'decimal' | 'dateOrder' | 'year' | 'totals'>>;
  /** The columns in the records (the editor's skipped ones left out). */
  columns: BuilderColumn[];
  /** Every column as read, skipped ones included (the table view shows them all). */
  allColumns: Array<BuilderColumn & { skipped: boolean }>;
  /** Every data row as pasted, trimmed (after transpose, without the header and units rows), all columns. */
  rows: string[][];
  /** Rows left out of the records: totals (by default) and the editor's choices. */
  skipped: SkippedRow[];
  /**
   * What widgets get as .data, one per row not skipped: numbers in the column's unit as written,
   * dates as the widgets read them ("2021", "2021-01", "2021-01-15"; a quarter or 1-6月 as its
   * last month), text trimmed, null for a missing or flagged cell.
   */
  records: Record<string, string | number | null>[];
  issues: CellIssue[];
  questions: Question[];
}
