/**
 * Typed rows → targets. The columns are the extractor's record fields (`label, value, unit,
 * comparator, kind, target, quote …`), so `extractFigures(text)` output is valid data as it
 * stands; an editor's spreadsheet adds `category`, `baseline`, `period` and the actuals.
 *
 * Actuals (checkpoints) may be written three ways, all in one flat table:
 *  - wide, one column per date: `actual_2021`, `actual 2021-06`, `实际_1-6月` … (a spreadsheet);
 *  - long, one row per date: repeated rows of one target (same `id`, else same label) with
 *    `date` and `actual` columns;
 *  - nested, from code: an `actuals` cell holding `{ "2021-06": 31, "2021": 62 }` or
 *    `[{ "date": "2021-06", "value": 31 }]` (a JSON array or object, or its text).
 * A lone `actual` with no date is as of `as-of`, else the article's `date` (never the clock unless as-of="today"). With a `target` column, a row's
 * `value` is an actual too: that is what the extractor's `progress` records mean.
 */
import { DataError } from '../../core/data/errors.js';
import { notANumber, type DataTable } from '../../core/data/typed.js';
import { findColumn } from '../../core/data/columns.js';
import { headerName } from '../../core/format/header-unit.js';
import { commonForm, scaleBy, type Published } from '../../core/format/published.js';
import { parseCell, type Cell } from '../../core/format/quantity.js';
import { readUnit } from '../../core/format/header-unit.js';
import { RATE_UNITS, readComparator, readDirection, type Comparator, type Direction } from '../../core/format/vocabulary.js';
import type { FigureKind } from '../../core/format/figure.js';
import { isRate, parseDateEnd, parsePeriod, type Checkpoint, type Period } from './targets.status.js';
import { readDeadline, type Deadline } from '../../core/format/period-deadline.js';
import { baseInQuote, nestedActuals, targetWording, textOf } from './targets.cells.js';

export interface TargetDatum {
  /** Index of the (first) input row. */
  index: number;
  id: string;
  label: string;
  category: string;
  target: number;
  upper?: number;
  unit: string;
  comparator: Comparator;
  kind: FigureKind;
  baseline: number | null;
  /** For growth: the year the change is measured from, when a column or the wording names it. */
  baseYear: number | null;
  /** Which way the target points: a fall is a negative target, a cap a ceiling. */
  direction: Direction;
  /**
   * Worded as a fall ("下降2.5%以上"): `target` is negative and `comparator` reads on the signed
   * line (≤ −2.5); the words mirror it back ("下降不少于2.5%").
   */
  fall: boolean;
  period: Period | null;
  /**
   * The period cell read as a deadline (2025年底, 2025年前, 春节前): shown as written. When it
   * names no day (春节前, 年初) `period` is null and the target is never judged past its end.
   */
  deadline: Deadline | null;
  checkpoints: Checkpoint[];
  /** The clause the target came from, for provenance. */
  quote: string;
  /** How the target and its actuals were written ("4.1亿元", "8.0%"): they are shown so. */
  published?: Published;
}

export interface ReadOptions {
  /** unit attribute: the unit of bare numbers, multiplier included ("亿元"). */
  unit: string;
  /** The label and value columns an editor named, if any. */
  labelColumn: string | null;
  valueColumn: string | null;
  /** When an undated actual was reported (UTC ms, exclusive end of the day); null when nothing says. */
  asOf: number | null;
  /** The year "1-6月" belongs to when the period does not say; null when nothing says. */
  year: number | null;
  /**
   * When the board's work began (UTC ms): a deadline is paced from here (deadlinePeriod); null
   * when nothing says, then no pace is guessed. Left out: 1 January of `year`.
   */
  from?: number | null;
}

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['id', 'key', '编号'],
  label: ['label', 'name', 'indicator', '指标', '名称', '项目'],
  value: ['value', '目标值', '目标'],
  target: ['target'],
  unit: ['unit', '单位'],
  comparator: ['comparator', 'bound', '比较'],
  kind: ['kind', 'type', '类型'],
  upper: ['upper', '上限'],
  category: ['category', 'theme', 'group', '类别', '分类', '领域'],
  baseline: ['baseline', 'base', '基数', '基期值'],
  baseYear: ['base_year', 'base-year', 'baseyear', '基期', '基年'],
  period: ['period', 'deadline', '期限', '时期'],
  date: ['date', 'as_of', 'as-of', '日期', '截至'],
  actual: ['actual', '实际', '完成', '完成值'],
  actuals: ['actuals', 'checkpoints'],
  quote: ['quote', 'sentence', '原文'],
  direction: ['direction', '方向'],
};

