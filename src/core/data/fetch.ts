/** A `src` URL → RawTable: CSV, TSV or JSON, fetched without credentials, abortable, capped. */
import { parseDelimited } from './csv.js';
import { DataError } from './errors.js';
import { parseJsonTable } from './json.js';
import type { RawTable } from './raw-table.js';

/** Largest response we parse; a news chart never needs more, and a page must not freeze. */
export const MAX_BYTES = 5 * 1024 * 1024;
/** How long a request may take before the widget says so. */
export const TIMEOUT_MS = 15000;

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
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const both = AbortSignal.any([signal, timeout]);
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'omit', signal: both, headers: { Accept: 'text/csv, application/json;q=0.9, */*;q=0.1' } });
  } catch (e) {
    if (signal.aborted) throw e;
    if (timeout.aborted) throw new DataError(`No answer from ${url} within ${TIMEOUT_MS / 1000} s.`, { input: 'src' }, `${url} 在 ${TIMEOUT_MS / 1000} 秒内没有响应。`);
    const reason = e instanceof Error ? e.message : String(e);
    throw new DataError(`Could not load ${url}: ${reason}.`, { input: 'src' }, `无法加载 ${url}：${reason}。`);
  }
  if (!res.ok) {
    const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
    throw new DataError(`Could not load ${url}: ${status}.`, { input: 'src' }, `无法加载 ${url}：${status}。`);
  }
  const length = Number(res.headers.get('content-length') ?? '0');
  if (length > MAX_BYTES) throw new DataError(`${url} is ${length} bytes; the limit is ${MAX_BYTES}.`, { input: 'src' }, `${url} 有 ${length} 字节，超过 ${MAX_BYTES} 字节的上限。`);
  const text = await res.text();
  if (text.length > MAX_BYTES) throw new DataError(`${url} is over the ${MAX_BYTES}-byte limit.`, { input: 'src' }, `${url} 超过 ${MAX_BYTES} 字节的上限。`);
  const kind = kindOf(url, res.headers.get('content-type') ?? '', text);
  if (kind === 'html') throw new DataError(`${url} returned a web page, not CSV or JSON.`, { input: 'src' }, `${url} 返回的是网页，不是 CSV 或 JSON。`);
  return kind === 'json' ? parseJsonTable(text, 'src') : parseDelimited(text, 'src', kind === 'tsv' ? '\t' : ',');
}
