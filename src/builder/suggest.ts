/**
 * Which widgets fit the data, best first, each with the reason in both languages — the editor
 * sees why, not only what. Scores are 0–1 and only order the list. Every suggestion is checked
 * against the real data before it is offered (feasible.ts): one that would show an error, be
 * empty or unreadable is left out, or offered with the option that fixes it.
 */
import { parseCell } from '../core/format/quantity.js';
import { BOUND_WORDS, readComparator } from '../core/format/vocabulary.js';
import { NOTE_HEADER } from './columns.js';
import { checkSuggestion, DEFAULT_FIT, unitGroups, type TextFit } from './feasible.js';
import { axisUnit, mainUnit, type FigureRow } from './figures.js';
import { projectsFromText } from './projects.js';
import { statedAsTarget } from './stated.js';
import type { BuilderTable } from './types.js';
import { WIDGETS } from '../widgets/manifest.js';
import { TRACKER_COLUMNS } from '../widgets/project-tracker/project-tracker.data.js';

export interface Suggestion {
  /** Custom element tag: 'dj-targets', 'dj-line-chart' … */
  tag: string;
  /** 0–1; higher fits better. */
  score: number;
  en: string;
  zh: string;
  /** Options the suggestion is drawn with (series of one unit, a waffle's unit-size …); the editor's own win. */
  attributes?: Record<string, string>;
}

/**
 * A cell that states a bound: a comparator written alone ("ge", "≥", "不少于"), a figure with a
 * bound word read as parseCell reads it ("1000亩以上", "约5%", "1000余人"), or a firm bound word
 * inside longer text ("建成1000亩以上"). Words from the one vocabulary (core/format/vocabulary.ts).
 */
const FIRM_BOUND = new RegExp(BOUND_WORDS.filter((w) => w.word.length > 1 && w.comparator !== 'eq' && w.comparator !== 'approx').map((w) => w.word).join('|') + '|[≥≤<>≈]');
export function isBoundCell(raw: string): boolean {
  const text = raw.trim();
  const code = readComparator(text);
  if (text !== '' && code !== undefined) return code !== 'eq';
  const cell = parseCell(text);
  if (cell.kind === 'number' && cell.qualifier !== undefined) return readComparator(cell.qualifier) !== 'eq';
  return FIRM_BOUND.test(text);
}
const TARGET_HEADER = /^(?:comparator|target|目标|目标值|bound|比较)$/i;
const EVENT_HEADER = /^(?:title|event|headline|标题|事件|说明|内容|描述|details|description|text)$/i;
const TOTAL = /^(?:总计|合计|总数|全部|total|all)$/i;
/** Words reporters use for a project's stage (project-tracker's default pipeline). */
const STAGE_WORDS = /签约|开工|动工|地基|基础|桩基|主体|脚手架|封顶|装修|内部施工|投产|投用|投入使用|投入运行|竣工|运营/;

/** Ties in score go to the widget the manifest ranks first (its `builder.rank`). */
const RANK = new Map<string, number>(WIDGETS.map((w) => [w.tag, w.builder.rank]));
const rank = (tag: string): number => RANK.get(tag) ?? WIDGETS.length;

function sorted(list: Suggestion[]): Suggestion[] {
  return list.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || rank(a.tag) - rank(b.tag));
}

const nearHundred = (sum: number): boolean => sum >= 95 && sum <= 105;

