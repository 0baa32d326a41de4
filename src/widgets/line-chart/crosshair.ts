/**
 * The line chart's reading cursor: one point of one line, moved by the keyboard (left/right
 * along x, up/down to the line above or below, Home/End, PageUp/PageDown), the pointer or a
 * finger. The focusable element is re-created for every point (keyed), so a screen reader
 * announces each point as focus lands on it; the chart stays one tab stop. Lookups run on the
 * full data (binary search), never on the reduced path: the tooltip names a real point.
 */
import { nothing, svg, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TooltipContent } from '../../core/a11y/tooltip.js';
import type { NumberStyle } from '../../core/format/number.js';
import { colorClass } from '../../core/palette.js';
import { invertValue, mapValue, type LineScene } from './line-chart.layout.js';
import { nearestDefined, nearestIndex } from './reduce.js';
import { scanSeries } from './scan.js';
import type { LineData, Series } from './series.js';
import { pointText, pointValue } from './summary.js';
import { messages } from '../../core/i18n/messages.js';

export interface Cursor {
  series: number;
  index: number;
}

interface Host extends ReactiveControllerHost {
  renderRoot: HTMLElement | DocumentFragment;
  locale: 'zh-CN' | 'en';
}

/** Lines listed in a tooltip at most; the active one is always among them. */
const TIP_LINES = 8;

export class Crosshair implements ReactiveController {
  cursor: Cursor | null = null;
  focused = false;
  private data: LineData | undefined;
  /** The widget's number style at the last layout: a tooltip written later keeps its decimals. */
  private style: NumberStyle | undefined;
  private moving = false;
  private readonly host: Host;
  private readonly onSelect: (c: Cursor) => void;

  constructor(host: Host, onSelect: (c: Cursor) => void) {
    this.host = host;
    this.onSelect = onSelect;
    host.addController(this);
  }

  hostConnected(): void {}

  /** New data: keep the cursor if it still names a point, else forget it. */
  reset(data: LineData, style?: NumberStyle): void {
    this.data = data;
    this.style = style;
    const c = this.cursor;
    if (c && (c.series >= data.series.length || c.index >= (data.series[c.series]?.x.length ?? 0))) this.cursor = null;
  }

  /** Where the tab stop sits before the reader moves: the first point with data. */
  home(): Cursor | null {
    const series = this.data?.series ?? [];
    for (let s = 0; s < series.length; s++) {
      // The layout's one scan of the line knows its first value (scan.ts).
      const first = scanSeries(series[s] as Series).first;
      if (first >= 0) return { series: s, index: first };
    }
    return null;
  }

  /** The point as dj-select names it; `shown`: the lines' names as the chart writes them (the legend's, without a unit the axis states). */
  pointLabel(c: Cursor, shown?: readonly string[]): string {
    const s = this.data?.series[c.series];
    if (!this.data || !s) return '';
    const x = pointText(this.data, s.x[c.index] as number, this.host.locale);
    return this.data.series.length > 1 ? `${shown?.[c.series] ?? s.name} ${x}` : x;
  }

  private value(c: Cursor): string {
    const s = this.data?.series[c.series];
    const v = s ? (s.y[c.index] as number) : NaN;
    if (!s || Number.isNaN(v)) return this.host.locale === 'zh-CN' ? '无数据' : 'no data';
    return pointValue(s, c.index, this.host.locale, this.style);
  }

  /** "营业收入，2021年：3.4亿元（第 7 个，共 10 个）" / "Revenue, 2021: 340 million yuan (7 of 10)". */
  announce(c: Cursor): string {
    const data = this.data;
    const s = data?.series[c.series];
    if (!data || !s) return '';
    const zh = this.host.locale === 'zh-CN';
    const x = pointText(data, s.x[c.index] as number, this.host.locale);
    const name = data.series.length > 1 ? (zh ? `${s.name}，` : `${s.name}, `) : '';
    const t = messages(this.host.locale);
    const pos = t.aside(t.pointPosition(c.index + 1, s.x.length));
    return zh ? `${name}${x}：${this.value(c)}${pos}` : `${name}${x}: ${this.value(c)}${pos}`;
  }

  /** The point nearest the pointer: nearest in x on each line (full data), then nearest in 2-D. */
  nearest(scene: LineScene, px: number, py: number): Cursor | null {
    const data = this.data;
    if (!data) return null;
    const clamped = Math.max(scene.plot.left, Math.min(scene.plot.right, px));
    const x = invertValue(scene.x, clamped);
    let best: Cursor | null = null;
    let bestD = Infinity;
    data.series.forEach((s, si) => {
      const k = nearestDefined(s.x, s.y, x);
      if (k < 0) return;
      const d = Math.hypot(mapValue(scene.x, s.x[k] as number) - clamped, (mapValue(scene.y, s.y[k] as number) - py) * 0.5);
      if (d < bestD) [best, bestD] = [{ series: si, index: k }, d];
    });
    return best;
  }

  /** The same x on the other lines, ordered top to bottom by value (missing last). */
  private column(c: Cursor): Array<Cursor & { v: number }> {
    const data = this.data;
    const x = data?.series[c.series]?.x[c.index] ?? NaN;
    const at = (data?.series ?? []).map((s, si) => {
      const k = si === c.series ? c.index : nearestIndex(s.x, x);
      return { series: si, index: k, v: k >= 0 && s.x[k] === x ? (s.y[k] as number) : NaN };
    });
    return at.filter((p) => p.index >= 0 && (p.series === c.series || !Number.isNaN(p.v)));
  }

