/**
 * Export from the page: a widget's static drawing as SVG or PNG (2×, or WeChat's 1080 px under
 * 1 MB) in the colours the page gives it, and the long image of several widgets in one PNG.
 */
export { exportLongImage, longImage, type LongImageOptions, type LongImageResult } from './long-image.js';
export { PNG_2X, PNG_WECHAT, widgetPng, widgetSvg, type Exportable, type PngPreset } from './actions.js';
export { svgToPng, WECHAT_MAX_BYTES, type PngOptions, type PngResult } from './image.js';
export { hostPaint } from './paint-from-host.js';
export { MAX_CANVAS_PIXELS, planSegments, type SegmentPlan } from './segments.js';
