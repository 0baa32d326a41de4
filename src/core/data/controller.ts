/**
 * Gathers a widget's data from its four inputs and keeps it current. Precedence, highest first:
 *   1. the `.data` property (set by code: the most deliberate choice on the page);
 *   2. `src` (a live file; the light-DOM table then stays as the no-JavaScript fallback);
 *   3. a <script type="application/json"> child;
 *   4. a <table> child.
 * Loading is an @lit/task: a new `src` aborts the old request, so a stale response never wins,
 * and removing the element aborts it too.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataError, type DataInput } from './errors.js';
import { fetchTable } from './fetch.js';
import { readLightDom } from './light-dom.js';
import { ON_SERVER } from '../server.js';
import { fromRecords, type RawTable } from './raw-table.js';

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | null | undefined;
}

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; error: DataError }
  | { status: 'ready'; table: RawTable; input: DataInput }
  | { status: 'none' };

export class DataController implements ReactiveController {
  private readonly host: DataHost;
  private observer: MutationObserver | undefined;
  private lightDom: ReturnType<typeof readLightDom> = null;
  private lightDomError: DataError | undefined;
  private lightDomRead = false;
  private readonly task: Task<readonly [string], RawTable | null>;
  /** `.data` converted once per value set, so re-renders (hover, focus) do not redo the layout. */
  private dataMemo: { data: unknown; state: DataState } | undefined;

  constructor(host: DataHost) {
    this.host = host;
    host.addController(this);
    this.task = new Task(host, {
      task: async ([src], { signal }) => (src ? fetchTable(src, signal) : null),
      args: () => [this.host.src ?? ''] as const,
    });
  }

  hostConnected(): void {
    this.lightDomRead = false;
    // Editors' CMSs and frameworks may rewrite the table after we started: read it again then.
    this.observer = new MutationObserver(() => {
      this.lightDomRead = false;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-value'] });
    // A request aborted by an earlier removal must run again when the element comes back.
    if (this.host.src && this.task.status !== TaskStatus.COMPLETE) void this.task.run();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.task.abort('removed from the page');
  }

  /** Requests `src` again (the retry button after a network error or timeout). */
  retry(): void {
    if (this.host.src) void this.task.run();
  }

  private readLight(): void {
    if (this.lightDomRead) return;
    this.lightDomRead = true;
    this.lightDomError = undefined;
    // A server render has no light DOM to read (Lit's DOM shim): dj-widgets/static reads the
    // page's table or JSON itself and passes it as `.data`; without it, data comes later.
    if (ON_SERVER) {
      this.lightDom = null;
      return;
    }
    try {
      this.lightDom = readLightDom(this.host);
    } catch (e) {
      this.lightDom = null;
      this.lightDomError = e instanceof DataError ? e : new DataError(String(e), { input: 'table' });
    }
  }

  /** The data in force now. Cheap to call on every update: inputs are read once per change. */
  get state(): DataState {
    const { data, src } = this.host;
    if (data !== undefined && data !== null) {
      if (this.dataMemo?.data !== data) {
        let state: DataState;
        try {
          state = { status: 'ready', table: fromRecords(data, 'data'), input: 'data' };
        } catch (e) {
          state = { status: 'error', error: e instanceof DataError ? e : new DataError(String(e), { input: 'data' }) };
        }
        this.dataMemo = { data, state };
      }
      return this.dataMemo.state;
    }
    if (src) {
      switch (this.task.status) {
        case TaskStatus.COMPLETE: {
          const value = this.task.value;
          if (value) return { status: 'ready', table: value, input: 'src' };
          break;
        }
        case TaskStatus.ERROR: {
          const e = this.task.error;
          if (e instanceof DataError) return { status: 'error', error: e };
          // An abort is not the reader's problem: the newer request or the removal explains it.
          if (e instanceof DOMException && e.name === 'AbortError') return { status: 'loading' };
          return { status: 'error', error: new DataError(String(e), { input: 'src' }) };
        }
        default:
          return { status: 'loading' };
      }
    }
    this.readLight();
    if (this.lightDomError) return { status: 'error', error: this.lightDomError };
    if (this.lightDom) return { status: 'ready', table: this.lightDom.table, input: this.lightDom.input };
    return { status: 'none' };
  }
}
