/**
 * The one URL policy for every URL that comes from data or attributes and becomes a link, an
 * image or a fetch: the widgets' `source-url`, the timeline's links and images, the static
 * renderer, the embed page and the builder all ask `safeUrl`.
 *
 * A URL passes when it is
 *  - absolute http: or https:, or
 *  - relative and, resolved the way the browser resolves it, stays on the page's own origin.
 * Everything else — javascript:, data:, blob:, file:, mailto:, `//host`, and the forms browsers
 * normalise into another host (`/\evil.test`, `\\evil.test`, `/<TAB>/evil.test`, `http:evil.test`
 * on an https page) — is refused. The check runs the WHATWG URL parser itself (the same one the
 * browser uses for href and src), so its normalisation of backslashes, tabs, newlines, leading
 * and trailing spaces and control characters, and percent-encoding is what is checked; the value
 * written to the page is the parser's own reading of it, so what was checked is what is used.
 *
 * With no page (the static renderer in Node, the builder's code for another page), a relative
 * URL must stay on whatever origin it is later read on: it is resolved against a placeholder
 * origin (`https://dj-widgets.invalid`, a reserved name) and must not name a scheme of its own.
 */

/** The placeholder origin for "no page": `.invalid` is reserved (RFC 2606) and never resolves. */
const NO_PAGE = 'https://dj-widgets.invalid/page/';

/** What the browser removes before parsing: ASCII tab and newlines anywhere, C0 controls and spaces at either end. */
function browserClean(s: string): string {
  // eslint-disable-next-line no-control-regex -- these are the characters the URL standard strips
  return s.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** A lone UTF-16 surrogate cannot be in a URL the browser sends; such a value is refused. */
const hasLoneSurrogate = (s: string): boolean => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/** The page to resolve against: its base URL (a <base> element counts) and its origin, or none. */
function thePage(): { base: string; origin: string } | null {
  if (typeof document === 'undefined' || typeof location === 'undefined') return null;
  const origin = location.origin;
  // about:blank, srcdoc and sandboxed frames have an opaque origin: no origin to stay on.
  if (!origin || origin === 'null') return null;
  return { base: document.baseURI, origin };
}

function parse(s: string, base?: string): URL | null {
  try {
    return base === undefined ? new URL(s) : new URL(s, base);
  } catch {
    return null;
  }
}

export interface UrlOptions {
  /** Resolve against this page instead of the current one ({ base, origin }), or `null` for "no page". */
  page?: { base: string; origin: string } | null;
}

/**
 * The URL to write into href/src, or `null` when the policy refuses it. Absolute URLs come back
 * as the parser's `href`; relative ones as given (minus what the browser strips), because the
 * page resolves them where they are used and the check above proved where that is.
 */
export function safeUrl(value: unknown, options: UrlOptions = {}): string | null {
  if (typeof value !== 'string' || hasLoneSurrogate(value)) return null;
  const s = browserClean(value);
  if (s === '') return null;
  const absolute = parse(s);
  if (absolute) return absolute.protocol === 'http:' || absolute.protocol === 'https:' ? absolute.href : null;
  // Relative: no scheme of its own ("http:evil.test" is relative on an http page, absolute elsewhere).
  if (/^[a-z][a-z\d+.-]*:/i.test(s)) return null;
  const page = options.page === undefined ? thePage() : options.page;
  const base = page?.base ?? NO_PAGE;
  const origin = page?.origin ?? new URL(NO_PAGE).origin;
  const resolved = parse(s, base);
  if (!resolved || resolved.origin !== origin) return null;
  // On "no page" the URL must also stay put against the placeholder: the same test, both ways.
  if (page) {
    const elsewhere = parse(s, NO_PAGE);
    if (!elsewhere || elsewhere.origin !== new URL(NO_PAGE).origin) return null;
  }
  return s;
}

/** Shortens and escapes a refused value for a console line (no control characters, no megabytes). */
export function quoteForLog(value: unknown): string {
  const s = typeof value === 'string' ? value : String(value);
  const short = s.length > 120 ? `${s.slice(0, 120)}…` : s;
  return JSON.stringify(short);
}

/** The one console warning for a refused URL, naming where it was and which field. */
export function urlWarning(where: string, field: string, value: unknown): string {
  return `${where}: ${field} ${quoteForLog(value)} is not an http(s) URL or a link on this page's own site; it is not used.`;
}
