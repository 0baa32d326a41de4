/**
 * Rows → projects at stages of a pipeline. Pure. One row per project, or per project phase (一期,
 * 二期): the stage is written as the article words it ("地基浇筑", "封顶、内部施工") and matched to
 * the pipeline by the stage's name or, for the default pipeline, by the words reporters use for it
 * (project-tracker.stages.data.ts).
 */
import type { Published } from '../../core/format/published.js';
import { DataError } from '../../core/data/errors.js';
import type { DataTable } from '../../core/data/typed.js';
import { formatCalendarDate, parseCalendarDate } from '../../core/format/date.js';
import { formatDeadline, readDeadline, type DeadlineContext } from '../../core/format/period-deadline.js';
import { namesTime } from '../../core/format/year.js';
import { qualifierSymbol } from '../../core/format/quantity.js';
import type { Locale } from '../../core/i18n/locale.js';
import { columnByAlias, columnNamed } from '../../core/data/columns.js';
import { matchStage, type StageDef } from './project-tracker.stages.data.js';

export const TRACKER_COLUMNS = {
  project: ['project', 'name', '项目', '项目名称', '名称'],
  stage: ['stage', 'status', 'progress', '阶段', '进度', '状态', '当前阶段', '进展'],
  phase: ['phase', '分期', '期', '期次'],
  reported: ['reported', 'as of', 'as-of', 'date', '截至', '报告日期', '日期', '时间'],
  text: ['text', 'note', 'quote', 'description', '原文', '说明', '描述', '备注'],
} as const;

export interface Figure {
  label: string;
  value: number;
  unit: string;
  /** The qualifier's sign ("≥") when the cell had one. */
  prefix: string;
  /** How the figure was written ("4.1亿元"): shown so. */
  published?: Published;
  /** A date or period column ("计划完成 2025年"): the period as the reader's language writes it, not a number. */
  text?: string;
}

export interface ProjectRow {
  index: number;
  project: string;
  phase: string;
  /** The words of the stage cell, as written. */
  stageText: string;
  stage: number;
  text: string;
  /** "截至2021年1月15日" / "as of Jan 15, 2021", or the cell as written; '' when none. */
  reported: string;
  figures: Figure[];
}

function cellString(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
}

/** The reported date as the reader's language writes "as of". */
export function reportedText(raw: string, locale: Locale): string {
  if (!raw) return '';
  const d = parseCalendarDate(raw.replace(/^(截至|截止|as of)\s*/i, ''));
  if (!d) return raw;
  return locale === 'zh-CN' ? `截至${formatCalendarDate(d, locale)}` : `as of ${formatCalendarDate(d, locale)}`;
}

/** The date a row's undated deadline ("6月底", "年底前", "本月底") is read against: its reported date's year and month, if any. */
function rowDate(table: DataTable, r: number, ri: number): DeadlineContext {
  const d = ri >= 0 ? parseCalendarDate(cellString(table.raw[r]?.[ri]).replace(/^(截至|截止|as of)\s*/i, '')) : null;
  return { year: d?.year ?? null, month: d?.month ?? null };
}

/**
 * A column of dates, periods or deadlines ("计划完成": 2025年, 2024年6月, 2021年6月底, 汛期前), or of
 * years under a header naming a time ("竣工年份": 2025): a deadline, shown as written (zh-CN) or
 * in words that promise no more (en: "end of Jun 2021", period-deadline.ts) — never dropped as text,
 * never a day it does not name ("Dec 31"), nor the number 2,025.
 */
function periodColumn(table: DataTable, i: number, ri: number): boolean {
  const col = table.columns[i];
  const present = table.raw.flatMap((row, r) => (cellString(row[i]) === '' ? [] : [{ v: row[i], r }]));
  if (!col || present.length === 0 || !present.every(({ v, r }) => readDeadline(v, rowDate(table, r, ri)) !== null)) return false;
  return col.type === 'text' || (col.unit === '' && namesTime(col.name));
}

export function readProjects(table: DataTable, stages: readonly StageDef[], locale: Locale, projectColumn?: string | null): ProjectRow[] {
  const find = (role: keyof typeof TRACKER_COLUMNS): number => columnByAlias(table, TRACKER_COLUMNS[role]);
  // A named project column that is not there falls to the error below, which names both roles.
  let pi = projectColumn ? columnNamed(table, projectColumn) : find('project');
  if (pi < 0 && !projectColumn) pi = table.columns.findIndex((c) => c.type === 'text');
  const si = find('stage');
  if (pi < 0 || si < 0) {
    const list = table.columns.map((c) => `"${c.name}"`).join(', ');
    throw new DataError(
      `The tracker needs a project column and a stage column (e.g. "项目" and "阶段"); the columns are: ${list}.`,
      { input: 'columns' },
      `项目进度表需要“项目”列和“阶段”列；现有的列：${table.columns.map((c) => `“${c.name}”`).join('、')}。`,
    );
  }
  const phi = find('phase');
  const ri = find('reported');
  const ti = find('text');
  const roles = new Set([pi, si, phi, ri, ti]);
  const periods = table.columns.map((_, i) => !roles.has(i) && periodColumn(table, i, ri));
  const figureCols = table.columns.map((c, i) => ({ c, i })).filter(({ c, i }) => !roles.has(i) && c.type === 'number' && !periods[i]);
  const periodCols = table.columns.map((c, i) => ({ c, i })).filter(({ i }) => periods[i]);
  return table.raw.map((row, r): ProjectRow => {
    const project = cellString(row[pi]);
    if (!project) throw new DataError(`Row ${r + 1} has no project name.`, { input: 'columns', row: r + 1 }, `第 ${r + 1} 行没有项目名称。`);
    const stageText = cellString(row[si]);
    const stage = matchStage(stageText, stages, project);
    if (stage < 0) {
      const list = stages.map((s) => s.name);
      throw new DataError(
        `Row ${r + 1}: the stage "${stageText}" matches none of the stages: ${list.join(', ')}. Write one of them, or set the stages attribute.`,
        { input: 'columns', row: r + 1 },
        `第 ${r + 1} 行：阶段“${stageText}”与以下阶段都不对应：${list.join('、')}。请写其中之一，或设置 stages 属性。`,
      );
    }
    const figures: Figure[] = [];
    for (const { c, i } of figureCols) {
      const cell = table.cells[r]?.[i];
      if (cell?.kind !== 'number') continue;
      const figure: Figure = { label: c.name, value: cell.value, unit: cell.unit || c.unit, prefix: qualifierSymbol(cell.qualifier) };
      if (cell.published) figure.published = cell.published;
      figures.push(figure);
    }
    for (const { c, i } of periodCols) {
      const d = readDeadline(table.raw[r]?.[i], rowDate(table, r, ri));
      if (d) figures.push({ label: c.name, value: NaN, unit: '', prefix: '', text: locale === 'zh-CN' ? cellString(table.raw[r]?.[i]) : formatDeadline(d, locale) });
    }
    return {
      index: r,
      project,
      phase: phi >= 0 ? cellString(row[phi]) : '',
      stageText,
      stage,
      text: ti >= 0 ? cellString(row[ti]) : '',
      reported: ri >= 0 ? reportedText(cellString(row[ri]), locale) : '',
      figures,
    };
  });
}
