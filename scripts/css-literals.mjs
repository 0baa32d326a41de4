/**
 * Whitespace and comments out of Lit `css` tagged templates, for the browser builds
 * (vite.config.ts): the JS minifier leaves template text alone, so every style sheet shipped with
 * its source indentation and why-comments. Only what CSS ignores goes: comments, a run of
 * whitespace that holds a line break becomes one space, and spaces next to `{`, `}` and `;` go,
 * outside quoted strings (`[theme='dark']`, a `content` string keep theirs). Text inside `${…}` is
 * left as written.
 */

/** @param {string} text one static part of a css template */
function squeeze(text) {
  // Comments first (their prose holds apostrophes), then only what is outside quoted strings.
  return text
    .replace(/\/\*[^]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((piece, n) => (n % 2 ? piece : piece.replace(/\s*\n\s*/g, ' ').replace(/\s*([{};])\s*/g, '$1')))
    .join('');
}

/**
 * @param {string} code a module's source
 * @returns {string | null} the source with its css`…` templates squeezed, or null if it has none
 */
export function minifyCssLiterals(code) {
  const tag = /\bcss`/g;
  let out = '';
  let from = 0;
  let changed = false;
  for (let m = tag.exec(code); m; m = tag.exec(code)) {
    const start = m.index + m[0].length;
    // The static parts of this template: [start, end) ranges between `${…}`s.
    const parts = [];
    let i = start;
    let partStart = start;
    let end = -1;
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') {
        // An escape (\` in a comment, \\ in a content string): not the end of the template.
        i += 2;
        continue;
      }
      if (c === '`') {
        parts.push([partStart, i]);
        end = i;
        break;
      }
      if (c === '$' && code[i + 1] === '{') {
        parts.push([partStart, i]);
        // Skip the expression: count braces (the style modules' expressions are plain names and calls).
        let depth = 0;
        let j = i + 1;
        for (; j < code.length; j++) {
          if (code[j] === '{') depth++;
          else if (code[j] === '}' && --depth === 0) break;
          else if (code[j] === '`') j = code.length;
        }
        i = j + 1;
        partStart = i;
        continue;
      }
      i++;
    }
    if (end < 0) continue;
    out += code.slice(from, start);
    let cursor = start;
    parts.forEach(([a, b], n) => {
      out += code.slice(cursor, a);
      let s = squeeze(code.slice(a, b));
      if (n === 0) s = s.replace(/^\s+/, '');
      if (n === parts.length - 1) s = s.replace(/\s+$/, '');
      out += s;
      cursor = b;
    });
    from = cursor;
    tag.lastIndex = end + 1;
    changed = true;
  }
  return changed ? out + code.slice(from) : null;
}
