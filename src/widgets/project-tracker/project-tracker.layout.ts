/**
 * The tracker's geometry: projects as rows, the pipeline of stages as columns. Pure. Each row is a
 * line of stage markers — done (a filled disc with a check), current (a larger ringed disc with
 * the article's words under it), to come (an empty circle) — so the state reads without colour.
 */
import { formatValue, type NumberStyle } from '../../core/format/number.js';
import type { Locale } from '../../core/i18n/locale.js';
import { truncate, wrapLines, type Measure } from '../../core/measure.js';
import { widestUnit } from '../../core/wrap.js';
import type { ProjectRow } from './project-tracker.data.js';
import { namesStage, type StageDef } from './project-tracker.stages.data.js';
import { typeScale } from '../../core/type-scale.js';
import { messages } from '../../core/i18n/messages.js';

export interface TrackerOptions {
  locale: Locale;
  font: string;
  measure: Measure;
  /** The widget's `decimals` and `notation`; unset: as published. */
  numberStyle?: NumberStyle | undefined;
}

export type StageState = 'done' | 'current' | 'todo';

export interface TextLine {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface RowMark {
  /** Row of the input. */
  index: number;
  pos: number;
  project: string;
  phase: string;
  stage: number;
  stageName: string;
  dots: Array<{ cx: number; cy: number; state: StageState }>;
  /** The line through the stages done, up to the current one. */
  progress: { x1: number; x2: number; y: number };
  track: { x1: number; x2: number; y: number };
  phaseLabel: TextLine | null;
  note: TextLine;
  hit: { x: number; y: number; width: number; height: number };
  aria: string;
}

export interface GroupMark {
  project: string;
  name: TextLine[];
  reported: TextLine | null;
  figures: TextLine[];
  rule: number;
}

export interface TrackerScene {
  width: number;
  height: number;
  lineHeight: number;
  narrow: boolean;
  headers: Array<{ x: number; lines: TextLine[] }>;
  rows: RowMark[];
  groups: GroupMark[];
  summary: string;
}


export function stageLabel(s: StageDef, locale: Locale): string {
  return locale === 'en' && s.en ? s.en : s.name;
}

export function figureText(f: ProjectRow['figures'][number], locale: Locale, style?: NumberStyle): string {
  const v = f.text ?? `${f.prefix}${formatValue(f.value, f.unit, locale, { published: f.published, style })}`;
  // "name：value" as the rest of the library writes it (targets: 目标：…): a deadline column's
  // name and its value ("计划完成" + "2025年") would otherwise run together as one phrase.
  return locale === 'zh-CN' ? `${f.label}：${v}` : `${f.label}: ${v}`;
}

/** "4 个项目：1 个已投产/投用，1 个处于装修……" — each project counted at its furthest phase. */
export function summarizeProjects(rows: readonly ProjectRow[], stages: readonly StageDef[], locale: Locale): string {
  const best = new Map<string, number>();
  for (const r of rows) best.set(r.project, Math.max(best.get(r.project) ?? -1, r.stage));
  const zh = locale === 'zh-CN';
  const counts = stages.map((_, i) => [...best.values()].filter((s) => s === i).length);
  const last = stages.length - 1;
  const parts: string[] = [];
  for (let i = last; i >= 0; i--) {
    const n = counts[i] ?? 0;
    if (!n) continue;
    const name = stageLabel(stages[i] as StageDef, locale);
    parts.push(zh ? (i === last ? `${n} 个已${name}` : `${n} 个处于${name}`) : i === last ? `${n} ${name.toLowerCase()}` : `${n} at ${name.toLowerCase()}`);
  }
  const n = best.size;
  return zh ? `${n} 个项目：${parts.join('，')}。` : `${n} ${n === 1 ? 'project' : 'projects'}: ${parts.join(', ')}.`;
}

/** An English page whose row's stage cell only names the stage in the library's Chinese words ("开工"): it says the label. */
function said(r: ProjectRow, stages: readonly StageDef[], locale: Locale): boolean {
  const s = stages[r.stage];
  return locale !== 'zh-CN' && !!s && namesStage(r.stageText, s);
}

function announce(r: ProjectRow, stages: readonly StageDef[], pos: number, count: number, locale: Locale, style: NumberStyle | undefined): string {
  const zh = locale === 'zh-CN';
  const stage = stageLabel(stages[r.stage] as StageDef, locale);
  const name = r.phase ? (zh ? `${r.project}${r.phase}` : `${r.project}, ${r.phase}`) : r.project;
  const t = messages(locale);
  const step = t.stepPosition(r.stage + 1, stages.length);
  const words = r.stageText && r.stageText !== stage && !said(r, stages, locale) ? (zh ? `（${r.stageText}）` : ` (${r.stageText})`) : '';
  const figs = r.figures.map((f) => figureText(f, locale, style)).join(zh ? '，' : ', ');
  return zh
    ? `${name}：${stage}${words}，${step}${r.reported ? `，${r.reported}` : ''}${figs ? `；${figs}` : ''}${t.aside(t.position(pos + 1, count))}`
    : `${name}: ${stage}${words}, ${step}${r.reported ? `, ${r.reported}` : ''}${figs ? `; ${figs}` : ''}${t.aside(t.position(pos + 1, count))}`;
}

export function layoutTracker(rows: readonly ProjectRow[], stages: readonly StageDef[], o: TrackerOptions, width: number): TrackerScene {
  const { font, measure, locale } = o;
  const lh = typeScale(font).lineHeight;
  const narrow = width < 560;
  const labelW = narrow ? 0 : Math.min(260, Math.round(width * 0.3));
  const left = narrow ? 0 : labelW + 16;
  const right = width;
  const step = (right - left) / Math.max(1, stages.length);
  const colX = stages.map((_, i) => left + step * (i + 0.5));
  // A stage name whose longest word does not fit its column (English on a phone: "Foundations")
  // takes more: the headers alternate between two levels, or three (eight stages at 320 px), each
  // label as wide as that many columns; an end one reaches from the edge to its same-level
  // neighbour as drawn ("operation" at 320 px).
  const names = stages.map((s) => stageLabel(s, locale));
  // A name with a slash always breaks after it ("投产/", "投用"): that half is its narrowest line.
  const unit = (n: string): number => Math.max(widestUnit(n, font, measure), ...(n.includes('/') ? [measure(n.slice(0, n.indexOf('/') + 1), font)] : []));
  const linesFor = (text: string, room: number): string[] => {
    const lines = wrapLines(text, room, font, measure, 2);
    // "基础施工" breaks as 基础/施工, not 基础施/工: halves, when both fit.
    const chars = [...text];
    const half = [chars.slice(0, Math.ceil(chars.length / 2)).join(''), chars.slice(Math.ceil(chars.length / 2)).join('')];
    const balanced = lines.length === 2 && !/\s/.test(text) && !text.includes('/') && half.every((h) => measure(h, font) <= room);
    const slash = text.indexOf('/');
    if (lines.length === 2 && slash > 0) return [text.slice(0, slash + 1), text.slice(slash + 1)];
    return balanced ? half : lines;
  };
  const last = names.length - 1;
  const roomFor = (levels: number, i: number): number => {
    if (levels === 1) return step - 4;
    if (i !== 0 && i !== last) return levels * step - 8;
    const j = i === 0 ? levels : last - levels;
    if (j <= 0 || j >= last) return ((levels + 1) / 2) * step - 4;
    const w = Math.max(0, ...linesFor(names[j] ?? '', levels * step - 8).map((l) => measure(l, font)));
    return (levels + 0.5) * step - w / 2 - 6;
  };
  const levels = names.length < 2 ? 1 : ([1, 2, 3].find((k) => names.every((n, i) => unit(n) <= roomFor(k, i))) ?? 3);
  const headerLines = names.map((text, i) => linesFor(text, roomFor(levels, i)));
  const levelLines = (level: number): number => Math.max(0, ...headerLines.filter((_, i) => i % levels === level).map((l) => l.length));
  // Each level below the ones above it.
  const levelY = (level: number): number => (level === 0 ? 0 : levelY(level - 1) + levelLines(level - 1) * lh + 2);
  const levelTop = (i: number): number => levelY(i % levels);
  const headerH = (levels === 1 ? Math.max(1, levelLines(0)) * lh : levelY(levels - 1) + levelLines(levels - 1) * lh) + 8;
  const headers = stages.map((_, i) => {
    const cx = colX[i] ?? 0;
    const lines = headerLines[i] ?? [];
    // A wide label at either end keeps inside the frame: anchored to the edge, not centred.
    const w = Math.max(0, ...lines.map((l) => measure(l, font)));
    const anchor: 'start' | 'middle' | 'end' = cx - w / 2 < 0 ? 'start' : cx + w / 2 > width ? 'end' : 'middle';
    const x = anchor === 'start' ? Math.max(0, cx - step / 2 + 2) : anchor === 'end' ? Math.min(width, cx + step / 2 - 2) : cx;
    return { x: cx, lines: lines.map((text, k) => ({ x, y: levelTop(i) + lh / 2 + k * lh, text, anchor })) };
  });
  // Rows of one project stay together, in the order the project first appears.
  const order: string[] = [];
  for (const r of rows) if (!order.includes(r.project)) order.push(r.project);
  const marks: RowMark[] = [];
  const groups: GroupMark[] = [];
  let y = headerH + 6;
  const count = rows.length;
  for (const project of order) {
    const members = rows.filter((r) => r.project === project);
    const top = y;
    // Names are bold: measured bold.
    const nameLines = wrapLines(project, narrow ? width : labelW, `700 ${font}`, measure, 2);
    const reportedRaw = members.find((m) => m.reported)?.reported ?? '';
    const name = nameLines.map((text, k) => ({ x: 0, y: top + lh / 2 + k * lh, text, anchor: 'start' as const }));
    const reported = reportedRaw ? { x: 0, y: top + lh / 2 + nameLines.length * lh, text: truncate(reportedRaw, narrow ? width : labelW, font, measure), anchor: 'start' as const } : null;
    const labelH = (nameLines.length + (reported ? 1 : 0)) * lh;
    let ry = narrow ? top + labelH + 4 : top;
    for (const r of members) {
      const phaseLabel = r.phase ? { x: left, y: ry + lh / 2, text: r.phase, anchor: 'start' as const } : null;
      const cy = ry + (phaseLabel ? lh : 0) + lh / 2;
      const cur = colX[r.stage] ?? left;
      // The article's words as published; a cell that only names the stage is the stage's label, in the page's language.
      const noteText = r.stageText && !said(r, stages, locale) ? r.stageText : stageLabel(stages[r.stage] as StageDef, locale);
      const noteW = measure(noteText, font);
      // The article's words under the current marker, kept inside the row: centred on it, else
      // starting or ending just past it — and where they are wider than that leaves room for, moved
      // along the row as far as they must, not cut: with eight stages on a phone, "二期三栋主体基本
      // 完工、内外装修" ending past 装修 lost "外装修" while the row had room for all of it.
      let anchor: 'start' | 'middle' | 'end' = cur - noteW / 2 < left ? 'start' : cur + noteW / 2 > right ? 'end' : 'middle';
      let nx = anchor === 'start' ? Math.max(left, cur - 8) : anchor === 'end' ? Math.min(right, cur + 8) : cur;
      let room = anchor === 'start' ? right - nx : anchor === 'end' ? nx - left : right - left;
      if (noteW > room) {
        anchor = 'start';
        nx = Math.max(left, Math.min(cur - noteW / 2, right - noteW));
        room = right - nx;
      }
      const rowH = (phaseLabel ? lh : 0) + lh * 2 + 10;
      marks.push({
        index: r.index,
        pos: marks.length,
        project,
        phase: r.phase,
        stage: r.stage,
        stageName: stageLabel(stages[r.stage] as StageDef, locale),
        dots: colX.map((cx, i) => ({ cx, cy, state: i < r.stage ? 'done' : i === r.stage ? 'current' : 'todo' })),
        progress: { x1: colX[0] ?? left, x2: cur, y: cy },
        track: { x1: colX[0] ?? left, x2: colX[colX.length - 1] ?? right, y: cy },
        phaseLabel,
        note: { x: nx, y: cy + lh + 2, text: truncate(noteText, room, font, measure), anchor },
        hit: { x: narrow ? 0 : left - 4, y: ry - 2, width: narrow ? width : right - left + 4, height: rowH },
        aria: announce(r, stages, marks.length, count, locale, o.numberStyle),
      });
      ry += rowH;
    }
    const figs = members.flatMap((m) => m.figures.map((f) => figureText(f, locale, o.numberStyle)));
    const unique = [...new Set(figs)];
    const figLines = unique.length ? wrapLines(unique.join(locale === 'zh-CN' ? ' · ' : ' · '), width, font, measure, 3) : [];
    const bodyBottom = Math.max(narrow ? ry : Math.max(ry, top + labelH), top + labelH);
    const figures = figLines.map((text, k) => ({ x: 0, y: bodyBottom + lh / 2 + k * lh, text, anchor: 'start' as const }));
    y = bodyBottom + figLines.length * lh + 10;
    groups.push({ project, name, reported, figures, rule: y - 5 });
  }
  return {
    width,
    height: Math.ceil(y),
    lineHeight: lh,
    narrow,
    headers,
    rows: marks,
    groups,
    summary: summarizeProjects(rows, stages, locale),
  };
}
