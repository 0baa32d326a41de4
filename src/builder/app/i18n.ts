/**
 * The builder's own words, zh-CN and en. Kept apart from the widgets' messages: these are for
 * editors, not readers, and are not in the library bundle.
 */
import { EN } from './i18n.en.js';
import { ZH, type Strings } from './i18n.zh.js';

export type { Strings };
export type UiLang = 'zh-CN' | 'en';

export function strings(lang: UiLang): Strings {
  return lang === 'en' ? EN : ZH;
}

/** Picks the side of a bilingual {en, zh} message the interface speaks. */
export function pick(lang: UiLang, m: { en: string; zh: string }): string {
  return lang === 'en' ? m.en : m.zh;
}

/** The widgets by tag, as editors call them. */
export const WIDGET_NAMES: Record<string, { zh: string; en: string }> = {
  'dj-bar-chart': { zh: '柱状图', en: 'Bar chart' },
  'dj-line-chart': { zh: '折线图', en: 'Line chart' },
  'dj-waffle': { zh: '方格图', en: 'Waffle chart' },
  'dj-targets': { zh: '目标看板', en: 'Targets board' },
  'dj-big-number': { zh: '大数字', en: 'Big numbers' },
  'dj-timeline': { zh: '时间线', en: 'Timeline' },
  'dj-project-tracker': { zh: '项目进度', en: 'Project tracker' },
  'dj-figures': { zh: '数字标注段落', en: 'Annotated paragraph' },
};

export function widgetName(tag: string, lang: UiLang): string {
  const n = WIDGET_NAMES[tag];
  return n ? pick(lang, n) : tag;
}
