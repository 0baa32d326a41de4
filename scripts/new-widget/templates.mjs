// The files `npm run new-widget` writes. Each template is a working widget of the library's shape
// ("D3 computes, Lit renders"): a pure layout (data + size → scene), ONE drawing of that scene
// (<name>.draw.ts, through the pen in core/draw/) which the element mounts with drawn() and toSvg()
// serialises with resolved paint (<name>.svg.ts, a thin wrapper), a thin element around it (hit areas,
// focus, hover, events), a data reader with located bilingual errors, and a sample the generic suites
// read. The widget: one labelled dot per row on a shared value scale (a dot plot).
// test/e2e/manifest.e2e.mjs generates one into a temporary copy and type-checks and lints it.

/** @param {{ name: string, tag: string, className: string, pascal: string, camel: string, en: string, zh: string }} n */
export function templates(n) {
  const dir = `src/widgets/${n.name}`;
  const Scene = `${n.pascal}Scene`;
  const Datum = `${n.pascal}Datum`;
  const layout = `layout${n.pascal}`;
  const read = `read${n.pascal}`;
  return {
    [`${dir}/${n.name}.layout.ts`]: `/**
 * <${n.tag}>'s layout, pure: rows + width → every position the element and the static SVG draw.
 * One row per datum: its label on the left, a dot on a value scale shared by all rows, the value
 * written after the track. Rows without a value keep their line (label and "—"), so nothing the
 * table holds disappears silently.
 */
import { scaleLinear } from 'd3-scale';
import { formatValue, type NumberStyle } from '../../core/format/number.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { Measure } from '../../core/measure.js';

export interface ${Datum} {
  label: string;
  /** null: the row has no usable number (missing, NaN, ±Infinity). */
  value: number | null;
  unit: string;
  /** The row in the input (0-based), for dj-select. */
  index: number;
}

export interface ${n.pascal}Options {
  locale: Locale;
  /** Font shorthand of the text, for \`measure\`. */
  font: string;
  measure: Measure;
  /** The widget's \`decimals\` and \`notation\`, passed on to every number it writes; unset: as published. */
  numberStyle?: NumberStyle | undefined;
}

export interface ${n.pascal}Item {
  pos: number;
  index: number;
  /** The row's number (null: none) and unit, for dj-select. */
  amount: number | null;
  unit: string;
  label: { x: number; y: number; text: string; full: string };
  value: { x: number; y: number; text: string };
  /** null when the row has no value. */
  dot: { cx: number; cy: number; r: number } | null;
  track: { x1: number; x2: number; y: number };
  hit: { x: number; y: number; width: number; height: number };
  /** What a screen reader says for the row. */
  aria: string;
}

export interface ${Scene} {
  width: number;
  height: number;
  items: ${n.pascal}Item[];
  /** The zero line, when zero is inside the scale. */
  zero: { x: number; y1: number; y2: number } | null;
  summary: string;
}

const ROW = 32;
const GAP = 12;
const R = 6;

/** The text cut to \`max\` px with an ellipsis (labels never run into the track). */
function fit(text: string, max: number, font: string, measure: Measure): string {
  if (measure(text, font) <= max) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && measure(\`\${chars.join('')}…\`, font) > max) chars.pop();
  return \`\${chars.join('')}…\`;
}

export function ${layout}(data: readonly ${Datum}[], width: number, o: ${n.pascal}Options): ${Scene} {
  const zh = o.locale === 'zh-CN';
  const texts = data.map((d) => (d.value === null ? '—' : formatValue(d.value, d.unit, o.locale, { style: o.numberStyle })));
  const values = data.flatMap((d) => (d.value === null ? [] : [d.value]));
  const labelWidth = Math.min(Math.max(0, ...data.map((d) => o.measure(d.label, o.font))), width * 0.35);
  const valueWidth = Math.min(Math.max(0, ...texts.map((t) => o.measure(t, o.font))), width * 0.3);
  const x0 = labelWidth + GAP + R;
  const x1 = Math.max(x0 + 1, width - valueWidth - GAP - R);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  // All values zero (or none): a unit domain keeps the scale finite.
  const x = scaleLinear().domain(lo === hi ? [0, 1] : [lo, hi]).range([x0, x1]);
  const items = data.map((d, pos): ${n.pascal}Item => {
    const y = pos * ROW + ROW / 2;
    const text = texts[pos] ?? '—';
    return {
      pos,
      index: d.index,
      amount: d.value,
      unit: d.unit,
      label: { x: 0, y, text: fit(d.label, labelWidth, o.font, o.measure), full: d.label },
      value: { x: x1 + R + GAP, y, text },
      dot: d.value === null ? null : { cx: x(d.value), cy: y, r: R },
      track: { x1: x0, x2: x1, y },
      hit: { x: 0, y: pos * ROW, width, height: ROW },
      aria: zh ? \`\${d.label}：\${d.value === null ? '无数值' : text}\` : \`\${d.label}: \${d.value === null ? 'no value' : text}\`,
    };
  });
  const height = Math.max(ROW, data.length * ROW);
  const top = data.reduce<${Datum} | null>((best, d) => (d.value !== null && (best === null || d.value > (best.value ?? -Infinity)) ? d : best), null);
  const topText = top ? formatValue(top.value ?? 0, top.unit, o.locale, { style: o.numberStyle }) : '';
  const summary = zh
    ? \`共 \${data.length} 项\${top ? \`，最大的是\${top.label}（\${topText}）\` : ''}。\`
    : \`\${data.length} item\${data.length === 1 ? '' : 's'}\${top ? \`; the largest is \${top.label} (\${topText})\` : ''}.\`;
  return { width, height, items, zero: lo < 0 && hi > 0 ? { x: x(0), y1: 0, y2: height } : null, summary };
}
`,
    [`${dir}/${n.name}.data.ts`]: `/**
 * A typed table → <${n.tag}>'s rows: the value column (the \`value\` attribute, else the first
 * column of numbers) and the label column (\`label\`, else the first text column). A column named
 * that does not exist, or no column of numbers, is a located bilingual DataError (core/data/typed.ts).
 */
import { chooseColumn, type DataTable } from '../../core/data/typed.js';
import type { ${Datum} } from './${n.name}.layout.js';

export function ${read}(table: DataTable, labelColumn: string | null, valueColumn: string | null, unit: string): ${Datum}[] {
  const vi = chooseColumn(table, 'number', valueColumn);
  const li = chooseColumn(table, 'text', labelColumn, vi);
  return table.cells.map((row, r) => {
    const v = row[vi];
    const l = row[li];
    const raw = table.raw[r]?.[li];
    const label = l?.kind === 'text' ? l.text : typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    const value = v?.kind === 'number' && Number.isFinite(v.value) ? v.value : null;
    return { label, value, unit: v?.kind === 'number' && v.unit ? v.unit : unit, index: r };
  });
}
`,
    [`${dir}/${n.name}.styles.ts`]: `import { css } from 'lit';

export const ${n.camel}Styles = css\`
  svg { display: block; overflow: visible; }
  .item text { fill: var(--_fg); dominant-baseline: central; }
  .item .value { fill: var(--_muted); font-variant-numeric: tabular-nums; }
  .item .track { stroke: var(--_grid); stroke-width: 1; }
  .item .dot { fill: var(--_accent); }
  .item.active .dot { fill: var(--_highlight); }
  .item .hit { fill: transparent; }
  .item:focus { outline: none; }
  .item .focus-ring { fill: none; stroke: var(--_focus); stroke-width: 2; }
  .zero { stroke: var(--_axis); stroke-width: 1; }
\`;
`,
    [`${dir}/${n.name}.draw.ts`]: `/**
 * <${n.tag}>'s one drawing (core/draw/pen.ts): the zero line and each row's track, dot, label and
 * value, from the finished scene. The page mounts it with \`drawn()\` (classes; CSS colours it)
 * inside the element's interactive row groups; \`toSvg()\` serialises the same nodes with resolved
 * paint (./${n.name}.svg.ts). Hit areas, focus ring and hover are the element's, not the drawing's.
 */
import { live, painted, type Pen } from '../../core/draw/pen.js';
import { s, type SvgAttrs, type SvgNode } from '../../core/static-svg/svg.js';
import type { ${Scene} } from './${n.name}.layout.js';

export interface ${n.pascal}Drawing {
  /** The zero line, when zero is inside the scale. */
  zero: SvgNode | null;
  /** Per row (scene.items order): track, dot (when it has a value), label, value. */
  rows: SvgNode[][];
}

const text = (x: number, y: number, str: string, attrs: SvgAttrs): SvgNode => s('text', { x, y, 'dominant-baseline': 'central', ...attrs }, str);

/** <${n.tag}>'s drawing from its scene: with \`livePen\` for the page, \`staticPen\` for an image. */
export function draw${n.pascal}(scene: ${Scene}, pen: Pen): ${n.pascal}Drawing {
  const z = scene.zero;
  return {
    zero: z ? s('line', { ...live(pen, { class: 'zero' }), x1: z.x, x2: z.x, y1: z.y1, y2: z.y2, ...painted(pen, (p) => ({ stroke: p.axis, 'stroke-width': 1 })) }) : null,
    rows: scene.items.map((m) =>
      [
        s('line', { ...live(pen, { class: 'track' }), x1: m.track.x1, x2: m.track.x2, y1: m.track.y, y2: m.track.y, ...painted(pen, (p) => ({ stroke: p.grid, 'stroke-width': 1 })) }),
        m.dot ? s('circle', { ...live(pen, { class: 'dot' }), cx: m.dot.cx, cy: m.dot.cy, r: m.dot.r, ...painted(pen, (p) => ({ fill: p.accent })) }) : null,
        text(m.label.x, m.label.y, m.label.text, { ...live(pen, { class: 'label', 'aria-hidden': 'true' }), ...painted(pen, (p) => ({ fill: p.fg })) }),
        text(m.value.x, m.value.y, m.value.text, { ...live(pen, { class: 'value', 'aria-hidden': 'true' }), ...painted(pen, (p) => ({ fill: p.muted })) }),
      ].filter((node): node is SvgNode => node !== null),
    ),
  };
}
`,
    [`${dir}/${n.name}.svg.ts`]: `/**
 * <${n.tag}> as static SVG (WeChat, RSS, email, PNG export, server rendering): the page's one
 * drawing (./${n.name}.draw.ts) with resolved paint (no CSS reaches a static SVG), in the page's
 * order. No focus ring, no hover: what a reader of a printed page would see.
 */
import { staticPen } from '../../core/draw/pen.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import { s, type SvgBody } from '../../core/static-svg/svg.js';
import { draw${n.pascal} } from './${n.name}.draw.js';
import type { ${Scene} } from './${n.name}.layout.js';

export function ${n.camel}Svg(scene: ${Scene}, ctx: SvgContext): SvgBody {
  const d = draw${n.pascal}(scene, staticPen(ctx));
  return { node: s('g', { 'font-size': 14 }, d.zero, d.rows.map((row) => s('g', {}, row))), height: scene.height };
}
`,
    [`${dir}/${n.name}.ts`]: `import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { KeyboardNavController } from '../../core/a11y/keyboard.js';
import type { DataTable } from '../../core/data/typed.js';
import { drawn } from '../../core/draw/live.js';
import { perScene } from '../../core/draw/memo.js';
import { livePen } from '../../core/draw/pen.js';
import { selectEvent } from '../../core/events.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import type { SvgBody } from '../../core/static-svg/svg.js';
import { DjWidget } from '../../core/widget.js';
import { ${read} } from './${n.name}.data.js';
import { ${layout}, type ${n.pascal}Item, type ${Scene} } from './${n.name}.layout.js';
import { draw${n.pascal}, type ${n.pascal}Drawing } from './${n.name}.draw.js';
import { ${n.camel}Styles } from './${n.name}.styles.js';
import { ${n.camel}Svg } from './${n.name}.svg.js';

/**
 * ${n.en}: one labelled dot per row on a shared value scale, keyboard-navigable, with a generated
 * summary and the data as a table.
 *
 * @tagname ${n.tag}
 * @summary ${n.en}, from a table, JSON, a CSV/JSON URL or \`.data\`.
 *
 * @fires dj-select - A row was chosen (Enter, Space or click); \`detail\`: \`{ index, label, value, unit }\`.
 * @csspart mark - Each row (a \`<g>\`).
 * @cssprop --dj-accent - The dots.
 * @cssprop --dj-highlight - The dot of the row under the pointer or focus.
 */
export class ${n.className} extends DjWidget<${Scene}> {
  static override styles = [...DjWidget.styles, ${n.camel}Styles];

  @state() private hovered = -1;

  private readonly nav = new KeyboardNavController(this, (i) => this.select(i));

  protected override buildScene(table: DataTable, width: number, locale: Locale): ${Scene} {
    const rows = ${read}(table, this.label, this.value, this.unit ?? '');
    // Measured as the page (or, hydrating, as the server) measures; numbers in the widget's format.
    const scene = ${layout}(rows, width, { locale, font: this.layoutFont(), measure: this.layoutMeasure, numberStyle: this.numberStyle });
    this.nav.clamp(scene.items.length);
    return scene;
  }

  private select(pos: number): void {
    const m = this.scene?.items[pos];
    if (!m) return;
    this.dispatchEvent(selectEvent({ index: m.index, label: m.label.full, value: m.amount, unit: m.unit }));
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    this.hovered = -1;
    this.nav.handleKeydown(e, this.scene?.items.length ?? 0);
  };

  /** The drawing of the scene on the page (CSS colours it), made once per scene: hover and focus leave it alone. */
  private readonly drawingOf = perScene((scene: ${Scene}): ${n.pascal}Drawing => draw${n.pascal}(scene, livePen(this.layoutMeasure, this.layoutFont())));

  private renderItem(m: ${n.pascal}Item, marks: ${n.pascal}Drawing['rows'][number], active: boolean): TemplateResult {
    const focused = this.nav.focused && this.nav.active === m.pos;
    return svg\`<g class=\${\`item\${active ? ' active' : ''}\`} part="mark" role="img" aria-label=\${m.aria}
        tabindex=\${this.nav.tabIndex(m.pos)} data-index=\${m.pos}
        @focus=\${() => this.nav.handleFocus(m.pos)} @blur=\${this.nav.handleBlur}
        @pointerenter=\${() => (this.hovered = m.pos)} @pointerleave=\${() => (this.hovered = -1)}
        @click=\${() => { this.nav.active = m.pos; this.select(m.pos); }}>
      <rect class="hit" x=\${m.hit.x} y=\${m.hit.y} width=\${m.hit.width} height=\${m.hit.height}></rect>
      \${drawn(marks)}
      \${focused ? svg\`<rect class="focus-ring" x=\${m.hit.x + 1} y=\${m.hit.y + 1} width=\${m.hit.width - 2} height=\${m.hit.height - 2} rx="4"></rect>\` : nothing}
    </g>\`;
  }

  protected override renderScene(s: ${Scene}): TemplateResult {
    const activePos = this.hovered >= 0 ? this.hovered : this.nav.focused ? this.nav.active : -1;
    const label = [this.title_, this.t.chart].filter(Boolean).join(' — ');
    const hint = this.locale === 'zh-CN' ? '使用方向键在各项之间移动。' : 'Use the arrow keys to move between items.';
    const d = this.drawingOf(s);
    return html\`<svg width=\${s.width} height=\${s.height} viewBox="0 0 \${s.width} \${s.height}" role="group" aria-label=\${label}
        aria-describedby="summary hint" @keydown=\${this.onKeydown}>
        \${drawn(d.zero)}
        <g class="items">\${s.items.map((m) => this.renderItem(m, d.rows[m.pos] ?? [], m.pos === activePos))}</g>
      </svg>
      <p id="hint" class="sr-only">\${hint}</p>\`;
  }

  protected override renderSvg(scene: ${Scene}, ctx: SvgContext): SvgBody {
    return ${n.camel}Svg(scene, ctx);
  }
}
`,
    [`${dir}/${n.name}.define.ts`]: `/**
 * Registers <${n.tag}> (guarded: a second copy of the library on the page stands aside). The class
 * lives in ${n.name}.ts, which defines nothing when imported; this module is the \`dj-widgets/${n.name}\`
 * entry and what the widget manifest's \`define\` loads.
 */
import { defineElement } from '../../core/define.js';
import { ${n.className} } from './${n.name}.js';

export * from './${n.name}.js';

defineElement('${n.tag}', ${n.className});

declare global {
  interface HTMLElementTagNameMap {
    '${n.tag}': ${n.className};
  }
}
`,
    [`${dir}/${n.name}.sample.ts`]: `/**
 * <${n.tag}>'s sample: a small dataset that draws, and what a good render of it shows. Stories start
 * from it and the generic test suites read it through the widget manifest. Loaded lazily, never bundled.
 */
import type { WidgetSample } from '../../core/sample.js';

export const sample: WidgetSample = {
  valid: () => [{ 地区: '海州', 产值: 12 }, { 地区: '连云', 产值: 8 }, { 地区: '赣榆', 产值: 5 }],
  marks: 'g.item',
  count: 3,
  textColumns: ['地区'],
  valueColumn: '产值',
  // With no column of numbers there is nothing to place: the reader's bilingual error.
  edges: { 'one row': 1, 'all missing': /No column holds numbers/ },
  frame: true,
};
`,
    [`stories/${n.name}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/widgets/${n.name}/${n.name}.define.js';
import { sample } from '../src/widgets/${n.name}/${n.name}.sample.js';
import { baseArgTypes, widgetArgs, type BaseArgs } from './base.js';

/** The widget with every arg bound (base and its own); unset args put no attribute on it. */
function widget(args: BaseArgs): TemplateResult {
  return html\`<${n.tag} \${widgetArgs(args)}></${n.tag}>\`;
}

const meta = {
  title: 'Widgets/${n.en}',
  component: '${n.tag}',
  tags: ['autodocs'],
  render: (args) => widget(args),
  argTypes: { ...baseArgTypes },
  args: { heading: '${n.en}', data: sample.valid() },
} satisfies Meta<BaseArgs>;

export default meta;
type Story = StoryObj<BaseArgs>;

export const Sample: Story = {};
`,
    [`test/widgets/${n.name}/${n.name}.layout.test.ts`]: `import { expect } from '@open-wc/testing';
import { ${layout} } from '../../../src/widgets/${n.name}/${n.name}.layout.js';

/** 7 px per character: positions that do not depend on the test machine's fonts. */
const measure = (text: string): number => Array.from(text).length * 7;
const o = { locale: 'zh-CN' as const, font: '14px sans-serif', measure };

describe('${layout}', () => {
  it('places each value on one shared scale, in row order, the largest furthest right', () => {
    const s = ${layout}([{ label: '海州', value: 12, unit: '', index: 0 }, { label: '连云', value: 6, unit: '', index: 1 }], 400, o);
    expect(s.items.map((m) => m.label.text)).to.deep.equal(['海州', '连云']);
    const [a, b] = s.items.map((m) => m.dot!.cx);
    const x0 = s.items[0]!.track.x1;
    // 6 is half of 12 on a scale from zero.
    expect(b! - x0).to.be.closeTo((a! - x0) / 2, 0.01);
    expect(s.summary).to.equal('共 2 项，最大的是海州（12）。');
  });

  it('writes every number with the decimals the widget is given (its numberStyle)', () => {
    const s = ${layout}([{ label: '海州', value: 12, unit: '%', index: 0 }], 400, { ...o, numberStyle: { decimals: 1 } });
    expect(s.items[0]!.value.text).to.equal('12.0%');
    expect(s.summary).to.contain('12.0%');
  });

  it('keeps a row without a value, with no dot, and says so', () => {
    const s = ${layout}([{ label: 'A', value: null, unit: '', index: 0 }, { label: 'B', value: 3, unit: '', index: 1 }], 300, { ...o, locale: 'en' });
    expect(s.items).to.have.length(2);
    expect(s.items[0]!.dot).to.equal(null);
    expect(s.items[0]!.value.text).to.equal('—');
    expect(s.items[0]!.aria).to.equal('A: no value');
  });

  it('draws a zero line only when the values straddle zero, and cuts long labels', () => {
    const s = ${layout}([{ label: '一个非常非常非常非常长的标签名称', value: -4, unit: '', index: 0 }, { label: 'B', value: 8, unit: '', index: 1 }], 300, o);
    expect(s.zero).to.not.equal(null);
    expect(s.items[0]!.label.text.endsWith('…')).to.equal(true);
    expect(measure(s.items[0]!.label.text)).to.be.at.most(300 * 0.35);
    expect(${layout}([{ label: 'B', value: 8, unit: '', index: 0 }], 300, o).zero).to.equal(null);
  });
});
`,
    [`test/widgets/${n.name}/${n.name}.test.ts`]: `import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/${n.name}/${n.name}.define.js';
import { sample } from '../../../src/widgets/${n.name}/${n.name}.sample.js';
import { shadow } from '../../helpers/widgets.js';

async function mount(data: unknown, attrs = ''): Promise<HTMLElement & { data: unknown }> {
  const wrap = await fixture<HTMLDivElement>(\`<div style="width:480px" lang="zh-CN"><${n.tag} \${attrs}></${n.tag}></div>\`);
  const el = wrap.querySelector('${n.tag}')!;
  el.data = data;
  await waitUntil(() => shadow(el).querySelector(\`\${sample.marks}, .status.error\`) !== null, '${n.tag} never drew', { timeout: 4000 });
  return el;
}

describe('<${n.tag}>', () => {
  it('draws one row per datum from its sample, accessibly', async () => {
    const el = await mount(sample.valid(), 'heading="各区产值" no-motion');
    const items = Array.from(shadow(el).querySelectorAll(sample.marks));
    expect(items).to.have.length(sample.count);
    expect(items.map((g) => g.getAttribute('aria-label'))).to.deep.equal(['海州：12', '连云：8', '赣榆：5']);
    await expect(el).to.be.accessible();
  });

  it('shows the reader\\'s bilingual error when the value column named does not exist', async () => {
    const el = await mount(sample.valid(), 'value="收入"');
    expect(shadow(el).querySelector('.status.error')?.textContent).to.contain('收入');
  });
});
`,
    [`test/widgets/${n.name}/${n.name}.draw.test.ts`]: `import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/${n.name}/${n.name}.define.js';
import type { ${n.className} } from '../../../src/widgets/${n.name}/${n.name}.js';
import { sample } from '../../../src/widgets/${n.name}/${n.name}.sample.js';
import { marks, staticBody } from '../../helpers/drawing.js';
import { shadow } from '../../helpers/widgets.js';

/** Values on both sides of zero (the zero line) and a row without a value (no dot). */
const MIXED = [{ 地区: '海州', 产值: 12 }, { 地区: '连云', 产值: -4 }, { 地区: '赣榆', 产值: '-' }, { 地区: '灌云', 产值: 7.5 }];

async function mount(data: unknown, width: number, lang = 'zh-CN'): Promise<${n.className}> {
  const wrap = await fixture<HTMLDivElement>(\`<div style="width:\${width}px" lang="\${lang}"><${n.tag} eager no-motion></${n.tag}></div>\`);
  const el = wrap.querySelector('${n.tag}')!;
  el.data = data;
  await waitUntil(() => shadow(el).querySelector(sample.marks), '${n.tag} never drew', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

/** The page's drawing and toSvg()'s body, mark by mark (toSvg at the page's own width). */
function both(el: ${n.className}): { page: string[]; image: string[] } {
  const svg = shadow(el).querySelector<SVGSVGElement>('svg[role="group"]')!;
  const body = staticBody(el.toSvg({ width: Number(svg.getAttribute('width')) }));
  return { page: marks(svg), image: marks(body) };
}

describe('<${n.tag}> one drawing: the page and toSvg() draw the same marks', () => {
  for (const width of [375, 1280]) {
    it(\`the sample at \${width} px\`, async () => {
      const el = await mount(sample.valid(), width);
      const { page, image } = both(el);
      expect(image).to.deep.equal(page);
      expect(page.filter((m) => m.startsWith('circle'))).to.have.length(sample.count);
    });

    it(\`values either side of zero and a missing one at \${width} px, in English\`, async () => {
      const el = await mount(MIXED, width, 'en');
      const { page, image } = both(el);
      expect(image).to.deep.equal(page);
      // Four tracks and the zero line; three dots (the missing row keeps its line, with "—").
      expect(page.filter((m) => m.startsWith('line'))).to.have.length(4 + 1);
      expect(page.filter((m) => m.startsWith('circle'))).to.have.length(3);
      expect(page.join('')).to.include('"—"');
    });
  }

  it('a hover leaves the drawing alone, and new data patches it in place (same elements)', async () => {
    const el = await mount([{ 地区: '海州', 产值: 12 }, { 地区: '连云', 产值: 8 }, { 地区: '赣榆', 产值: 5 }], 480);
    const drawnEls = (): Element[] => Array.from(shadow(el).querySelectorAll('g.item circle, g.item text'));
    const before = drawnEls();
    const item = shadow(el).querySelector<SVGGElement>(sample.marks)!;
    item.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(item.classList.contains('active')).to.equal(true);
    expect(drawnEls()).to.deep.equal(before);
    const cx = before[0]!.getAttribute('cx');
    el.data = [{ 地区: '海州', 产值: 3 }, { 地区: '连云', 产值: 8 }, { 地区: '赣榆', 产值: 5 }];
    await waitUntil(() => before[0]!.getAttribute('cx') !== cx, 'the first dot never moved', { timeout: 4000 });
    await el.updateComplete;
    for (const [i, node] of drawnEls().entries()) expect(node, \`mark \${i} kept\`).to.equal(before[i]);
    const { page, image } = both(el);
    expect(image).to.deep.equal(page);
  });
});
`,
  };
}
