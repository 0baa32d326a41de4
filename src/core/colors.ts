/**
 * The one colour-token table. Every default colour the library draws with is written here once,
 * as a [light, dark] pair; from it come both the CSS `light-dark()` tokens of every widget
 * (styles.ts, palette.ts, the rise/fall rules) and the plain colours of the static paint
 * (static/paint.ts: WeChat and email keep inline attributes only, so a static SVG cannot use
 * CSS). test/core/static-svg/paint.test.ts holds the two equal, token by token, in both schemes.
 *
 * Contrast (test/core/contrast.test.ts): text ≥ 4.5:1 and marks ≥ 3:1 on `bg`, in both schemes.
 * Plain data, no Lit: the static renderer and the builder import it on a server too.
 */

/** A token's [light, dark] colours. */
export type Pair = readonly [light: string, dark: string];

/**
 * The frame's tokens: each becomes `--_<name>` inside a widget, overridable by the page as
 * `--dj-<name>` (camelCase keys are written kebab-case: onMark → --dj-on-mark).
 */
export const FRAME_COLORS = {
  bg: ['#ffffff', '#16181d'],
  fg: ['#1b1f24', '#e8eaed'],
  muted: ['#57606a', '#a8b0ba'],
  grid: ['#d8dee4', '#30363d'],
  axis: ['#6e7781', '#8b949e'],
  accent: ['#1f6feb', '#58a6ff'],
  highlight: ['#c2410c', '#fb923c'],
  onMark: ['#ffffff', '#0d1117'],
  focus: ['#0b57d0', '#a8c7fa'],
  errorBg: ['#fff1f0', '#3b1618'],
  errorFg: ['#a40e26', '#ffb3b8'],
} as const satisfies Record<string, Pair>;

/**
 * The two colours of a change's direction. Which is rise and which is fall depends on the
 * reader's convention (red up in Chinese markets, green up in English), so the page overrides
 * `--dj-rise` / `--dj-fall`, not these.
 */
export const SIGN_COLORS = {
  red: ['#cf222e', '#ff7b72'],
  green: ['#1a7f37', '#3fb950'],
} as const satisfies Record<string, Pair>;

/**
 * The categorical palette, --_c0 … --_c6 (`--dj-palette-N` overrides one). The first is the
 * accent; every colour keeps 4.5:1 on `bg` in its scheme, so it may colour text too.
 */
export const PALETTE: readonly Pair[] = [
  FRAME_COLORS.accent,
  // The highlight's orange and the rise/fall green serve as categories too: one value each.
  FRAME_COLORS.highlight,
  SIGN_COLORS.green,
  ['#8250df', '#bc8cff'],
  ['#bf3989', '#f778ba'],
  ['#0e7490', '#22d3ee'],
  ['#6e7781', '#a8b0ba'],
];

/**
 * Widgets' own fills, CSS only (the static drawings tint with the paint instead): a target's
 * zone, and the pale-in-light, deep-in-dark backgrounds of the figures' highlights, which keep
 * body text on them well over 4.5:1 (test/widgets/figures/figures.test.ts measures it).
 */
export const WIDGET_COLORS = {
  targetZone: ['#dbe7fb', '#1d2f4d'],
  figureLevel: ['#e3edff', '#1b2c48'],
  figureGrowth: ['#dcf3e2', '#17331f'],
  figureShare: ['#fdebd6', '#3d2612'],
  figureProgress: ['#efe4fb', '#30224a'],
} as const satisfies Record<string, Pair>;

/** The font stack of `--_font` and the static paint: system UI first, then the CJK faces readers have. */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/** A table key as a CSS name: onMark → on-mark. */
export const cssName = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A pair as CSS: `light-dark(#ffffff, #16181d)`, resolved by the element's color-scheme. */
export const lightDark = ([light, dark]: Pair): string => `light-dark(${light}, ${dark})`;

/** `--_<name>: var(--dj-<name>, light-dark(…));` for each token of a table. */
export function tokenDeclarations(table: Readonly<Record<string, Pair>>, prefix = ''): string {
  return Object.entries(table)
    .map(([key, pair]) => `--_${cssName(key)}: var(--dj-${prefix}${cssName(key)}, ${lightDark(pair)});`)
    .join('\n');
}