function forFigures(rows: readonly FigureRow[], text: string): Suggestion[] {
  const figs = rows.filter((r) => r.include && typeof r.value === 'number' && Number.isFinite(r.value));
  const n = figs.length;
  const out: Suggestion[] = [];
  const projects = projectsFromText(text);
  if (projects.length > 0) {
    const list = projects.map((p) => p.项目).join('、');
    out.push({ tag: 'dj-project-tracker', score: n === 0 ? 0.95 : 0.9, en: `The text places ${projects.length} project${projects.length > 1 ? 's' : ''} at a stage (${list}): each on its pipeline. Plans (预计, 计划) do not move a project on.`, zh: `文中写到 ${projects.length} 个项目所处的阶段（${list}）：把每个项目放到进度流程上。“预计”“计划”等尚未发生的不算。` });
  }
  if (n === 0) return sorted(out);
  // A board calls every figure it gets a target: reported results (同比增长30.5%) are not offered one.
  const stated = figs.filter((r) => statedAsTarget(r, text)).length;
  if (stated * 2 >= n) {
    out.push({ tag: 'dj-targets', score: 0.95, en: `${stated} of ${n} figures are targets (a bound such as 以上/突破, or words of intent such as 目标/力争/计划): a board of targets.`, zh: `${n} 个数字中有 ${stated} 个是目标（带“以上”“突破”等界限，或“目标”“力争”“计划”等字样）：适合目标看板。` });
  } else if (stated > 0) {
    out.push({ tag: 'dj-targets', score: 0.2, en: `Only ${stated} of ${n} figures read as targets; the others are reported results, which a board would show as goals not yet met: untick them first.`, zh: `${n} 个数字中只有 ${stated} 个像是目标，其余是已公布的结果，放进目标看板会被显示为“尚未完成的目标”：请先取消勾选这些数字。` });
  }
  if (n <= 4) out.push({ tag: 'dj-big-number', score: n <= 2 ? 0.85 : 0.75, en: `${n} figure${n > 1 ? 's' : ''}: shown large, one by one.`, zh: `${n} 个数字：逐个放大展示。` });
  const units = new Set(figs.map(axisUnit));
  if (n >= 2 && units.size > 1) {
    // The chart draws the figures of the main unit only (figures.ts chartedFigures): say which.
    const unit = mainUnit(figs);
    const k = figs.filter((r) => axisUnit(r) === unit).length;
    out.push({ tag: 'dj-bar-chart', score: 0.3, en: `The figures are in ${units.size} units (${[...units].map((u) => u || '—').join(', ')}): bars share one axis, so this chart draws only the ${k} in ${unit || 'no unit'}; untick figures to draw another unit.`, zh: `这些数字有 ${units.size} 种单位（${[...units].map((u) => u || '无').join('、')}）：条形图只有一个坐标轴，本图只画单位为“${unit || '无'}”的 ${k} 个数字；要画其他单位，请取消勾选这些数字。` });
  }
  if (n >= 2 && units.size === 1) {
    out.push({ tag: 'dj-bar-chart', score: 0.7, en: `${n} figures in one unit (${[...units][0] || '—'}): compared as bars.`, zh: `${n} 个数字单位相同（${[...units][0] || '无'}）：用条形比较。` });
    const shares = figs.filter((r) => r.unit === '%' && r.kind !== 'growth');
    if (shares.length === n && nearHundred(shares.reduce((s, r) => s + (r.value ?? 0), 0))) {
      out.push({ tag: 'dj-waffle', score: 0.8, en: 'The shares add up to about 100%: parts of a whole.', zh: '各占比之和约为 100%：适合表现整体的组成。' });
    }
  }
  out.push({ tag: 'dj-figures', score: 0.5, en: 'The paragraph itself, with every figure marked and explained.', zh: '原文段落，标出并解释每个数字。' });
  return sorted(out);
}

