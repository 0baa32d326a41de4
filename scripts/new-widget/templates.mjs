// The files `npm run new-widget` writes. Each template is a working widget of the library's shape
// ("D3 computes, Lit renders"): a pure layout (data + size → scene), a thin element that draws it,
// the same scene drawn as static SVG, a data reader with located bilingual errors, and a sample the
// generic suites read. The widget: one labelled dot per row on a shared value scale (a dot plot).
// test/e2e/new-widget.e2e.mjs generates one into a temporary copy and type-checks and lints it.

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
    [`${dir}/${n.name}.svg.ts`]: `/**
 * <${n.tag}> as static SVG (WeChat, RSS, email, PNG export, server rendering): the same scene as
 * the element, with colours resolved from the paint (no CSS reaches a static SVG).
 */
import type { SvgContext } from '../../core/static-svg/context.js';
import { s, type SvgBody } from '../../core/static-svg/svg.js';
import type { ${Scene} } from './${n.name}.layout.js';

const r1 = (v: number): number => Math.round(v * 10) / 10;

export function ${n.camel}Svg(scene: ${Scene}, ctx: SvgContext): SvgBody {
  const { paint } = ctx;
  const rows = scene.items.map((m) =>
    s('g', {},
      s('line', { x1: r1(m.track.x1), x2: r1(m.track.x2), y1: r1(m.track.y), y2: r1(m.track.y), stroke: paint.grid, 'stroke-width': 1 }),
      m.dot ? s('circle', { cx: r1(m.dot.cx), cy: r1(m.dot.cy), r: m.dot.r, fill: paint.accent }) : null,
      s('text', { x: r1(m.label.x), y: r1(m.label.y), fill: paint.fg, 'dominant-baseline': 'central' }, m.label.text),
      s('text', { x: r1(m.value.x), y: r1(m.value.y), fill: paint.muted, 'dominant-baseline': 'central' }, m.value.text),
    ),
  );
  const zero = scene.zero ? s('line', { x1: r1(scene.zero.x), x2: r1(scene.zero.x), y1: 0, y2: r1(scene.zero.y2), stroke: paint.axis, 'stroke-width': 1 }) : null;
  return { node: s('g', { 'font-size': 14 }, zero, ...rows), height: scene.height };
}
`,
    [`${dir}/${n.name}.ts`]: `import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { KeyboardNavController } from '../../core/a11y/keyboard.js';
import type { DataTable } from '../../core/data/typed.js';
import { selectEvent } from '../../core/events.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import type { SvgBody } from '../../core/static-svg/svg.js';
import { DjWidget } from '../../core/widget.js';
import { ${read} } from './${n.name}.data.js';
import { ${layout}, type ${n.pascal}Item, type ${Scene} } from './${n.name}.layout.js';
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

  private renderItem(m: ${n.pascal}Item, active: boolean): TemplateResult {
    const focused = this.nav.focused && this.nav.active === m.pos;
    return svg\`<g class=\${\`item\${active ? ' active' : ''}\`} part="mark" role="img" aria-label=\${m.aria}
        tabindex=\${this.nav.tabIndex(m.pos)} data-index=\${m.pos}
        @focus=\${() => this.nav.handleFocus(m.pos)} @blur=\${this.nav.handleBlur}
        @pointerenter=\${() => (this.hovered = m.pos)} @pointerleave=\${() => (this.hovered = -1)}
        @click=\${() => { this.nav.active = m.pos; this.select(m.pos); }}>
      <rect class="hit" x=\${m.hit.x} y=\${m.hit.y} width=\${m.hit.width} height=\${m.hit.height}></rect>
      <line class="track" x1=\${m.track.x1} x2=\${m.track.x2} y1=\${m.track.y} y2=\${m.track.y}></line>
      \${m.dot ? svg\`<circle class="dot" cx=\${m.dot.cx} cy=\${m.dot.cy} r=\${m.dot.r}></circle>\` : nothing}
      <text class="label" x=\${m.label.x} y=\${m.label.y} aria-hidden="true">\${m.label.text}</text>
      <text class="value" x=\${m.value.x} y=\${m.value.y} aria-hidden="true">\${m.value.text}</text>
      \${focused ? svg\`<rect class="focus-ring" x=\${m.hit.x + 1} y=\${m.hit.y + 1} width=\${m.hit.width - 2} height=\${m.hit.height - 2} rx="4"></rect>\` : nothing}
    </g>\`;
  }

  protected override renderScene(s: ${Scene}): TemplateResult {
    const activePos = this.hovered >= 0 ? this.hovered : this.nav.focused ? this.nav.active : -1;
    const label = [this.title_, this.t.chart].filter(Boolean).join(' — ');
    const hint = this.locale === 'zh-CN' ? '使用方向键在各项之间移动。' : 'Use the arrow keys to move between items.';
    return html\`<svg width=\${s.width} height=\${s.height} viewBox="0 0 \${s.width} \${s.height}" role="group" aria-label=\${label}
        aria-describedby="summary hint" @keydown=\${this.onKeydown}>
        \${s.zero ? svg\`<line class="zero" x1=\${s.zero.x} x2=\${s.zero.x} y1=\${s.zero.y1} y2=\${s.zero.y2}></line>\` : nothing}
        <g class="items">\${s.items.map((m) => this.renderItem(m, m.pos === activePos))}</g>
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
  };
}
