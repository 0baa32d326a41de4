/**
 * Odd text, odd cells, counts and sizes, over every data widget: lone surrogates, NUL and
 * control characters, bidi marks, a 1 MB field and objects where text is expected are shown as
 * text or refused with a located, bilingual error (never an engine message, never a crash);
 * 100,000 rows meet the widget's documented row limit with a polite message (and build no
 * mountain of nodes); width="0", "NaN", "1e9" draw a finite, bounded picture.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS, type WidgetCase } from './widgets.js';
import { errored, errorText, marks, mount as mountAny, shadowRoots, type Widget } from './mount.js';
import { captureConsole } from '../helpers/widgets.js';
import { ODD_TEXT } from './odd-strings.js';

const mount: typeof mountAny = (w, data, opts) => mountAny(w, data, { ...opts, attrs: { lang: 'en', ...opts?.attrs } });

type Rows = Array<Record<string, unknown>>;
const dataWidgets = WIDGETS.filter((w) => w.input === 'data');


/** Objects where a cell should be text or a number: plain, array, null-prototype, and one whose toString/valueOf are not functions (String() throws "Cannot convert object to primitive value"). */
export function oddObjects(): Record<string, unknown> {
  return {
    object: { a: 1 },
    array: [1, 2],
    'null prototype': Object.assign(Object.create(null) as object, { a: 1 }),
    'no primitive': JSON.parse('{"toString": 1, "valueOf": 2}') as unknown,
  };
}

/** What no widget may show a reader: an engine's message instead of ours. */
const ENGINE = /Cannot convert|is not a function|Maximum call stack|undefined|\[object Object\]|RangeError|TypeError|URIError/;

/** Element and text nodes in every shadow tree of `el`. */
const nodeCount = (el: Element): number => shadowRoots(el).reduce((n, r) => n + r.querySelectorAll('*').length, 0);

function withCell(w: WidgetCase, columns: string[], value: unknown): Rows {
  return (w.valid() as Rows).map((r, i) => {
    const out = { ...r };
    for (const c of columns) out[c] = i === 0 ? value : r[c];
    return out;
  });
}

/** Drawn (`count` marks) or a located error; never an engine message. */
async function drawnOrLocated(el: Widget, w: WidgetCase, what: string): Promise<void> {
  await waitUntil(() => marks(el, w).length === w.count || errorText(el) !== '', `${what}: neither drawn nor refused`, { timeout: 8000 });
  const text = errorText(el);
  if (text) {
    expect(text, what).to.match(/Row 1|row 1|line 1|column/i);
    expect(text, what).not.to.match(ENGINE);
  }
}

