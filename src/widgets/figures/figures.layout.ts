/**
 * The pure half of <dj-figures>: paragraphs and the figures found in them → runs of plain text
 * and highlights, each highlight with its tooltip rows and its one-phrase announcement. No DOM.
 */
import { formatValue } from '../../core/format/number.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Comparator, Figure, FigureKind } from '../../extract/index.js';

/**
 * What stands between two paragraphs in the text handed to the extractor. A line break ends a
 * sentence there, so no figure, label or clause reaches across paragraphs.
 */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** The one text the extractor reads: `figures[i].figureStart` etc. index it. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

/** A stretch of a paragraph: plain text, or the text of highlight `index`. */
export type Run = { type: 'text'; text: string } | { type: 'figure'; text: string; index: number };

export interface TooltipRow {
  key: string;
  value: string;
}

export interface Highlight {
  /** Offsets in the joined text (end exclusive). */
  start: number;
  end: number;
  /** The figure as written: "1000亩以上". */
  text: string;
  /**
   * Indices into the figures of the records this highlight stands for, in reading order: one,
   * or several when spans overlap (an actual against its target and its share of it).
   */
  figures: number[];
  /** The kind of the first record; it colours the highlight. */
  kind: FigureKind;
  /** Tooltip heading: the label. */
  title: string;
  rows: TooltipRow[];
  /** The same as the tooltip, as one phrase for assistive technology. */
  aria: string;
}

export interface LegendEntry {
  kind: FigureKind;
  text: string;
  count: number;
}

export interface FiguresScene {
  paragraphs: Run[][];
  highlights: Highlight[];
  /** "识别出 13 个数字" / "13 figures found". */
  count: string;
  /** The kinds present, in a fixed order, with how many records of each. */
  legend: LegendEntry[];
  /** Names the group of highlights. */
  groupLabel: string;
  /** How to use the keyboard; referenced by aria-describedby. */
  hint: string;
  /** What a highlight is called when announced. */
  roleDescription: string;
}

interface Words {
  unnamed: string;
  keys: { value: string; comparator: string; kind: string; target: string; reached: string };
  comparator: Record<Comparator, string>;
  /** The value with its bound, as a sentence says it. */
  phrase: Record<Comparator, (v: string) => string>;
  kind: Record<FigureKind, string>;
  decline: string;
  count: (n: number) => string;
  groupLabel: string;
  hint: string;
  roleDescription: string;
  /** label + what is said about it. */
  join: (label: string, parts: string[]) => string;
  target: (v: string) => string;
  reached: (v: string) => string;
  range: (a: string, b: string) => string;
  /** Between the figure as written and what was read from it. */
  prefixSep: string;
}

const ZH: Words = {
  unnamed: '（未识别名称）',
  keys: { value: '数值', comparator: '比较', kind: '类型', target: '目标', reached: '完成比例' },
  comparator: { ge: '≥ 以上', gt: '> 突破', approx: '≈ 约', le: '≤ 以内', lt: '< 低于', eq: '= 等于' },
  phrase: { ge: (v) => `${v}以上`, gt: (v) => `突破${v}`, approx: (v) => `约${v}`, le: (v) => `${v}以内`, lt: (v) => `低于${v}`, eq: (v) => v },
  kind: { level: '水平', growth: '增长', share: '占比', progress: '进度' },
  decline: '下降',
  count: (n) => (n === 0 ? '未识别出数字' : `识别出 ${n} 个数字`),
  groupLabel: '文中数字',
  hint: '使用方向键在数字之间移动，按 Enter 选择，按 Esc 关闭提示。',
  roleDescription: '数字',
  join: (label, parts) => (label ? `${label}：${parts.join('，')}` : parts.join('，')),
  target: (v) => `目标${v}`,
  reached: (v) => `完成目标的${v}`,
  range: (a, b) => `${a}–${b}`,
  prefixSep: '，',
};

