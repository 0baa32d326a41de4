/**
 * Data edge cases over every data widget: empty, header only, one row, equal, missing, NaN,
 * ±Infinity, 1e308, negative, duplicates (each widget's rule in widgets.ts `edges`); 100,000 rows
 * without blocking the page; long, emoji and RTL labels; dates in several formats.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS, byTag } from './widgets.js';
import { EDGE_CASES } from './edge-cases.js';
import { errored, errorText, marks, mount as mountAny, root, shadowRoots, readerText } from './mount.js';
import { captureConsole } from '../helpers/widgets.js';

const mount: typeof mountAny = (w, data, opts) => mountAny(w, data, { ...opts, attrs: { lang: 'en', ...opts?.attrs } });

/** No coordinate or size in the drawing is NaN or infinite. */
function assertFiniteGeometry(el: Element): void {
  for (const r of shadowRoots(el)) {
    for (const n of Array.from(r.querySelectorAll('svg *, svg, [style]'))) {
      for (const a of n.getAttributeNames()) {
        if (a === 'aria-label' || a.startsWith('data-')) continue;
        expect(n.getAttribute(a), `${a} on <${n.localName}>`).not.to.match(/NaN|Infinity/);
      }
    }
  }
}

/** Visible SVG/HTML text boxes of the chart that overlap each other by more than 1px. */
function overlaps(el: Element): string[] {
  const boxes = Array.from(root(el).querySelectorAll<SVGTextElement>('.chart svg text'))
    .filter((t) => t.textContent.trim() && getComputedStyle(t).visibility !== 'hidden' && getComputedStyle(t).display !== 'none' && Number(getComputedStyle(t).opacity) > 0)
    .map((t) => ({ t: t.textContent.trim().slice(0, 20), r: t.getBoundingClientRect() }))
    .filter((b) => b.r.width > 0);
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.r;
      const b = boxes[j]!.r;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 1 && y > 1) out.push(`${boxes[i]!.t} × ${boxes[j]!.t}`);
    }
  }
  return out;
}

const dataWidgets = WIDGETS.filter((w) => w.input === 'data');

