/**
 * Summaries stay a few sentences whatever the data. A layout's summary may list every item (a
 * big number reads each figure); with 10,000 rows a screen reader would read for an hour. Every
 * generated summary goes through here: at most three sentences and a few hundred characters,
 * cut at a clause boundary, with a pointer to the data table, which holds everything.
 */
import type { Locale } from '../i18n/locale.js';

/** Most sentences a summary keeps. */
export const MAX_SUMMARY_SENTENCES = 3;
/** Most characters (zh-CN: about 10 s of speech; en: a short paragraph). */
export const MAX_SUMMARY_CHARS: Record<Locale, number> = { 'zh-CN': 240, en: 480 };

const MORE: Record<Locale, string> = { 'zh-CN': '……其余见数据表。', en: '… The rest is in the data table.' };
/** Where a long sentence may be cut: after a clause's punctuation. */
const CLAUSE = /[；;，,、：:]\s*/gu;

function sentences(text: string, locale: Locale): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return text.match(/[^。！？.!?]+[。！？.!?]*\s*/gu) ?? [text];
  return Array.from(new Segmenter(locale, { granularity: 'sentence' }).segment(text), (s) => s.segment);
}

let last: { text: string; locale: Locale; out: string } | undefined;

/** `text` cut to at most MAX_SUMMARY_SENTENCES sentences and MAX_SUMMARY_CHARS characters. */
export function capSummary(text: string, locale: Locale): string {
  const max = MAX_SUMMARY_CHARS[locale];
  if (text.length <= max && !/[。！？.!?].*[。！？.!?].*[。！？.!?].*[。！？.!?]/su.test(text)) return text;
  if (last && last.text === text && last.locale === locale) return last.out;
  const more = MORE[locale];
  const room = max - more.length;
  let out = '';
  let cut = false;
  for (const [i, s] of sentences(text, locale).entries()) {
    if (i >= MAX_SUMMARY_SENTENCES || out.length + s.length > room) {
      cut = true;
      // A first sentence longer than the room (one item after another): keep whole clauses of it.
      if (out === '') {
        let end = 0;
        for (const m of s.matchAll(CLAUSE)) {
          if (m.index > room) break;
          end = m.index;
        }
        out = s.slice(0, end || room);
      }
      break;
    }
    out += s;
  }
  const result = cut ? `${out.trimEnd().replace(/[；;，,、：:。.]$/u, '')}${more}` : text;
  last = { text, locale, out: result };
  return result;
}
