/**
 * The scene a chart shows and its status, kept from one update to the next: the data in force
 * goes through the row limit, typing and the widget's layout only when something the scene
 * depends on changed (data, width, locale, format, the widget's own options); a failure keeps
 * the last good scene on screen and is reported once.
 */
import type { DataState } from '../data/controller.js';
import { DataError, type DataInput } from '../data/errors.js';
import { typeTable, type DataTable } from '../data/typed.js';
import type { WidgetScene, WidgetStatus } from '../scene.js';

/** What one update asks of the scene, read from the element at that moment. */
export interface SceneRequest<S> {
  data: DataState;
  /** The width to lay out at; 0 while hidden. */
  width: number;
  /** Everything the scene depends on; the layout runs again only when one of them changed. */
  inputs: unknown[];
  decimalComma: boolean;
  /** The row-limit error for this many rows, or null. */
  rowLimit: (rows: number, input: DataInput) => DataError | null;
  /** The widget's layout, with its number format; throws DataError. */
  build: (table: DataTable, width: number) => S;
  /** A server render, or the first update of a pre-rendered element: an empty frame keeps its space. */
  reserve: boolean;
  /** Hydrating: the first scene must be the server's (measured as the server measured). */
  likeServer: boolean;
  /** Lays out measuring as a server does (core/measure.ts). */
  measuringLikeServer: <T>(fn: () => T) => T;
  report: (error: DataError) => void;
  reportCleared: () => void;
}

export class SceneState<S extends WidgetScene> {
  /** The last scene drawn; kept on screen when newer input fails. */
  scene: S | undefined;
  dataTable: DataTable | undefined;
  status: WidgetStatus = 'loading';
  error: DataError | undefined;
  /**
   * No data yet where data is promised later (`.data` set by a script, `src` still loading):
   * the server draws a reserved, empty frame, and a hydrating element keeps drawing it until
   * the data comes — no "no data" message, no error, nothing to replace but the space.
   */
  reserved = false;
  /** The scene on screen was measured like the server's (hydration); measure again after this update. */
  remeasure = false;
  private builtFrom: unknown[] = [];

  /**
   * After an update: a scene measured like the server's (hydration) is laid out again with the
   * page's real text measurements and width. Asked for after the update has finished (a
   * microtask), not from inside it: one deliberate second render, which Lit's dev mode would
   * otherwise report as an accidental one.
   */
  afterUpdate(requestUpdate: () => void): void {
    if (!this.remeasure) return;
    this.remeasure = false;
    queueMicrotask(() => {
      this.builtFrom = [];
      requestUpdate();
    });
  }

  fail(error: DataError, report: (e: DataError) => void): void {
    this.status = 'error';
    this.error = error;
    this.builtFrom = [];
    report(error);
  }

  refresh(r: SceneRequest<S>): void {
    const state = r.data;
    if (state.status === 'loading' || state.status === 'none') {
      // Pre-rendered (hydrated or drawn afresh) with no data yet: the server promised it comes.
      this.reserved ||= r.reserve;
      this.status = state.status === 'none' ? 'empty' : 'loading';
      this.error = undefined;
      if (state.status === 'none') this.scene = undefined;
      return;
    }
    this.reserved = false;
    if (state.status === 'error') {
      this.fail(state.error, r.report);
      return;
    }
    // Refused before any typing or layout work; the last good chart stays.
    const limit = r.rowLimit(state.table.rows.length, state.input);
    if (limit) {
      this.fail(limit, r.report);
      return;
    }
    const inputs = r.inputs;
    if (inputs.length === this.builtFrom.length && inputs.every((v, i) => v === this.builtFrom[i])) return;
    // Hidden (zero width): nothing to lay out; the last scene stays for when it is shown again.
    if (r.width <= 0) return;
    try {
      const table = typeTable(state.table, { decimal: r.decimalComma ? ',' : '.' });
      if (table.cells.length === 0) {
        this.status = 'empty';
        this.scene = undefined;
      } else {
        const build = (): S => r.build(table, r.width);
        this.scene = r.likeServer ? r.measuringLikeServer(build) : build();
        this.remeasure = r.likeServer;
        this.status = 'ready';
        r.reportCleared();
      }
      // Only after the layout succeeded: a failing one leaves the last good chart and its table.
      this.dataTable = table;
      this.error = undefined;
      this.builtFrom = inputs;
    } catch (e) {
      this.fail(e instanceof DataError ? e : new DataError(e instanceof Error ? e.message : String(e), { input: state.input }), r.report);
    }
  }
}

/** The typed table `toSvg` draws from the data in force; throws the DataError the widget would show. */
export function readyTable(state: DataState, rowLimit: SceneRequest<WidgetScene>['rowLimit'], decimalComma: boolean): DataTable {
  if (state.status === 'error') throw state.error;
  if (state.status !== 'ready') throw new DataError('There is no data to draw yet.', { input: 'data' }, '还没有可绘制的数据。');
  const limit = rowLimit(state.table.rows.length, state.input);
  if (limit) throw limit;
  const table = typeTable(state.table, { decimal: decimalComma ? ',' : '.' });
  if (table.cells.length === 0) throw new DataError('The data has no rows to draw.', { input: 'data' }, '数据中没有可绘制的行。');
  return table;
}
