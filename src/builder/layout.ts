/**
 * Stage 2 of reading a table: the grid's shape. Which way round it is (transpose), whether its
 * first row names the columns, the units its numbers are in (a bracket in the header, a units row
 * under it, a "单位：" line above it), and which rows are totals (合计, 全省, 平均 …). Pure: cells
 * and their classes in, the layout and the questions it raises out; nothing is read twice.
 */
import { cellText, restType, widest, type CellClass } from './cells.js';
import { outlineHeads, TOTAL_ROW, wholeOfParts } from '../core/data/total-rows.js';
import { headerQuestion } from './questions.js';
import { headerUnit, readNumber, unitLine, unitOf, unitsRow } from './numbers.js';
import type { ParseOptions, Question } from './types.js';

export interface LayoutInput {
  /** Raw cells from the grid stage (strings, or JSON values). */
  cells: unknown[][];
  /** Each cell's class, the same shape. */
  classes: CellClass[][];
  /** One-cell lines above the table. */
  caption: string[];
  /** JSON objects: the first row is their keys. */
  keyed: boolean;
  options: ParseOptions;
}

export interface Layout {
  transpose: boolean;
  header: boolean;
  /** Unique column names, units taken out of them ("产值（亿元）" → "产值"). */
  names: string[];
  /** Per column, the unit as written that its bare numbers are in; null when nothing says. */
  units: Array<string | null>;
  /** Data rows (no header, no units row) and their classes. */
  body: unknown[][];
  bodyClasses: CellClass[][];
  /** Caption lines that are not a units line (the title). */
  captionLines: string[];
  /** The column whose cells name the rows (地区, 项目), -1 when none. */
  labelColumn: number;
  /** 0-based body rows that read as totals or aggregates. */
  totals: number[];
  /** 0-based body rows with only a label ("按经营地分"): headings of the rows under them. */
  headings: number[];
  /** The grid rows (0-based, after transpose) of the header and units rows, for locating issues. */
  headRows: number;
  questions: Question[];
}

const transposeGrid = <T>(cells: T[][], fill: T): T[][] =>
  Array.from({ length: widest(cells) }, (_, j) => cells.map((r) => r[j] ?? fill));

