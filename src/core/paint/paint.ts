/**
 * A lean first paint (issue #16): a widget's marks drawn from its own markup by a small chunk,
 * before Lit and the full element have arrived, which then replaces them in one task.
 *
 * It runs on a `dj-*` element that is not defined yet: reads its attributes and its light-DOM
 * <table> (or JSON script) with the element's own readers, types the data as the element does,
 * and lets the widget's painter lay out and draw the very scene the element will (its layout and
 * drawing functions, one option mapping). The frame goes into an open shadow root with the
 * element's constructed stylesheets. Then `markPainted`: the loader and the full element know the
 * root is a paint, not a server's — the element clears it and renders in the same task
 * (core/hydration.ts's fresh-render path), still, without an entrance: the bars are already there.
 *
 * It shows less, never something false: anything it is not sure of — a `src`, data or options set
 * by a script (own properties), a server's root, an element still being parsed or far from the
 * viewport, a hidden one, a data error, a case the widget's painter does not draw (several
 * series) — paints nothing and leaves the element to the full widget, which shows it (or its error)
 * as before.
 */
import { sheetFor } from '../base/scheme-sheet.js';
import { chartWidthOf, contentWidth } from '../base/width.js';
import { tooManyRows } from '../data/limits.js';
import { readLightDomBare } from '../data/light-dom.js';
import { typeTableBare, type DataTable } from '../data/typed.js';
import type { NumberStyle } from '../format/number.js';
import { resolveLocale, type Locale } from '../i18n/locale.js';
import { messages, type Messages } from '../i18n/messages.js';
import { computedFont, measureText, type Measure } from '../measure.js';
import { readPageScheme } from '../page-scheme.js';
import { capSummary } from '../a11y/summary-cap.js';
import { paintedFrame } from './frame.js';
import { markPainted } from './mark.js';

/** The chart attributes every widget reads (core/base/inputs.ts), through Lit's default converters. */
export interface BaseInputs {
  label: string | null;
  value: string | null;
  unit: string | null;
  numberStyle: NumberStyle;
  decimalComma: boolean;
}

/** What a painter draws with at paint time. */
export interface PaintContext {
  width: number;
  font: string;
  measure: Measure;
  locale: Locale;
  t: Messages;
  /** The frame's title: `heading`, else the table's caption. */
  title: string;
}

export interface Painted {
  /** The chart box's content. */
  chart: Node[];
  /** The scene's generated summary (capped as the element caps it). */
  summary: string;
}

export interface Painter {
  /** The element's styles, in its own order (`static styles`): Lit's CSSResults, whose sheets the element adopts too. */
  styles: readonly { readonly styleSheet: CSSStyleSheet | undefined }[];
  /** The element's row limit (`static maxRows`). */
  maxRows: number;
  /**
   * From the typed table: the drawing at a size, or null for a case this painter does not draw.
   * Throws (a DataError) where the element would show an error. Runs before anything is attached.
   */
  prepare(table: DataTable, el: HTMLElement, base: BaseInputs): ((c: PaintContext) => Painted) | null;
}

/** Lit's default converters: a Number property is `Number(attribute)`, absent → the default. */
const num = (el: Element, name: string): number | null => {
  const v = el.getAttribute(name);
  return v === null ? null : Number(v);
};

function baseInputs(el: Element): BaseInputs {
  return {
    label: el.getAttribute('label'),
    value: el.getAttribute('value'),
    unit: el.getAttribute('unit'),
    numberStyle: { decimals: num(el, 'decimals'), notation: (el.getAttribute('notation') ?? 'standard') },
    decimalComma: el.hasAttribute('decimal-comma'),
  };
}

/** Still being parsed (core/hydration.ts's `stillParsing`): its table may not all be there yet. */
function parsing(el: Element): boolean {
  if (document.readyState !== 'loading') return false;
  for (let n: Node | null = el; n && n !== document; n = n.parentNode) if (n.nextSibling) return false;
  return true;
}

/** Within a screen of the viewport: what the element draws at once (core/base/chart-state.ts's `near`, rootMargin 100% 0px). */
function near(el: Element): boolean {
  if (el.getClientRects().length === 0) return false;
  const r = el.getBoundingClientRect();
  const vh = innerHeight;
  return r.bottom >= -vh && r.top <= 2 * vh && r.right >= 0 && r.left <= innerWidth;
}

let held: CSSStyleSheet | undefined;
/**
 * The footer's tools are hidden on a host not yet defined (core/styles.ts: a server's drawing before
 * its script offers no controls). A paint keeps their room instead — invisible, not clickable — so
 * the frame is as tall as the element's and the article below does not move when they appear.
 */
