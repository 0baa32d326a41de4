/**
 * A static SVG (from `toSvg`) to a PNG at a scale, in the page: the SVG becomes an image
 * (a blob: URL, or a data: URL where a policy allows only that), the image is drawn onto a
 * canvas and encoded. The SVG holds nothing from outside (no links, no font files, no
 * foreignObject), so the canvas is never tainted. Taller than one canvas may be, it is drawn in
 * segments (./segments.ts). With a byte budget (WeChat: under 1 MB), the compact encoder is
 * tried first, then the scale steps down until the file fits, and the result says so.
 *
 * Fonts: an SVG drawn as an image sees the fonts installed on the device, not a web font the
 * page loaded with @font-face; with `--dj-font` set to a web font, the PNG falls back along the
 * stack (the SVG file itself, opened in the page, keeps it).
 */
import { replaceLoneSurrogates } from '../escape.js';
import { DataError } from '../data/errors.js';
import { domCanvas, drawWithin, MAX_CANVAS_PIXELS, planSegments, type CanvasFactory } from './segments.js';

/** WeChat Official Account images: under 1 MB (the stricter reading: 10⁶ bytes). */
export const WECHAT_MAX_BYTES = 1_000_000;

export interface PngOptions {
  /** Pixels per SVG px (default 2). */
  scale?: number;
  /** A byte budget: the scale steps down (by 0.5, to `minScale`) until the file fits. */
  maxBytes?: number;
  /** The smallest scale the budget may step down to (default 1). */
  minScale?: number;
  /**
   * Room around the drawing, in SVG px (default none). The frame's text starts at x = 0, right
   * for a page column, cramped for an image posted on its own.
   */
  margin?: Margin;
  /** Fills the margin (and anything the drawing leaves see-through); default white. */
  background?: string;
  /** Largest canvas (default 16 million px); taller images are drawn in segments. */
  maxPixels?: number;
  createCanvas?: CanvasFactory;
}

export interface Margin {
  x: number;
  y: number;
}

export interface PngResult {
  blob: Blob;
  width: number;
  height: number;
  /** The scale drawn at: lower than the one asked when the budget stepped it down. */
  scale: number;
  requestedScale: number;
  /** Still over `maxBytes` at `minScale`. */
  overBudget: boolean;
  /** Canvases drawn (1 unless the image was too tall for one). */
  segments: number;
}

/** Waits for the page's fonts, so text is measured (and drawn) with the fonts it will have. */
export async function fontsReady(): Promise<void> {
  if (typeof document !== 'undefined' && 'fonts' in document) await document.fonts.ready;
}

const ROOT = /^<svg\b[^>]*>/;

/** The size of a `toSvg` drawing, from its root's width and height. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = ROOT.exec(svg)?.[0] ?? '';
  const attr = (name: string): number => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? NaN);
  const width = attr('width');
  const height = attr('height');
  if (!(width > 0 && height > 0)) throw new Error('Not a static drawing: the <svg> has no width and height.');
  return { width, height };
}

/**
 * The same drawing at another pixel size, with a margin: the viewBox keeps the coordinates (and
 * widens by the margin), so text and marks are rasterised as vectors at the new size (crisp at
 * 2× or 3×), not scaled up afterwards. Only for drawing: the SVG file is saved as `toSvg` wrote it.
 */
export function resizeSvg(svg: string, width: number, height: number, margin: Margin = { x: 0, y: 0 }): string {
  const size = svgSize(svg);
  const box = `${-margin.x} ${-margin.y} ${size.width + 2 * margin.x} ${size.height + 2 * margin.y}`;
  return svg.replace(ROOT, (root) =>
    root
      .replace(/\swidth="[^"]*"/, ` width="${width}"`)
      .replace(/\sheight="[^"]*"/, ` height="${height}"`)
      .replace(/\sviewBox="[^"]*"/, ` viewBox="${box}"`)
      .replace(/^<svg\b/, '<svg preserveAspectRatio="none"'),
  );
}

export class ExportBlockedError extends DataError {
  constructor() {
    super(
      "The page's security policy (CSP img-src) allows no blob: or data: images, so no PNG can be drawn; SVG export still works.",
      { input: 'data' },
      '页面的安全策略（CSP 的 img-src）不允许 blob: 或 data: 图片，无法生成 PNG；SVG 导出不受影响。',
    );
  }
}

async function tryLoad(url: string): Promise<HTMLImageElement | null> {
  const img = new Image();
  img.decoding = 'async';
  img.src = url;
  try {
    await img.decode();
    return img;
  } catch {
    return null;
  }
}

/** The SVG as a decoded image: blob: first (no size limit), data: where only that is allowed. */
export async function loadSvg(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = (await tryLoad(url)) ?? (await tryLoad(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(replaceLoneSurrogates(svg))}`));
    if (!img) throw new ExportBlockedError();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

interface Raster {
  maxBytes: number;
  margin: Margin;
  background: string;
  maxPixels: number;
  createCanvas: CanvasFactory;
}

/** One drawing at one scale: one canvas when it fits, segments when not. */
async function rasterize(svg: string, scale: number, { maxBytes, margin, background, maxPixels, createCanvas }: Raster) {
  const size = svgSize(svg);
  const width = Math.max(1, Math.round((size.width + 2 * margin.x) * scale));
  const height = Math.max(1, Math.round((size.height + 2 * margin.y) * scale));
  const image = await loadSvg(resizeSvg(svg, width, height, margin));
  const plan = planSegments([height], width, maxPixels);
  const blob = await drawWithin([{ image, height }], plan, background, createCanvas, maxBytes);
  return { blob, width, height, segments: plan.segments.length };
}

/** The scales tried under a byte budget: the one asked, then down by 0.5 to `min`. */
export function budgetScales(scale: number, min: number): number[] {
  const out = [scale];
  for (let s = Math.ceil(scale * 2 - 1) / 2; s >= min - 1e-9; s -= 0.5) if (s < scale) out.push(Math.round(s * 2) / 2);
  return out;
}

export async function svgToPng(svg: string, options: PngOptions = {}): Promise<PngResult> {
  const requestedScale = options.scale ?? 2;
  if (!(requestedScale > 0)) throw new RangeError(`svgToPng: scale ${requestedScale} is not positive`);
  const { maxBytes, margin = { x: 0, y: 0 }, background = '#ffffff', maxPixels = MAX_CANVAS_PIXELS, createCanvas = domCanvas } = options;
  await fontsReady();
  const scales = maxBytes ? budgetScales(requestedScale, Math.min(requestedScale, options.minScale ?? 1)) : [requestedScale];
  let last: PngResult | undefined;
  for (const scale of scales) {
    const r = await rasterize(svg, scale, { maxBytes: maxBytes ?? Infinity, margin, background, maxPixels, createCanvas });
    last = { ...r, scale, requestedScale, overBudget: maxBytes !== undefined && r.blob.size > maxBytes };
    if (!last.overBudget) break;
  }
  return last as PngResult;
}
