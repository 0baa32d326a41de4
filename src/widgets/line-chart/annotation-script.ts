/**
 * Annotations written in the page, inside the element beside the data, in either form:
 *
 *   <ul data-annotations>                       a list: readers without JavaScript see the notes
 *     <li data-x="2020" data-series="营业收入">疫情影响</li>
 *     <li data-from="2018" data-to="2019">扩产期</li>
 *   </ul>
 *   <script type="application/json" data-annotations>[{ "x": "2020", "text": "疫情影响" }]</script>
 *
 * Read on every update (they are small); a JSON syntax error is a DataError with its line and
 * column, like the data's.
 */
import { DataError, lineColumn } from '../../core/data/errors.js';
import { jsonErrorOffset } from '../../core/data/json-locate.js';
import { ON_SERVER } from '../../core/server.js';

export interface AnnotationScript {
  /** The script's text ('' when there is none): what changes the scene. */
  text: string;
  parse: () => unknown;
}

function fromList(list: Element): Array<Record<string, unknown>> {
  return Array.from(list.children)
    .filter((li) => li.localName === 'li')
    .map((li) => {
      const a: Record<string, unknown> = { text: li.textContent.replace(/\s+/g, ' ').trim() };
      for (const key of ['x', 'series', 'from', 'to']) {
        const v = li.getAttribute(`data-${key}`);
        if (v !== null) a[key] = v;
      }
      const y = li.getAttribute('data-y');
      if (y !== null && y.trim() !== '') a['y'] = Number(y);
      return a;
    });
}

export function readAnnotationScript(host: Element): AnnotationScript {
  // Lit SSR's element has no light DOM: the server renderer passes annotations as a property.
  if (ON_SERVER) return { text: '', parse: () => null };
  const list = Array.from(host.children).find((c) => (c.localName === 'ul' || c.localName === 'ol') && c.hasAttribute('data-annotations'));
  if (list) {
    const items = fromList(list);
    return { text: JSON.stringify(items), parse: () => items };
  }
  const script = Array.from(host.children).find(
    (c): c is HTMLScriptElement => c instanceof HTMLScriptElement && c.type === 'application/json' && c.hasAttribute('data-annotations'),
  );
  const text = script?.textContent ?? '';
  return {
    text,
    parse: () => {
      if (!text.trim()) return null;
      try {
        return JSON.parse(text) as unknown;
      } catch (e) {
        const offset = jsonErrorOffset(text);
        const where = offset >= 0 ? lineColumn(text, offset) : undefined;
        const reason = (e instanceof Error ? e.message : String(e)).replace(/\s*\(line \d+ column \d+\)|,? at position \d+/g, '').replace(/, ".*" is not valid JSON$/s, '');
        throw new DataError(
          `Invalid JSON in the annotations${where ? ` at line ${where.line}, column ${where.column}` : ''}: ${reason}`,
          { input: 'json', ...where },
          `注释的 JSON 格式有误${where ? `（第 ${where.line} 行第 ${where.column} 列）` : ''}：${reason}`,
        );
      }
    },
  };
}
