/**
 * Gathers a widget's data from its four inputs and keeps it current. Precedence, highest first:
 *   1. the `.data` property (set by code: the most deliberate choice on the page);
 *   2. `src` (a live file; the light-DOM table then stays as the no-JavaScript fallback);
 *   3. a <script type="application/json"> child;
 *   4. a <table> child.
 * Loading is an @lit/task: a new `src` aborts the old request, so a stale response never wins,
 * and removing the element aborts it too.
 *
 * The fetching and the task load on first use (core/lazy.ts): a chart drawn from its <table>,
 * JSON script or `.data` never fetches them. Until they arrive the state is "loading"; if they
 * cannot be loaded, a transient error with a retry. (Inline JSON is parsed at once: a page
 * pre-rendered from it must draw the server's chart in its first update, to hydrate it.)
 */
import type { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { remoteData, StaleChunkError } from '../lazy.js';
import { ON_SERVER } from '../server.js';
import { DataError, type DataInput } from './errors.js';
import { readLightDom } from './light-dom.js';
import { fromRecords, type RawTable } from './raw-table.js';

type Remote = Awaited<ReturnType<typeof remoteData>>;

/** The fetching code once one element loaded it: every later element starts its request in its first update, as before. */
let loaded: Remote | undefined;

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
  /** The lazily loaded fetching and parsing code, and the task made with it once `src` is used. */
  private remote: Remote | undefined;
  private remoteLoad: Promise<void> | undefined;
  private remoteError: DataError | undefined;
  private task: Task<readonly [string], RawTable | null> | undefined;
  /** `.data` converted once per value set, so re-renders (hover, focus) do not redo the layout. */
  private dataMemo: { data: unknown; state: DataState } | undefined;

  constructor(host: DataHost) {
    this.host = host;
    host.addController(this);
  }

  /** Loads the fetching and parsing code once; the host updates when it arrives or fails. */
  private need(): void {
    if (this.remote || this.remoteLoad || this.remoteError) return;
    if (loaded) {
      this.remote = loaded;
      return;
    }
    this.remoteLoad = remoteData().then(
      (remote) => {
        this.remote = loaded = remote;
        this.host.requestUpdate();
      },
      (e: unknown) => {
        this.remoteLoad = undefined;
        // A chunk it imports failed earlier in this page (lazy.ts): a retry cannot fetch it again, a reload can.
        const stale = e instanceof StaleChunkError;
        this.remoteError = new DataError(
          `The code that reads this chart's data did not load (${e instanceof Error ? e.message : String(e)})${stale ? '; reload the page to try again' : ''}.`,
          { input: 'src', transient: !stale },
          stale ? '读取图表数据的程序未能加载，请刷新页面后再试一次。' : '读取图表数据的程序未能加载，请检查网络后重试。',
        );
        this.host.requestUpdate();
      },
    );
  }

  /** The request for `src`, made once the code is here; it runs whenever `src` changes. */
  private srcTask(remote: Remote): Task<readonly [string], RawTable | null> {
    return (this.task ??= new remote.Task(this.host, {
      task: async ([src], { signal }) => (src ? remote.fetchTable(src, signal) : null),
      args: () => [this.host.src ?? ''] as const,
    }));
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
    if (this.host.src && this.task && this.remote && this.task.status !== this.remote.TaskStatus.COMPLETE) void this.task.run();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.task?.abort('removed from the page');
  }

  /** Requests `src` again (the retry button after a network error or timeout), or the code that failed to load. */
  retry(): void {
    if (this.remoteError) {
      this.remoteError = undefined;
      this.need();
      this.host.requestUpdate();
    } else if (this.host.src) void this.task?.run();
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
      this.need();
      const remote = this.remote;
      if (!remote) return this.remoteError ? { status: 'error', error: this.remoteError } : { status: 'loading' };
      const task = this.srcTask(remote);
      // Made during this update: it runs in the next one (the host's update ran its controllers already).
      if (task.status === remote.TaskStatus.INITIAL) this.host.requestUpdate();
      const { TaskStatus } = remote;
      switch (task.status) {
        case TaskStatus.COMPLETE: {
          const value = task.value;
          if (value) return { status: 'ready', table: value, input: 'src' };
          break;
        }
        case TaskStatus.ERROR: {
          const e = task.error;
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

