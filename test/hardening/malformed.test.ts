/**
 * Prototype keys, malformed JSON and CSV, over every widget that takes data: ordinary data or a
 * visible error with its line and column, and the last good render kept.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS, type WidgetCase } from './widgets.js';
import { errored, errorText, marks, mount as mountAny, root, type Widget } from './mount.js';

/** Errors are asserted in English: every mount here reads lang="en". */
const mount: typeof mountAny = (w, data, opts) => mountAny(w, data, { ...opts, attrs: { lang: 'en', ...opts?.attrs } });
import { stubFetch, csv, toCsvText } from './fetch-stub.js';
import { captureConsole } from '../helpers/widgets.js';

const protoSnapshot = (): string => JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort());
const probe = (): unknown[] => {
  const o = {} as Record<string, unknown>;
  return [o['polluted'], o['x'], typeof o['toString'], Object.getPrototypeOf(o) === Object.prototype, ({} as Record<string, unknown>)['__proto__'] === Object.prototype];
};

/** Valid rows with the three dangerous keys added last as own properties (as JSON.parse makes them). */
function protoRows(w: WidgetCase): unknown {
  const rows = w.valid() as Array<Record<string, unknown>>;
  const text = rows
    .map((r) => JSON.stringify(r).slice(0, -1) + ',"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"prototype":{"x":3}}')
    .join(',');
  return JSON.parse(`[${text}]`);
}

/** Silences the expected console.error of a failing widget while `fn` runs. */
async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const err = captureConsole('error');
  try {
    return await fn();
  } finally {
    err.restore();
  }
}

async function keptAfter(el: Widget, w: WidgetCase, bad: () => void | Promise<void>): Promise<string> {
  const before = marks(el, w).length;
  const text = await quietly(async () => {
    await bad();
    return errored(el);
  });
  expect(marks(el, w).length, 'last good render kept').to.equal(before);
  return text;
}

const dataWidgets = WIDGETS.filter((w) => w.input === 'data');

describe('hardening: prototype keys', () => {
  for (const w of dataWidgets) {
    it(`<${w.tag}>: __proto__/constructor/prototype in JSON rows are ordinary columns; Object.prototype untouched`, async () => {
      const names = protoSnapshot();
      const before = probe();
      const el = await mount(w, protoRows(w));
      expect(protoSnapshot()).to.equal(names);
      expect(probe()).to.deep.equal(before);
      root(el).querySelector<HTMLButtonElement>('footer .tools button')!.click();
      await el.updateComplete;
      const heads = Array.from(root(el).querySelectorAll('th')).map((t) => t.textContent.trim());
      expect(heads).to.include.members(['__proto__', 'constructor', 'prototype']);
      expect(errorText(el)).to.equal('');
    });

    it(`<${w.tag}>: the same keys as CSV headers (via src)`, async () => {
      const names = protoSnapshot();
      const rows = (w.valid() as Array<Record<string, unknown>>).map((r) => ({ ...r, a: '{"polluted":1}', b: 'x', c: 'y' }));
      const keys = Object.keys(rows[0]!);
      const header = [...keys.slice(0, -3), '__proto__', 'constructor', 'prototype'];
      const stub = stubFetch({ '/hardening/proto.csv': csv(toCsvText(rows, header)) });
      try {
        const el = await mount(w, null, { attrs: { src: '/hardening/proto.csv' } });
        expect(protoSnapshot()).to.equal(names);
        expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
        expect(errorText(el)).to.equal('');
      } finally {
        stub.restore();
      }
    });
  }
});

describe('hardening: malformed JSON and CSV', () => {
  for (const w of dataWidgets) {
    describe(`<${w.tag}>`, () => {
      const inline = (el: Widget, json: string): void => {
        el.data = undefined;
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = json;
        el.replaceChildren(s);
      };

      it('inline JSON with a trailing comma: error at its line and column, render kept', async () => {
        const el = await mount(w);
        const rows = JSON.stringify(w.valid()).slice(1, -1);
        const text = await keptAfter(el, w, () => inline(el, `[\n${rows},\n]`));
        expect(text).to.match(/Invalid JSON at line 3, column 1/);
      });

      it('inline JSON with an unbalanced quote: error with line and column', async () => {
        const el = await mount(w);
        const text = await keptAfter(el, w, () => inline(el, '[\n  {"a": "b, "c": 1}\n]'));
        expect(text).to.match(/Invalid JSON at line 2, column \d+/);
      });

      it('"</script>" inside inline JSON: the HTML parser cuts the script; error with its position, nothing runs', async () => {
        const el = await mount(w);
        const holder = document.createElement('div');
        const text = await keptAfter(el, w, () => {
          el.data = undefined;
          // Parsed as a page would: the script ends at the first </script>.
          const doc = new DOMParser().parseFromString(`<body><script type="application/json">[{"k": "a</script><b>x</b>", "v": 1}]</script></body>`, 'text/html');
          holder.append(...Array.from(doc.body.childNodes));
          el.replaceChildren(...Array.from(holder.childNodes));
        });
        expect(text).to.match(/Invalid JSON at line 1, column \d+/);
      });

      it('"<\\/script>" escaped as JSON allows: parsed and shown literally', async () => {
        const el = await mount(w);
        const rows = w.valid() as Array<Record<string, unknown>>;
        const col = w.textColumns[0];
        if (col) rows[0]![col] = '</script>';
        el.data = undefined;
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = JSON.stringify(rows).replace(/<\//g, '<\\/');
        el.replaceChildren(s);
        await waitUntil(() => marks(el, w).length === w.count && (!col || root(el).textContent.includes('</script>') || Array.from(root(el).querySelectorAll('[aria-label]')).some((n) => n.getAttribute('aria-label')!.includes('</script>'))), 'escaped </script> not shown');
        expect(errorText(el)).to.equal('');
      });

      it('inline JSON and CSV with a BOM: read as if it were not there', async () => {
        const el = await mount(w, undefined, { count: null });
        el.data = undefined;
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = '\uFEFF' + JSON.stringify(w.valid());
        el.replaceChildren(s);
        await waitUntil(() => marks(el, w).length === w.count, 'BOM JSON never drew');
        const stub = stubFetch({ '/hardening/bom.csv': csv('\uFEFF' + toCsvText(w.valid() as Array<Record<string, unknown>>)) });
        try {
          const el2 = await mount(w, null, { attrs: { src: '/hardening/bom.csv' } });
          expect(errorText(el2)).to.equal('');
        } finally {
          stub.restore();
        }
      });

      for (const [name, body, re] of [
        ['ragged rows', (t: string) => t + '\nonly-one-field', /Row on line \d+ has 1 field, the header has \d+/],
        ['a trailing comma', (t: string) => t.replace(/\n/, ',\n'), /Row on line 2 has \d+ fields, the header has \d+/],
        ['an unbalanced quote', (t: string) => t.replace(/\n/, '\n"'), /Row on line 2 has \d+ fields?, the header has \d+/],
      ] as const) {
        it(`CSV via src with ${name}: error naming the line, render kept`, async () => {
          const good = toCsvText(w.valid() as Array<Record<string, unknown>>);
          const stub = stubFetch({ '/hardening/good.csv': csv(good), '/hardening/bad.csv': csv(body(good)) });
          try {
            const el = await mount(w, null, { attrs: { src: '/hardening/good.csv' } });
            const text = await keptAfter(el, w, () => el.setAttribute('src', '/hardening/bad.csv'));
            expect(text).to.match(re);
          } finally {
            stub.restore();
          }
        });
      }
    });
  }
});
