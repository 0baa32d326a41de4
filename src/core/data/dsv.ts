/**
 * Delimited text (CSV, TSV) read by RFC 4180 rules (export.ts `toCsv` is the one CSV writer). Our own, not d3-dsv: d3-dsv
 * keeps a Function-constructor call (its object converter) in every bundle that imports it,
 * which a strict Content-Security-Policy page must not carry; rows of strings are all we need.
 */

/**
 * Text → rows of fields. Quoted fields may hold the delimiter, `""` and line breaks; lines end
 * in \n, \r\n or \r; a final line break adds no row. Linear in the text.
 */
export function parseRows(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const n = text.length;
  const endRow = (): void => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  while (i < n) {
    const c = text[i];
    if (c === '"' && field === '') {
      // A quoted field: runs to the next lone quote.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          // Unbalanced: the rest of the text is the field, as d3-dsv and spreadsheets read it.
          field += text.slice(j);
          j = n;
          break;
        }
        field += text.slice(j, q);
        if (text[q + 1] === '"') {
          field += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      i = j;
      continue;
    }
    if (c === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      // Plain text up to the next delimiter or line break, in one slice.
      let j = i + 1;
      while (j < n && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
      field += text.slice(i, j);
      i = j;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
