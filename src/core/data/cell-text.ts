/**
 * A cell as text, whatever the data put there: strings as they are, numbers, booleans and
 * bigints written out, nothing as empty, and any object as its JSON. Never `String(cell)`: an
 * object whose toString/valueOf are not functions (`{"toString": 1}` in JSON) or has no
 * prototype makes String() throw "Cannot convert object to primitive value", and a plain object
 * reads "[object Object]".
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (typeof v === 'symbol' || typeof v === 'function') return '';
  try {
    // JSON.stringify gives undefined only for functions and symbols, excluded above.
    return JSON.stringify(v);
  } catch {
    // A cycle or a throwing toJSON: no text to show.
    return '';
  }
}

/** A cell quoted into an error message: its text, shortened so a 1 MB cell makes a readable line. */
export function cellForMessage(v: unknown, max = 80): string {
  const s = cellText(v);
  const chars = Array.from(s);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : s;
}
