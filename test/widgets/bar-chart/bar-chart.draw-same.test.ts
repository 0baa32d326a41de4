/**
 * Issue #16: the bar chart's per-bar drawing (`mark()` in bar-chart.draw.ts) and layer
 * (`barNode` in bar-chart.layer.ts) were rewritten without object spreads, `s()`'s arrays and
 * closures (less allocation in the first render). The page's DOM and toSvg()'s bytes must not
 * change: this holds the drawing and the layer to the code as it was at ece5a76
 * (kept below), node by node, attribute by attribute, in attribute order (JSON keeps key order),
 * for the page's pen and the static pens, over scenes that take every branch.
 */
import { expect } from '@open-wc/testing';
import { BAR_DEFAULTS as base } from '../../helpers/widgets.js';
import { live, painted, type Pen } from '../../../src/core/draw/pen.js';
import { colorClass } from '../../../src/core/palette.js';
import { paintFor, paletteColor, type Paint } from '../../../src/core/static-svg/paint.js';
import { s, serializeSvg, type SvgAttrs, type SvgNode } from '../../../src/core/static-svg/svg.js';
import { barHit, drawBars } from '../../../src/widgets/bar-chart/bar-chart.draw.js';
import { barLayer, type BarState } from '../../../src/widgets/bar-chart/bar-chart.layer.js';
import { layoutBars, type BarDatum, type BarMark, type BarOptions, type BarScene } from '../../../src/widgets/bar-chart/bar-chart.layout.js';
import { layoutSeries, type SeriesOptions } from '../../../src/widgets/bar-chart/bar-chart.series.js';
import type { Locale } from '../../../src/core/i18n/locale.js';

