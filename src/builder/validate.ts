/** Strict checks for project files: each failure is a ProjectError in English and Chinese. */
import { COMPARATORS } from '../core/format/vocabulary.js';
import { publishedFromJson } from '../core/format/published.js';
import type { FigureRow } from './figures.js';
import type { ColumnChoice, InputKind, ParseOptions } from './types.js';
import { safeUrl } from '../core/url.js';

/** A project file the builder refuses; `message` is English, `zh` Chinese. */
export class ProjectError extends Error {
  readonly zh: string;
  constructor(en: string, zh: string) {
    super(en);
    this.name = 'ProjectError';
    this.zh = zh;
  }

  text(locale: 'zh-CN' | 'en'): string {
    return locale === 'zh-CN' ? this.zh : this.message;
  }
}

export function fail(en: string, zh: string): never {
  throw new ProjectError(en, zh);
}

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** A plain object with only the allowed keys (null = any key). */
export function record(v: unknown, where: string, keys: readonly string[] | null): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`${where} must be an object, not ${kindOf(v)}.`, `${where} 必须是对象，而不是 ${kindOf(v)}。`);
  const o = v as Record<string, unknown>;
  if (keys) {
    const extra = Object.keys(o).find((k) => !keys.includes(k));
    if (extra !== undefined) fail(`${where} has an unknown field "${extra.slice(0, 40)}".`, `${where} 含有未知字段“${extra.slice(0, 40)}”。`);
  }
  return o;
}

export function string(v: unknown, where: string, max = 10_000): string {
  if (typeof v !== 'string') fail(`${where} must be text, not ${kindOf(v)}.`, `${where} 必须是文本，而不是 ${kindOf(v)}。`);
  if (v.length > max) fail(`${where} is longer than ${max} characters.`, `${where} 超过 ${max} 个字符。`);
  return v;
}

