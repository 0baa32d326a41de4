/**
 * Whether a widget can draw this table, checked with the real data and the widgets' own rules
 * before it is offered: a waffle's square count (the layout's own waffleUnits and MAX_SQUARES),
 * bars that fit a phone, a line with points, a tracker whose stages it can place. A suggestion that
 * cannot draw is dropped; one that needs an option gets it, and says so.
 */
import { DataError } from '../core/data/errors.js';
import { fromRecords } from '../core/data/raw-table.js';
import { readPeriods } from '../core/format/period-series.js';
import { typeTable } from '../core/data/typed.js';
import { estimateWidth, type Measure } from '../core/measure.js';
import { readBigNumbers } from '../widgets/big-number/big-number.data.js';
import { readEvents } from '../widgets/timeline/timeline.data.js';
import { NOTE_HEADER } from './columns.js';
import { layoutBars, type BarDatum } from '../widgets/bar-chart/bar-chart.layout.js';
import { TRACKER_COLUMNS } from '../widgets/project-tracker/project-tracker.data.js';
import { DEFAULT_STAGES, matchStage } from '../widgets/project-tracker/project-tracker.stages.data.js';
import { MAX_SQUARES, waffleUnits } from '../widgets/waffle/waffle.layout.js';
import type { BuilderTable } from './types.js';
import { widgetEntry, type BuilderFit } from '../widgets/manifest.js';

export interface Feasible {
  ok: boolean;
  /** Options that make it drawable (unit-size …). */
  attributes: Record<string, string>;
  /** Said after the suggestion's reason, '' when nothing was needed; when not ok, why it is left out. */
  en: string;
  zh: string;
}

/** More bars than this cannot be told apart, or labelled, on a 375 px phone. */
export const MAX_BARS = 60;
/** A waffle is read by its squares: aim for a few hundred. */
const TARGET_SQUARES = 500;

const no = (en: string, zh: string): Feasible => ({ ok: false, attributes: {}, en, zh });
const yes = (attributes: Record<string, string> = {}, en = '', zh = ''): Feasible => ({ ok: true, attributes, en, zh });

/** Number columns by unit, in the order their first column stands; the first group is drawn. */
export function unitGroups(t: BuilderTable): Array<{ unit: string; columns: string[] }> {
  const groups: Array<{ unit: string; columns: string[] }> = [];
  for (const c of t.columns) {
    if (c.type !== 'number') continue;
    const g = groups.find((x) => x.unit === c.unit);
    if (g) g.columns.push(c.name);
    else groups.push({ unit: c.unit, columns: [c.name] });
  }
  return groups;
}

const numbersOf = (t: BuilderTable, name: string): Array<number | null> => t.records.map((r) => (typeof r[name] === 'number' ? (r[name]) : null));

function waffle(t: BuilderTable, attributes: Record<string, string>): Feasible {
  const name = attributes['value'] ?? t.columns.find((c) => c.type === 'number')?.name;
  const col = t.columns.find((c) => c.name === name);
  if (!col) return no('There is no number column to count in squares.', '没有可用方格计数的数字列。');
  const values = numbersOf(t, col.name);
  if (values.some((v) => v !== null && v < 0)) return no(`"${col.name}" has negative values, which squares cannot count.`, `“${col.name}”有负数，方格无法计数。`);
  if (values.every((v) => v === null || v === 0)) return no(`"${col.name}" has nothing to count (no value above zero).`, `“${col.name}”没有大于零的数值可计数。`);
  const count = (size: number): number => waffleUnits(values, 'separate', size).reduce((a, b) => a + b, 0);
  const given = Number(attributes['unit-size'] ?? '1');
  const squares = count(given > 0 ? given : 1);
  if (squares >= 1 && squares <= MAX_SQUARES) return yes();
  const total = values.reduce<number>((a, v) => a + (v ?? 0), 0);
  // A round size (1, 10, 100 … of the column's unit) that leaves a few hundred squares.
  const size = 10 ** Math.round(Math.log10(total / TARGET_SQUARES));
  const n = count(size);
  if (n < 1 || n > MAX_SQUARES) return no(`The values of "${col.name}" are too far apart for squares: at ${given} each there would be ${squares} squares, and no round size leaves between 1 and ${MAX_SQUARES}.`, `“${col.name}”的数值相差太大：若每格 ${given}，将有 ${squares} 个方格，任何整数格值都无法让方格数在 1 到 ${MAX_SQUARES} 之间。`);
  const unit = col.unit;
  return yes(
    { 'unit-size': String(size) },
    ` One square is ${size} ${unit}: at ${given} each there would be ${squares} squares, too many to read (set for you).`,
    `每格代表 ${size}${unit}：若每格 ${given}，将有 ${squares} 个方格，无法阅读（已为您设置）。`,
  );
}

