/**
 * dj-widgets: importing this module registers every widget. It is also the entry of the
 * single-file script-tag bundle (dist/dj-widgets.js).
 */
export { DjBarChart } from './widgets/bar-chart/bar-chart.js';
export { layoutBars } from './widgets/bar-chart/bar-chart.layout.js';
export { DjFigures } from './widgets/figures/figures.js';
export type { BarDatum, BarMark, BarOptions, BarScene } from './widgets/bar-chart/bar-chart.layout.js';
export { DjWidget, type WidgetScene, type WidgetStatus } from './core/widget.js';
export { DataError } from './core/data/errors.js';
export type { DjSelectDetail, DjSelectEvent } from './core/events.js';
export { formatNumber, formatValue } from './core/format/number.js';
export { parseCell } from './core/format/quantity.js';
export { VERSION } from './core/version.js';
