/**
 * Row limits: each widget draws at most `maxRows` rows (a static on its class, documented in the
 * README's "Row limits"). More are refused before any typing or layout work — 100,000 rows would
 * otherwise block the page for seconds and build hundreds of thousands of nodes for a picture no
 * reader could read. Which rows to keep (a sum? the top N? one year?) is the editor's call, so the
 * message says what to do instead of cutting silently.
 */
import { DataError, type DataInput } from './errors.js';

export function tooManyRows(rows: number, max: number, input: DataInput): DataError | null {
  if (rows <= max) return null;
  const en = (n: number): string => n.toLocaleString('en');
  const zh = (n: number): string => n.toLocaleString('zh-CN');
  return new DataError(
    `${en(rows)} rows are more than this chart can show (at most ${en(max)}); aggregate the data or split it into several charts.`,
    { input },
    `${zh(rows)} 行数据超过了本图表能显示的上限（最多 ${zh(max)} 行）；请先汇总数据，或分成几张图。`,
  );
}

/**
 * A size attribute (width, height) as a number the layout can use: `null` when it is not a
 * finite number above zero (then the widget measures its container), else within [min, max].
 * width="NaN" would write NaN into the geometry, width="1e9" lay out a billion pixels.
 */
export function clampSize(v: number | null | undefined, min: number, max: number): number | null {
  if (v === null || v === undefined || !Number.isFinite(v) || v <= 0) return null;
  return Math.min(max, Math.max(min, Math.floor(v)));
}

/** The widest drawing a widget lays out, in px (a 4K screen; a poster export scales the SVG). */
export const MAX_WIDTH = 4096;
/** The narrowest fixed width: below it no label fits (the static SVG's minimum too). */
export const MIN_WIDTH = 120;
