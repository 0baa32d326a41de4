/** A replaceable window.fetch for the network cases: each URL answers as the test says. */
export type Answer = (signal: AbortSignal) => Promise<Response>;

export function stubFetch(routes: Record<string, Answer>): { calls: string[]; signals: AbortSignal[]; restore: () => void } {
  const original = Object.getOwnPropertyDescriptor(window, 'fetch')!;
  const calls: string[] = [];
  const signals: AbortSignal[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    const signal = init?.signal ?? new AbortController().signal;
    signals.push(signal);
    const route = routes[url];
    return route ? route(signal) : Promise.resolve(new Response('not found', { status: 404, statusText: 'Not Found' }));
  };
  return { calls, signals, restore: () => Object.defineProperty(window, 'fetch', original) };
}

export const csv = (text: string, init: ResponseInit = {}): Answer => () => Promise.resolve(new Response(text, { status: 200, headers: { 'content-type': 'text/csv' }, ...init }));

/** Answers after `ms`, or rejects with the abort reason as a real fetch does; `ignoreAbort` answers anyway (a stale reply). */
export const later = (ms: number, body: string, ignoreAbort = false): Answer => (signal) =>
  new Promise((resolve, reject) => {
    const id = setTimeout(() => resolve(new Response(body, { headers: { 'content-type': 'text/csv' } })), ms);
    if (!ignoreAbort) {
      signal.addEventListener('abort', () => {
        clearTimeout(id);
        reject(signal.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
      }, { once: true });
    }
  });

/** Rows → CSV text (quoted where needed), for widgets fed by `src`. */
export function toCsvText(rows: Array<Record<string, unknown>>, header?: string[]): string {
  const cols = header ?? Object.keys(rows[0] ?? {});
  const q = (v: unknown): string => {
    const s = typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const keys = Object.keys(rows[0] ?? {});
  return [cols.map(q).join(','), ...rows.map((r) => keys.map((k) => q(r[k])).join(','))].join('\n');
}