const EN: Words = {
  unnamed: '(no label found)',
  keys: { value: 'Value', comparator: 'Comparison', kind: 'Kind', target: 'Target', reached: 'Of target' },
  comparator: { ge: '≥ at least', gt: '> more than', approx: '≈ about', le: '≤ at most', lt: '< less than', eq: '= exactly' },
  // A plain number (eq) is said without a word: "exactly" would claim a precision the text does not.
  phrase: { ge: (v) => `at least ${v}`, gt: (v) => `more than ${v}`, approx: (v) => `about ${v}`, le: (v) => `at most ${v}`, lt: (v) => `less than ${v}`, eq: (v) => v },
  kind: { level: 'level', growth: 'growth', share: 'share', progress: 'progress' },
  decline: 'decline',
  count: (n) => (n === 0 ? 'No figures found' : n === 1 ? '1 figure found' : `${n} figures found`),
  groupLabel: 'Figures in the text',
  hint: 'Use the arrow keys to move between figures; Enter selects; Escape hides the tooltip.',
  roleDescription: 'figure',
  join: (label, parts) => (label ? `${label}: ${parts.join(', ')}` : parts.join(', ')),
  target: (v) => `target ${v}`,
  reached: (v) => `${v} of target`,
  range: (a, b) => `${a}–${b}`,
  prefixSep: ' — ',
};

function words(locale: Locale): Words {
  return locale === 'zh-CN' ? ZH : EN;
}

const KIND_ORDER: readonly FigureKind[] = ['level', 'growth', 'share', 'progress'];

/** The value as the reader's locale writes it, a range as "6%–8%". */
function valueText(f: Figure, locale: Locale): string {
  // As the article wrote it: "13657亿斤" stays 13657亿斤 ("1,365.7 billion jin"), never "1.37万亿斤".
  const v = formatValue(f.value, f.unit, locale, { published: f.published });
  return f.upper === undefined ? v : words(locale).range(v, formatValue(f.upper, f.unit, locale, { published: f.upperPublished }));
}

function kindText(f: Figure, w: Words): string {
  return f.kind === 'growth' && f.direction === 'down' ? w.decline : w.kind[f.kind];
}

/** The tooltip rows and announced phrase of one highlight's records. */
function describe(records: readonly Figure[], locale: Locale): Pick<Highlight, 'title' | 'rows' | 'aria'> {
  const w = words(locale);
  const [first, ...rest] = records;
  if (!first) return { title: w.unnamed, rows: [], aria: '' };
  const value = valueText(first, locale);
  const rows: TooltipRow[] = [
    { key: w.keys.value, value },
    { key: w.keys.comparator, value: w.comparator[first.comparator] },
    { key: w.keys.kind, value: kindText(first, w) },
  ];
  const parts = [w.phrase[first.comparator](value), kindText(first, w)];
  if (first.kind === 'progress' && first.target !== undefined) {
    const target = formatValue(first.target, first.unit, locale, { published: first.targetPublished });
    rows.push({ key: w.keys.target, value: target });
    parts.push(w.target(target));
  }
  for (const r of rest) {
    // The share that comes with a progress figure ("50亿元的102%") says how much of the target.
    if (first.kind === 'progress' && r.kind === 'share') {
      const reached = valueText(r, locale);
      rows.push({ key: w.keys.reached, value: reached });
      parts.push(w.reached(reached));
    } else {
      const other = w.join(r.label, [w.phrase[r.comparator](valueText(r, locale)), kindText(r, w)]);
      rows.push({ key: r.label || w.keys.value, value: `${w.phrase[r.comparator](valueText(r, locale))} · ${kindText(r, w)}` });
      parts.push(other);
    }
  }
  return { title: first.label || w.unnamed, rows, aria: w.join(first.label, parts) };
}

/**
 * Runs and highlights for `paragraphs`, given `figures` extracted from
 * `joinParagraphs(paragraphs)`. Figures whose spans overlap share one highlight; a span outside
 * the text, empty, or reaching past its paragraph is clipped to it (or dropped when empty).
 */
