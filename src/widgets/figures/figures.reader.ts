/**
 * Where `<dj-figures>`'s paragraphs come from, by precedence: `data`, `paragraphs`, `text`,
 * `src` (fetched, never on the server), a light-DOM JSON script, the light DOM's blocks. A
 * reactive controller: it fetches `src`, watches the light DOM, and tells the element when the
 * paragraphs must be read again — the element's counterpart of the charts' DataController.
 */
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { MutationController } from '@lit-labs/observers/mutation-controller.js';
import { DataError } from '../../core/data/errors.js';
import { extractFigures, type Figure } from '../../extract/index.js';
import { joinParagraphs } from './figures.layout.js';
import { ON_SERVER } from '../../core/server.js';
import { readBlocks, type Block } from './figures.blocks.js';
import { fetchParagraphs, paragraphsFromJson, paragraphsFromJsonText, paragraphsFromText } from './figures.input.js';

/** The element's inputs, read at each update. */
export interface FiguresInputs extends ReactiveControllerHost, HTMLElement {
  readonly data: unknown;
  readonly paragraphs: string[] | null;
  readonly src: string | null;
}

const plain = (list: string[]): Block[] => list.map((text) => ({ text, lang: undefined }));

export class FiguresReader implements ReactiveController {
  /** The `text` property as set (null: not set). */
  textInput: string | null = null;
  /** The paragraphs last read (kept when newer input fails). */
  blocks: Block[] = [];
  /** `src` is loading. */
  loading = false;
  error: DataError | undefined;
  /** The paragraphs joined (white space collapsed, a blank line between): what `figures` index. */
  text = '';
  figures: readonly Figure[] = [];
  private stale = true;
  private fetchedStatus = -1;

  /** `src`, fetched (never on the server: it has no page to fetch for). */
  private readonly fetched: Task<readonly [string], string[] | null>;
  /** Watches the light DOM; held so it lives as long as the element. */
  readonly lightDom: MutationController;

  constructor(private readonly host: FiguresInputs) {
    host.addController(this);
    this.fetched = new Task(host, {
      task: async ([src], { signal }) => (src && !ON_SERVER ? fetchParagraphs(src, signal) : null),
      args: () => [host.src ?? ''] as const,
    });
    // Any change to the light DOM (text typed in an editor, paragraphs added) means reading again.
    this.lightDom = new MutationController(host, {
      config: { childList: true, subtree: true, characterData: true },
      skipInitial: true,
      callback: () => {
        this.stale = true;
      },
    });
  }

  hostConnected(): void {
    // Whatever changed while detached was not observed.
    this.stale = true;
  }

  /**
   * Reads the paragraphs again when an input, the light DOM or the fetch changed, and the figures
   * in them when the text changed; a failure is reported and keeps the last paragraphs. Returns
   * whether it read.
   */
  refresh(changed: PropertyValues, report: (e: DataError) => void, cleared: () => void): boolean {
    const inputs = ['data', 'paragraphs', 'text', 'src'].some((k) => changed.has(k));
    if (!inputs && !this.stale && this.fetched.status === this.fetchedStatus) return false;
    this.stale = false;
    this.fetchedStatus = this.fetched.status;
    try {
      const blocks = this.read();
      this.error = undefined;
      cleared();
      this.loading = blocks === null;
      if (blocks) this.blocks = blocks;
    } catch (e) {
      this.error = e instanceof DataError ? e : new DataError(e instanceof Error ? e.message : String(e), { input: 'data' });
      report(this.error);
    }
    const text = joinParagraphs(this.blocks.map((b) => b.text));
    if (text !== this.text) {
      this.text = text;
      this.figures = extractFigures(text);
    }
    return true;
  }

  /** The paragraphs in force. Null while `src` loads. Throws the DataError to show. */
  read(): Block[] | null {
    const h = this.host;
    if (h.data !== undefined && h.data !== null) return plain(paragraphsFromJson(h.data, 'data'));
    if (h.paragraphs) return plain(h.paragraphs);
    if (this.textInput !== null) return plain(paragraphsFromText(this.textInput));
    if (h.src) {
      if (ON_SERVER) return null;
      const error = this.fetched.error;
      if (error !== undefined) {
        if (error instanceof DOMException && error.name === 'AbortError') return null;
        throw error instanceof DataError ? error : new DataError(error instanceof Error ? error.message : JSON.stringify(error), { input: 'src' });
      }
      return this.fetched.value ? plain(this.fetched.value) : null;
    }
    // Lit SSR has no light DOM to read (dj-widgets/static passes it as `paragraphs` or `data`).
    if (ON_SERVER) return [];
    const json = Array.from(h.children).find((c) => c.localName === 'script' && c.getAttribute('type') === 'application/json');
    if (json) return plain(paragraphsFromJsonText(json.textContent, 'json'));
    return readBlocks(h);
  }
}