/** Unique, non-empty column names: a blank header is "列3", a repeated one "产值 (2)". */
export function columnNames(header: readonly string[] | null, width: number): string[] {
  const seen = new Map<string, number>();
  return Array.from({ length: width }, (_, j) => {
    const base = (header ? (header[j] ?? '') : '') || `列${j + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/**
 * A number followed by words that are no unit ("2021年目标", "2020年实际"): a column's name that
 * happens to start with a year, not a value in the unit 年目标.
 */
function wordyNumber(text: string): boolean {
  const c = readNumber(text, '.');
  return c.kind === 'number' && /\p{Script=Han}{2,}/u.test(c.unit) && unitOf(c.unit) === null;
}

/**
 * Whether the first row names the columns. Certain when a column has a word over numbers or
 * dates (a header) or any plain number in the first row (data); otherwise the editor is asked.
 */
export function detectHeader(classes: readonly (readonly CellClass[])[], firstRow: readonly string[]): { header: boolean; ambiguous: boolean } {
  const first = (classes[0] ?? []).map((c, j): CellClass => (c === 'number' && wordyNumber(firstRow[j] ?? '') ? 'text' : c));
  if (classes.length < 2) return { header: first.every((c) => c === 'text'), ambiguous: false };
  if (first.some((c) => c === 'number')) return { header: false, ambiguous: false };
  let votes = 0;
  first.forEach((c, j) => {
    const rest = restType(classes.slice(1).map((r) => r[j] ?? 'missing'));
    if (c === 'text' && (rest === 'number' || rest === 'date' || rest === 'year')) votes++;
    else if ((c === 'year' || c === 'date') && rest === 'number') votes++;
  });
  if (votes > 0) return { header: true, ambiguous: false };
  if (first.every((c) => c !== 'text')) return { header: false, ambiguous: false };
  // All words: names are short, distinct and present in every column.
  const names = firstRow.filter((s) => s !== '');
  const plausible = names.length === firstRow.length && new Set(names).size === names.length;
  return { header: plausible, ambiguous: true };
}

/**
 * A wide table with dates across its first row and labels down its first column (地区 | 2019 |
 * 2020 …): the widgets want dates down a column, so it is flipped.
 */
export function isWide(classes: readonly (readonly CellClass[])[]): boolean {
  if (classes.length < 2) return false;
  const across = (classes[0] ?? []).slice(1).filter((c) => c !== 'missing');
  const down = classes.slice(1).map((r) => r[0] ?? 'missing');
  const dated = (c: CellClass): boolean => c === 'year' || c === 'date';
  const numbers = classes.slice(1).some((r) => r.slice(1).some((c) => c === 'number' || c === 'year'));
  return across.length >= 2 && across.every(dated) && !down.some(dated) && numbers;
}

/** Headers that name a time: a column of bare years under them is dates. */
export const TIME_HEADER = /年|年份|年度|季度|月份|日期|时间|时期|期间|period|year|date|time|quarter|month/i;

/** Rows that sum or average the others (合计, 全省, 平均, Total): one detection, shared with the widgets. */
export { TOTAL_ROW };

/** Amount vs rate: with "亿元/%" above the table, a rate column takes % and the others 亿元. */
const RATE_NAME = /增速|增长|增幅|比重|占比|比例|[^价]率|同比|环比|比上年|%|％|rate|growth|share/i;

function captionUnits(names: readonly string[], lists: readonly string[][]): Array<string | null> {
  const list = lists[0];
  if (!list) return names.map(() => null);
  if (list.length === 1) return names.map(() => list[0] ?? null);
  const rate = list.find((u) => u === '%' || u === '‰' || u === '个百分点') ?? null;
  const amount = list.find((u) => u !== rate) ?? null;
  return names.map((n) => (rate !== null && RATE_NAME.test(n) ? rate : amount));
}

/** The column whose cells name the rows: the first that reads as text. */
function labelColumnOf(bodyClasses: readonly CellClass[][], width: number): number {
  for (let j = 0; j < width; j++) if (restType(bodyClasses.map((r) => r[j] ?? 'missing')) === 'text') return j;
  return -1;
}

/**
 * The header names all but its last column (left blank) while the first column below holds 1, 2,
 * 3 … in order and the second words: the names belong one column to the right.
 */
function rowNumbersUnder(firstRow: readonly string[], cells: readonly (readonly unknown[])[], width: number): boolean {
  // The blank last name is there, or was lost in the copy (the header one cell short).
  const names = firstRow[firstRow.length - 1] === '' ? firstRow.slice(0, -1) : firstRow;
  if (names.length < 2 || names.length !== width - 1 || names.some((h) => h === '')) return false;
  const rows = cells.slice(1).filter((r) => cellText(r[0]) !== '');
  if (rows.length < 2) return false;
  const firsts = rows.map((r) => cellText(r[0]));
  const seconds = rows.map((r) => cellText(r[1]));
  return firsts.every((t, i) => /^\d{1,4}$/.test(t) && (i === 0 || Number(t) > Number(firsts[i - 1])))
    && seconds.every((t) => t !== '' && !/^[-+]?[\d.,]+%?$/.test(t));
}

export function readLayout(input: LayoutInput): Layout {
  const { options } = input;
  const questions: Question[] = [];
  const unitLines = input.caption.map(unitLine);
  const captionLines = input.caption.filter((_, i) => unitLines[i] === null);
  let cells = input.cells;
  let classes = input.classes;
  // A units row under the first row makes the first row a header, never dates to flip
  // ("指标 | 3月 | | 1-3月 |" over "| 绝对量（亿元） | 同比增长（%） | …").
  const unitsUnder = unitsRow((cells[1] ?? []).map(cellText));
  const transpose = options.transpose ?? (cells.length > 0 && unitsUnder === null && isWide(classes));
  if (transpose) {
    cells = transposeGrid(cells, '');
    classes = transposeGrid(classes, 'missing');
  }
  const firstRow = (cells[0] ?? []).map(cellText);
  const keyedHeader = input.keyed && !transpose;
  const h = options.header !== undefined || keyedHeader || (unitsUnder !== null && !transpose)
    ? { header: options.header ?? true, ambiguous: false }
    : detectHeader(classes, firstRow);
  if (h.ambiguous) questions.push(headerQuestion(h.header, firstRow));
  const header = h.header && cells.length > 0;
  const width = widest(cells);

  // A row-number column with no header of its own: 中商产业研究院's tables print "| 地区 | 当月产量(万吨)
  // | … | |" over "| 1 | 北京市 | 0.02 | …", every name one column left of its cells. Read so, 地区
  // was 1, 2, 3 … drawn as bars and the provinces a column of text under 当月产量.
  const numbered = header && unitsUnder === null && !transpose && rowNumbersUnder(firstRow, cells, width);
  const heads = numbered ? ['序号', ...firstRow.slice(0, width - 1)] : firstRow;
  const inHeader = heads.map((n) => (header ? headerUnit(n) : null));
  const second = header && !transpose ? unitsUnder : null;
  // A merged cell in a spreadsheet pastes as one name then blanks: the name runs on to the right
  // while a units row names the parts under it.
  let merged = '';
  const top = heads.map((n, j) => {
    const own = inHeader[j]?.name ?? n;
    if (own !== '' || !second) merged = own;
    return own !== '' ? own : second ? merged : '';
  });
  let names = columnNames(header ? top.map((n, j) => [n, second?.[j]?.name ?? ''].filter(Boolean).join(' ')) : null, width);
  const headRows = header ? (second ? 2 : 1) : 0;
  const body = cells.slice(headRows);
  const bodyClasses = classes.slice(headRows);
  const fromCaption = captionUnits(names, unitLines.filter((u): u is string[] => u !== null));
  const units = names.map((_, j) => inHeader[j]?.unit ?? second?.[j]?.unit ?? fromCaption[j] ?? null);

  const first = body.length > 0 ? restType(bodyClasses.map((r) => r[0] ?? 'missing')) : 'missing';
  if (transpose && header && (first === 'date' || first === 'year') && !TIME_HEADER.test(names[0] ?? '')) {
    // The corner cell named the rows (地区), which are now columns: the new first column is time.
    names = columnNames([first === 'year' ? '年份' : '日期', ...names.slice(1)], width);
  }

  const labelColumn = labelColumnOf(bodyClasses, width);
  // Totals by their words (合计, 全省), a whole whose parts follow with 其中 (地区生产总值 above
  // 其中：第一产业 …) and an outline's numbered headings (一、 over 1、 2、), as the elements read them
  // (core/data/total-rows.ts).
  const labels = body.map((r) => (labelColumn < 0 ? null : cellText(r[labelColumn]) || null));
  const whole = labelColumn < 0 ? null : wholeOfParts(labels);
  const outline = new Set(labelColumn < 0 ? [] : outlineHeads(labels));
  const totals = labelColumn < 0 ? [] : body.flatMap((r, i) => (i === whole || outline.has(i) || TOTAL_ROW.test(cellText(r[labelColumn]).replace(/\s+/g, '')) ? [i] : []));
  // A label with nothing else in its row ("按经营地分") heads the rows below it: not data.
  // With one value column, an empty value is a missing value, not a heading; JSON has no headings.
  const headings = width < 3 || input.keyed || labelColumn < 0 ? [] : body.flatMap((r, i) => (cellText(r[labelColumn]) !== '' && r.every((c, j) => j === labelColumn || cellText(c) === '') ? [i] : []));
  return { transpose, header, names, units, body, bodyClasses, captionLines, labelColumn, totals, headings, headRows, questions };
}
