/** The open event's details under the chart: date, title, text, image and link (already filtered). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n/locale.js';
import type { TimelineEvent } from './timeline.data.js';

export interface TimelineWords {
  zoomIn: string;
  zoomOut: string;
  reset: string;
  close: string;
  more: string;
  hint: string;
  roledescription: string;
  details: string;
}

export function timelineWords(locale: Locale): TimelineWords {
  return locale === 'zh-CN'
    ? {
        zoomIn: '放大',
        zoomOut: '缩小',
        reset: '重置缩放',
        close: '关闭',
        more: '查看原文',
        hint: '用方向键按时间顺序在事件间移动，Enter 查看详情，Esc 关闭；+ 和 − 缩放，Shift+方向键平移，0 重置。',
        roledescription: '事件',
        details: '事件详情',
      }
    : {
        zoomIn: 'Zoom in',
        zoomOut: 'Zoom out',
        reset: 'Reset zoom',
        close: 'Close',
        more: 'Read more',
        hint: 'Arrow keys move between events in time order; Enter shows details, Escape closes them; + and − zoom, Shift+arrows pan, 0 resets.',
        roledescription: 'event',
        details: 'Event details',
      };
}

export function renderDetails(e: TimelineEvent | undefined, dateText: string, words: TimelineWords, onClose: () => void): TemplateResult | typeof nothing {
  if (!e) return nothing;
  const paragraphs = e.text ? e.text.split(/\n+/).filter(Boolean) : [];
  return html`<section id="details" class="details" part="details" aria-label=${words.details}>
    <button type="button" class="close" aria-label=${words.close} @click=${onClose}>×</button>
    <p class="when">${dateText}${e.lane ? html` · ${e.lane}` : nothing}</p>
    <h3>${e.title}</h3>
    ${e.image ? html`<img src=${e.image} alt=${e.title} loading="lazy" />` : nothing}
    ${paragraphs.map((p) => html`<p>${p}</p>`)}
    ${e.link ? html`<p><a href=${e.link} rel="noopener noreferrer">${words.more}</a></p>` : nothing}
  </section>`;
}
