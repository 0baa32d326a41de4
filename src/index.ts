/**
 * dj-widgets: importing this module registers every widget of the manifest
 * (src/widgets/manifest.ts). It is also the entry of the single-file script-tag bundle
 * (dist/dj-widgets.js). The element classes below are the public API; importing one defines nothing.
 */
import { WIDGETS } from './widgets/manifest.js';

// Every define module, awaited before this module finishes loading, so `import 'dj-widgets'`
// still means "every tag is defined" to the code after it.
await Promise.all(WIDGETS.map((w) => w.define()));

export { DjBarChart } from './widgets/bar-chart/bar-chart.js';
export { layoutBars } from './widgets/bar-chart/bar-chart.layout.js';
export { DjFigures } from './widgets/figures/figures.js';
export { DjLineChart } from './widgets/line-chart/line-chart.js';
export { layoutLine } from './widgets/line-chart/line-chart.layout.js';
export { reduceM4, nearestIndex } from './widgets/line-chart/reduce.js';
export type { LineScene, LineOptions } from './widgets/line-chart/line-chart.layout.js';
export type { LineData, LineColumns, Series } from './widgets/line-chart/series.js';
export type { Annotation } from './widgets/line-chart/annotations.js';
export { DjTargets } from './widgets/targets/targets.js';
export { layoutTargets } from './widgets/targets/targets.layout.js';
export type { TargetsOptions, TargetsScene, TargetRow } from './widgets/targets/targets.layout.js';
export { parsePeriod, type TargetStatus } from './widgets/targets/targets.status.js';
export { judge, targetStatus, type Judgment } from './widgets/targets/targets.judge.js';
export type { TargetDatum } from './widgets/targets/targets.data.js';
export { DjBigNumber } from './widgets/big-number/big-number.js';
export { layoutBigNumbers } from './widgets/big-number/big-number.layout.js';
export { provenanceText } from './core/a11y/provenance.js';
export { DjTimeline } from './widgets/timeline/timeline.js';
export { layoutTimeline } from './widgets/timeline/timeline.layout.js';
export type { TimelineOptions, TimelineScene } from './widgets/timeline/timeline.layout.js';
export { DjProjectTracker } from './widgets/project-tracker/project-tracker.js';
export { layoutTracker } from './widgets/project-tracker/project-tracker.layout.js';
export { parseCalendarDate, formatCalendarDate, formatDateRange, type CalendarDate } from './core/format/date.js';
export { readPeriod, type Period, type PeriodPrecision, type PeriodContext } from './core/format/period.js';
export { readPeriods, type PeriodSeries } from './core/format/period-series.js';
export { formatPeriod } from './core/format/period-format.js';
export { DjWaffle } from './widgets/waffle/waffle.js';
export { layoutWaffle, waffleUnits } from './widgets/waffle/waffle.layout.js';
export { largestRemainder } from './widgets/waffle/rounding.js';
export type { WaffleCategory, WaffleOptions, WaffleScene } from './widgets/waffle/waffle.layout.js';
export type { BarDatum, BarMark, BarOptions, BarScene } from './widgets/bar-chart/bar-chart.layout.js';
export { DjWidget, type WidgetScene, type WidgetStatus } from './core/widget.js';
export { DataError } from './core/data/errors.js';
export { setFetchTimeout } from './core/data/fetch.js';
export type { DjSelectDetail, DjSelectEvent } from './core/events.js';
// withNumberStyle stays exported (deprecated) for 0.x callers; FormatOptions.style replaces it.
// eslint-disable-next-line @typescript-eslint/no-deprecated
export { formatNumber, formatValue, withNumberStyle, type FormatOptions, type NumberStyle } from './core/format/number.js';
export type { Published } from './core/format/published.js';
export { parseCell } from './core/format/quantity.js';
export { VERSION } from './core/version.js';
export { validateStaticSvg, STATIC_SVG_ELEMENTS, STATIC_SVG_ATTRIBUTES, type StaticSvgReport } from './core/static-svg/validate.js';
export type { ToSvgOptions } from './core/widget.js';
export type { Paint } from './core/static-svg/paint.js';
export {
  exportLongImage,
  longImage,
  widgetPng,
  widgetSvg,
  svgToPng,
  hostPaint,
  planSegments,
  PNG_2X,
  PNG_WECHAT,
  WECHAT_MAX_BYTES,
  MAX_CANVAS_PIXELS,
  type LongImageOptions,
  type LongImageResult,
  type PngPreset,
  type PngOptions,
  type PngResult,
  type Exportable,
  type SegmentPlan,
} from './core/export/index.js';
