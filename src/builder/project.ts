/**
 * The editor's work as a JSON file: saved, loaded again, validated strictly. A project file may
 * come from anywhere, so nothing in it is trusted: every field is type-checked, unknown keys,
 * widgets and attribute names are refused, and its strings are only ever set as text or attribute
 * values later (never parsed as HTML).
 */
import { parseColor } from './contrast.js';
import { chartedFigures, figuresToTable, figuresToTargets, type FigureRow } from './figures.js';
import { toHalfWidth } from '../core/format/numeral.js';
import { parseInput, type ParseOptions } from './parse.js';
import type { BuilderTable } from './types.js';
import { projectsFromText } from './projects.js';
import { checkFigures, checkOptions, fail, isSafeUrl, ProjectError, record, string } from './validate.js';
import { takesText, WIDGET_ATTRIBUTES, WIDGET_TAGS } from './widgets.js';

export { ProjectError } from './validate.js';
export { takesText, WIDGET_ATTRIBUTES, WIDGET_TAGS } from './widgets.js';

export interface Describe {
  heading: string;
  subtitle: string;
  notes: string;
  source: string;
  /** http(s) or relative; '' for none. */
  sourceUrl: string;
  credit: string;
  /** The unit attribute; '' = the data's own unit. */
  unit: string;
  locale: 'zh-CN' | 'en';
  theme: 'auto' | 'light' | 'dark';
  /** Accent first (--dj-accent), then palette overrides (--dj-palette-1 …); #hex or rgb(). */
  colors: string[];
  /** '' = the widget's generated summary. */
  summary: string;
  /** Decimals shown, fixed (8 → 8.0 with 1); null = as published. */
  decimals: number | null;
  decimalComma: boolean;
}

export interface Project {
  format: 'dj-widgets-project';
  version: 1;
  /** Custom element tag, one of WIDGET_TAGS. */
  widget: string;
  input: { text: string; options: ParseOptions };
  /** Paragraph mode: the figures as the editor confirmed them. */
  figures?: FigureRow[];
  /** Widget-specific attributes (mode, orientation …), names from WIDGET_ATTRIBUTES[widget]. */
  attributes: Record<string, string>;
  describe: Describe;
}

/** Defaults for a new project's description. */
export function defaultDescribe(locale: 'zh-CN' | 'en' = 'zh-CN'): Describe {
  return { heading: '', subtitle: '', notes: '', source: '', sourceUrl: '', credit: '', unit: '', locale, theme: 'auto', colors: [], summary: '', decimals: null, decimalComma: false };
}

/** Pretty JSON, keys in a fixed order (a saved file diffs cleanly). */
export function saveProject(p: Project): string {
  return `${JSON.stringify(loadProject(JSON.stringify(p)), null, 2)}\n`;
}

const DESCRIBE_KEYS = ['heading', 'subtitle', 'notes', 'source', 'sourceUrl', 'credit', 'unit', 'locale', 'theme', 'colors', 'summary', 'decimals', 'decimalComma'] as const;

function checkDescribe(v: unknown): Describe {
  const o = record(v, 'describe', DESCRIBE_KEYS);
  const d = defaultDescribe();
  for (const k of ['heading', 'subtitle', 'notes', 'source', 'sourceUrl', 'credit', 'unit', 'summary'] as const) {
    if (o[k] !== undefined) d[k] = string(o[k], `describe.${k}`);
  }
  if (d.sourceUrl !== '' && !isSafeUrl(d.sourceUrl)) {
    fail(`describe.sourceUrl must be an http(s) or relative link, not "${d.sourceUrl.slice(0, 40)}".`, `describe.sourceUrl 必须是 http(s) 或相对链接，而不是“${d.sourceUrl.slice(0, 40)}”。`);
  }
  if (o['locale'] !== undefined) {
    if (o['locale'] !== 'zh-CN' && o['locale'] !== 'en') fail('describe.locale must be "zh-CN" or "en".', 'describe.locale 必须是 "zh-CN" 或 "en"。');
    d.locale = o['locale'];
  }
  if (o['theme'] !== undefined) {
    if (o['theme'] !== 'auto' && o['theme'] !== 'light' && o['theme'] !== 'dark') fail('describe.theme must be "auto", "light" or "dark".', 'describe.theme 必须是 "auto"、"light" 或 "dark"。');
    d.theme = o['theme'];
  }
  if (o['colors'] !== undefined) {
    if (!Array.isArray(o['colors']) || o['colors'].length > 8) fail('describe.colors must be a list of at most 8 colours.', 'describe.colors 必须是最多 8 个颜色的列表。');
    d.colors = (o['colors'] as unknown[]).map((c, i) => {
      const s = string(c, `describe.colors[${i}]`);
      if (!parseColor(s)) fail(`describe.colors[${i}] "${s.slice(0, 40)}" is not a #hex or rgb() colour.`, `describe.colors[${i}]“${s.slice(0, 40)}”不是 #hex 或 rgb() 颜色。`);
      return s.trim();
    });
  }
  if (o['decimals'] !== undefined && o['decimals'] !== null) {
    const n = o['decimals'];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 10) fail('describe.decimals must be a whole number from 0 to 10, or null.', 'describe.decimals 必须是 0 到 10 的整数或 null。');
    d.decimals = n;
  }
  if (o['decimalComma'] !== undefined) {
    if (typeof o['decimalComma'] !== 'boolean') fail('describe.decimalComma must be true or false.', 'describe.decimalComma 必须是 true 或 false。');
    d.decimalComma = o['decimalComma'];
  }
  return d;
}

