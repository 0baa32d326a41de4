/**
 * The export button's word, in its own module: the button (in every chart's first paint) and the
 * menu's messages (loaded on first use) both read it, and neither must wait for the other — in a
 * one-file build the messages are evaluated while the button's module is still being read.
 */
import type { Locale } from '../i18n/locale.js';

export const EXPORT_LABEL: Readonly<Record<Locale, string>> = { 'zh-CN': '导出', en: 'Export' };