function number(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${where} must be a number.`, `${where} 必须是数字。`);
  return v;
}

function oneOf<T extends string>(v: unknown, where: string, values: readonly T[]): T {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) fail(`${where} must be one of ${values.join(', ')}.`, `${where} 必须是 ${values.join('、')} 之一。`);
  return v as T;
}

/**
 * The library's one URL policy (core/url.ts) for code that goes into another page: http(s), or
 * relative and staying on whatever page it is pasted into; never javascript:, data:, `//host`
 * or a form the browser normalises into another host (`/\\evil.test`).
 */
export function isSafeUrl(url: string): boolean {
  return safeUrl(url, { page: null }) !== null;
}

const KINDS: readonly InputKind[] = ['tsv', 'csv', 'semicolon', 'json', 'paragraph'];

export function checkOptions(v: unknown): ParseOptions {
  const o = record(v, 'input.options', ['kind', 'header', 'transpose', 'decimal', 'dateOrder', 'year', 'totals', 'skipRows', 'keepRows', 'columns']);
  const out: ParseOptions = {};
  if (o['kind'] !== undefined) out.kind = oneOf(o['kind'], 'input.options.kind', KINDS);
  for (const k of ['header', 'transpose', 'totals'] as const) {
    if (o[k] === undefined) continue;
    if (typeof o[k] !== 'boolean') fail(`input.options.${k} must be true or false.`, `input.options.${k} 必须是 true 或 false。`);
    out[k] = o[k];
  }
  if (o['decimal'] !== undefined) out.decimal = oneOf(o['decimal'], 'input.options.decimal', ['.', ','] as const);
  if (o['dateOrder'] !== undefined) out.dateOrder = oneOf(o['dateOrder'], 'input.options.dateOrder', ['ymd', 'dmy', 'mdy'] as const);
  if (o['year'] !== undefined && o['year'] !== null) {
    const y = number(o['year'], 'input.options.year');
    if (!Number.isInteger(y) || y < 1000 || y > 2999) fail('input.options.year must be a year from 1000 to 2999.', 'input.options.year 必须是 1000 到 2999 之间的年份。');
    out.year = y;
  }
  for (const k of ['skipRows', 'keepRows'] as const) {
    if (o[k] === undefined) continue;
    const list = o[k];
    if (!Array.isArray(list) || list.length > 100_000 || !list.every((r) => Number.isInteger(r) && (r as number) >= 1)) fail(`input.options.${k} must be a list of row numbers.`, `input.options.${k} 必须是行号列表。`);
    out[k] = [...(list as number[])];
  }
  if (o['columns'] !== undefined) out.columns = checkColumns(o['columns']);
  return out;
}

/** The editor's column choices: by column name (own keys only), each type, unit or skip. */
function checkColumns(v: unknown): Record<string, ColumnChoice> {
  const o = record(v, 'input.options.columns', null);
  const out: Record<string, ColumnChoice> = Object.create(null) as Record<string, ColumnChoice>;
  const names = Object.keys(o);
  if (names.length > 1000) fail('input.options.columns names more than 1000 columns.', 'input.options.columns 超过 1000 列。');
  for (const name of names) {
    const w = `input.options.columns["${name.slice(0, 40)}"]`;
    const c = record(o[name], w, ['type', 'unit', 'skip']);
    const choice: ColumnChoice = {};
    if (c['type'] !== undefined) choice.type = oneOf(c['type'], `${w}.type`, ['number', 'date', 'text'] as const);
    if (c['unit'] !== undefined) choice.unit = string(c['unit'], `${w}.unit`, 20);
    if (c['skip'] !== undefined) {
      if (typeof c['skip'] !== 'boolean') fail(`${w}.skip must be true or false.`, `${w}.skip 必须是 true 或 false。`);
      choice.skip = c['skip'];
    }
    out[name] = choice;
  }
  return out;
}

const FIGURE_KEYS = ['id', 'label', 'value', 'unit', 'comparator', 'kind', 'quote', 'start', 'end', 'include', 'upper', 'target', 'direction', 'published'];

export function checkFigures(v: unknown): FigureRow[] {
  if (!Array.isArray(v) || v.length > 10_000) fail('figures must be a list of figures.', 'figures 必须是数字列表。');
  return (v as unknown[]).map((item, i) => {
    const w = `figures[${i}]`;
    const o = record(item, w, FIGURE_KEYS);
    const value = o['value'] === null ? null : number(o['value'], `${w}.value`);
    if (typeof o['include'] !== 'boolean') fail(`${w}.include must be true or false.`, `${w}.include 必须是 true 或 false。`);
    const start = number(o['start'], `${w}.start`);
    const end = number(o['end'], `${w}.end`);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) fail(`${w}.start and .end must be offsets with start ≤ end.`, `${w}.start 和 .end 必须是偏移量且 start ≤ end。`);
    const row: FigureRow = {
      id: string(o['id'], `${w}.id`, 100),
      label: string(o['label'], `${w}.label`, 1000),
      value,
      unit: string(o['unit'], `${w}.unit`, 100),
      comparator: oneOf(o['comparator'], `${w}.comparator`, COMPARATORS),
      kind: oneOf(o['kind'], `${w}.kind`, ['level', 'growth', 'share', 'progress']),
      quote: string(o['quote'], `${w}.quote`, 10_000),
      start,
      end,
      include: o['include'],
    };
    if (o['upper'] !== undefined) row.upper = number(o['upper'], `${w}.upper`);
    if (o['target'] !== undefined) row.target = number(o['target'], `${w}.target`);
    if (o['direction'] !== undefined) row.direction = oneOf(o['direction'], `${w}.direction`, ['up', 'down'] as const);
    if (o['published'] !== undefined) {
      const published = publishedFromJson(o['published']);
      if (!published) fail(`${w}.published must be { decimals, multiplier } as the extractor writes it.`, `${w}.published 必须是提取器写出的 { decimals, multiplier }。`);
      row.published = published;
    }
    return row;
  });
}