/** Parses and validates a project file; throws a ProjectError (message in English, `.zh` in Chinese). */
export function loadProject(json: string): Project {
  if (typeof json !== 'string') fail('A project file is JSON text.', '项目文件应为 JSON 文本。');
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new ProjectError(`This is not a project file: the JSON is invalid (${reason}).`, `这不是项目文件：JSON 格式有误（${reason}）。`);
  }
  const o = record(data, 'project', ['format', 'version', 'widget', 'input', 'figures', 'attributes', 'describe']);
  if (o['format'] !== 'dj-widgets-project') fail('This is not a dj-widgets project file (format is not "dj-widgets-project").', '这不是 dj-widgets 项目文件（format 不是 "dj-widgets-project"）。');
  if (o['version'] !== 1) fail(`Project version ${JSON.stringify(o['version'])} is not supported; this builder reads version 1.`, `不支持项目版本 ${JSON.stringify(o['version'])}；本编辑器读取第 1 版。`);
  const widget = string(o['widget'], 'widget');
  if (!WIDGET_TAGS.includes(widget)) fail(`Unknown widget "${widget.slice(0, 40)}"; known: ${WIDGET_TAGS.join(', ')}.`, `未知的组件“${widget.slice(0, 40)}”；可用：${WIDGET_TAGS.join('、')}。`);
  const input = record(o['input'], 'input', ['text', 'options']);
  const text = string(input['text'], 'input.text', 2_000_000);
  const options = checkOptions(input['options'] ?? {});
  const attrs = record(o['attributes'] ?? {}, 'attributes', null);
  const allowed = WIDGET_ATTRIBUTES[widget] ?? [];
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (!allowed.includes(name)) fail(`"${name.slice(0, 40)}" is not an attribute of ${widget}; allowed: ${allowed.join(', ')}.`, `“${name.slice(0, 40)}”不是 ${widget} 的属性；可用：${allowed.join('、')}。`);
    attributes[name] = string(value, `attributes.${name}`, 1000);
  }
  const project: Project = { format: 'dj-widgets-project', version: 1, widget, input: { text, options }, attributes, describe: checkDescribe(o['describe'] ?? {}) };
  if (o['figures'] !== undefined) project.figures = checkFigures(o['figures']);
  return project;
}

/**
 * The data the project's widget gets: confirmed figures as targets or label/value records, or
 * the pasted table's records. For dj-figures, the paragraphs of the text (its `.paragraphs`).
 */
export function projectData(p: Project): unknown[] {
  if (takesText(p.widget)) return p.input.text.split(/\n\s*\n|\r?\n/).map((s) => s.trim()).filter(Boolean);
  // The tracker reads projects and their stages from the words, not from the figures.
  if (p.widget === 'dj-project-tracker' && (p.figures || parseInput(p.input.text, p.input.options).kind === 'paragraph')) return projectsFromText(p.input.text);
  if (p.figures) return p.widget === 'dj-targets' ? figuresToTargets(p.figures) : figuresToTable(chartedFigures(p.figures, p.widget));
  const table = parseInput(p.input.text, p.input.options);
  // A line chart would read a text column as the key of a long table (one line per note):
  // notes and labels are not series, so they stay out of its data.
  // Its `series` names a long table's key column, so a wide table's lines are its number
  // columns: only those in the first column's unit (one axis, one unit).
  if (p.widget === 'dj-line-chart' && table.columns.some((c) => c.type === 'date')) {
    const unit = table.columns.find((c) => c.type === 'number')?.unit;
    const keep = new Set(table.columns.filter((c) => c.type === 'date' || (c.type === 'number' && c.unit === unit)).map((c) => c.name));
    return asWritten(table).map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => keep.has(k))));
  }
  return asWritten(table);
}

