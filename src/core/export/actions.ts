/**
 * What the export menu does for one widget: its static SVG in the page's colours, a PNG at a
 * preset, and the file saved under the widget's title.
 */
import { fileName } from '../data/export.js';
import type { ToSvgOptions } from '../scene.js';
import { fontsReady, svgToPng, WECHAT_MAX_BYTES, type PngOptions, type PngResult } from './image.js';
import { hostPaint } from './paint-from-host.js';

/** Any widget: every DjWidget has `toSvg`. */
export interface Exportable extends HTMLElement {
  toSvg(options?: ToSvgOptions): string;
  /** A fixed width, when the widget has one. */
  width?: number | null;
}

export interface PngPreset extends PngOptions {
  /** Width in px of the image before scaling, margin included; default the widget's width on the page. */
  width?: number;
}

/** Around a PNG: 16 px at the sides (the frame's own padding is only above and below). */
export const PNG_MARGIN = { x: 16, y: 4 };

/** Twice the widget's size on the page: sharp on every phone and retina screen. */
export const PNG_2X: PngPreset = { scale: 2, margin: PNG_MARGIN };

/**
 * WeChat: 1080 px wide and under 1 MB. Laid out at 360 px (a phone's width) and drawn at 3×, so
 * the text reads at its normal size where WeChat shows the image full width on a phone; a
 * 1080 px layout would shrink 14 px text to 5 px there.
 */
export const PNG_WECHAT: PngPreset = { width: 360, scale: 3, maxBytes: WECHAT_MAX_BYTES, margin: PNG_MARGIN };

/** The widget's width on the page: its fixed `width`, else its box (what `toSvg` lays out at). */
export function pageWidth(el: Exportable): number {
  return Math.floor(el.width ?? el.getBoundingClientRect().width) || 640;
}

/** The static drawing in the colours, font and scheme the widget shows on this page. */
export async function widgetSvg(el: Exportable, width?: number): Promise<string> {
  // Text is measured for the layout: with the page's fonts loaded, not the fallbacks.
  await fontsReady();
  return el.toSvg({ ...(width ? { width } : {}), paint: hostPaint(el) });
}

/** The PNG of a preset; `svg` is the drawing it was made from (its title names the file). */
export async function widgetPng(el: Exportable, preset: PngPreset = PNG_2X): Promise<PngResult & { svg: string }> {
  const { width = pageWidth(el), ...options } = preset;
  const margin = options.margin ?? { x: 0, y: 0 };
  await fontsReady();
  const paint = hostPaint(el);
  const svg = el.toSvg({ width: width - 2 * margin.x, paint });
  return { ...(await svgToPng(svg, { background: paint.bg, ...options })), svg };
}

/**
 * The title drawn in the SVG, for the file name. The frame writes the summary into <title> when
 * there is no title (and always into <desc>): a title equal to the desc is no title.
 */
export function svgTitle(svg: string): string {
  // Read from the text, not parsed: DOMParser.parseFromString is a Trusted Types sink that a
  // strict page (require-trusted-types-for 'script') refuses. The SVG is `toSvg`'s own output
  // (core/static-svg/svg.ts): <title> and <desc> are direct children of the root, their text escaped,
  // so no "<" can occur inside them.
  const root = /^<svg\b[^>]*>([\s\S]*)<\/svg>$/.exec(svg.trim())?.[1] ?? '';
  const child = (tag: string): string => unescapeXml(new RegExp(`^(?:<(?:title|desc)>[^<]*</(?:title|desc)>)*?<${tag}>([^<]*)</${tag}>`).exec(root)?.[1] ?? '').trim();
  const title = child('title');
  const desc = child('desc');
  return title === desc ? '' : title;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five XML entities and numeric references back to text (what escapeXml wrote). */
function unescapeXml(s: string): string {
  return s.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([\da-f]+));/gi, (m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return ENTITIES[name.toLowerCase()] ?? m;
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

export function exportName(svg: string, fallback: string, ext: string, suffix = ''): string {
  const title = svgTitle(svg);
  return fileName(title ? `${title}${suffix}` : `${fallback}${suffix}`, ext);
}

/** Saves a file the way the CSV download does: a temporary object URL and a download link. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
