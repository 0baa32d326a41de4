/**
 * Rows → projects at stages of a pipeline. Pure. One row per project, or per project phase (一期,
 * 二期): the stage is written as the article words it ("地基浇筑", "封顶、内部施工") and matched to
 * the pipeline by the stage's name or, for the default pipeline, by the words reporters use for it.
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

export interface StageDef {
  /** As shown in the header: "投产/投用". */
  name: string;
  /** English header for the default pipeline. */
  en?: string;
  /** Words that place a project at this stage ("浇筑地基" → 基础施工). The name and its "/" parts always do. */
  aliases: readonly string[];
}

export const DEFAULT_STAGES: readonly StageDef[] = [
  { name: '签约', en: 'Signed', aliases: ['签约', '签订', '落户'] },
  { name: '开工', en: 'Started', aliases: ['开工', '动工', '开建'] },
  { name: '基础施工', en: 'Foundations', aliases: ['地基', '基础', '桩基', '浇筑'] },
  { name: '主体施工', en: 'Structure', aliases: ['主体施工', '主体建设', '脚手架', '外墙', '钢结构'] },
  // The structure is done, not the project: "主体结构完工", "主体工程已全部完工" stay here ("…" below).
  { name: '封顶', en: 'Topped out', aliases: ['封顶', '主体完工', '主体基本完工', '主体竣工', '主体…完工', '主体…竣工', '主体…建成', '主体…交工'] },
  { name: '装修', en: 'Fit-out', aliases: ['装修', '内部施工', '装饰', '设备安装'] },
  // Built but not yet said to be in use ("建成", "通过竣工验收"); ready for traffic is not traffic.
  {
    name: '竣工',
    en: 'Completed',
    aliases: ['建成', '完工', '交工', '具备通车条件', '具备开通条件', '具备开通运营条件', '具备通航条件', '具备投用条件', '具备投产条件', '具备运营条件'],
  },
  // In use: a road open to traffic, a line in service, a plant producing. "开通" alone also opens a
  // hotline or a green channel for firms, so only its construction phrases count; "通水"/"通电"
  // alone is also a site's utilities before work starts ("三通一平"), so it is not a stage.
  {
    name: '投产/投用',
    en: 'In operation',
    aliases: ['投产', '投用', '投入使用', '投入运行', '运营', '投运', '通车', '通航', '交付使用', '开通运营', '开通使用', '正式开通', '全线开通', '建成开通', '全线通水', '正式通水', '建成通水', '并网发电'],
  },
];

/**
 * Words that hold a stage's word and name no stage: an area ("建成区"), a length ("通车里程"),
 * infrastructure ("基础设施", not foundations), a readiness that comes before the stage
 * ("具备开工条件"), a railway's formal name ("新建成都至达州至万州高速铁路": 新建 + 成都, not
 * 新建成). Read as the longest word at their place, they hide the word inside them.
 */
const NOT_STAGES: readonly string[] = ['基础设施', '建成区', '通车里程', '运营里程', '具备开工条件', '具备动工条件', '新建成都'];

/** The library's words for a stage: its name, the parts of a name like "投产/投用", and its aliases. */
export function stageWords(s: StageDef): string[] {
  return [s.name, ...s.name.split('/'), ...s.aliases].filter(Boolean);
}

/**
 * A cell that only names the stage in one of the library's words ("开工", "投产", "动工"): it says
 * nothing the stage's own label does not, so an English page writes the label ("Started") and not
 * the Chinese word again; a description ("已签约，已开工", "主体封顶") is the data's, shown as published.
 */
export function namesStage(text: string, s: StageDef): boolean {
  const t = text.replace(/\s+/g, '');
  return t !== '' && stageWords(s).includes(t);
}

/**
 * "签约,开工,…" (either comma) → stages matched by name and by its "/" parts. A name the default
 * pipeline knows by another of its words ("投产", "动工") keeps its Chinese as written and takes that
 * stage's English, unless two names would then read alike in English.
 */
export function parseStages(list: string | null | undefined): readonly StageDef[] {
  const names = (list ?? '').split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) return DEFAULT_STAGES;
  const known = names.map((name) => DEFAULT_STAGES.find((d) => d.name === name) ?? DEFAULT_STAGES.find((d) => namesStage(name, d)));
  return names.map((name, i) => {
    const d = known[i];
    if (d?.name === name) return d;
    const alone = d && known.filter((k) => k === d).length === 1;
    return alone && d.en ? { name, en: d.en, aliases: [] } : { name, aliases: [] };
  });
}

/** Where a word occurs in a text: "主体…完工" is 主体, then 完工 within the same clause. */
function occurrences(text: string, word: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (word.includes('…')) {
    // A stage named in the page's stages attribute is the author's text: never a pattern.
    const [head = '', tail = ''] = word.split('…').map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const re = new RegExp(`${head}[^，,；;。、]{0,6}?${tail}`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
    return out;
  }
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push([i, i + word.length]);
  return out;
}

export interface StageHit {
  /** The stage's index in the pipeline. */
  stage: number;
  from: number;
  to: number;
}

/**
 * The stage words a text says, in order, each the longest word at its place: a word inside a
 * longer word of another stage does not count ("主体基本完工" is 封顶, not 竣工; "具备通车条件" is
 * 竣工, not in use), nor one inside a word that names no stage ("建成区").
 */
export function stageHits(text: string, stages: readonly StageDef[]): StageHit[] {
  const t = text.replace(/\s+/g, '');
  const found = stages.flatMap((s, stage) => stageWords(s).flatMap((w) => occurrences(t, w).map(([from, to]) => ({ stage, from, to }))));
  const masks = NOT_STAGES.flatMap((w) => occurrences(t, w).map(([from, to]) => ({ stage: -1, from, to })));
  const inside = (h: StageHit, g: StageHit): boolean => g.from <= h.from && g.to >= h.to && g.to - g.from > h.to - h.from;
  const kept = found.filter((h) => ![...found, ...masks].some((g) => inside(h, g)));
  // One hit a place: a stage's two words for the same span ("主体基本完工", "主体…完工") are one.
  return kept.filter((h, i) => kept.findIndex((g) => g.stage === h.stage && g.from === h.from && g.to === h.to) === i).sort((a, b) => a.from - b.from);
}

/**
 * The stage a description places a project at: the furthest stage any of whose words it says
 * ("封顶、内部施工" → 装修: topped out, now fitting out), or -1. `name`, the project's own name:
 * a stage word inside it says nothing of the stage — "区域总部运营中心项目开工建设" has just started,
 * it is not in operation (运营) — so where the description repeats the name, the name's words
 * are not read.
 */
export function matchStage(text: string, stages: readonly StageDef[], name = ''): number {
  const t = text.replace(/\s+/g, '');
  const exact = stages.findIndex((s) => s.name === t);
  if (exact >= 0) return exact;
  const own = name.replace(/\s+/g, '');
  const named = own.length >= 2 ? occurrences(t, own) : [];
  const hits = stageHits(t, stages).filter((h) => !named.some(([from, to]) => h.from >= from && h.to <= to));
  return Math.max(-1, ...hits.map((h) => h.stage));
}

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