// ---- The code replaced (ece5a76), verbatim but for names. ----
const text = (x: number, y: number, str: string, attrs: SvgAttrs = {}): SvgNode => s('text', { x, y, 'text-anchor': null, 'dominant-baseline': 'central', ...attrs }, str);
const anchor = (a: 'start' | 'middle' | 'end'): string | null => (a === 'start' ? null : a);
function markFill(m: BarMark, p: Paint): string {
  if (m.highlighted) return p.highlight;
  if (m.series !== undefined) return paletteColor(p, m.series);
  if (m.negative) return p.negative;
  return p.accent;
}
function oldMark(m: BarMark, scene: BarScene, pen: Pen, values: boolean): SvgNode[] {
  const lh = scene.lineHeight;
  const halo = scene.labelsAbove ? painted(pen, (p) => ({ stroke: p.bg, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' })) : {};
  const showValue = m.valueText !== '' && (values || m.value === null);
  const valueClass = `value${m.valueInside ? ' inside' : ''}${m.value === null ? ' missing' : ''}`;
  const valueFill = painted(pen, (p) => ({ fill: m.value === null ? p.muted : m.valueInside ? p.onMark : null }));
  return [
    s('rect', { ...live(pen, { class: 'mark' }), x: m.x, y: m.y, width: m.width, height: m.height, rx: 1, ...painted(pen, (p) => ({ fill: markFill(m, p) })) }),
    ...m.labelLines.map((line, i) => text(m.labelX, m.labelY + i * lh, line, { ...live(pen, { class: 'label' }), 'text-anchor': anchor(m.labelAnchor), ...halo })),
    ...(showValue ? [text(m.valueX, m.valueY, m.valueText, { ...live(pen, { class: valueClass }), 'text-anchor': anchor(m.valueAnchor), ...valueFill })] : []),
  ];
}
function oldBarNode(m: BarMark, pos: number, scene: BarScene, drawing: readonly SvgNode[], st: BarState, locale: Locale): SvgNode {
  const cls = ['bar', m.highlighted ? 'highlighted' : '', m.negative ? 'negative' : '', st.active ? 'active' : '', m.series === undefined ? '' : `series ${colorClass(m.series)}`].join(' ');
  const hit = st.ring ? barHit(m, scene) : null;
  return s(
    'g',
    { class: cls, part: 'mark', role: 'img', 'aria-label': m.aria, 'aria-roledescription': locale === 'zh-CN' ? '数据条' : 'bar', tabindex: String(st.tabIndex), 'data-index': String(pos) },
    drawing,
    hit ? s('rect', { class: 'focus-ring', x: String(hit.x + 1), y: String(hit.y + 1), width: String(Math.max(0, hit.width - 2)), height: String(Math.max(0, hit.height - 2)), rx: '3' }) : null,
  );
}
// ---- end of the replaced code ----

const CITIES: BarDatum[] = [
  { label: '苏州市', value: 24653.37, unit: '亿元' },
  { label: '南京市', value: 17421.4, unit: '亿元' },
  { label: '连云港市（含东海县、灌云县、灌南县）', value: 4363.61, unit: '亿元' },
  { label: '外资', value: null, unit: '亿元' },
  { label: '亏损企业', value: -1200, unit: '亿元' },
];
const TINY: BarDatum[] = [
  { label: 'Rev', value: 3, unit: '' },
  { label: 'Loss', value: -0.004, unit: '' },
  { label: 'Flat', value: 0, unit: '' },
];
const MANY: BarDatum[] = Array.from({ length: 40 }, (_, i) => ({ label: `项目${i + 1}`, value: (i * 7919) % 1000, unit: '个' }));
const PARKS = {
  categories: ['苏州工业园区', '南京江宁', '无锡新区'],
  series: [{ name: '2022', unit: '亿元' }, { name: '2023', unit: '亿元' }],
  values: [[10, 12], [-3, 5], [null, 7]],
};

function scenes(): { name: string; scene: BarScene; values: boolean; locale: Locale }[] {
  const out: { name: string; scene: BarScene; values: boolean; locale: Locale }[] = [];
  for (const width of [320, 375, 1280]) {
    for (const values of [true, false]) {
      for (const orientation of ['horizontal', 'vertical'] as const) {
        const o: BarOptions = { ...base, orientation, values, highlight: ['南京市', 'Loss'] };
        out.push({ name: `cities ${orientation} ${width} values=${values}`, scene: layoutBars(CITIES, o, width), values, locale: 'zh-CN' });
        out.push({ name: `tiny ${orientation} ${width} values=${values}`, scene: layoutBars(TINY, { ...o, locale: 'en', missingText: 'No data' }, width), values, locale: 'en' });
        out.push({ name: `many ${orientation} ${width}`, scene: layoutBars(MANY, { ...o, sort: 'descending' }, width), values, locale: 'zh-CN' });
        for (const mode of ['grouped', 'stacked', 'diverging'] as const) {
          const so: SeriesOptions = { ...o, mode, hidden: [] };
          out.push({ name: `series ${mode} ${orientation} ${width}`, scene: layoutSeries(PARKS, so, width), values, locale: 'zh-CN' });
        }
      }
    }
  }
  return out;
}

const livePen: Pen = { paint: null, measure: base.measure, font: base.font };
const pens: [string, Pen][] = [
  ['page', livePen],
  ['light image', { paint: paintFor('light'), measure: base.measure, font: base.font }],
  ['dark image', { paint: paintFor('dark', 'en'), measure: base.measure, font: base.font }],
];

describe('bar chart: the per-bar drawing and layer are the code they replaced, node for node', () => {
  const all = scenes();

  it('takes every branch: labels above, negative, missing, inside values, series, highlight', () => {
    const marks = all.flatMap((c) => c.scene.marks);
    expect(all.some((c) => c.scene.labelsAbove)).to.equal(true);
    expect(marks.some((m) => m.negative)).to.equal(true);
    expect(marks.some((m) => m.value === null)).to.equal(true);
    expect(marks.some((m) => m.valueInside)).to.equal(true);
    expect(marks.some((m) => m.series !== undefined)).to.equal(true);
    expect(marks.some((m) => m.highlighted)).to.equal(true);
    expect(marks.some((m) => m.labelLines.length > 1)).to.equal(true);
    expect(marks.some((m) => m.labelAnchor === 'start')).to.equal(true);
  });

  for (const [penName, pen] of pens) {
    it(`drawBars with the ${penName} pen: the same nodes, attributes in the same order, the same markup`, () => {
      for (const c of all) {
        const d = drawBars(c.scene, pen, c.values);
        const old = c.scene.marks.map((m) => oldMark(m, c.scene, pen, c.values));
        expect(JSON.stringify(d.marks), c.name).to.equal(JSON.stringify(old));
        expect(d.marks.flat().map(serializeSvg).join(''), c.name).to.equal(old.flat().map(serializeSvg).join(''));
      }
    });
  }

  it('barLayer: the same <g> per bar — class, roles, names, tabindex, focus ring', () => {
    let rings = 0;
    for (const c of all) {
      const d = drawBars(c.scene, livePen, c.values);
      const n = c.scene.marks.length;
      const state = (pos: number): BarState => ({ active: pos === 1, tabIndex: pos === n - 1 ? 0 : -1, ring: pos === n - 1 });
      const layer = barLayer(c.scene, d, state, c.locale, null);
      const old = c.scene.marks.map((m, pos) => oldBarNode(m, pos, c.scene, d.marks[pos] ?? [], state(pos), c.locale));
      rings += layer.nodes.filter((g) => g.children.some((k) => typeof k !== 'string' && k.attrs.class === 'focus-ring')).length;
      expect(JSON.stringify(layer.nodes), c.name).to.equal(JSON.stringify(old));
    }
    expect(rings).to.equal(all.length);
  });
});
