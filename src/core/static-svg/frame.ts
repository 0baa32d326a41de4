/**
 * The frame of a static SVG: background, title, subtitle, the widget's body, notes, source and
 * credit, all as SVG text (a static channel keeps no HTML), wrapped to the width. Sizes and
 * spacing follow the live frame (core/styles.ts), so the image reads like the widget.
 */
import type { Measure } from '../measure.js';
import { SLACK } from '../draw/metrics.js';
import { wrap } from '../wrap.js';
import type { SvgContext, SvgFrameText } from './context.js';
import { s, type SvgBody, type SvgNode } from './svg.js';

const PAD = 12;

/** Lines of at most `max` px, a word wider than a line broken by characters (a URL in a source line). */
export function wrapText(text: string, max: number, font: string, measure: Measure, maxLines: number): string[] {
  return wrap(text, max, font, measure, maxLines, { long: 'break' });
}

interface Style {
  size: number;
  lineHeight: number;
  weight?: number;
  fill: string;
  maxLines: number;
}

/** The whole drawing: an <svg> with a <title>, a <desc>, and everything inline. */
export function frameSvg(text: SvgFrameText, body: SvgBody, ctx: SvgContext): SvgNode {
  const { paint, width, measure, t } = ctx;
  const w = Math.max(1, Math.round(width));
  const base = paint.fontSize;
  const parts: SvgNode[] = [];
  let y = PAD;
  const add = (str: string, st: Style): boolean => {
    const font = `${st.weight ? `${st.weight} ` : ''}${st.size}px ${paint.font}`;
    const lines = wrapText(str, w * SLACK, font, measure, st.maxLines);
    lines.forEach((line, i) => {
      // Baseline a third of an em below the middle of the line box: where CSS puts it for these fonts.
      const baseline = y + i * st.lineHeight + st.lineHeight / 2 + st.size * 0.35;
      parts.push(s('text', { x: 0, y: baseline, 'font-size': st.size === base ? null : st.size, 'font-weight': st.weight, fill: st.fill }, line));
    });
    y += lines.length * st.lineHeight;
    return lines.length > 0;
  };
  const titleSize = Math.round(base * 1.15);
  // A little more room under the title than the page's 2 px: there, buttons and a legend's padding add some.
  if (add(text.title, { size: titleSize, lineHeight: Math.round(titleSize * 1.3), weight: 700, fill: paint.fg, maxLines: 6 })) y += 6;
  if (add(text.subtitle, { size: base, lineHeight: Math.round(base * 1.45), fill: paint.muted, maxLines: 6 })) y += 8;
  parts.push(s('g', { transform: `translate(0,${Math.round(y)})` }, body.node));
  y += body.height + 8;
  const small = Math.max(11, Math.round(base * 0.86));
  const foot: Style = { size: small, lineHeight: Math.round(small * 1.45), fill: paint.muted, maxLines: 12 };
  for (const line of [text.notes ? `${t.notes}${text.notes}` : '', text.source ? `${t.source}${text.source}` : '', text.credit]) {
    if (add(line, foot)) y += 2;
  }
  const height = Math.ceil(y + PAD);
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: w,
      height,
      viewBox: `0 0 ${w} ${height}`,
      role: 'img',
      lang: ctx.locale,
      'font-family': paint.font,
      'font-size': base,
      fill: paint.fg,
    },
    s('title', {}, text.title || text.summary),
    text.summary ? s('desc', {}, text.summary) : null,
    s('rect', { width: w, height, fill: paint.bg }),
    ...parts,
  );
}
