/**
 * `<dj-figures>`'s inputs besides its light-DOM paragraphs, as paragraphs: a `text` string, a
 * JSON value (the `data` property or a light-DOM `<script type="application/json">`), or a `src`
 * URL holding either. Bad input is a DataError the element shows, as every widget does.
 */
import { DataError } from '../../core/data/errors.js';
import { fetchText } from '../../core/data/fetch.js';

/**
 * A passage as paragraphs: where it has blank lines they part paragraphs (and single line
 * breaks inside one are spaces, as in hard-wrapped text); without any, each line is one (news
 * copy pasted from a CMS keeps a paragraph per line).
 */
export function paragraphsFromText(text: string): string[] {
  const normal = text.replace(/\r\n?/g, '\n');
  const parts = /\n[ \t\u3000]*\n/.test(normal) ? normal.split(/\n[ \t\u3000]*\n+/) : normal.split('\n');
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const shape = (input: 'data' | 'json' | 'src'): DataError =>
  new DataError(
    'The text must be a string, an array of strings (one per paragraph), or an object with "paragraphs" or "text".',
    { input },
    '文字须为字符串、字符串数组（每段一项），或带 "paragraphs" 或 "text" 的对象。',
  );

/** A JSON value as paragraphs: "…", ["…", "…"], [{ "text": "…" }], { "paragraphs": [...] } or { "text": "…" }. */
export function paragraphsFromJson(value: unknown, input: 'data' | 'json' | 'src' = 'data'): string[] {
  if (typeof value === 'string') return paragraphsFromText(value);
  if (Array.isArray(value)) {
    return value.flatMap((item: unknown) => {
      if (typeof item === 'string') return paragraphsFromText(item);
      if (item && typeof item === 'object' && typeof (item as { text?: unknown }).text === 'string') return paragraphsFromText((item as { text: string }).text);
      throw shape(input);
    });
  }
  if (value && typeof value === 'object') {
    const o = value as { paragraphs?: unknown; text?: unknown };
    if (Array.isArray(o.paragraphs)) return paragraphsFromJson(o.paragraphs, input);
    if (typeof o.text === 'string') return paragraphsFromText(o.text);
  }
  throw shape(input);
}

/** JSON text → paragraphs, with the JSON error located as the tables' reader does. */
export function paragraphsFromJsonText(text: string, input: 'json' | 'src'): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new DataError(`The text's JSON cannot be read: ${reason}`, { input }, `文字的 JSON 无法读取：${reason}`);
  }
  return paragraphsFromJson(value, input);
}

/** A `src` URL as paragraphs: JSON (by type, extension or first character) or plain text; a web page is refused. */
export async function fetchParagraphs(url: string, signal: AbortSignal): Promise<string[]> {
  const { text, contentType } = await fetchText(url, signal, 'text/plain, application/json;q=0.9, */*;q=0.1');
  const path = url.split(/[?#]/)[0]?.toLowerCase() ?? '';
  const head = text.trimStart().slice(0, 100).toLowerCase();
  if (/html/.test(contentType) || head.startsWith('<!doctype') || head.startsWith('<html')) {
    throw new DataError(`${url} returned a web page, not text or JSON.`, { input: 'src' }, `${url} 返回的是网页，不是文字或 JSON。`);
  }
  if (/json/.test(contentType) || path.endsWith('.json') || /^[[{"]/.test(head)) return paragraphsFromJsonText(text, 'src');
  return paragraphsFromText(text);
}
