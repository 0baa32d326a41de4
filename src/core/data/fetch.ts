/** A `src` URL → RawTable: CSV, TSV or JSON, fetched without credentials, abortable, capped. */
import { parseDelimited } from './csv.js';
import { DataError } from './errors.js';
import { parseJsonTable } from './json.js';
import type { RawTable } from './raw-table.js';

/** Largest response we parse; a news chart never needs more, and a page must not freeze. */
export const MAX_BYTES = 5 * 1024 * 1024;
/** How long a request may take before the widget says so. */
export const TIMEOUT_MS = 15000;
let timeoutMs = TIMEOUT_MS;

/** Changes the request timeout for the page (tests, or pages on slow networks); `null` restores 15 s. */
export function setFetchTimeout(ms: number | null): void {
  timeoutMs = ms ?? TIMEOUT_MS;
}

/** The body as text, read as a stream so an oversized response is cut off at the cap, not buffered whole. */
async function readCapped(res: Response, url: string): Promise<string> {
  const tooBig = (): DataError => new DataError(`${url} is over the ${MAX_BYTES}-byte limit.`, { input: 'src' }, `${url} 超过 ${MAX_BYTES} 字节的上限。`);
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_BYTES) {
      await reader.cancel();
      throw tooBig();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function kindOf(url: string, contentType: string, text: string): 'json' | 'csv' | 'tsv' | 'html' {
  const path = url.split(/[?#]/)[0]?.toLowerCase() ?? '';
  if (/json/.test(contentType) || path.endsWith('.json')) return 'json';
  if (/tab-separated/.test(contentType) || path.endsWith('.tsv')) return 'tsv';
  const head = text.trimStart().slice(0, 100).toLowerCase();
  if (/html/.test(contentType) || head.startsWith('<!doctype') || head.startsWith('<html')) return 'html';
  if (head.startsWith('[') || head.startsWith('{')) return 'json';
  return 'csv';
}

export async function fetchTable(url: string, signal: AbortSignal): Promise<RawTable> {
  const { text, contentType } = await fetchText(url, signal, 'text/csv, application/json;q=0.9, */*;q=0.1');
  const kind = kindOf(url, contentType, text);
  if (kind === 'html') throw new DataError(`${url} returned a web page, not CSV or JSON.`, { input: 'src' }, `${url} 返回的是网页，不是 CSV 或 JSON。`);
  return kind === 'json' ? parseJsonTable(text, 'src') : parseDelimited(text, 'src', kind === 'tsv' ? '\t' : ',');
}

/**
 * A `src` URL's body as text, with `fetchTable`'s rules (no credentials, timeout over headers
 * and body, size cap, bilingual errors): for widgets whose `src` is not a table (dj-figures' text).
 */
export async function fetchText(url: string, signal: AbortSignal, accept: string): Promise<{ text: string; contentType: string }> {
  const limit = timeoutMs;
  const timeout = AbortSignal.timeout(limit);
  const both = AbortSignal.any([signal, timeout]);
  const failed = (e: unknown): unknown => {
    // The caller's abort (newer src, removal) propagates as is: it is not the reader's problem.
    if (signal.aborted) return e;
    if (e instanceof DataError) return e;
    if (timeout.aborted) return new DataError(`No answer from ${url} within ${limit / 1000} s.`, { input: 'src', transient: true }, `${url} 在 ${limit / 1000} 秒内没有响应。`);
    const reason = e instanceof Error ? e.message : String(e);
    return new DataError(`Could not load ${url}: ${reason}.`, { input: 'src', transient: true }, `无法加载 ${url}：${reason}。`);
  };
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'omit', signal: both, headers: { Accept: accept } });
  } catch (e) {
    throw failed(e);
  }
  if (!res.ok) {
    const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    // 5xx, 408 and 429 may pass; a 404 or 403 will not by retrying.
    const transient = res.status >= 500 || res.status === 408 || res.status === 429;
    throw new DataError(`Could not load ${url}: ${status}.`, { input: 'src', transient }, `无法加载 ${url}：${status}。`);
  }
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > MAX_BYTES) throw new DataError(`${url} is ${length} bytes; the limit is ${MAX_BYTES}.`, { input: 'src' }, `${url} 有 ${length} 字节，超过 ${MAX_BYTES} 字节的上限。`);
  let text: string;
  try {
    // The timeout covers the body too: a server that sends headers and then stalls is no answer.
    text = await readCapped(res, url);
  } catch (e) {
    throw failed(e);
  }
  return { text, contentType: res.headers.get('content-type') ?? '' };
}
