/** The words of the export menu and the long image, in both languages. */
import type { Locale } from '../i18n/locale.js';
import { EXPORT_LABEL } from './label.js';

export interface ExportMessages {
  /** The menu button. */
  export: string;
  /** Accessible name of the menu. */
  menu: string;
  png2x: string;
  pngWeChat: string;
  svg: string;
  working: string;
  /** After a PNG: its size in px and bytes. */
  savedPng: (width: number, height: number, bytes: number) => string;
  savedSvg: (chars: number) => string;
  /** The WeChat budget forced a smaller scale. */
  steppedDown: (width: number, limit: number) => string;
  /** Even the smallest scale stays over the budget. */
  overBudget: (bytes: number, limit: number) => string;
  failed: (reason: string) => string;
  /** Appended to the first title for the long image's file name. */
  longImage: string;
  noWidgets: string;
}

/** 1 MB as WeChat counts it is ambiguous (10^6 or 2^20): sizes are shown in the stricter unit. */
const kb = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1000))} KB`;

const zh: ExportMessages = {
  export: EXPORT_LABEL['zh-CN'],
  menu: '导出图表',
  png2x: 'PNG 图片（2 倍清晰度）',
  pngWeChat: 'PNG 图片（微信，1080 像素宽）',
  svg: 'SVG 矢量图',
  working: '正在导出…',
  savedPng: (w, h, b) => `已导出 PNG：${w} × ${h} 像素，${kb(b)}。`,
  savedSvg: (n) => `已导出 SVG：${n} 个字符。`,
  steppedDown: (w, limit) => `为控制在 ${kb(limit)} 以内，图片已缩小到 ${w} 像素宽。`,
  overBudget: (b, limit) => `图片为 ${kb(b)}，超过 ${kb(limit)}，上传微信前请压缩。`,
  failed: (r) => `导出失败：${r}`,
  longImage: '（长图）',
  noWidgets: '没有找到可导出的图表。',
};

const en: ExportMessages = {
  export: EXPORT_LABEL.en,
  menu: 'Export the chart',
  png2x: 'PNG image (2×)',
  pngWeChat: 'PNG for WeChat (1080 px wide)',
  svg: 'SVG vector image',
  working: 'Exporting…',
  savedPng: (w, h, b) => `PNG saved: ${w} × ${h} px, ${kb(b)}.`,
  savedSvg: (n) => `SVG saved: ${n.toLocaleString('en')} characters.`,
  steppedDown: (w, limit) => `Scaled down to ${w} px wide to stay under ${kb(limit)}.`,
  overBudget: (b, limit) => `The image is ${kb(b)}, over ${kb(limit)}: compress it before uploading to WeChat.`,
  failed: (r) => `Export failed: ${r}`,
  longImage: ' (long image)',
  noWidgets: 'No chart to export was found.',
};

export function exportMessages(locale: Locale): ExportMessages {
  return locale === 'zh-CN' ? zh : en;
}