/** The width of the smallest phone a story is read on: every offered chart must be readable there. */
export const PHONE_WIDTH = 375;
/** The bar chart's own label font (its default before the page's font is read). */
const BAR_FONT = '14px sans-serif';

/**
 * The font the bars' labels are measured in, and how. By default the bar chart's own default
 * font, estimated (pure: Node, tests, the server); the builder passes the font its preview
 * widgets actually computed, measured by canvas, so the check matches the preview the editor
 * sees. The article's own font is unknowable from here: the preview's is the nearest truth.
 */
export interface TextFit {
  font: string;
  measure: Measure;
}
/** A label cut to fewer characters than this before its "…" is no longer recognisable. */
const MIN_KEPT = 2;
/**
 * The estimate in whole pixels: the layout gives a label (its width + gap) − gap, which in floats
 * can fall a hair short of the width and cut "2022" to "202…"; whole pixels subtract exactly.
 */
const wholePx = (m: Measure): Measure => (text, font) => Math.ceil(m(text, font));

/** The default fit: the bar chart's default font, estimated. */
export const DEFAULT_FIT: TextFit = { font: BAR_FONT, measure: wholePx(estimateWidth) };

/** A fit for a measured font (canvas in the page), in whole pixels as the check needs. */
export const fitFor = (font: string, measure: Measure): TextFit => ({ font, measure: wholePx(measure) });

/**
 * The bars laid out by the bar chart's own layout at 375 px, as a phone shows them: labels that
 * the layout cuts to "…" are named. Vertical bars whose labels cannot be read there are turned
 * horizontal (labels then get their own line); horizontal labels still cut are said in words.
 */
function bars(t: BuilderTable, attributes: Record<string, string>, cols: string[], fit: TextFit): Feasible {
  const label = attributes['label'] ?? t.columns.find((c) => c.type !== 'number')?.name;
  const data: BarDatum[] = t.records.map((r, i) => ({ label: label === undefined ? String(i + 1) : String(r[label] ?? ''), value: numbersOf(t, cols[0] ?? '')[i] ?? null, unit: '' }));
  const cut = (orientation: 'horizontal' | 'vertical'): { lost: number; shortest: string; thin: boolean } => {
    const scene = layoutBars(data, { orientation, sort: 'none', highlight: [], values: true, locale: 'zh-CN', font: fit.font, measure: fit.measure, missingText: '无数据' }, PHONE_WIDTH);
    let lost = 0;
    let shortest = '';
    for (const m of scene.marks) {
      const shown = m.labelLines.join('');
      if (shown === m.label) continue;
      lost++;
      const kept = shown.replace(/…$/u, '');
      if (shortest === '' || kept.length < shortest.replace(/…$/u, '').length) shortest = shown;
    }
    // A vertical bar narrower than a few pixels cannot be seen, let alone hovered or tapped.
    const thin = orientation === 'vertical' && scene.marks.some((m) => m.width < 4);
    return { lost, shortest, thin };
  };
  const unreadable = (c: ReturnType<typeof cut>): boolean => c.thin || (c.lost > 0 && c.shortest.replace(/…$/u, '').length < MIN_KEPT);
  const vertical = attributes['orientation'] === 'vertical';
  if (vertical) {
    const v = cut('vertical');
    if (unreadable(v)) {
      const h = cut('horizontal');
      return yes(
        { orientation: 'horizontal' },
        ` Upright, ${v.thin ? 'the bars would be too thin' : `labels would be cut to "${v.shortest}"`} at ${PHONE_WIDTH} px: drawn lying down instead (set for you).${h.lost > 0 ? ` ${h.lost} long label${h.lost > 1 ? 's are' : ' is'} still shortened.` : ''}`,
        `竖向时在 ${PHONE_WIDTH} 像素宽的手机上${v.thin ? '条形太细' : `标签会被截成“${v.shortest}”`}：改为横向（已为您设置）。${h.lost > 0 ? `仍有 ${h.lost} 个过长的标签被截短。` : ''}`,
      );
    }
    return yes();
  }
  const h = cut('horizontal');
  if (h.lost === 0) return yes();
  return yes(
    {},
    ` At ${PHONE_WIDTH} px, ${h.lost} label${h.lost > 1 ? 's' : ''} too long for a phone ${h.lost > 1 ? 'are' : 'is'} cut short (e.g. "${h.shortest}"); the full text is in the tooltip — shorten ${h.lost > 1 ? 'them' : 'it'} in step 1 to be read.`,
    `在 ${PHONE_WIDTH} 像素宽的手机上，${h.lost} 个过长的标签会被截短（如“${h.shortest}”），完整文字在提示框中；可在第 1 步缩短。`,
  );
}

