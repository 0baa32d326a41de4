/**
 * The static renderer's output is conforming, whatever the text: every registered widget,
 * fed lone surrogates, NUL, C0/C1 controls, noncharacters and markup in its text, renders in
 * `static` and `hydratable` mode to HTML that parse5 reads with zero parse errors, with no
 * control character or lone surrogate and (static) no Lit marker; its static SVG is valid XML
 * and encodable (encodeURIComponent), and becomes nodes without a parser; and the CLI's svg mode
 * gives exactly what prerenderHtml gives for the same page.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parse, type ParserError } from 'parse5';
import { svgNodes } from '../../src/core/static-svg/nodes.js';
import { WIDGETS, type WidgetCase } from './widgets.js';
import { mount } from './mount.js';
import { ssr, ssrPage } from '../server/ssr.js';
import { captureConsole } from '../helpers/widgets.js';

/** Each in one string: what a pasted spreadsheet or a broken feed can carry. */
const ODD = 'a\uD800b \uDC00c \u0000d \u0001\u0008\u000B\u000C\u001F\u007F\u0085\u009F e \uFDD0\uFFFE f <b>&amp;</b> \u202Eg';

// eslint-disable-next-line no-control-regex -- these are what must not be in a document
const NOT_CONFORMING = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Rows = Array<Record<string, unknown>>;

function oddInput(w: WidgetCase): { attrs: Record<string, unknown>; paragraphs?: string[]; data?: Rows } {
  const attrs: Record<string, unknown> = { lang: 'en', ...w.attrs, width: 640, heading: `标题 ${ODD}`, notes: ODD, source: ODD };
  if (w.input === 'text') return { attrs, paragraphs: (w.valid() as string[]).map((p) => `${ODD} ${p}`) };
  const data = (w.valid() as Rows).map((r) => {
    const out = { ...r };
    for (const c of w.textColumns) out[c] = `${String(r[c])} ${ODD}`;
    return out;
  });
  return { attrs, data };
}

function parseErrors(html: string): string[] {
  const errors: string[] = [];
  parse(`<!doctype html><html lang="en"><head><title>t</title></head><body>${html}</body></html>`, {
    onParseError: (e: ParserError) => void errors.push(`${e.code} at ${e.startOffset}`),
  });
  return errors;
}

async function render(w: WidgetCase, mode: 'static' | 'hydratable'): Promise<string> {
  const { attrs, paragraphs, data } = oddInput(w);
  if (paragraphs) {
    const lightDom = paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
    return ssr(w.tag, attrs, { mode, props: { paragraphs }, lightDom });
  }
  return ssr(w.tag, { ...attrs, data }, { mode });
}

describe('hardening: static output is conforming', () => {
  for (const w of WIDGETS) {
    describe(`<${w.tag}>`, () => {
      for (const mode of ['static', 'hydratable'] as const) {
        it(`${mode} HTML with odd text: zero parse5 errors, no control character or lone surrogate${mode === 'static' ? ', no Lit marker' : ''}`, async () => {
          const html = await render(w, mode);
          expect(parseErrors(html)).to.deep.equal([]);
          const bad = NOT_CONFORMING.exec(html);
          expect(bad ? `U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}` : null).to.equal(null);
          if (mode === 'static') {
            expect(html).not.to.include('<?>');
            expect(html).not.to.match(/<!--\/?lit-|<\?lit\$/);
          }
        });
      }

      it('toSvg with odd text: well-formed XML, encodable, and the same drawing as nodes', async () => {
        const { attrs, paragraphs, data } = oddInput(w);
        const err = captureConsole('warn');
        let svg: string;
        try {
          const el = await mount(w, paragraphs ?? data, { count: null, attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])) });
          svg = (el as unknown as { toSvg(o: object): string }).toSvg({ width: 375 });
        } finally {
          err.restore();
        }
        expect(NOT_CONFORMING.test(svg)).to.equal(false);
        expect(() => encodeURIComponent(svg)).not.to.throw();
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
        expect(doc.querySelector('parsererror')?.textContent ?? null).to.equal(null);
        const nodes = svgNodes(svg);
        expect(nodes.querySelectorAll('*').length).to.equal(doc.documentElement.querySelectorAll('*').length);
        expect(nodes.textContent).to.equal(doc.documentElement.textContent);
      });

      it("the CLI's svg mode equals prerenderHtml's for the same page", async function () {
        this.timeout(30000);
        const { attrs, paragraphs, data } = oddInput(w);
        const attrText = Object.entries({ ...attrs, width: 375 })
          .map(([k, v]) => `${k}="${String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
          .join(' ');
        const body = paragraphs
          ? paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')
          : `<script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
        const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><${w.tag} ${attrText}>${body}</${w.tag}></body></html>`;
        const api = await ssrPage(page, { mode: 'svg' });
        const cli = await executeServerCommand<{ stdout: string; stderr: string; status: number }, unknown>('dj-cli', { page, args: ['--mode', 'svg'] });
        expect(cli.stderr).to.equal('');
        expect(cli.status).to.equal(0);
        expect(api).to.include('<svg');
        expect(cli.stdout).to.equal(api);
      });
    });
  }
});