describe('hardening: data edge cases', () => {
  let err: ReturnType<typeof captureConsole>;
  beforeEach(() => (err = captureConsole('error')));
  afterEach(() => err.restore());

  for (const w of dataWidgets) {
    describe(`<${w.tag}>`, () => {
      for (const [name, make] of Object.entries(EDGE_CASES)) {
        if (!w.valueColumn && !['empty', 'header only', 'one row', 'duplicate categories'].includes(name)) continue;
        const rule = name === 'empty' || name === 'header only' ? 'empty' : (w.edges?.[name] ?? w.count);
        it(`${name}: ${rule instanceof RegExp ? `error ${String(rule)}, last render kept` : rule === 'empty' ? '"No data to show"' : `draws ${rule}`}`, async () => {
          const el = await mount(w);
          el.data = make(w);
          await el.updateComplete;
          if (rule instanceof RegExp) {
            expect(await errored(el)).to.match(rule);
            expect(marks(el, w).length, 'last good render kept').to.equal(w.count);
          } else if (rule === 'empty') {
            await waitUntil(() => root(el).querySelector('.status[role="status"]')?.textContent.includes('No data to show'), 'no empty state');
            expect(marks(el, w)).to.have.length(0);
          } else {
            await waitUntil(() => marks(el, w).length === rule, `never drew ${rule}`);
            expect(errorText(el)).to.equal('');
            assertFiniteGeometry(el);
          }
        });
      }

      if (w.textColumns.length) {
        for (const width of [280, 640]) {
          it(`300-character, emoji and RTL labels at ${width}px: full text to screen readers, no overlapping text`, async () => {
            const long = '海州区'.repeat(100);
            const labels = [long, '📈🚀 増長 👩‍👩‍👧‍👦 data', 'מדד הכלכלה العربية ٢٠٢١'];
            const col = w.textColumns[0]!;
            const rows = (w.valid() as Array<Record<string, unknown>>).map((r, i) => ({ ...r, [col]: labels[i % labels.length] }));
            const el = await mount(w, rows, { width });
            const spoken = Array.from(root(el).querySelectorAll('[aria-label]')).map((n) => n.getAttribute('aria-label')!).join('\n') + readerText(el);
            for (const l of labels.slice(0, w.count)) expect(spoken, `full label ${l.slice(0, 12)}…`).to.include(l);
            expect(overlaps(el)).to.deep.equal([]);
            const box = el.getBoundingClientRect();
            for (const svg of Array.from(root(el).querySelectorAll('svg'))) expect(svg.getBoundingClientRect().right).to.be.at.most(box.right + 1);
          });
        }
      }
    });
  }

  describe('<dj-bar-chart> with 100,000 rows', () => {
    it('refuses or aggregates with a message, and never blocks the main thread > 200 ms', async function () {
      this.timeout(20000);
      const w = byTag('dj-bar-chart')!;
      const long: number[] = [];
      const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => long.push(e.duration)));
      obs.observe({ type: 'longtask' });
      try {
        // Built in slices, each its own task: the test's own work is not what is measured.
        const rows: Array<Record<string, unknown>> = [];
        for (let k = 0; k < 20; k++) {
          for (let i = k * 5000; i < (k + 1) * 5000; i++) rows.push({ 地区: `区${i}`, 产值: i % 97 });
          await new Promise((r) => setTimeout(r, 0));
        }
        const el = await mount(w);
        el.data = rows;
        const text = await errored(el);
        expect(text).to.include('100,000 rows are more than this chart can show (at most 1,000); aggregate the data or split it into several charts.');
        expect(marks(el, w).length, 'last good render kept').to.equal(w.count);
        await new Promise((r) => setTimeout(r, 100));
      } finally {
        obs.disconnect();
      }
      expect(Math.max(0, ...long), `long tasks: ${long.map(Math.round).join(', ')} ms`).to.be.at.most(200);
    });
  });
});

describe('hardening: a span no scale can hold', () => {
  it('<dj-line-chart> with −1e308 and 1e308: the axis would overflow, so an error says so; last render kept', async () => {
    const err = captureConsole('error');
    try {
      const w = byTag('dj-line-chart')!;
      const el = await mount(w);
      el.data = [{ 年份: '2019', 收入: -1e308 }, { 年份: '2020', 收入: 1e308 }];
      expect(await errored(el)).to.include('A value is too large to draw (1e+308); give the values in a larger unit.');
      expect(marks(el, w).length).to.equal(w.count);
    } finally {
      err.restore();
    }
  });
});

describe('hardening: dates in several formats', () => {
  let err: ReturnType<typeof captureConsole>;
  beforeEach(() => (err = captureConsole('error')));
  afterEach(() => err.restore());
  const formats = ['2021-01-15', '2021/01/15', '2021年1月15日', '2021-01', '2021年1月', '2021'];

  it('<dj-timeline> reads ISO, slashed, Chinese and partial dates at their precision', async () => {
    const w = byTag('dj-timeline')!;
    const rows = formats.map((d, i) => ({ 日期: d, 标题: `事件${i}`, 说明: '', 链接: '' }));
    const el = await mount(w, rows, { count: formats.length });
    expect(errorText(el)).to.equal('');
    assertFiniteGeometry(el);
  });

  it('<dj-line-chart> reads years, ISO dates and epoch milliseconds on a time axis', async () => {
    const w = byTag('dj-line-chart')!;
    for (const xs of [['2019', '2020', '2021'], ['2021-01-15', '2021-02-15', '2021-03-15'], [1610668800000, 1613347200000, 1615766400000]]) {
      const rows = xs.map((x, i) => ({ 日期: x, 收入: i + 1 }));
      const el = await mount(w, rows, { count: 1 });
      expect(errorText(el), String(xs[0])).to.equal('');
      assertFiniteGeometry(el);
    }
  });
});