function tracker(t: BuilderTable): Feasible {
  const names = t.columns.map((c) => c.name.trim().toLowerCase());
  const si = names.findIndex((n) => (TRACKER_COLUMNS.stage as readonly string[]).includes(n));
  if (si < 0) return no('No column names the stages (阶段, stage).', '没有列出进度阶段的列（“阶段”）。');
  const stage = t.columns[si]?.name ?? '';
  // Read as the tracker reads a row: without the project's own name (matchStage's `name`).
  const pi = names.findIndex((n) => (TRACKER_COLUMNS.project as readonly string[]).includes(n));
  const project = pi < 0 ? '' : (t.columns[pi]?.name ?? '');
  // A stage the pipeline cannot place would be an error on the page.
  const lost = t.records.find((r) => matchStage(String(r[stage] ?? ''), DEFAULT_STAGES, project ? String(r[project] ?? '') : '') < 0);
  if (lost === undefined) return yes();
  const text = String(lost[stage] ?? '');
  return no(`The stage "${text}" is not one the tracker knows (signed, started, structure, topped out, in operation …).`, `进度“${text}”不是跟踪器认识的阶段（签约、开工、主体、封顶、投产等）。`);
}

/**
 * The timeline reads the records with its own reader, as the page will: one that would show an
 * error is given the text column that lets it draw as its titles (label, set for the editor),
 * else left out with the error the page would show.
 */
function timeline(t: BuilderTable, attributes: Record<string, string>): Feasible {
  const table = typeTable(fromRecords(t.records, 'json'));
  const error = (label: string | null): DataError | null => {
    try {
      readEvents(table, label);
      return null;
    } catch (e) {
      if (e instanceof DataError) return e;
      throw e;
    }
  };
  const first = error(attributes['label'] ?? null);
  if (first === null) return yes();
  const titles = t.columns.find((c) => c.type === 'text' && c.name !== attributes['label'] && error(c.name) === null);
  if (titles) {
    return yes({ label: titles.name }, ` Titles from "${titles.name}" (set for you): otherwise it would show "${first.text('en')}"`, `事件标题取自“${titles.name}”（已为您设置），否则会显示“${first.text('zh-CN')}”`);
  }
  return no(`It would show an error: ${first.text('en')}`, `会显示错误：${first.text('zh-CN')}`);
}

/**
 * Big numbers read by their own reader with the table's first number column as the value (left
 * to itself it may take a column of years, "2022亿元"); one that would show an error is left out.
 */