  /** The x map of the drawn scene: arrow keys step at least one pixel along it. */
  scale: LineScene['x'] | null = null;

  /**
   * How far an arrow key moves from point `i`: to the next point, or — where points are denser
   * than pixels (a million on a phone) — to the first point at least one pixel on, so each press
   * visibly moves the cursor. Binary search on the full data.
   */
  private arrow(xs: Float64Array, i: number, dir: 1 | -1): number {
    const m = this.scale;
    const perPx = m ? Math.abs(m.domain[1] - m.domain[0]) / Math.max(1, Math.abs(m.range[1] - m.range[0])) : 0;
    const next = i + dir;
    if (!(perPx > 0) || next < 0 || next >= xs.length || Math.abs((xs[next] as number) - (xs[i] as number)) >= perPx) return dir;
    const k = nearestIndex(xs, (xs[i] as number) + dir * perPx);
    // nearestIndex may land a hair short of a full pixel: then one point further.
    const far = Math.abs((xs[k] as number) - (xs[i] as number)) >= perPx ? k : k + dir;
    return Math.max(-i, Math.min(xs.length - 1 - i, far - i));
  }

  private move(key: string, c: Cursor): Cursor | null {
    const xs = this.data?.series[c.series]?.x ?? new Float64Array();
    const n = xs.length;
    const page = Math.max(1, Math.round(n / 10));
    const arrow = key === 'ArrowRight' || key === 'ArrowLeft' ? this.arrow(xs, c.index, key === 'ArrowRight' ? 1 : -1) : 0;
    const step: Record<string, number> = { ArrowRight: arrow, ArrowLeft: arrow, PageDown: page, PageUp: -page, Home: -n, End: n };
    if (key in step) return { series: c.series, index: Math.max(0, Math.min(n - 1, c.index + (step[key] ?? 0))) };
    if (key !== 'ArrowUp' && key !== 'ArrowDown') return null;
    const order = this.column(c).sort((a, b) => (Number.isNaN(a.v) ? 1 : Number.isNaN(b.v) ? -1 : b.v - a.v) || a.series - b.series);
    const here = order.findIndex((p) => p.series === c.series);
    const next = order[key === 'ArrowUp' ? here - 1 : here + 1];
    return next ? { series: next.series, index: next.index } : c;
  }

  readonly onKeydown = (e: KeyboardEvent): void => {
    const c = this.cursor ?? this.home();
    if (!c) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.onSelect(c);
      return;
    }
    const next = this.move(e.key, c);
    if (!next) return;
    e.preventDefault();
    this.cursor = next;
    this.focused = true;
    this.moving = true;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.host.renderRoot.querySelector<SVGGElement>('[data-cursor]')?.focus();
      this.moving = false;
    });
  };

  readonly onFocus = (): void => {
    this.cursor ??= this.home();
    this.focused = true;
    this.host.requestUpdate();
  };

  readonly onBlur = (): void => {
    // The old point's element goes away as the cursor moves: that is not the reader leaving.
    if (this.moving) return;
    this.focused = false;
    this.host.requestUpdate();
  };

  tooltip(scene: LineScene, c: Cursor): TooltipContent | null {
    const data = this.data;
    const s = data?.series[c.series];
    if (!data || !s) return null;
    const multi = data.series.length > 1;
    const column = this.column(c).sort((a, b) => a.series - b.series);
    const shown = column.length > TIP_LINES ? column.filter((p, i) => p.series === c.series || i < TIP_LINES - 1) : column;
    const sep = this.host.locale === 'zh-CN' ? '：' : ': ';
    const lines = shown.map((p) => (multi ? `${p.series === c.series ? '▸ ' : ''}${scene.series[p.series]?.name ?? data.series[p.series]?.name ?? ''}${sep}${this.value(p)}` : this.value(p)));
    const v = s.y[c.index] as number;
    return {
      title: pointText(data, s.x[c.index] as number, this.host.locale),
      lines,
      x: mapValue(scene.x, s.x[c.index] as number),
      y: Number.isNaN(v) ? (scene.plot.top + scene.plot.bottom) / 2 : mapValue(scene.y, v),
    };
  }

  renderMarks(scene: LineScene, c: Cursor): TemplateResult | typeof nothing {
    const s = this.data?.series[c.series];
    if (!s) return nothing;
    const x = mapValue(scene.x, s.x[c.index] as number);
    const dots = this.column(c).filter((p) => !Number.isNaN(p.v));
    return svg`<g class="crosshair-marks" aria-hidden="true">
      <line class="crosshair" x1=${x} x2=${x} y1=${scene.plot.top} y2=${scene.plot.bottom}></line>
      ${dots.map((p) => svg`<circle class=${`${p.series === c.series ? 'active' : 'other'} ${colorClass(p.series)}`}
        cx=${x} cy=${mapValue(scene.y, p.v)} r=${p.series === c.series ? 5 : 3.5}></circle>`)}
    </g>`;
  }
}
