/**
 * The design tokens as plain colours, for drawings that cannot use CSS (the static SVG: WeChat
 * and email keep inline attributes only). The values come from the one colour table
 * (../colors.ts), which also writes the CSS light-dark() pairs; test/core/static-svg/paint.test.ts holds
 * them equal to what the browser computes. In the page, `hostPaint` (../export/paint-from-host.ts) reads the
 * widget's own computed tokens instead, so a page's --dj-* overrides reach the export too.
 */
import { FONT_STACK, FRAME_COLORS, PALETTE, SIGN_COLORS, type Pair } from '../colors.js';
import { BASE_FONT_SIZE } from '../type-scale.js';

export interface Paint {
  theme: 'light' | 'dark';
  bg: string;
  fg: string;
  muted: string;
  grid: string;
  axis: string;
  accent: string;
  highlight: string;
  negative: string;
  onMark: string;
  errorFg: string;
  /** Up is good/rising: red in zh-CN, green in en (set per locale by `paintFor`). */
  rise: string;
  fall: string;
  red: string;
  green: string;
  /** --_c0 … --_c6. */
  palette: string[];
  font: string;
  /** Base font size in px. */
  fontSize: number;
}

const PAIRS = { ...FRAME_COLORS, ...SIGN_COLORS };
export { FONT_STACK };

/** The default tokens of one scheme, with rise/fall for the locale's convention. */
export function paintFor(theme: 'light' | 'dark', locale: 'zh-CN' | 'en' = 'zh-CN'): Paint {
  const i = theme === 'dark' ? 1 : 0;
  const pick = (p: Pair): string => p[i];
  const red = pick(PAIRS.red);
  const green = pick(PAIRS.green);
  return {
    theme,
    bg: pick(PAIRS.bg),
    fg: pick(PAIRS.fg),
    muted: pick(PAIRS.muted),
    grid: pick(PAIRS.grid),
    axis: pick(PAIRS.axis),
    accent: pick(PAIRS.accent),
    highlight: pick(PAIRS.highlight),
    negative: pick(PAIRS.accent),
    onMark: pick(PAIRS.onMark),
    errorFg: pick(PAIRS.errorFg),
    red,
    green,
    rise: locale === 'zh-CN' ? red : green,
    fall: locale === 'zh-CN' ? green : red,
    palette: PALETTE.map(pick),
    font: FONT_STACK,
    fontSize: BASE_FONT_SIZE,
  };
}

/** The i-th categorical colour (series past the palette reuse it, as colorClass does). */
export function paletteColor(paint: Paint, i: number): string {
  return paint.palette[i % paint.palette.length] ?? paint.accent;
}

/** A widget's `theme` as the scheme to draw in: `auto` follows the reader's system where there is one (else light). */
export function schemeOf(theme: 'auto' | 'light' | 'dark'): 'light' | 'dark' {
  if (theme !== 'auto') return theme;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