const WIDE = /^(?:actual|实际|完成)\s*[_:：@（(\s-]\s*(.+?)[)）]?$/iu;

const KINDS: Readonly<Record<string, FigureKind>> = {
  level: 'level', growth: 'growth', share: 'share', progress: 'progress',
  总量: 'level', 数量: 'level', 增长: 'growth', 增速: 'growth', 增幅: 'growth', 比重: 'share', 占比: 'share', 进度: 'progress',
};

/** A comparator read on a fall's magnitude, on the signed line: at least 2.5 down is ≤ −2.5. */
export const MIRROR: Readonly<Record<Comparator, Comparator>> = { ge: 'le', gt: 'lt', le: 'ge', lt: 'gt', approx: 'approx', eq: 'eq' };

/** A lookup that never answers from Object.prototype ("constructor" is not a kind). */
const own = <T>(rec: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(rec, key) ? rec[key] : undefined);

/**
 * The span a target with a deadline is paced over. A deadline — 2025年底, 2025年前, 到2025年,
 * and a single period written where the deadline goes (2025, 2025年, 2024年9月, 三季度): plans
 * write "到2025年" and "2025年" for the same promise — names only when the target falls due, so
 * it runs from when the board's work began (`from`: the plan's start) when that is earlier, else
 * from the start of what it closes. With no `from` the start is unknown: no pace is guessed
 * (`startUnknown`). A range (2021-2025, 十四五, 7-9月) and a year-to-date span (1-6月, 前三季度)
 * are their own span, and so is a rate's single period. Words with no day (春节前, 年初) give none: the target is never called
 * missed by a guessed date.
 */
export function deadlinePeriod(d: Deadline, from: number | null, rate = false): Period | null {
  if (!d.span || d.end === null) return null;
  // A rate's year is the year it is measured over (增长5.5% in 2022 is on 2021), and rates are never paced.
  if (d.kind === 'period' && (rate || d.span.precision === 'range' || d.span.cumulative)) return { start: d.span.start, end: d.span.end };
  if (from === null) return { start: d.span.start, end: d.end, startUnknown: true };
  return { start: Math.min(d.span.start, from), end: d.end };
}

const yearStart = (year: number | null): number | null => (year === null ? null : Date.UTC(year, 0, 1));

function columnOf(table: DataTable, key: string, named?: string | null): number {
  const aliases = ALIASES[key] ?? [key];
  const i = findColumn(table, aliases, named);
  if (i >= 0 || named) return i;
  // "目标（亿元）", "实际（亿元）": the role's name with the unit of its numbers (read by typeTable).
  return table.columns.findIndex((c) => aliases.includes(headerName(c.name).toLowerCase()));
}

/**
 * The targets of a table. Throws a DataError (both languages) naming the row and column of a
 * target that is not a number, an unknown comparator or kind, or a date or period it cannot read.
 */
