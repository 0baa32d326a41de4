/**
 * <dj-figures> as a static SVG (WeChat, RSS, email, the PNG export): the paragraphs broken into
 * lines as the page would (Chinese between any two characters, other scripts at spaces, no
 * line starting with a closing mark, a figure never split), each line one <text>, and every
 * highlighted figure a tinted box with its kind's underline behind its words. Paragraphs without a
 * figure are left out, and so is whatever would pass the character budget, each time with a
 * line that says so.
 */
import { DataError } from '../../core/data/errors.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Measure } from '../../core/measure.js';
import { svgContext, type SvgContext } from '../../core/static-svg/context.js';
import { frameSvg } from '../../core/static-svg/frame.js';
import { paintFor, paletteColor, type Paint } from '../../core/static-svg/paint.js';
import { s, serializeSvg, type SvgNode } from '../../core/static-svg/svg.js';
import type { Figure, FigureKind } from '../../extract/index.js';
import { layoutFigures, type FiguresScene, type Run } from './figures.layout.js';
import { baseline, r1, SLACK } from '../../core/draw/metrics.js';

/** WeChat's limit on an article body, which an inline SVG counts against. */
const BUDGET = 20_000;
/** Room kept for the frame, the count line and the legend. */
const RESERVE = 2_500;

export interface FiguresSvgOptions {
  width: number;
  theme: 'light' | 'dark';
  paint?: Paint | undefined;
  measure?: Measure;
  /** The frame's text (title, subtitle, notes, source, credit), as the element shows it. */
  frame?: { title: string; subtitle: string; notes: string; source: string; credit: string };
}

/** The highlight's tint over the background: pale in light, deeper in dark, as figures.styles.ts has them. */
const tint = (paint: Paint): number => (paint.theme === 'dark' ? 0.2 : 0.14);

/** A highlight's underline: the kind's hue, as in figures.styles.ts. */
function lineColor(kind: FigureKind, paint: Paint): string {
  if (kind === 'growth') return paint.green;
  if (kind === 'share') return paint.highlight;
  if (kind === 'progress') return paletteColor(paint, 3);
  return paint.accent;
}

/** A piece of a line: plain text, or part of highlight `mark`. */
interface Seg {
  text: string;
  mark: number;
}

/**
 * A space run, a word of a script that spaces its words (decimals and thousands kept whole:
 * "4.1", "8,000"), or any other single character (each Chinese character may end a line).
 */
