/**
 * A news page with the strictest Content-Security-Policy we document (no inline script or style,
 * no eval, Trusted Types required), served with the real header by the dev server: every widget
 * loaded from the classic bundle must render and be operated with zero policy violations.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The policy docs/en/hardening.md "Strict pages" documents; web-test-runner.config.mjs serves it. */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  /** The element the browser blamed: tag and classes. */
  element: string;
}

interface StrictWindow extends Window {
  __violations: Violation[];
  __errors: string[];
  __warnings?: string[];
}

interface Frame {
  doc: Document;
  win: StrictWindow;
}

async function load(url: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '640px';
  iframe.style.height = '480px';
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  iframe.src = url;
  document.body.append(iframe);
  await loaded;
  return { doc: iframe.contentDocument!, win: iframe.contentWindow as StrictWindow };
}

const root = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> never upgraded`);
  return el.shadowRoot;
};

const widgets = (doc: Document): Element[] => Array.from(doc.querySelectorAll('*')).filter((e) => e.localName.startsWith('dj-'));

/**
 * Every violation is unexpected. Inline styles go through the CSSOM (src/core/style-props.ts):
 * Lit's styleMap writes a style attribute on first render, which style-src 'self' blocks
 * (lit/lit#4719), so the widgets do not use it.
 */
const unexpected = (violations: Violation[]): Violation[] => violations;

interface Spec {
  id: string;
  /** The marks that prove it drew, and how many. */
  marks: string;
  count: number;
  /** What Enter on the focused mark does. */
  enter: 'select' | 'expand' | 'none';
  /** Rows of the data table the "data" button opens (0: the widget has none). */
  tableRows: number;
}

const SPECS: Spec[] = [
  { id: 'bar', marks: 'g.bar', count: 3, enter: 'select', tableRows: 3 },
  { id: 'bar-src', marks: 'g.bar', count: 2, enter: 'select', tableRows: 2 },
  { id: 'line', marks: 'path.line', count: 2, enter: 'select', tableRows: 3 },
  { id: 'waffle', marks: 'g.category', count: 2, enter: 'select', tableRows: 2 },
  { id: 'targets', marks: '[role="option"]', count: 3, enter: 'select', tableRows: 3 },
  { id: 'big', marks: '.number .final', count: 2, enter: 'none', tableRows: 2 },
  { id: 'timeline', marks: 'g.event', count: 3, enter: 'expand', tableRows: 3 },
  { id: 'tracker', marks: 'g.row', count: 3, enter: 'select', tableRows: 3 },
  { id: 'figures', marks: 'mark[part="figure"]', count: 3, enter: 'select', tableRows: 0 },
];

/** Which mark is current: the index, or for the line chart's single cursor its announcement. */
const current = (el: Element): string | null => {
  const a = root(el).activeElement;
  return a ? `${a.getAttribute('data-index') ?? ''}|${a.getAttribute('aria-label') ?? ''}` : null;
};

async function operate(el: HTMLElement, spec: Spec, selects: Event[]): Promise<void> {
  const shadow = root(el);
  const focusable = Array.from(shadow.querySelectorAll<HTMLElement | SVGElement>('[tabindex="0"]')).filter((e) => e.localName !== 'button');
  if (spec.enter !== 'none') {
    expect(focusable.length, `${spec.id}: one tab stop`).to.equal(1);
    focusable[0]!.focus();
    await waitUntil(() => shadow.activeElement !== null, `${spec.id}: focus`);
    const before = current(el);
    await sendKeys({ press: spec.id === 'targets' || spec.id === 'tracker' ? 'ArrowDown' : 'ArrowRight' });
    await waitUntil(() => current(el) !== null && current(el) !== before, `${spec.id}: the arrow key did not move to the next mark`);
    const n = selects.length;
    await sendKeys({ press: 'Enter' });
    if (spec.enter === 'select') {
      await waitUntil(() => selects.length === n + 1, `${spec.id}: Enter fired no dj-select`);
      expect(selects[n]!.target, `${spec.id}: dj-select target`).to.equal(el);
    } else {
      await waitUntil(() => shadow.querySelector('[aria-expanded="true"]'), `${spec.id}: Enter opened nothing`);
    }
  } else {
    const summary = shadow.querySelector<HTMLElement>('details summary');
    expect(summary, `${spec.id}: provenance`).to.exist;
    summary!.click();
    expect(summary!.parentElement!.hasAttribute('open')).to.equal(true);
  }
  if (spec.tableRows > 0) {
    const button = shadow.querySelector<HTMLButtonElement>('.tools button');
    expect(button, `${spec.id}: data button`).to.exist;
    button!.click();
    await waitUntil(() => shadow.querySelectorAll('[part="data-table"] tbody tr').length === spec.tableRows, `${spec.id}: data table`);
  }
}

describe('strict page (CSP + Trusted Types)', function () {
  this.timeout(30000);

  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => {
      f.remove();
    });
  });

  it('is served with the documented policy', async () => {
    const res = await fetch('/test/csp/page.html');
    expect(res.headers.get('content-security-policy')).to.equal(POLICY);
  });

  it('enforces it: eval, Function, string timers, style attributes and HTML strings are blocked and reported', async () => {
    const { doc, win } = await load('/test/csp/page.html');
    const w = win as StrictWindow & { eval: (s: string) => unknown; Function: FunctionConstructor };
    expect(() => w.eval('1'), 'eval').to.throw();
    expect(() => new w.Function('return 1'), 'new Function').to.throw();
    expect(() => w.setTimeout('window.__ran = 1', 0), 'string timer').to.throw(/TrustedScript/);
    doc.body.setAttribute('style', 'color: red');
    expect(() => {
      doc.createElement('div').innerHTML = '<b>x</b>';
    }, 'innerHTML with a string').to.throw(/TrustedHTML/);
    await waitUntil(() => win.__violations.filter((v) => v.source.endsWith('/test/csp/csp.test.ts')).length >= 5, 'violations not reported');
    await new Promise((r) => setTimeout(r, 50));
    expect((win as unknown as { __ran?: number }).__ran, 'string timer ran').to.equal(undefined);
    expect(doc.body.style.color).to.equal('');
    const ours = win.__violations.filter((v) => v.source.endsWith('/test/csp/csp.test.ts'));
    expect(ours.map((v) => `${v.directive} ${v.sample.split('|')[0]!}`)).to.deep.equal([
      'require-trusted-types-for eval',
      'require-trusted-types-for Function',
      'require-trusted-types-for Window setTimeout',
      'style-src-attr ',
      'require-trusted-types-for Element innerHTML',
    ]);
  });

  it('every widget renders and is operated with zero violations', async () => {
    const { doc, win } = await load('/test/csp/page.html');
    const selects: Event[] = [];
    doc.addEventListener('dj-select', (e) => selects.push(e));
    // Every widget on the page has a spec, so a widget added to the page is not silently unchecked.
    expect(widgets(doc).map((e) => e.id)).to.deep.equal(SPECS.map((s) => s.id));
    for (const spec of SPECS) {
      const el = doc.getElementById(spec.id)!;
      // Widgets draw their marks lazily, near the viewport: bring each one in as a reader would.
      el.scrollIntoView();
      // Drawn by the widget itself (defined): a first paint's marks (core/paint/) come before it and are a picture.
      await waitUntil(() => el.matches(':defined') && el.shadowRoot?.querySelectorAll(spec.marks).length === spec.count, `${spec.id}: never drew ${spec.count} × ${spec.marks}`, { timeout: 5000 });
      expect(root(el).querySelector('.status.error'), `${spec.id}: error shown`).to.equal(null);
      await operate(el, spec, selects);
    }
    expect(new Set(widgets(doc).map((e) => e.localName))).to.have.property('size', 8);
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__errors, 'uncaught errors').to.deep.equal([]);
    expect(unexpected(win.__violations), 'CSP / Trusted Types violations').to.deep.equal([]);
  });

  it("a second copy of Lit on the page needs trusted-types 'allow-duplicates'", async () => {
    // Without it, the second copy (a second dj-widgets, or the host page's own Lit) throws while
    // creating its 'lit-html' policy; the first copy keeps working.
    const strict = await load('/test/csp/twice.html');
    const bar = strict.doc.getElementById('bar')!;
    await waitUntil(() => bar.shadowRoot?.querySelectorAll('g.bar').length === 2, 'bars never drew', { timeout: 5000 });
    expect(strict.win.__errors).to.have.length(1);
    expect(strict.win.__errors[0]).to.match(/Policy with name "lit-html" already exists/);
    expect(strict.win.__violations.map((v) => v.directive)).to.deep.equal(['trusted-types']);

    const version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
    const relaxed = await load('/test/csp/twice.html?allow-duplicates');
    const bar2 = relaxed.doc.getElementById('bar')!;
    await waitUntil(() => bar2.shadowRoot?.querySelectorAll('g.bar').length === 2, 'bars never drew', { timeout: 5000 });
    expect(relaxed.win.__errors).to.deep.equal([]);
    expect(relaxed.win.__warnings).to.deep.equal([`dj-widgets ${version} was loaded twice on this page; the second copy is ignored.`]);
    expect(unexpected(relaxed.win.__violations)).to.deep.equal([]);
  });

  it('the loader twice needs nothing more: the second stands aside, one Lit, one warning', async () => {
    const { doc, win } = await load('/test/csp/twice.html?loader');
    expect(Array.from(doc.scripts, (s) => new URL(s.src).pathname)).to.deep.equal(['/test/csp/violations.js', '/dist/dj-widgets.js', '/dist/dj-widgets.js']);
    const bar = doc.getElementById('bar')!;
    await waitUntil(() => bar.shadowRoot?.querySelectorAll('g.bar').length === 2, 'bars never drew', { timeout: 5000 });
    const version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings).to.deep.equal([`dj-widgets ${version} was loaded twice on this page; the second copy is ignored.`]);
    expect(unexpected(win.__violations)).to.deep.equal([]);
  });
});
