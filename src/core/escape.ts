/**
 * Text into markup, for every place that writes HTML or SVG as a string (the static renderer in
 * Node, the static SVG channel, the builder's publish code): attribute and text values escaped,
 * characters no conforming document may hold removed, and JSON that can sit inside a <script>
 * without ending or confusing it.
 */

/** A lone UTF-16 surrogate (half of a pair, the other half missing). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Lone surrogates become U+FFFD, as a UTF-8 encoder writes them: they cannot be encoded, so
 * encodeURIComponent throws URIError on them and HTML parsers report surrogate-in-input-stream.
 */
export function replaceLoneSurrogates(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Characters that make an HTML document non-conforming (NUL: unexpected-null-character; C0/C1
 * controls other than tab, line feed, form feed and carriage return:
 * control-character-in-input-stream; noncharacters: noncharacter-in-input-stream) or an XML
 * document unreadable (form feed too). Removed: they are invisible, and no reader loses a word.
 */
// eslint-disable-next-line no-control-regex -- these control characters are what is removed
const NOT_IN_DOCUMENTS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Noncharacter_Code_Point}/gu;

/** Text any HTML or XML document may hold: lone surrogates replaced, controls and noncharacters removed. */
export function documentText(s: string): string {
  return replaceLoneSurrogates(s).replace(NOT_IN_DOCUMENTS, '');
}

export function escapeHtml(s: string): string {
  return documentText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON for a <script type="application/json">: no "<", ">" or "&" left to end or confuse it. */
export function inlineJson(data: unknown): string {
  // JSON.stringify writes lone surrogates and controls as \u escapes (well-formed JSON.stringify), so the
  // script text is conforming while the data keeps every character.
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
    // C1 controls and noncharacters are legal JSON text but not conforming HTML: written as escapes.
    .replace(/[\u007F-\u009F]|\p{Noncharacter_Code_Point}/gu, (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''));
}