describe('hardening: odd text and cells', () => {
  let err: ReturnType<typeof captureConsole>;
  let warn: ReturnType<typeof captureConsole>;
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent): void => void uncaught.push(e.message);
  beforeEach(() => {
    err = captureConsole('error');
    warn = captureConsole('warn');
    uncaught.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    err.restore();
    warn.restore();
    window.removeEventListener('error', onError);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  for (const w of dataWidgets) {
    describe(`<${w.tag}>`, () => {
      const textCols = [...w.textColumns, ...(w.linkColumns ?? [])];
      for (const [name, s] of Object.entries(ODD_TEXT)) {
        it(`${name} in ${textCols.length ? 'its text columns' : 'a header'}: shown as text or refused with a located error`, async function () {
          this.timeout(30000);
          const rows = textCols.length
            ? withCell(w, textCols, s)
            : (w.valid() as Rows).map((r) => Object.fromEntries(Object.entries(r).map(([k, v], i) => [i === 1 ? `${k}${s.slice(0, 64)}` : k, v])));
          const el = await mount(w, rows, { count: null });
          await drawnOrLocated(el, w, name);
        });
      }

      for (const name of Object.keys(oddObjects())) {
        it(`an ${name} in every column of row 1: shown as text or refused with a located error`, async () => {
          const cols = Object.keys((w.valid() as Rows)[0]!);
          for (const c of cols) {
            const el = await mount(w, withCell(w, [c], oddObjects()[name]), { count: null });
            await drawnOrLocated(el, w, `${name} in "${c}"`);
          }
        });
      }
    });
  }
});

describe('hardening: row limits and attribute sizes', () => {
  let err: ReturnType<typeof captureConsole>;
  beforeEach(() => (err = captureConsole('error')));
  afterEach(() => err.restore());

  for (const w of dataWidgets) {
    it(`<${w.tag}>: 100,000 rows meet its documented row limit with a polite message; the last chart stays`, async function () {
      this.timeout(30000);
      const ctor = customElements.get(w.tag) as unknown as { maxRows?: number };
      expect(ctor.maxRows, 'a documented static maxRows').to.be.a('number');
      const valid = w.valid() as Rows;
      const rows: Rows = Array.from({ length: 100000 }, (_, i) => ({ ...valid[i % valid.length]! }));
      const el = await mount(w);
      const before = nodeCount(el);
      el.data = rows;
      const text = await errored(el);
      expect(text).to.include(`100,000 rows are more than this chart can show (at most ${ctor.maxRows!.toLocaleString('en')})`);
      expect(marks(el, w).length, 'last good render kept').to.equal(w.count);
      expect(nodeCount(el), 'no mountain of nodes').to.be.below(before + 50);
    });
  }

  for (const w of WIDGETS.filter((x) => x.input === 'text')) {
    it(`<${w.tag}>: past its documented limit, the first maxRows figures are marked and the count line says how many were found`, async function () {
      this.timeout(30000);
      const ctor = customElements.get(w.tag) as unknown as { maxRows?: number };
      expect(ctor.maxRows, 'a documented static maxRows').to.be.a('number');
      const reps = Math.ceil((ctor.maxRows! * 2) / w.count);
      const paragraphs = Array.from({ length: reps }, () => w.valid() as string[]).flat();
      const el = await mount(w, paragraphs, { count: ctor.maxRows! });
      const found = (el as unknown as { figures: unknown[] }).figures.length;
      expect(found).to.be.above(ctor.maxRows!);
      expect(shadowRoots(el)[0]!.textContent).to.include(`${found.toLocaleString('en')} figures found; the first ${ctor.maxRows!.toLocaleString('en')} are marked`);
    });

    for (const [name, s] of Object.entries(ODD_TEXT)) {
      it(`<${w.tag}>: ${name} in its text: shown as text, figures still marked`, async function () {
        this.timeout(30000);
        const paragraphs = (w.valid() as string[]).map((p) => `${s}${p}`);
        const el = await mount(w, paragraphs, { count: null });
        await waitUntil(() => marks(el, w).length === w.count, `${name}: figures not marked`, { timeout: 15000 });
      });
    }
  }

  for (const w of WIDGETS.filter((x) => x.frame)) {
    it(`<${w.tag}>: width and height "0", "NaN", "-5", "1e9", "Infinity" draw a finite, bounded picture`, async () => {
      for (const width of ['0', 'NaN', '-5', '1e9', 'Infinity']) {
        // height too, where the widget takes one (bar and line chart).
        const el = await mount(w, w.valid(), { attrs: { width, height: width } });
        await waitUntil(() => marks(el, w).length === w.count, `width="${width}" never drew`, { timeout: 8000 });
        for (const r of shadowRoots(el)) {
          for (const n of Array.from(r.querySelectorAll('svg, svg *'))) {
            for (const a of n.getAttributeNames()) {
              if (a === 'aria-label' || a.startsWith('data-')) continue;
              expect(n.getAttribute(a), `width="${width}": ${a} on <${n.localName}>`).not.to.match(/NaN|Infinity/);
            }
            if (n.localName === 'svg') expect(Number(n.getAttribute('width') ?? 0), `width="${width}"`).to.be.at.most(4096);
            if (n.localName === 'svg') expect(Number(n.getAttribute('height') ?? 0), `height="${width}"`).to.be.at.most(8192);
          }
        }
      }
    });
  }
});