const TOKEN = /\s+|(?:(?![\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f])[\p{L}\p{N}\p{M}])+(?:[.,:'’-](?:(?![\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f])[\p{L}\p{N}\p{M}])+)*|./gsu;
/** May not start a line: it joins the unit before it. */
const CLOSING = /^[，。、；：？！）」』》〉】”’…·%％,.;:!?)\]}]$/u;
/** May not end a line: it joins the unit after it. */
const OPENING = /^[（「『《〈【“‘([{]$/u;

/**
 * The paragraph as units a line may break between: each Chinese character, each word of other
 * scripts, each space, each figure whole; a closing mark joins the unit before it, an opening
 * mark the unit after it.
 */
function units(runs: readonly Run[]): Seg[][] {
  const out: Seg[][] = [];
  let glue = false;
  const push = (seg: Seg, closing: boolean): void => {
    const last = out[out.length - 1];
    if (last && (glue || closing)) last.push(seg);
    else out.push([seg]);
    glue = false;
  };
  for (const run of runs) {
    if (run.type === 'figure') {
      push({ text: run.text, mark: run.index }, false);
      continue;
    }
    for (const token of run.text.match(TOKEN) ?? []) {
      if (/^\s+$/.test(token)) {
        out.push([{ text: ' ', mark: -1 }]);
        glue = false;
      } else if (OPENING.test(token)) {
        push({ text: token, mark: -1 }, false);
        glue = true;
      } else {
        push({ text: token, mark: -1 }, CLOSING.test(token));
      }
    }
  }
  return out;
}

const textOf = (segs: readonly Seg[]): string => segs.map((g) => g.text).join('');

/** Greedy lines of at most `max` px; a unit wider than a line (a very long figure) breaks by character. */
function breakLines(runs: readonly Run[], max: number, font: string, measure: Measure): Seg[][] {
  const lines: Seg[][] = [];
  let line: Seg[] = [];
  const add = (unit: Seg[]): void => {
    if (line.length && measure(textOf([...line, ...unit]).trimEnd(), font) > max) {
      lines.push(line);
      line = textOf(unit).trim() ? unit : [];
      return;
    }
    if (!line.length && !textOf(unit).trim()) return;
    line = [...line, ...unit];
  };
  for (const unit of units(runs)) {
    if (measure(textOf(unit), font) <= max) add(unit);
    else for (const seg of unit) for (const ch of seg.text) add([{ text: ch, mark: seg.mark }]);
  }
  if (line.length) lines.push(line);
  // Trailing spaces take no room at a line's end.
  return lines.map((l) => {
    const last = l[l.length - 1];
    return last && last.mark < 0 && !last.text.trim() ? l.slice(0, -1) : l;
  });
}

interface Drawn {
  nodes: SvgNode[];
  height: number;
}

/** One paragraph: per line a <text>, and per highlight a <g> of its boxes under the text. */
function paragraph(runs: readonly Run[], scene: FiguresScene, y0: number, ctx: SvgContext, size: number): Drawn {
  const { paint, measure, width } = ctx;
  const font = `${size}px ${paint.font}`;
  const lh = size * 1.85;
  const boxes = new Map<number, { color: string; rects: SvgNode[] }>();
  const texts: SvgNode[] = [];
  breakLines(runs, width * SLACK, font, measure).forEach((segs, i) => {
    const top = y0 + i * lh;
    const base = baseline(top + lh / 2, size);
    let x = 0;
    let before = '';
    for (const seg of segs) {
      const w = measure(before + seg.text, font) - x;
      const h = scene.highlights[seg.mark];
      if (h) {
        const list = boxes.get(seg.mark) ?? { color: lineColor(h.kind, paint), rects: [] };
        const bx = r1(x - 1);
        list.rects.push(
          s('rect', { x: bx, y: r1(base - size * 1.05), width: r1(w + 2), height: r1(size * 1.35), opacity: tint(paint) }),
          s('rect', { x: bx, y: r1(base + size * 0.3 - 2), width: r1(w + 2), height: 2 }),
        );
        boxes.set(seg.mark, list);
      }
      before += seg.text;
      x += w;
    }
    texts.push(s('text', { x: 0, y: base }, before));
  });
  const lines = texts.length;
  return { nodes: [...[...boxes.values()].map((b) => s('g', { fill: b.color }, b.rects)), ...texts], height: lines * lh };
}

/** Count line and legend, flowing like the element's wrapping meta row. */
function meta(scene: FiguresScene, y0: number, ctx: SvgContext): Drawn {
  const { paint, measure, width } = ctx;
  const size = 13;
  const font = `${size}px ${paint.font}`;
  const lh = 20;
  const nodes: SvgNode[] = [];
  let x = 0;
  let y = y0;
  const place = (w: number, gap: number): number => {
    if (x > 0 && x + w > width) {
      x = 0;
      y += lh;
    }
    const at = x;
    x += w + gap;
    return at;
  };
  const base = (): number => baseline(y + lh / 2, size);
  const count = scene.count;
  const cx = place(measure(count, font), 16);
  nodes.push(s('text', { x: r1(cx), y: base() }, count));
  for (const l of scene.legend) {
    const label = `${l.text} ${l.count}`;
    const sw = 12;
    const at = place(sw + 4 + measure(label, font), 12);
    const color = lineColor(l.kind, paint);
    const top = y + (lh - sw) / 2;
    nodes.push(
      s('rect', { x: r1(at), y: r1(top), width: sw, height: sw, fill: color, opacity: tint(paint) }),
      s('rect', { x: r1(at), y: r1(top + sw - 2), width: sw, height: 2, fill: color }),
      s('text', { x: r1(at + sw + 4), y: base() }, label),
    );
  }
  return { nodes: [s('g', { fill: paint.muted, 'font-size': size }, nodes)], height: y + lh - y0 };
}

function note(text: string, y: number, ctx: SvgContext, size: number): Drawn {
  const lh = size * 1.85;
  return { nodes: [s('text', { x: 0, y: baseline(y + lh / 2, size), fill: ctx.paint.muted }, text)], height: lh };
}

/**
 * The whole drawing. `figures` are `extractFigures(joinParagraphs(paragraphs))`, as the element
 * holds them. Throws a DataError when there is no text.
 */
export function figuresSvg(paragraphs: readonly string[], figures: readonly Figure[], locale: Locale, options: FiguresSvgOptions): string {
  if (!paragraphs.some((p) => p.trim())) throw new DataError('There is no text to draw.', { input: 'data' }, '没有可绘制的文字。');
  const width = Math.max(120, Math.floor(options.width));
  const paint = options.paint ?? paintFor(options.theme, locale);
  const ctx = svgContext(width, locale, paint, options.measure);
  const scene = layoutFigures(paragraphs, figures, locale);
  const zh = locale === 'zh-CN';
  const size = r1(paint.fontSize * 1.125);
  const gap = r1(size * 0.8);
  const body: SvgNode[] = [];
  let y = 0;
  let used = 0;
  let skipped = 0;
  const flushSkipped = (): void => {
    if (!skipped) return;
    const d = note(zh ? `……（略去 ${skipped} 段没有数字的文字）` : `… (${skipped} paragraph${skipped === 1 ? '' : 's'} without figures left out)`, y, ctx, size);
    body.push(...d.nodes);
    y += d.height + gap;
    skipped = 0;
  };
  for (const [i, runs] of scene.paragraphs.entries()) {
    if (!runs.some((r) => r.type === 'figure')) {
      skipped++;
      continue;
    }
    flushSkipped();
    const drawn = paragraph(runs, scene, y, ctx, size);
    const cost = drawn.nodes.reduce((n, node) => n + serializeSvg(node).length, 0);
    if (used + cost > BUDGET - RESERVE && used > 0) {
      const rest = scene.paragraphs.length - i;
      const d = note(zh ? `……（以下 ${rest} 段从略）` : `… (${rest} more paragraph${rest === 1 ? '' : 's'} not shown)`, y, ctx, size);
      body.push(...d.nodes);
      y += d.height + gap;
      break;
    }
    used += cost;
    body.push(...drawn.nodes);
    y += drawn.height + gap;
  }
  flushSkipped();
  const m = meta(scene, y, ctx);
  body.push(...m.nodes);
  y += m.height;
  const node = s('g', { fill: paint.fg, 'font-size': size }, body);
  const summary = scene.legend.length ? `${scene.count}${zh ? '：' : ': '}${scene.legend.map((l) => `${l.text} ${l.count}`).join(zh ? '，' : ', ')}` : scene.count;
  const text = { title: '', subtitle: '', notes: '', source: '', credit: '', ...options.frame, summary };
  return serializeSvg(frameSvg(text, { node, height: Math.ceil(y) }, ctx));
}
