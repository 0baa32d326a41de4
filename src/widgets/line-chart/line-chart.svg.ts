/**
 * The line chart as static SVG: its one drawing (./line-chart.draw.ts) with resolved colours and
 * presentation attributes only. No crosshair, no tooltip, no focus: what a printed page shows.
 */
import { staticPen } from '../../core/draw/pen.js';
import type { SvgContext } from '../../core/static-svg/context.js';
import { s, type SvgBody } from '../../core/static-svg/svg.js';
import { drawLineChart } from './line-chart.draw.js';
import type { LineScene } from './line-chart.layout.js';

export function lineChartSvg(scene: LineScene, ctx: SvgContext): SvgBody {
  return { node: s('g', {}, drawLineChart(scene, staticPen(ctx), ctx.locale)), height: scene.height };
}