/**
 * The records, with a number whose written decimals a JS number drops ("426.10" → 426.1) given
 * as its digits as written: the element reads the string as the cell it was and shows the
 * published "426.10万TEU", as it does for the same table pasted into the page.
 */
function asWritten(table: BuilderTable): BuilderTable['records'] {
  const skipped = new Set(table.skipped.map((s) => s.row - 1));
  const kept = table.rows.filter((_, i) => !skipped.has(i));
  const at = new Map(table.allColumns.map((c, j) => [c.name, j]));
  return table.records.map((rec, k) => Object.fromEntries(Object.entries(rec).map(([name, v]) => {
    if (typeof v !== 'number') return [name, v];
    const written = /^[-+]?\d+\.\d*0$/.exec(toHalfWidth(kept[k]?.[at.get(name) ?? -1] ?? '').trim())?.[0];
    return [name, written !== undefined && Number(written) === v ? written : v];
  })));
}

/**
 * The unit of what is drawn, as the table writes it ("亿元"): the columns the widget's `series`
 * or `value` names, else every number column; '' when they differ (the suggestions then draw
 * one unit per chart) or have none.
 */
function dataUnit(p: Project): string {
  if (p.figures) {
    const units = new Set(chartedFigures(p.figures, p.widget).map((f) => f.unit));
    return units.size === 1 ? ([...units][0] ?? '') : '';
  }
  const units = new Set(drawnNumbers(p).map((c) => c.unit));
  return units.size === 1 ? ([...units][0] ?? '') : '';
}

/** The table's number columns the widget draws: those its `series` or `value` names, else every one. */
function drawnNumbers(p: Project): ReturnType<typeof parseInput>['columns'] {
  const numbers = parseInput(p.input.text, p.input.options).columns.filter((c) => c.type === 'number');
  const named = p.widget === 'dj-line-chart' ? [] : (p.attributes['series'] ?? p.attributes['value'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  // A line chart draws the first number column's unit (projectData leaves the others out).
  return named.length > 0 ? numbers.filter((c) => named.includes(c.name)) : p.widget === 'dj-line-chart' ? numbers.filter((c) => c.unit === numbers[0]?.unit) : numbers;
}

/** How many series the widget draws: one value column each; a paragraph's figures are one. */
export function drawnSeries(p: Project): number {
  return p.figures ? 1 : drawnNumbers(p).length;
}

/**
 * Every attribute the published element carries (frame, unit, lang, theme, widget options), in
 * a fixed order, values as plain strings; boolean attributes have the value ''. The preview
 * sets the same ones, so what is seen is what is published.
 */
export function widgetAttributes(p: Project): Record<string, string> {
  const d = p.describe;
  const out: Record<string, string> = { lang: d.locale };
  if (d.theme !== 'auto') out['theme'] = d.theme;
  if (takesText(p.widget)) return out;
  const text: Array<[string, string]> = [['heading', d.heading], ['subtitle', d.subtitle], ['notes', d.notes], ['source', d.source], ['credit', d.credit], ['summary', d.summary]];
  for (const [k, v] of text) if (v.trim() !== '') out[k] = v;
  if (d.sourceUrl !== '' && isSafeUrl(d.sourceUrl)) out['source-url'] = d.sourceUrl;
  // The data holds numbers as the table writes them (8900.44 in 亿元): the unit goes out as
  // written, so the widget reads 8900.44亿元. The editor's unit is for data that has none.
  const unit = dataUnit(p) || d.unit.trim();
  if (unit !== '') out['unit'] = unit;
  if (d.decimalComma) out['decimal-comma'] = '';
  // Every chart (a manifest entry with rows as input) takes `decimals` (core/base/inputs.ts);
  // the text widget does not. From the manifest, not from the elements registered on the page,
  // so a project published in Node writes what the builder page writes.
  if (d.decimals !== null) out['decimals'] = String(d.decimals);
  const allowed = WIDGET_ATTRIBUTES[p.widget] ?? [];
  // Rows the editor kept although they read as totals (合计, 全省) are in the records: the
  // widget, which leaves such rows out by default, must draw them too.
  const o = p.input.options;
  if (allowed.includes('keep-totals') && (o.totals === true || (o.keepRows?.length ?? 0) > 0)) out['keep-totals'] = '';
  for (const [k, v] of Object.entries(p.attributes)) if (allowed.includes(k)) out[k] = v;
  return out;
}
