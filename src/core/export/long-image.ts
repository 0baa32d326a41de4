/**
 * The "long image" of Weibo and WeChat: several widgets of a page (the article's targets board
 * and project tracker, say) stacked into one tall PNG, each in its static drawing at a phone's
 * width, with the page's colours.
 *
 * One PNG, whatever the height: the stack is cut into segments of at most 16 million pixels,
 * each drawn into its own canvas and streamed into one PNG (./segments.ts, ./png.ts), so no
 * canvas ever holds the whole image. Splitting into "part 1/2" files instead would break the
 * reading order on Weibo, and capping the height would drop widgets silently.
 */
import { DataError } from '../data/errors.js';
import { resolveLocale } from '../i18n/locale.js';
import { exportName, saveBlob, type Exportable } from './actions.js';
import { budgetScales, fontsReady, loadSvg, resizeSvg, svgSize, WECHAT_MAX_BYTES, type PngResult } from './image.js';
import { exportMessages } from './messages.js';
import { hostPaint } from './paint-from-host.js';
import { domCanvas, drawWithin, MAX_CANVAS_PIXELS, planSegments, type CanvasFactory, type SegmentPlan } from './segments.js';

export interface LongImageOptions {
  /** Width of the PNG in px (default 1080, WeChat's and Weibo's full width). */
  width?: number;
  /** Pixels per layout px (default 3: widgets are laid out at 1080 / 3 = 360 px, a phone's width). */
  scale?: number;
  /** Layout px between widgets (default 16; each widget's frame adds 12 above and below). */
  gap?: number;
  /** Layout px left and right of every widget (default 16). */
  margin?: number;
  /** Between and behind the widgets; default the first widget's background. */
  background?: string;
  /** Force a scheme; default each widget's own. */
  theme?: 'light' | 'dark';
  /** Byte budget (default 1 MB, WeChat's); the scale steps down to fit. `Infinity` for none. */
  maxBytes?: number;
  maxPixels?: number;
  createCanvas?: CanvasFactory;
}

/** As one widget's PNG (blob, size, scale asked and drawn, budget), with the segments' plan. */
export interface LongImageResult extends Omit<PngResult, 'segments'> {
  plan: SegmentPlan;
  /** The file name, from the first widget's title. */
  name: string;
}

function drawingOf(el: Exportable, width: number, theme: LongImageOptions['theme']): string {
  try {
    return el.toSvg({ width, paint: hostPaint(el, theme) });
  } catch (e) {
    const who = `<${el.localName}>${el.id ? `#${el.id}` : ''}`;
    if (e instanceof DataError) throw new DataError(`${who}: ${e.message}`, e.details, `${who}：${e.text('zh-CN')}`);
    throw e;
  }
}

export async function longImage(elements: Iterable<Exportable>, options: LongImageOptions = {}): Promise<LongImageResult> {
  const els = [...elements];
  if (els.length === 0) throw new DataError(exportMessages('en').noWidgets, { input: 'data' }, exportMessages('zh-CN').noWidgets);
  const { width = 1080, scale: requestedScale = 3, gap = 16, margin: mx = 16, maxBytes = WECHAT_MAX_BYTES, maxPixels = MAX_CANVAS_PIXELS, createCanvas } = options;
  if (!(Number.isInteger(width) && width > 0 && requestedScale > 0)) throw new RangeError(`longImage: width ${width} and scale ${requestedScale} must be positive`);
  // Layout px across the image; each widget is drawn `2 × mx` narrower, between the margins.
  const layout = Math.floor(width / requestedScale);
  const margin = { x: mx, y: 0 };
  await fontsReady();
  const svgs = els.map((el) => drawingOf(el, Math.max(120, layout - 2 * mx), options.theme));
  const sizes = svgs.map(svgSize);
  const background = options.background ?? hostPaint(els[0] as Exportable, options.theme).bg;
  const scales = Number.isFinite(maxBytes) ? budgetScales(requestedScale, Math.min(1, requestedScale)) : [requestedScale];
  let result: LongImageResult | undefined;
  for (const scale of scales) {
    // The width asked, exactly, at the scale asked; narrower (not blurrier) when the budget steps down.
    const w = scale === requestedScale ? width : Math.round(layout * scale);
    const heights = sizes.map((s) => Math.max(1, Math.round((s.height * w) / (s.width + 2 * mx))));
    const images = await Promise.all(svgs.map((svg, i) => loadSvg(resizeSvg(svg, w, heights[i] ?? 1, margin))));
    const plan = planSegments(heights, w, maxPixels, Math.round((gap * w) / layout));
    const parts = images.map((image, i) => ({ image, height: heights[i] ?? 1 }));
    const blob = await drawWithin(parts, plan, background, createCanvas ?? domCanvas, maxBytes);
    result = { blob, width: w, height: plan.height, scale: w / layout, requestedScale, overBudget: blob.size > maxBytes, plan, name: '' };
    if (!result.overBudget) break;
  }
  const locale = resolveLocale(els[0] as Exportable);
  return { ...(result as LongImageResult), name: exportName(svgs[0] ?? '', 'dj-widgets', 'png', exportMessages(locale).longImage) };
}

/**
 * The page's entry: `exportLongImage('#targets, #tracker')` (a selector, in document order) or
 * elements; draws the long image and saves it. Returns what was saved, for a status line.
 */
export async function exportLongImage(selectorOrElements: string | Iterable<Element>, options: LongImageOptions = {}): Promise<LongImageResult> {
  const found = typeof selectorOrElements === 'string' ? Array.from(document.querySelectorAll(selectorOrElements)) : [...selectorOrElements];
  const els = found.filter((el): el is Exportable => typeof (el as Partial<Exportable>).toSvg === 'function');
  const result = await longImage(els, options);
  saveBlob(result.blob, result.name);
  return result;
}