export function layoutFigures(paragraphs: readonly string[], figures: readonly Figure[], locale: Locale): FiguresScene {
  const w = words(locale);
  // Spans in reading order; overlapping ones merge into one group.
  const order = figures
    .map((f, i) => ({ i, start: f.figureStart, end: f.figureEnd }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  const groups: { start: number; end: number; members: number[] }[] = [];
  for (const s of order) {
    const last = groups[groups.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.members.push(s.i);
    } else {
      groups.push({ start: s.start, end: s.end, members: [s.i] });
    }
  }

  const highlights: Highlight[] = [];
  const runs: Run[][] = [];
  let offset = 0;
  let g = 0;
  for (const para of paragraphs) {
    const from = offset;
    const to = offset + para.length;
    const out: Run[] = [];
    let at = from;
    // Skip groups that end before this paragraph (they lay in a separator).
    while (g < groups.length && (groups[g]?.end ?? 0) <= from) g++;
    for (; g < groups.length; g++) {
      const group = groups[g];
      if (!group || group.start >= to) break;
      const start = Math.max(group.start, from, at);
      const end = Math.min(group.end, to);
      if (end <= start) continue;
      if (start > at) out.push({ type: 'text', text: para.slice(at - from, start - from) });
      const records = group.members.map((i) => figures[i]).filter((f): f is Figure => f !== undefined);
      const text = para.slice(start - from, end - from);
      out.push({ type: 'figure', text, index: highlights.length });
      const said = describe(records, locale);
      // The accessible name holds the words on screen (WCAG 2.5.3, label in name), so a reader who
      // says "click 1000亩以上" reaches it: prefixed whenever the locale's phrase does not say them.
      const aria = said.aria.replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ')) ? said.aria : `${text}${w.prefixSep}${said.aria}`;
      highlights.push({ start, end, text, figures: group.members, kind: records[0]?.kind ?? 'level', ...said, aria });
      at = end;
    }
    if (at < to) out.push({ type: 'text', text: para.slice(at - from) });
    runs.push(out);
    offset = to + PARAGRAPH_SEPARATOR.length;
  }

  const counts = new Map<FigureKind, number>();
  for (const f of figures) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  // Falls share the growth colour; the key says so rather than count "下降3.5%" as a 增长.
  const falls = figures.some((f) => f.kind === 'growth' && f.direction === 'down');
  const legend = KIND_ORDER.filter((k) => counts.has(k)).map((kind) => ({ kind, text: kind === 'growth' && falls ? `${w.kind.growth}/${w.decline}` : w.kind[kind], count: counts.get(kind) ?? 0 }));

  return {
    paragraphs: runs,
    highlights,
    count: w.count(figures.length),
    legend,
    groupLabel: w.groupLabel,
    hint: w.hint,
    roleDescription: w.roleDescription,
  };
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TooltipPlace {
  left: number;
  /** One of top/bottom, in px from the container's top or bottom edge. */
  top?: number;
  bottom?: number;
  maxWidth: number;
}

/**
 * Where the tooltip of a highlight goes, all in viewport pixels: above the highlight's first line
 * when there is room above it in the viewport, else below its last line; starting at its left
 * edge, moved left so that a tooltip of full width stays inside the container.
 */
export function placeTooltip(mark: Box, container: Box, options: { maxWidth?: number; gap?: number; roomAbove?: number } = {}): TooltipPlace {
  const { gap = 6, roomAbove = 110 } = options;
  const width = Math.max(0, container.right - container.left);
  const maxWidth = Math.min(options.maxWidth ?? 280, width);
  const left = Math.max(0, Math.min(mark.left - container.left, width - maxWidth));
  if (mark.top >= roomAbove) return { left, bottom: container.bottom - mark.top + gap, maxWidth };
  return { left, top: mark.bottom - container.top + gap, maxWidth };
}

/** The count line when more figures were found than are marked. */
function limitNote(locale: Locale, total: number, max: number): string {
  return locale === 'en'
    ? `${total.toLocaleString('en')} figures found; the first ${max.toLocaleString('en')} are marked`
    : `识别出 ${total.toLocaleString('zh-CN')} 个数字，标出前 ${max.toLocaleString('zh-CN')} 个`;
}

/** The scene with at most `max` highlights (the row limit); past it the count line says how many were found. */
export function layoutFiguresUpTo(paragraphs: readonly string[], figures: readonly Figure[], locale: Locale, max: number): FiguresScene {
  if (figures.length <= max) return layoutFigures(paragraphs, figures, locale);
  return { ...layoutFigures(paragraphs, figures.slice(0, max), locale), count: limitNote(locale, figures.length, max) };
}
