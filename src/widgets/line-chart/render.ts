/** The line chart's scene as SVG: one path per line, whatever the number of points. */
import { nothing, svg, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n/locale.js';
import { colorClass } from '../../core/palette.js';
import type { LineScene, SeriesMark } from './line-chart.layout.js';

/**
 * Lines differ by dash as well as colour (colour is never the only cue). Seven colours and four
 * dashes are coprime, so the first 28 lines all look different.
 */
export function dashClass(i: number): string {
  return `d${i % 4}`;
}

function seriesClass(m: SeriesMark): string {
  return `${colorClass(m.index)} ${dashClass(m.index)}`;
}

function renderAxes(scene: LineScene): TemplateResult {
  const { plot, lineHeight: lh } = scene;
  const xLabelY = plot.bottom + 6 + lh / 2;
  return svg`<g class="grid" aria-hidden="true">
      ${scene.yTicks.map((t) => svg`<g class="tick"><line x1=${plot.left} x2=${plot.right} y1=${t.pos} y2=${t.pos}></line>
        <text x=${plot.left - 6} y=${t.pos} text-anchor="end" dominant-baseline="central">${t.text}</text></g>`)}
    </g>
    <g class="x-ticks" aria-hidden="true">
      <line class="x-axis" x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
      ${scene.xTicks.map((t) => svg`<g class="tick"><line x1=${t.pos} x2=${t.pos} y1=${plot.bottom} y2=${plot.bottom + 4}></line>
        <text x=${t.pos} y=${xLabelY} text-anchor=${t.anchor} dominant-baseline="central">${t.text}</text></g>`)}
      ${scene.xCaption ? svg`<text class="x-caption" x=${plot.right} y=${xLabelY + lh} text-anchor="end" dominant-baseline="central">${scene.xCaption}</text>` : nothing}
    </g>
    ${scene.yCaption ? svg`<text class="caption" aria-hidden="true" x="0" y=${scene.captionY} dominant-baseline="central">${scene.yCaption}</text>` : nothing}
    ${scene.zeroY !== null && scene.zeroY < plot.bottom - 0.5 ? svg`<line class="zero" aria-hidden="true" x1=${plot.left} x2=${plot.right} y1=${scene.zeroY} y2=${scene.zeroY}></line>` : nothing}`;
}

function renderLegend(scene: LineScene, locale: Locale): TemplateResult | typeof nothing {
  if (scene.legend.length === 0) return nothing;
  return svg`<g class="legend" part="legend" role="list" aria-label=${locale === 'zh-CN' ? '图例' : 'Legend'}>
    ${scene.legend.map(
      (l) => svg`<g role="listitem" class=${colorClass(l.index)}>
        <line class=${dashClass(l.index)} x1=${l.x} x2=${l.x + 20} y1=${l.y} y2=${l.y}></line>
        <text x=${l.x + 26} y=${l.y} dominant-baseline="central">${l.name}</text>
      </g>`,
    )}
  </g>`;
}

function renderAnnotations(scene: LineScene, locale: Locale): TemplateResult {
  const { plot } = scene;
  const zh = locale === 'zh-CN';
  return svg`<g class="ranges">
      ${scene.ranges.map(
        (r) => svg`<g part="annotation" role="note" aria-label=${`${zh ? '区间注释' : 'Range note'}: ${r.text}`}>
          <rect class="range" x=${r.x} y=${plot.top} width=${r.width} height=${plot.bottom - plot.top}></rect>
          <text class="range-label" aria-hidden="true" x=${r.label.x} y=${r.label.y + scene.lineHeight / 2} dominant-baseline="central">${r.label.line}</text>
        </g>`,
      )}
    </g>`;
}

function renderNotes(scene: LineScene, locale: Locale): TemplateResult {
  const lh = scene.lineHeight;
  const zh = locale === 'zh-CN';
  return svg`<g class="notes">
    ${scene.notes.map(
      (n) => svg`<g part="annotation" role="note" aria-label=${`${zh ? '注释' : 'Note'}: ${n.text}`}>
        <line class=${n.inBand ? 'leader band' : 'leader'} x1=${n.leader.x1} y1=${n.leader.y1} x2=${n.leader.x2} y2=${n.leader.y2}></line>
        <circle class="note-marker" cx=${n.px} cy=${n.py} r="4"></circle>
        ${n.lines.map(
          (line, i) => svg`<text class="note" aria-hidden="true" x=${n.box.x} y=${n.box.y + i * lh + lh / 2} dominant-baseline="central">${line}</text>`,
        )}
      </g>`,
    )}
  </g>`;
}

export function renderLineChart(scene: LineScene, locale: Locale): TemplateResult {
  return svg`${renderLegend(scene, locale)} ${renderAxes(scene)} ${renderAnnotations(scene, locale)}
    <g class="series" aria-hidden="true">
      ${scene.series.map((m) => (m.area ? svg`<path class=${`area ${colorClass(m.index)}`} part="area" d=${m.area}></path>` : nothing))}
      ${scene.series.map((m) => svg`<path class=${`line ${seriesClass(m)}`} part="line" d=${m.path}></path>`)}
      ${scene.series.map((m) => m.dots.map((d) => svg`<circle class=${`dot ${colorClass(m.index)}`} cx=${d.x} cy=${d.y} r="3"></circle>`))}
      ${scene.series.map((m) =>
        m.label
          ? svg`<text class=${`end-label ${colorClass(m.index)}`} x=${m.label.x} y=${m.label.y} dominant-baseline="central">${m.label.text}</text>`
          : nothing,
      )}
    </g>
    ${renderNotes(scene, locale)}`;
}
