/**
 * `toSvg` for a chart: the scene at the asked width, drawn by the widget's `renderSvg` inside
 * the frame's title, notes and source, in the asked (or the page's) colours, serialised to one
 * self-contained SVG document. With the export menu this is the export seam (export-seam.ts):
 * the element calls it through a narrow interface, so it can be loaded when first used.
 */
import { capSummary } from '../a11y/summary-cap.js';
import type { Locale } from '../i18n/locale.js';
import { pageScheme } from '../page-scheme.js';
import type { ToSvgOptions, WidgetScene } from '../scene.js';
import { svgContext, type SvgContext } from '../static-svg/context.js';
import { frameSvg } from '../static-svg/frame.js';
import { paintFor, schemeOf } from '../static-svg/paint.js';
import { serializeSvg, type SvgBody } from '../static-svg/svg.js';

/** What a chart hands to `drawSvg`: nothing of the element but these. */
export interface SvgSource<S extends WidgetScene> {
  element: Element;
  locale: Locale;
  theme: 'auto' | 'light' | 'dark';
  /** The width the chart is laid out at now (0 while hidden). */
  chartWidth: number;
  /** The scene at `width`, and the caption of the data; throws the DataError the widget shows. */
  scene(width: number): { scene: S; caption: string };
  /** The widget's body drawing of a scene. */
  draw(scene: S, ctx: SvgContext): SvgBody;
  frame: { title: string; subtitle: string; notes: string; source: string; credit: string; summary: string | null };
}

export function drawSvg<S extends WidgetScene>(src: SvgSource<S>, options: ToSvgOptions = {}): string {
  const width = Math.max(120, Math.floor(options.width ?? (src.chartWidth || 640)));
  const paint = options.paint ?? paintFor(options.theme ?? (src.theme === 'auto' && src.element.isConnected ? (pageScheme(src.element) ?? schemeOf('auto')) : schemeOf(src.theme)), src.locale);
  const { scene, caption } = src.scene(width);
  const ctx = svgContext(width, src.locale, paint);
  const body = src.draw(scene, ctx);
  const f = src.frame;
  const text = {
    title: f.title || caption,
    subtitle: f.subtitle,
    notes: f.notes,
    source: f.source,
    credit: f.credit,
    summary: f.summary ?? capSummary(scene.summary, src.locale),
  };
  return serializeSvg(frameSvg(text, body, ctx));
}
