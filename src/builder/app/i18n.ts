/**
 * The builder's own words, zh-CN and en. Kept apart from the widgets' messages: these are for
 * editors, not readers, and are not in the library bundle.
 */
import { EN } from './i18n.en.js';
import { ZH, type Strings } from './i18n.zh.js';
import { WIDGETS } from '../../widgets/manifest.js';

export type { Strings };
export type UiLang = 'zh-CN' | 'en';

export function strings(lang: UiLang): Strings {
  return lang === 'en' ? EN : ZH;
}

/** Picks the side of a bilingual {en, zh} message the interface speaks. */
export function pick(lang: UiLang, m: { en: string; zh: string }): string {
  return lang === 'en' ? m.en : m.zh;
}

/** The widgets by tag, as editors call them (the manifest's `builder.label`). */
export const WIDGET_NAMES: Record<string, { zh: string; en: string }> = Object.fromEntries(WIDGETS.map((w) => [w.tag, w.builder.label]));

export function widgetName(tag: string, lang: UiLang): string {
  const n = WIDGET_NAMES[tag];
  return n ? pick(lang, n) : tag;
}