function toolsHeld(): CSSStyleSheet {
  if (!held) {
    held = new CSSStyleSheet();
    held.replaceSync(':host(:not(:defined)) .tools { display: flex; visibility: hidden; }');
  }
  return held;
}

/** theme="auto" follows the page (core/base/scheme-sheet.ts): the same rule and the same sheet, so the first colours are the element's. */
function schemeSheet(el: Element): CSSStyleSheet[] {
  if ((el.getAttribute('theme') ?? 'auto') !== 'auto') return [];
  const scheme = readPageScheme(el);
  return scheme ? [sheetFor(scheme)] : [];
}

/** May this element be painted at all? Cheap checks on the markup only. */
export function paintable(el: HTMLElement): boolean {
  return (
    !customElements.get(el.localName) &&
    !el.shadowRoot &&
    // A script set something (`.data`, `.heading` …) before the element was defined: Lit will use it.
    Object.keys(el).length === 0 &&
    !el.hasAttribute('src') &&
    !el.hasAttribute('ssr-width') &&
    !parsing(el) &&
    near(el)
  );
}

interface Planned {
  el: HTMLElement;
  table: DataTable;
  draw: (c: PaintContext) => Painted;
  schemes: CSSStyleSheet[];
}

/** Reads only: is `el` paintable, with good data, in a case the painter draws? Then its plan. */
function plan(el: HTMLElement, painter: Painter): Planned | null {
  if (!paintable(el)) return null;
  const base = baseInputs(el);
  try {
    // Without locating a JSON error: on one, nothing is painted and the element shows it, located.
    const read = readLightDomBare(el);
    if (!read || tooManyRows(read.table.rows.length, painter.maxRows, read.input)) return null;
    // Without the header-unit reader (its bytes): such tables are the element's (bar-chart.paint.ts).
    const table = typeTableBare(read.table, { decimal: base.decimalComma ? ',' : '.' });
    if (table.cells.length === 0) return null;
    const draw = painter.prepare(table, el, base);
    return draw ? { el, table, draw, schemes: schemeSheet(el) } : null;
  } catch {
    // The element reads the same data again and shows the error, located, in its place.
    return null;
  }
}

/** Nothing painted after all: the markup shows through a slot, as before the root existed. */
function standAside(root: ShadowRoot): void {
  root.adoptedStyleSheets = [];
  root.replaceChildren(document.createElement('slot'));
}

/**
 * Paints each element it can; returns those whose bars are on the page. Never throws. The page is
 * read and written in phases — every check, then every root, then every width and font, then every
 * drawing — so several charts cost one style-and-layout pass or two, not two each (as the element's
 * first reads are batched: core/controllers/first-reads.ts).
 */
export function paintAll(els: readonly HTMLElement[], painter: Painter): HTMLElement[] {
  const plans = els.map((el) => plan(el, painter)).filter((p): p is Planned => p !== null);
  // Attached first: the width and font are the host's with its own :host rules, as the element reads them.
  const rooted = plans.map((p) => {
    const root = p.el.attachShadow({ mode: 'open' });
    markPainted(p.el);
    root.adoptedStyleSheets = [...painter.styles.map((s) => s.styleSheet).filter((s): s is CSSStyleSheet => !!s), toolsHeld(), ...p.schemes];
    return { ...p, root };
  });
  // Reads again, all together: one style-and-layout pass for every root just attached.
  const sized = rooted.map((p) => ({
    ...p,
    width: chartWidthOf({ width: num(p.el, 'width'), ssrWidth: null, firstHydration: false, measured: contentWidth(p.el) }),
    font: computedFont(p.el),
    locale: resolveLocale(p.el),
  }));
  const painted: HTMLElement[] = [];
  for (const { el, root, table, draw, width, font, locale } of sized) {
    try {
      if (width <= 0) throw new Error('hidden');
      const t = messages(locale);
      const title = el.getAttribute('heading') || table.caption || '';
      const out = draw({ width, font, measure: measureText, locale, t, title });
      const summary = el.getAttribute('summary') ?? capSummary(out.summary, locale);
      root.append(
        paintedFrame({
          locale, t, title, subtitle: el.getAttribute('subtitle') ?? '', chart: out.chart, summary,
          notes: el.getAttribute('notes') ?? '', source: el.getAttribute('source') ?? '', sourceUrl: el.getAttribute('source-url') ?? '', credit: el.getAttribute('credit') ?? '',
        }),
      );
      painted.push(el);
    } catch {
      standAside(root);
    }
  }
  return painted;
}

/** Paints `el` if it can; true when its bars are on the page. Never throws. */
export function paint(el: HTMLElement, painter: Painter): boolean {
  return paintAll([el], painter).length === 1;
}