export function readTargets(table: DataTable, options: ReadOptions): TargetDatum[] {
  const col = (key: string, named?: string | null): number => columnOf(table, key, named);
  const c = {
    id: col('id'), label: col('label', options.labelColumn), value: col('value', options.valueColumn), target: col('target'),
    unit: col('unit'), comparator: col('comparator'), kind: col('kind'), upper: col('upper'), category: col('category'),
    baseline: col('baseline'), baseYear: col('baseYear'), period: col('period'), date: col('date'), actual: col('actual'),
    actuals: col('actuals'), quote: col('quote'), direction: col('direction'),
  };
  if (c.label < 0) c.label = table.columns.findIndex((x) => x.type === 'text');
  if (c.value < 0 && c.target < 0) {
    throw new DataError('No target column: name it "value" or "target" (or set the value attribute).', { input: 'columns' }, '没有目标列：请把列命名为“value”或“target”（或设置 value 属性）。');
  }
  const wide = table.columns.flatMap((x, i) => {
    const m = WIDE.exec(x.name.trim());
    return m?.[1] && i !== c.actual ? [{ i, date: m[1].trim() }] : [];
  });
  // The one reader of unit attributes and columns (header-unit.ts readUnit), as the charts read them:
  // unit="million" or "billion yuan" scales bare figures as "亿元" does.
  const given = readUnit(options.unit);
  const byKey = new Map<string, TargetDatum>();
  const out: TargetDatum[] = [];
  // The published forms of each target's own figures (target, upper, actuals in its unit).
  const forms = new Map<TargetDatum, (Published | undefined)[]>();

  table.cells.forEach((row, r) => {
    const raw = table.raw[r] ?? [];
    const get = (i: number): Cell | undefined => (i >= 0 ? row[i] : undefined);
    const text = (i: number): string => (i >= 0 ? textOf(raw[i], row[i]) : '');
    const unitText = text(c.unit);
    const rowUnit = unitText ? readUnit(unitText) : given;
    const colName = (i: number): string => table.columns[i]?.name ?? '';
    /** A number in the row's unit: cells that carry their own unit keep it. */
    type Num = { value: number; unit: string; qualifier?: string; published?: Published };
    const num = (cell: Cell | undefined, i: number): Num | null => {
      if (!cell || cell.kind === 'missing') return null;
      if (cell.kind === 'text') throw notANumber(r, cell.text, colName(i));
      const own = cell.unit !== '';
      const out: Num = { ...scaleBy(cell.value, cell.published, own ? { factor: 1, multiplier: '' } : rowUnit), unit: own ? cell.unit : rowUnit.unit };
      if (cell.qualifier) out.qualifier = cell.qualifier;
      return out;
    };
    const kindText = text(c.kind).toLowerCase();
    const kindOf = kindText ? own(KINDS, kindText) : 'level';
    if (!kindOf) {
      throw new DataError(`Row ${r + 1}: kind "${kindText}" is not level, growth, share or progress.`, { input: 'columns', row: r + 1 }, `第 ${r + 1} 行：类型“${kindText}”应为 level、growth、share 或 progress。`);
    }
    const hasTarget = c.target >= 0 && get(c.target)?.kind === 'number';
    const targetCol = hasTarget ? c.target : c.value;
    // A target written with its change words ("下降3%", "比上年增长6%左右", "控制在3%左右") is read
    // as the words say; the words come from the one vocabulary.
    const wording = targetWording(raw[targetCol], get(targetCol));
    const targetCell = num(wording?.cell ?? get(targetCol), targetCol);
    const key = text(c.id) || text(c.label);
    const existing = c.date >= 0 ? byKey.get(key) : undefined;
    let d = existing;
    if (!d) {
      if (!targetCell) {
        throw new DataError(`Row ${r + 1}: the target is missing.`, { input: 'columns', row: r + 1 }, `第 ${r + 1} 行：缺少目标值。`);
      }
      const compText = text(c.comparator);
      const comparator = readComparator(compText || (targetCell.qualifier ?? ''));
      if (!comparator) {
        throw new DataError(`Row ${r + 1}: comparator "${compText}" is not ge, gt, le, lt, eq or approx.`, { input: 'columns', row: r + 1 }, `第 ${r + 1} 行：比较关系“${compText}”应为 ge、gt、le、lt、eq 或 approx。`);
      }
      const worded = wording?.words;
      const rate = RATE_UNITS.has(targetCell.unit);
      const kind: FigureKind = kindOf === 'progress' ? 'level' : !kindText && worded?.change && rate ? 'growth' : kindOf;
      const periodText = text(c.period);
      const deadline = periodText ? readDeadline(periodText, { year: options.year }) : null;
      // "2021-01/2021-06-30": a start and an end at different precisions, which only a period is.
      const written = periodText && !deadline ? parsePeriod(periodText) : null;
      if (periodText && !deadline && !written) {
        throw new DataError(`Row ${r + 1}: cannot read the period "${periodText}" (write 2021, 2021-2025, 2025年底, 2025年前 or 2021-01-01/2021-06-30).`, { input: 'columns', row: r + 1 }, `第 ${r + 1} 行：无法识别时期“${periodText}”（可写 2021、2021-2025、2025年底、2025年前 或 2021-01-01/2021-06-30）。`);
      }
      const period = written ?? (deadline ? deadlinePeriod(deadline, options.from === undefined ? yearStart(options.year) : options.from, isRate(kind, targetCell.unit)) : null);
      const baseYear = Number.parseInt(text(c.baseYear), 10);
      const directionText = text(c.direction);
      const signedFall = (kind === 'growth' || rate) && targetCell.value < 0;
      const direction: Direction = (directionText ? readDirection(directionText) : undefined) ?? worded?.direction
        ?? (signedFall ? 'fall' : comparator === 'le' || comparator === 'lt' ? 'cap' : 'rise');
      // A change worded as a fall is a negative change: 下降5% is −5%, and 下降2.5%以上 (≥ 2.5 down)
      // is a change ≤ −2.5 on the signed line.
      const falls = (kind === 'growth' || rate) && direction === 'fall' && targetCell.value > 0;
      const base = worded?.base ?? baseInQuote(text(c.quote));
      const baselineNum = num(get(c.baseline), c.baseline);
      d = {
        index: r,
        id: key,
        label: text(c.label),
        category: text(c.category),
        target: falls ? -targetCell.value : targetCell.value,
        unit: targetCell.unit,
        comparator: falls ? MIRROR[comparator] : comparator,
        kind,
        baseline: baselineNum?.value ?? null,
        baseYear: Number.isFinite(baseYear) ? baseYear : base && 'year' in base ? base.year : null,
        direction,
        // Words for a fall read on its magnitude, whether the fall was worded or signed.
        fall: falls || signedFall,
        period,
        // A single period paced as a deadline (2025 on a 2022 board) is said as one: （期限：2025年）.
        deadline: deadline && (deadline.kind !== 'period' || (period !== null && period.start !== deadline.span?.start)) ? deadline : null,
        checkpoints: [],
        quote: text(c.quote),
      };
      const upper = num(get(c.upper), c.upper);
      if (upper) d.upper = upper.value;
      forms.set(d, [targetCell, upper, baselineNum?.unit === targetCell.unit ? baselineNum : null].flatMap((n) => (n ? [n.published] : [])));
      out.push(d);
      if (c.date >= 0) byKey.set(key, d);
    }
    const target = d;
    const year = target.period ? new Date(target.period.start).getUTCFullYear() : options.year ?? undefined;
    const add = (dateText: string, cell: Cell | undefined, i: number): void => {
      const v = num(cell, i);
      if (!v) return;
      if (!dateText && options.asOf === null) {
        throw new DataError(`Row ${r + 1}: the actual in column "${colName(i)}" has no date; add a date column or set as-of (2021-06-30, or today).`, { input: 'columns', row: r + 1 }, `第 ${r + 1} 行：“${colName(i)}”列的实际值没有日期；请加日期列，或设置 as-of（如 2021-06-30，或 today）。`);
      }
      const date = dateText ? parseDateEnd(dateText, year) : options.asOf;
      if (date === null) {
        throw new DataError(`Row ${r + 1}: cannot read the date "${dateText}" in column "${colName(i)}".`, { input: 'columns', row: r + 1 }, `第 ${r + 1} 行：无法识别“${colName(i)}”列中的日期“${dateText}”。`);
      }
      let value = v.value;
      // A growth target tracked by amounts: the change from the baseline amount, in %.
      if (target.kind === 'growth' && !RATE_UNITS.has(v.unit) && v.unit !== target.unit && target.baseline !== null && target.baseline !== 0) {
        value = (v.value / target.baseline - 1) * 100;
      }
      if (value === v.value) forms.get(target)?.push(v.published);
      target.checkpoints.push({ date, value, label: dateText });
    };
    const dateText = text(c.date);
    if (hasTarget && c.value >= 0) add(dateText, get(c.value), c.value);
    if (c.actual >= 0) add(dateText, get(c.actual), c.actual);
    for (const w of wide) add(w.date, get(w.i), w.i);
    if (c.actuals >= 0) {
      for (const [date, v] of nestedActuals(raw[c.actuals], r)) add(date, parseCell(v), c.actuals);
    }
  });
  for (const d of out) {
    d.checkpoints.sort((a, b) => a.date - b.date);
    const published = commonForm(forms.get(d) ?? []);
    if (published) d.published = published;
  }
  return out;
}
