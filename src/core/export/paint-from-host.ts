/**
 * The colours and type a widget shows on the page, as the plain values a static SVG needs.
 *
 * `toSvg()` alone draws with the default tokens; a page that restyles its widgets
 * (`dj-bar-chart { --dj-accent: #c00 }`, a dark theme, its own font) expects its export to
 * look the same. The tokens are custom properties whose values may hold `light-dark()` and
 * `var()` chains, which only the browser can resolve: a hidden probe inside the widget's
 * shadow root inherits them, takes each as its `color`, and the computed colour is read back.
 * The probe can force a scheme, so a dark page can still export the light version.
 */
import { FONT_STACK, paintFor, type Paint } from '../static-svg/paint.js';
import { BASE_FONT_SIZE } from '../type-scale.js';
import { resolveLocale, type Locale } from '../i18n/locale.js';

type Theme = 'light' | 'dark';
type ColourKey = Exclude<keyof Paint, 'theme' | 'palette' | 'font' | 'fontSize'>;

/** `light-dark()` of a default, so the fallback follows the probe's scheme like the real token. */
function both(light: string, dark: string): string {
  return `light-dark(${light}, ${dark})`;
}

/** Each Paint colour as the CSS the widget's styles use, down to the default pair. */
function expressions(locale: Locale): { colours: Record<ColourKey, string>; palette: string[] } {
  const l = paintFor('light', locale);
  const d = paintFor('dark', locale);
  const token = (own: string, page: string, key: ColourKey): string => `var(${own}, var(${page}, ${both(l[key], d[key])}))`;
  const accent = token('--_accent', '--dj-accent', 'accent');
  // Targets and big number define --_red/--_green; elsewhere the defaults stand in.
  const red = `var(--_red, ${both(l.red, d.red)})`;
  const green = `var(--_green, ${both(l.green, d.green)})`;
  const colours: Record<ColourKey, string> = {
    bg: token('--_bg', '--dj-bg', 'bg'),
    fg: token('--_fg', '--dj-fg', 'fg'),
    muted: token('--_muted', '--dj-muted', 'muted'),
    grid: token('--_grid', '--dj-grid', 'grid'),
    axis: token('--_axis', '--dj-axis', 'axis'),
    accent,
    highlight: token('--_highlight', '--dj-highlight', 'highlight'),
    negative: `var(--_negative, var(--dj-negative, ${accent}))`,
    onMark: token('--_on-mark', '--dj-on-mark', 'onMark'),
    errorFg: token('--_error-fg', '--dj-error-fg', 'errorFg'),
    red,
    green,
    // --_rise/--_fall are set on an element inside the widget by locale; --dj-rise wins over both.
    rise: `var(--dj-rise, ${locale === 'zh-CN' ? red : green})`,
    fall: `var(--dj-fall, ${locale === 'zh-CN' ? green : red})`,
  };
  const palette = l.palette.map((c, i) => `var(--_c${i}, var(--dj-palette-${i}, ${i === 0 ? accent : both(c, d.palette[i] ?? c)}))`);
  return { colours, palette };
}

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

let pixel: CanvasRenderingContext2D | null | undefined;

/** Any computed colour (rgb(), or oklch()/color() kept in their own space) as sRGB bytes. */
function parse(value: string): Rgba {
  const m = /^rgba?\(([^)]*)\)$/.exec(value.trim());
  if (m) {
    const [r = 0, g = 0, b = 0, a = 1] = (m[1] ?? '').split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  }
  if (pixel === undefined) pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!pixel) return { r: 0, g: 0, b: 0, a: 1 };
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = value;
  pixel.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 255] = pixel.getImageData(0, 0, 1, 1).data;
  return { r, g, b, a: a / 255 };
}

const hex = (n: number): string => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, '0');

/** `#rrggbb`, or `rgba()` when see-through: both are SVG presentation values every renderer reads. */
function format({ r, g, b, a }: Rgba): string {
  return a >= 1 ? `#${hex(r)}${hex(g)}${hex(b)}` : `rgba(${Math.round(r)},${Math.round(g)},${Math.round(b)},${Math.round(a * 1000) / 1000})`;
}

/** `top` over `under` (both straight alpha). */
function over(top: Rgba, under: Rgba): Rgba {
  const a = top.a + under.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, u: number): number => (t * top.a + u * under.a * (1 - top.a)) / a;
  return { r: mix(top.r, under.r), g: mix(top.g, under.g), b: mix(top.b, under.b), a };
}

/**
 * What is really behind the widget when its own background is see-through
 * (`--dj-bg: transparent` on a tinted page): the ancestors' backgrounds, across shadow roots,
 * composited; the scheme's default at the end. An image has no page behind it.
 */
function behind(el: Element, top: Rgba, theme: Theme): Rgba {
  let colour = top;
  let node: Node | null = el.parentNode;
  while (node && colour.a < 1) {
    if (node instanceof Element) colour = over(colour, parse(getComputedStyle(node).backgroundColor));
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return colour.a < 1 ? over(colour, parse(paintFor(theme).bg)) : colour;
}

/**
 * The widget's tokens resolved to concrete values: what `toSvg({ paint })` needs for the export
 * to match the page. `theme` forces a scheme; by default, the one the widget shows.
 */
export function hostPaint(el: HTMLElement, theme?: Theme): Paint {
  const lang = resolveLocale(el);
  const root = el.shadowRoot ?? el;
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
  probe.style.setProperty('position', 'absolute');
  probe.style.setProperty('visibility', 'hidden');
  probe.style.setProperty('pointer-events', 'none');
  if (theme) probe.style.setProperty('color-scheme', theme);
  root.appendChild(probe);
  try {
    const cs = getComputedStyle(probe);
    const read = (expr: string): Rgba => {
      probe.style.setProperty('color', expr);
      return parse(cs.color);
    };
    const shown: Theme = theme ?? (read('light-dark(#000000, #ffffff)').r > 127 ? 'dark' : 'light');
    const { colours, palette } = expressions(lang);
    const base = paintFor(shown, lang);
    const out: Record<string, string> = {};
    for (const [key, expr] of Object.entries(colours)) out[key] = format(read(expr));
    const bg = read(colours.bg);
    out.bg = format(bg.a < 1 ? behind(el, bg, shown) : bg);
    // The default stack comes back re-quoted by the browser: kept as written when unchanged,
    // so a page without overrides exports exactly what `toSvg()` draws.
    probe.style.setProperty('font-family', FONT_STACK);
    const stack = cs.fontFamily;
    probe.style.setProperty('font-family', `var(--_font, var(--dj-font, ${FONT_STACK}))`);
    probe.style.setProperty('font-size', `var(--dj-font-size, ${BASE_FONT_SIZE}px)`);
    const font = cs.fontFamily === stack ? base.font : cs.fontFamily || base.font;
    const fontSize = parseFloat(cs.fontSize);
    return {
      ...base,
      ...(out as Record<ColourKey, string>),
      theme: shown,
      palette: palette.map((expr) => format(read(expr))),
      font,
      fontSize: Number.isFinite(fontSize) && fontSize > 0 ? fontSize : base.fontSize,
    };
  } finally {
    probe.remove();
  }
}