function bigNumber(t: BuilderTable, attributes: Record<string, string>): Feasible {
  const value = attributes['value'] ?? t.columns.find((c) => c.type === 'number')?.name;
  if (value === undefined) return no('There is no number column to show large.', '没有可放大展示的数字列。');
  // The label names each figure: a text column that is not notes (备注 explains, it does not
  // name), else the date (2023 for a year's GDP).
  const label = attributes['label'] ?? (t.columns.find((c) => c.type === 'text' && !NOTE_HEADER.test(c.name.trim())) ?? t.columns.find((c) => c.type === 'date'))?.name ?? null;
  try {
    readBigNumbers(typeTable(fromRecords(t.records, 'json')), { unit: '', labelColumn: label, valueColumn: value, target: '', previous: '', previousLabel: '', quote: '' });
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return no(`It would show an error: ${e.text('en')}`, `会显示错误：${e.text('zh-CN')}`);
  }
  return yes(label === null ? { value } : { value, label });
}

type Check = (t: BuilderTable, attributes: Record<string, string>, fit: TextFit) => Feasible;

/** Bars: at most MAX_BARS, a series with a number, labels readable at 375 px. */
const categories: Check = (t, attributes, fit) => {
  const n = t.records.length;
  if (n > MAX_BARS) return no(`${n} bars cannot be told apart or labelled on a ${PHONE_WIDTH} px phone (at most ${MAX_BARS}); leave rows out in step 1.`, `${n} 个条形在 ${PHONE_WIDTH} 像素宽的手机上无法分辨和标注（最多 ${MAX_BARS} 个）；可在第 1 步排除部分行。`);
  const series = (attributes['series'] ?? attributes['value'] ?? '').split(',').filter(Boolean);
  const cols = series.length > 0 ? series : t.columns.filter((c) => c.type === 'number').map((c) => c.name);
  return cols.some((c) => numbersOf(t, c).some((v) => v !== null)) ? bars(t, attributes, cols, fit) : no('No series has a number to draw.', '没有任何系列有可画的数字。');
};

/**
 * A line: two numbers in one series at least, and times it can join. Running totals beside single
 * periods (1-2月, 一季度, 4月: the 2024 规上工业 growth figures as NBS released them) are refused by the
 * line chart (line-chart/dates.ts): offered, the preview was that error. The same period reader.
 */
const series: Check = (t) => {
  const cols = t.columns.filter((c) => c.type === 'number').map((c) => c.name);
  if (!cols.some((c) => numbersOf(t, c).filter((v) => v !== null).length >= 2)) return no('A line needs at least two numbers in one series.', '折线至少需要一个系列中有两个数字。');
  const x = t.columns.find((c) => c.type === 'date')?.name;
  const times = x === undefined ? [] : t.records.map((r) => r[x]).filter((v): v is string => typeof v === 'string');
  return times.length > 1 && readPeriods(times).mixedCumulative
    ? no('Running totals (1-2月, 一季度) beside single periods cannot share a line.', '累计期（如1-2月、一季度）与单期混在一起，不能连成一条线。')
    : yes();
};

/** Figures shown large: at most 4, read as the widget reads them. */
const figures: Check = (t, attributes) => {
  const n = t.records.length;
  return n <= 4 ? bigNumber(t, attributes) : no(`${n} rows are too many to show large (at most 4).`, `${n} 行太多，无法逐个放大展示（最多 4 个）。`);
};

/** Each kind of data a manifest entry may name as its `builder.fit`, with its check. */
const FITS: Readonly<Record<BuilderFit, Check>> = {
  categories,
  series,
  parts: (t, attributes) => waffle(t, attributes),
  figures,
  stages: (t) => tracker(t),
  events: (t, attributes) => timeline(t, attributes),
};

/**
 * Whether `tag` can draw `t` with `attributes`, and the options it needs: the check its manifest
 * entry names (`builder.fit`); a widget that names none draws any table with rows.
 */
export function checkSuggestion(tag: string, t: BuilderTable, attributes: Record<string, string>, fit: TextFit = DEFAULT_FIT): Feasible {
  if (t.records.length === 0) return no('The table has no rows to draw.', '表格没有可画的行。');
  const kind = widgetEntry(tag)?.builder.fit;
  return kind === undefined ? yes() : FITS[kind](t, attributes, fit);
}
