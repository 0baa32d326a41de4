/**
 * WCAG 2.x contrast of the editor's colours against the widget background: 3:1 for marks (bars,
 * lines, squares; WCAG 1.4.11), 4.5:1 for text in that colour (1.4.3). Only #hex and rgb() are
 * accepted — the same colours publish.ts will write into a page.
 */
import { FRAME_COLORS } from '../core/colors.js';

/** The widget background per theme: the `bg` token of the one colour table (core/colors.ts). */
export const BACKGROUNDS = { light: FRAME_COLORS.bg[0], dark: FRAME_COLORS.bg[1] } as const;

export interface ColorCheck {
  color: string;
  /** Contrast against the background (the lower of the two for theme 'auto'); NaN when invalid. */
  ratio: number;
  /** ≥ 3:1: enough for bars, lines and dots. */
  marks: boolean;
  /** ≥ 4.5:1: enough for text in that colour. */
  text: boolean;
  valid: boolean;
  /** Which background gave `ratio`. */
  against: 'light' | 'dark';
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const CHANNEL = String.raw`\s*(\d{1,3}(?:\.\d+)?%?)\s*`;
const RGB_COMMA = new RegExp(`^rgba?\\(${CHANNEL},${CHANNEL},${CHANNEL}(?:,\\s*(?:1|1\\.0+|100%)\\s*)?\\)$`, 'i');
const RGB_SPACE = new RegExp(`^rgba?\\(${CHANNEL}\\s${CHANNEL}\\s${CHANNEL}(?:/\\s*(?:1|1\\.0+|100%)\\s*)?\\)$`, 'i');

function channel(s: string): number | null {
  const v = s.endsWith('%') ? (Number(s.slice(0, -1)) * 255) / 100 : Number(s);
  return Number.isFinite(v) && v >= 0 && v <= 255 ? v : null;
}

/**
 * #rgb, #rrggbb, rgb(r, g, b), rgb(r g b) (channels 0–255 or %; an alpha only when fully opaque,
 * since a see-through colour has no single contrast) → [r, g, b]; null for anything else.
 */
export function parseColor(color: string): [number, number, number] | null {
  if (typeof color !== 'string') return null;
  const s = color.trim();
  if (HEX.test(s)) {
    const h = s.length === 4 ? [...s.slice(1)].map((c) => c + c).join('') : s.slice(1);
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const m = RGB_COMMA.exec(s) ?? RGB_SPACE.exec(s);
  if (!m) return null;
  const rgb = [m[1], m[2], m[3]].map((c) => channel(c ?? ''));
  return rgb.every((c) => c !== null) ? (rgb as [number, number, number]) : null;
}

/** Relative luminance (WCAG 2.x; the sRGB threshold 0.04045 as in the sRGB standard). */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1–21; NaN when either colour is invalid. */
export function contrastRatio(a: string, b: string): number {
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (!ca || !cb) return Number.NaN;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Each colour against the theme's background; 'auto' (the reader's scheme) must pass both. */
export function checkColors(colors: readonly string[], theme: 'light' | 'dark' | 'auto'): ColorCheck[] {
  const themes: Array<'light' | 'dark'> = theme === 'auto' ? ['light', 'dark'] : [theme];
  return colors.map((color) => {
    const ratios = themes.map((t) => ({ t, r: contrastRatio(color, BACKGROUNDS[t]) }));
    const worst = ratios.reduce((a, b) => (b.r < a.r ? b : a));
    const valid = Number.isFinite(worst.r);
    // Two decimals, rounded down: 2.996 must not show as "3.00" and pass.
    const ratio = valid ? Math.floor(worst.r * 100) / 100 : Number.NaN;
    return { color, ratio, marks: valid && worst.r >= 3, text: valid && worst.r >= 4.5, valid, against: worst.t };
  });
}
