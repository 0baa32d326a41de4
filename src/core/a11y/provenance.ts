/**
 * Provenance: the words a figure came from, with where and when they were published, so a
 * reader can check every number against the article. Any widget whose record carries a `quote`
 * (the extractor's field) shows this line in its tooltip or details. Pure: strings only.
 */
import type { Locale } from '../i18n/locale.js';

export interface ProvenanceInput {
  /** The clause or sentence the figure came from, verbatim. */
  quote?: string | null | undefined;
  /** The widget's `source` ("连网"). */
  source?: string | null | undefined;
  /** When the source was published, as written ("2021-01-15"). */
  date?: string | null | undefined;
}

export interface ProvenanceOptions {
  /** Longest quote shown, in characters; longer ones end in "…". Default: no limit. */
  maxLength?: number;
}

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Cuts at a character boundary (never inside a surrogate pair). */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/** Where the quote was published: "连网，2021-01-15" / "连网, 2021-01-15"; '' when neither is known. */
export function citation(input: ProvenanceInput, locale: Locale): string {
  const parts = [squash(input.source), squash(input.date)].filter(Boolean);
  return parts.join(locale === 'zh-CN' ? '，' : ', ');
}

/** The parts of a provenance line, for widgets that set the prefix apart (a disclosure's summary). */
export function provenanceParts(input: ProvenanceInput, locale: Locale, options: ProvenanceOptions = {}): { prefix: string; quote: string; cite: string } | null {
  let quote = squash(input.quote);
  if (!quote) return null;
  if (options.maxLength !== undefined && options.maxLength > 0) quote = clip(quote, options.maxLength);
  const cite = citation(input, locale);
  return locale === 'zh-CN'
    ? { prefix: '原文', quote: `“${quote}”`, cite: cite ? `（${cite}）` : '' }
    : { prefix: 'Source text', quote: `“${quote}”`, cite: cite ? ` (${cite})` : '' };
}

/**
 * "原文：“盘活低产低效土地1000亩以上”（连网，2021-01-15）" / "Source text: “…” (连网, 2021-01-15)";
 * '' when there is no quote (a source alone is the frame's job, not the figure's).
 */
export function provenanceText(input: ProvenanceInput, locale: Locale, options: ProvenanceOptions = {}): string {
  const p = provenanceParts(input, locale, options);
  if (!p) return '';
  return `${p.prefix}${locale === 'zh-CN' ? '：' : ': '}${p.quote}${p.cite}`;
}

/** The quote of a record in any of the shapes we meet: the extractor's `quote`, the dataset's `sentence`. */
export function quoteOf(record: unknown): string {
  if (typeof record !== 'object' || record === null) return '';
  const r = record as Record<string, unknown>;
  const q = r['quote'] ?? r['sentence'] ?? r['原文'];
  return typeof q === 'string' ? squash(q) : '';
}