function forTable(t: BuilderTable): Suggestion[] {
  const n = t.records.length;
  if (n === 0 || t.columns.length === 0) return [];
  const idx = (type: string): number[] => t.columns.flatMap((c, i) => (c.type === type ? [i] : []));
  const [dates, nums, texts] = [idx('date'), idx('number'), idx('text')];
  // The cells of a column in the rows that are drawn (skipped rows and columns left out).
  const gone = new Set(t.skipped.map((r) => r.row - 1));
  const at = t.columns.map((c) => t.allColumns.findIndex((a) => a.name === c.name));
  const drawn = t.rows.filter((_, i) => !gone.has(i)).map((r) => at.map((k) => r[k] ?? ''));
  const column = (j: number): string[] => drawn.map((r) => r[j] ?? '').filter((s) => s !== '');
  const out: Suggestion[] = [];

  const targetCol = t.columns.some((c) => TARGET_HEADER.test(c.name.trim()));
  const boundCells = drawn.flat().filter(isBoundCell).length;
  if (targetCol || boundCells > 0) {
    out.push({ tag: 'dj-targets', score: 0.95, en: 'Rows carry targets (a target or comparator column, or bounds like 以上): a board of targets.', zh: '各行带有目标（目标列、比较列或“以上”等界限）：适合目标看板。' });
  }
  // The headers the tracker reads its stage column by (the same list, not a copy of it).
  const stageCol = t.columns.findIndex((c) => (TRACKER_COLUMNS.stage as readonly string[]).includes(c.name.trim().toLowerCase()));
  // Stage words alone may be events on a timeline: a tracker also needs the projects named.
  const stageCells = texts.length >= 2 && texts.some((j) => column(j).filter((s) => STAGE_WORDS.test(s)).length >= Math.max(1, n / 2));
  if (stageCol >= 0 || stageCells) {
    out.push({ tag: 'dj-project-tracker', score: 0.95, en: 'A stage or status column: each project placed on its pipeline.', zh: '有阶段或状态列：把每个项目放到进度流程上。' });
  }
  // Series in different units never share an axis: the charts with series draw one unit.
  const groups = unitGroups(t);
  const drawnGroup = groups[0];
  const per = groups.length > 1 && drawnGroup ? unitNote(groups) : { en: '', zh: '' };
  const seriesAttrs = (tag: string): Record<string, string> => {
    // The line chart's `series` names a long table's key column: its lines are chosen by the data (projectData).
    if (groups.length < 2 || !drawnGroup || tag === 'dj-line-chart') return {};
    return tag === 'dj-bar-chart' && drawnGroup.columns.length === 1 ? { value: drawnGroup.columns[0] ?? '' } : { series: drawnGroup.columns.join(',') };
  };
  if (dates.length > 0 && nums.length > 0) {
    const many = n >= 5 ? 0.95 : n >= 3 ? 0.85 : 0.5;
    const k = drawnGroup?.columns.length ?? nums.length;
    out.push({ tag: 'dj-line-chart', score: many, en: `${n} dated points in ${k} series: a line over time.${per.en}`, zh: `${n} 个时间点、${k} 个系列：适合折线图。${per.zh}`, attributes: seriesAttrs('dj-line-chart') });
  }
  if (dates.length > 0) {
    // A timeline tells events in words, as Datawrapper's and Flourish's are used. Beside numbers
    // a line or bars tell the story better, so there only a column named for events (事件, 标题 …)
    // earns one; notes (备注) annotate the numbers and one-off texts are not events.
    const header = (j: number): string => t.columns[j]?.name.trim() ?? '';
    const named = texts.filter((j) => EVENT_HEADER.test(header(j)));
    const described = texts.filter((j) => !NOTE_HEADER.test(header(j)) && new Set(column(j)).size === column(j).length);
    const events = nums.length === 0 ? [...named, ...described] : named;
    const col = events[0];
    if (col !== undefined) {
      const rule = {
        en: ' A timeline is offered only for events told in words; where the table has numbers, the line or bars show them better.',
        zh: '时间线只用于用文字讲述的事件；表格里有数字时，数字用折线或条形表达更好。',
      };
      out.push({
        tag: 'dj-timeline', score: nums.length === 0 ? 0.9 : 0.55,
        en: `Dates with events described in "${header(col)}": a timeline.${rule.en}`,
        zh: `有日期和“${header(col)}”列的事件说明：适合时间线。${rule.zh}`,
        attributes: { label: header(col) },
      });
    }
  }
  if (nums.length > 0 && (texts.length > 0 || dates.length > 0)) {
    const score = dates.length > 0 ? 0.6 : n > 30 ? 0.5 : 0.8;
    const k = drawnGroup?.columns.length ?? nums.length;
    out.push({ tag: 'dj-bar-chart', score, en: `${n} categories with ${k > 1 ? `${k} values each` : 'a value each'}: compared as bars.${per.en}`, zh: `${n} 个类别，每类${k > 1 ? ` ${k} 个数值` : '一个数值'}：用条形比较。${per.zh}`, attributes: seriesAttrs('dj-bar-chart') });
  }
  const first = nums[0];
  if (first !== undefined && texts.length > 0) {
    const name = t.columns[first]?.name ?? '';
    const values = t.records.map((r) => r[name]).filter((v): v is number => typeof v === 'number');
    const labels = t.records.map((r) => String(r[t.columns[texts[0] ?? 0]?.name ?? ''] ?? '').trim());
    const nonNegative = values.length > 0 && values.every((v) => v >= 0);
    const sum = values.reduce((s, v) => s + v, 0);
    // The total row, drawn (kept by the editor) or left out as a total: the parts add up to it.
    const totalAt = labels.findIndex((l) => TOTAL.test(l));
    const kept = totalAt >= 0 ? t.records[totalAt]?.[name] : undefined;
    const left = t.skipped.find((r) => r.reason === 'total')?.record[name];
    const total = typeof kept === 'number' ? kept : typeof left === 'number' ? left : null;
    const partsOfTotal = total !== null && Math.abs(sum - (typeof kept === 'number' ? total : 0) - total) <= Math.abs(total) * 0.02;
    if (nonNegative && n <= 8 && ((t.columns[first]?.unit === '%' && nearHundred(sum)) || partsOfTotal)) {
      out.push({ tag: 'dj-waffle', score: 0.85, en: 'The values are parts of one whole (they add up to 100% or to the total row).', zh: '各数值是同一整体的组成部分（合计为 100% 或等于合计行）。' });
    } else if (nonNegative && n <= 8 && values.every((v) => Number.isInteger(v)) && sum <= 2500 && !/元|米|亩|吨|%/.test(t.columns[first]?.unit ?? '')) {
      // Squares that can be counted: a few hundred things, not 5.9亿元 of money or area.
      out.push({ tag: 'dj-waffle', score: 0.35, en: 'A few counts: squares that can be counted.', zh: '少量计数：用可数的方块表现。' });
    }
  }
  if (nums.length > 0 && n <= 4) {
    out.push({ tag: 'dj-big-number', score: n === 1 ? 0.9 : 0.7, en: `${n} figure${n > 1 ? 's' : ''}: shown large.`, zh: `${n} 个数字：放大展示。` });
  }
  // A widget the rules above do not name is offered by its manifest entry (`builder.offer`).
  for (const w of WIDGETS) {
    const offer = w.builder.offer;
    if (offer && nums.length > 0 && !out.some((s) => s.tag === w.tag)) out.push({ tag: w.tag, score: offer.score, en: offer.en, zh: offer.zh });
  }
  return sorted(out);
}

