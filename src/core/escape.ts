/**
 * Text into markup, for every place that writes HTML as a string (the static renderer in Node,
 * the builder's publish code): attribute and text values escaped, and JSON that can sit inside
 * a <script> without ending or confusing it.
 */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON for a <script type="application/json">: no "<", ">" or "&" left to end or confuse it. */
export function inlineJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
