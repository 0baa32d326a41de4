/**
 * Stage 4 of reading a table: typed columns → the records widgets take. Numbers stay in the unit
 * the table writes them in (8900.44 in 亿元, not 890044000000 in 元: what is published is what the
 * bureau published), dates as the widgets read them, and every cell that does not fit flagged by
 * row and column in both languages (the record gets null there, so a chart leaves a gap instead
 * of drawing a wrong value).
 */
import { periodYear } from '../core/format/period.js';
import { readPeriods } from '../core/format/period-series.js';
import { isMissing, splitUnit } from '../core/format/quantity.js';
import { cellText } from './cells.js';
import type { TypedColumn } from './columns.js';
import { parseBuilderDate, widgetDate, type BuilderDate } from './dates.js';
import { readNumber, writtenUnit } from './numbers.js';
import { readUnit } from '../core/format/header-unit.js';
import type { BuilderColumn, CellIssue } from './types.js';

export interface RecordsInput {
  body: unknown[][];
  /** Typed columns; `unit` is the unit as written that bare numbers are in (header, units row, caption, editor). */
  columns: TypedColumn[];
  decimal: '.' | ',';
  dateOrder: 'ymd' | 'dmy' | 'mdy';
  /** The year for dates without one and no year in their row or column above (option, caption). */
  year: number | null;
}

export interface RecordsResult {
  columns: BuilderColumn[];
  records: Record<string, string | number | null>[];
  issues: CellIssue[];
  /** Some date named no year and nothing gave one: `year` is a guess the editor must confirm. */
  needsYear: boolean;
  /** The year read into dates that named none without context in their row or column; null if none did. */
  year: number | null;
}

const yearOf = (d: BuilderDate): number => Number(d.start.slice(0, 4));