/** "GDP (亿元) and 增速 (%) are in different units: this chart draws 亿元; …" */
function unitNote(groups: ReturnType<typeof unitGroups>): { en: string; zh: string } {
  const [drawn, ...rest] = groups;
  const name = (g: (typeof groups)[number], zh: boolean): string => (zh ? `${g.columns.join('、')}（${g.unit || '无单位'}）` : `${g.columns.join(', ')} (${g.unit || 'no unit'})`);
  return {
    en: ` The columns are in ${groups.length} units and never share an axis: this chart draws ${drawn ? name(drawn, false) : ''}; make one chart per unit for ${rest.map((g) => name(g, false)).join('; ')} (skip the other columns in step 1).`,
    zh: `各列有 ${groups.length} 种单位，不共用一个坐标轴：本图只画 ${drawn ? name(drawn, true) : ''}；${rest.map((g) => name(g, true)).join('；')} 请另做一张图（在第 1 步中排除其他列）。`,
  };
}

/** A widget the table first seemed to fit that was not offered, and why (feasible.ts's reasons). */
export interface LeftOut {
  tag: string;
  en: string;
  zh: string;
}

/** The candidates checked against the data: the ones offered, best first, and the ones left out. */
function checkTable(t: BuilderTable, fit: TextFit): { offered: Suggestion[]; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  const offered = sorted(forTable(t)).flatMap((s) => {
    const checked = checkSuggestion(s.tag, t, s.attributes ?? {}, fit);
    if (!checked.ok) {
      leftOut.push({ tag: s.tag, en: checked.en.trim(), zh: checked.zh });
      return [];
    }
    const attributes = { ...(s.attributes ?? {}), ...checked.attributes };
    const out: Suggestion = { ...s, en: `${s.en}${checked.en}`, zh: `${s.zh}${checked.zh}` };
    if (Object.keys(attributes).length > 0) out.attributes = attributes;
    else delete out.attributes;
    return [out];
  });
  return { offered, leftOut };
}

/**
 * The widgets that fit, best first, each checked against the data. An empty table or no usable
 * figure gives []. For figures, the paragraph they came from lets projects and stages be found.
 * `fit` is the font labels are checked in at 375 px (feasible.ts TextFit; the builder passes its preview's).
 */
export function suggestWidgets(input: BuilderTable | readonly FigureRow[], text = '', fit: TextFit = DEFAULT_FIT): Suggestion[] {
  if (Array.isArray(input)) return forFigures(input as readonly FigureRow[], text);
  return checkTable(input as BuilderTable, fit).offered;
}

/**
 * The widgets the table seemed to fit but that cannot draw it (a waffle with too many squares,
 * 1,000 bars …), in the order they would have been offered, each with its reason in both
 * languages: shown below the suggestions so the editor knows why one is missing.
 */
export function leftOutWidgets(input: BuilderTable | readonly FigureRow[], fit: TextFit = DEFAULT_FIT): LeftOut[] {
  // Suggestions for figures are not checked against a table: none are left out.
  if (Array.isArray(input)) return [];
  return checkTable(input as BuilderTable, fit).leftOut;
}
