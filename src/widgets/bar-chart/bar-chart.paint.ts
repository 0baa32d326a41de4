/**
 * The bar chart's first paint (issue #16; core/paint/paint.ts says how and when): the loader
 * imports this small chunk first and calls `paint` on each <dj-bar-chart> within reach of the
 * viewport, so an article's bars are drawn before Lit and the full element arrive. Single-series
 * bars only: the scene is the element's own — `layoutBars` with the options of
 * bar-chart.options.ts, `drawBars` and the bars' layer of bar-chart.layer.ts — in the element's
 * structure (`.plot` › `svg` › frame nodes and `g.bars`, then the keyboard hint), built by DOM calls.
 */
import { chooseColumn } from '../../core/data/typed.js';
import { namesUnit } from '../../core/format/year.js';
import { h, svgEl, svgNodes } from '../../core/paint/dom.js';
import { paint as paintOne, paintAll as paintEach, type Painter } from '../../core/paint/paint.js';
import { paletteStyles } from '../../core/palette.js';
import { exportButtonStyles } from '../../core/export/button-styles.js';
import { frameStyles, tokens } from '../../core/styles.js';
import { barData, valueColumns } from './bar-chart.data.js';
import { drawBars } from './bar-chart.draw.js';
import { barLayer, frameNodes } from './bar-chart.layer.js';
import { layoutBars } from './bar-chart.layout.js';
import { barOptions, barProps, MAX_BARS } from './bar-chart.options.js';
import { barStyles } from './bar-chart.styles.js';
import { elementOnly } from './bar-chart.paint-hint.js';

const painter: Painter = {
  // DjBarChart.styles: DjWidget's [tokens, frameStyles, exportButtonStyles], then the palette and the bars'.
  styles: [tokens, frameStyles, exportButtonStyles, paletteStyles, barStyles],
  maxRows: MAX_BARS,
  prepare(table, el, base) {
    const p = barProps(el);
    // The element's column choice (DjBarChart.buildScene); several series are the element's to draw.
    const columns = valueColumns(table, { series: p.series, value: base.value, label: base.label, unit: base.unit });
    if (columns.length > 1) return null;
    const first = columns[0] ?? chooseColumn(table, 'number', base.value);
    // A unit in the value header ("地区生产总值（亿元）") is read by the element only (typed.ts): its chart.
    if (namesUnit(table.columns[first]?.name ?? '')) return null;
    // So is an English unit attribute (unit="billion yuan", as the builder publishes one: header-unit.ts readUnit).
    if (/[a-z]/i.test(base.unit ?? '')) return null;
    const li = chooseColumn(table, 'text', base.label, first);
    // Another text column may be figures the element reads ("下降4.9%": core/data/worded.ts) and draws.
    if (table.columns.some((c, i) => c.type === 'text' && i !== li)) return null;
    const data = barData(table, first, li, base.unit);
    // Total rows (合计, 全省) and year-to-date spans (一季度 … 全年): the element's to draw (bar-chart.paint-hint.ts).
    if (elementOnly(data.map((d) => d.label))) return null;
    return (c) => {
      const scene = layoutBars(data, barOptions(p, { locale: c.locale, font: c.font, measure: c.measure, missingText: c.t.missing, numberStyle: base.numberStyle }), c.width);
      const d = drawBars(scene, { paint: null, measure: c.measure, font: c.font }, !p.noValues);
      const frame = frameNodes(scene, d);
      // No bar is active or focused yet; the first one is the tab stop, as in the element's first render.
      const layer = barLayer(scene, d, (pos) => ({ active: false, tabIndex: pos === 0 ? 0 : -1, ring: false }), c.locale, null);
      const svg = svgEl(
        'svg',
        { width: scene.width, height: scene.height, viewBox: `0 0 ${scene.width} ${scene.height}`, role: 'group', 'aria-label': [c.title, c.t.chart].filter(Boolean).join(' — '), 'aria-describedby': 'summary hint' },
        ...svgNodes(frame),
        svgEl('g', { class: scene.labelsAbove ? 'bars labels-above' : 'bars' }, ...svgNodes(layer.nodes)),
      );
      return { chart: [h('div', { class: 'plot' }, svg), h('p', { id: 'hint', class: 'sr-only' }, c.t.keyboardHint)], summary: scene.summary };
    };
  },
};

/** Paints `el` (a <dj-bar-chart> not yet defined) if it can; true when its bars are on the page. */
export const paint = (el: HTMLElement): boolean => paintOne(el, painter);

/** Paints each of `els` it can, reading and writing the page in phases; returns the painted ones. */
export const paintAll = (els: readonly HTMLElement[]): HTMLElement[] => paintEach(els, painter);
