/**
 * The design tokens as plain colours, for drawings that cannot use CSS (the static SVG: WeChat
 * and email keep inline attributes only). The values mirror the light-dark() pairs in
 * ../styles.ts, ../palette.ts and the rise/fall convention; test/core/static/paint.test.ts holds
 * them equal to what the browser computes. In the page, `hostPaint` (../export/paint-from-host.ts) reads the
 * widget's own computed tokens instead, so a page's --dj-* overrides reach the export too.
 */
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

type Pair = readonly [light: string, dark: string];
const PAIRS = {
  bg: ['#ffffff', '#16181d'],
  fg: ['#1b1f24', '#e8eaed'],
  muted: ['#57606a', '#a8b0ba'],
  grid: ['#d8dee4', '#30363d'],
  axis: ['#6e7781', '#8b949e'],
  accent: ['#1f6feb', '#58a6ff'],
  highlight: ['#c2410c', '#fb923c'],
  onMark: ['#ffffff', '#0d1117'],
  errorFg: ['#a40e26', '#ffb3b8'],
  red: ['#cf222e', '#ff7b72'],
  green: ['#1a7f37', '#3fb950'],
} as const satisfies Record<string, Pair>;
const PALETTE: readonly Pair[] = [
  PAIRS.accent,
  ['#c2410c', '#fb923c'],
  ['#1a7f37', '#3fb950'],
  ['#8250df', '#bc8cff'],
  ['#bf3989', '#f778ba'],
  ['#0e7490', '#22d3ee'],
  ['#6e7781', '#a8b0ba'],
];

export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

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
    fontSize: 14,
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