/** The year most often written in the table, else this year: the first guess to offer. */
function likelyYear(body: unknown[][]): number {
  const counts = new Map<number, number>();
  for (const c of body.flat()) {
    for (const m of cellText(c).matchAll(/(?:^|\D)((?:19|20)\d{2})(?!\d)/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best ?? new Date().getFullYear();
}

function issue(row: number, column: number, name: string, value: string, en: string, zh: string): CellIssue {
  return { row, column, value, en: `Row ${row}, column ${column} ("${name}"): "${value}" ${en}`, zh: `第 ${row} 行第 ${column} 列（“${name}”）：“${value}”${zh}` };
}

/** value × factor without binary noise (4.1e8 / 1e8 is 4.1, not 4.1000000000000005). */
const scaled = (v: number, by: number): number => Number((v / by).toPrecision(15));

export function buildRecords(input: RecordsInput): RecordsResult {
  const { body, decimal } = input;
  const columns: BuilderColumn[] = input.columns.map((c) => ({ name: c.name, type: c.type, unit: '' }));
  const issues: CellIssue[] = [];
  const values: Array<Array<string | number | null>> = body.map(() => columns.map(() => null));
  let guessed: number | null = input.year;
  // Only a table with yearless dates pays for reading every cell for years.
  const guess = (): number => (guessed ??= likelyYear(body));
  // An object, not two lets: they are set inside callbacks, where narrowing cannot follow.
  const year = { needed: false, used: false };

  columns.forEach((col, j) => {
    const hint = input.columns[j]?.unit ?? null;
    if (col.type === 'number') {
      // base: the value in the cell's base unit (4.1亿元 → 410000000 元); written: its unit as written ('' bare).
      // words: a change written in words ("下降3%", "持平"), kept as published in the records — the
      // charts read it as a signed figure and the targets board as a fall (core/data/worded.ts).
      const found: Array<{ i: number; base: number; unit: string; written: string; raw: string; words: boolean }> = [];
      body.forEach((r, i) => {
        const raw = r[j];
        if (isMissing(raw)) return;
        const cell = readNumber(raw, decimal);
        if (cell.kind !== 'number') {
          issues.push(issue(i + 1, j + 1, col.name, cellText(raw), 'is not a number.', '不是数字。'));
          return;
        }
        const written = typeof raw === 'string' ? writtenUnit(raw, cell.unit) : '';
        found.push({ i, raw: cellText(raw), base: cell.value, unit: cell.unit, written, words: cell.written !== undefined });
      });
      // The unit: the one the header (or units row, caption, editor) names; else the one most
      // cells are written in, which bare numbers then share — unless they outnumber it (then a
      // lone "5%" among plain counts is the odd one out and is flagged).
      const tally = new Map<string, number>();
      for (const f of found) if (f.written !== '') tally.set(f.written, (tally.get(f.written) ?? 0) + 1);
      const bare = found.filter((f) => f.written === '').length;
      const [top, topCount] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      // Cells written in one unit keep it (4.1亿元, 1.8亿元 → 亿元); written with different
      // multipliers (4.1亿, 1.85万) they share only the base unit, which then holds them all.
      const written = topCount >= bare && topCount > 0 ? (tally.size === 1 ? top : splitUnit(top).unit) : '';
      const unit = hint ?? written;
      const { factor, unit: base } = readUnit(unit);
      col.unit = unit;
      for (const f of found) {
        const row = values[f.i] as Array<string | number | null>;
        if (f.words && (f.unit === '' || f.unit === base)) {
          row[j] = f.raw;
        } else if (f.written === '') {
          row[j] = f.base;
        } else if (f.unit === base || (unit !== '' && f.unit === '')) {
          row[j] = scaled(f.base, factor);
        } else {
          issues.push(unit === ''
            ? issue(f.i + 1, j + 1, col.name, f.raw, `is in ${f.written}; the column's other numbers have no unit.`, `的单位是“${f.written}”，该列其他数字没有单位。`)
            : issue(f.i + 1, j + 1, col.name, f.raw, `is in ${f.written}; the column's other numbers are in ${unit}.`, `的单位是“${f.written}”，该列其他数字的单位是“${unit}”。`));
        }
      }
      return;
    }
    // Years of the yearless cells read as a column by the core period reader, so a year written
    // once carries down and rolls over where the quarters or months start again (2021年四季度,
    // 一季度 → 2022年一季度). Read once from the column itself; once more with the guessed
    // year only if some cell had no year anywhere in the column.
    const texts = col.type === 'date' ? body.map((r) => (isMissing(r[j]) ? '' : cellText(r[j]))) : [];
    const own = col.type === 'date' ? readPeriods(texts) : null;
    let guessedColumn: ReturnType<typeof readPeriods> | null = null;
    const columnYear = (i: number): { y: number; guessed: boolean } => {
      const p = own?.periods[i];
      if (p) return { y: periodYear(p), guessed: false };
      guessedColumn ??= readPeriods(texts, { year: guess() });
      const q = guessedColumn.periods[i];
      return { y: q ? periodYear(q) : guess(), guessed: true };
    };
    body.forEach((r, i) => {
      const raw = r[j];
      const row = values[i] as Array<string | number | null>;
      if (isMissing(raw)) return;
      const text = cellText(raw);
      if (col.type === 'text') {
        row[j] = text;
        return;
      }
      let d = parseBuilderDate(text, { order: input.dateOrder });
      if (d === null) {
        // A month or quarter without its year: from its row, then its column (carried and rolled
        // over by the period reader), then the table.
        const inRow = r.map((c, k) => (k !== j && columns[k]?.type === 'date' ? parseBuilderDate(cellText(c), { order: input.dateOrder }) : null)).find((x) => x !== null);
        const context = inRow ? { y: yearOf(inRow), guessed: false } : columnYear(i);
        d = parseBuilderDate(text, { order: input.dateOrder, year: context.y });
        if (d !== null && context.guessed) {
          year.used = true;
          if (input.year === null) year.needed = true;
        }
      }
      if (d === null) {
        issues.push(issue(i + 1, j + 1, col.name, text, 'is not a date; write 2021, 2021年1月, 2021-01-15, 一季度 or 1-6月.', '不是日期；可写作 2021、2021年1月、2021-01-15、一季度或1-6月。'));
        return;
      }
      row[j] = widgetDate(d);
    });
  });

  const records = values.map((row) => Object.fromEntries(columns.map((c, j) => [c.name, row[j] ?? null])));
  return { columns, records, issues, needsYear: year.needed, year: year.used ? guess() : null };
}
