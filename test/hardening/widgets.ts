/**
 * What the hardening suites know about each widget: how to feed it, what a good render looks
 * like, and which of its inputs are text a reader sees. Derived from the widget manifest: each
 * widget's `<name>.sample.ts` (loaded lazily, so fixtures stay out of the shipped bundle) says it,
 * so a new widget is covered by every suite that reads this list without an edit here.
 * `registry.test.ts` fails when a `dj-*` element is registered that this list does not describe.
 */
import '../../src/index.js';
import type { WidgetSample } from '../../src/core/sample.js';
import { WIDGETS as MANIFEST } from '../../src/widgets/manifest.js';

export interface WidgetCase extends WidgetSample {
  tag: string;
  /** 'data': fed rows through `.data`; 'text': reads paragraphs from its light DOM (dj-figures). */
  input: 'data' | 'text';
}

export const WIDGETS: readonly WidgetCase[] = await Promise.all(
  MANIFEST.map(async (w): Promise<WidgetCase> => ({ ...(await w.sample()).sample, tag: w.tag, input: w.input })),
);

export const byTag = (tag: string): WidgetCase | undefined => WIDGETS.find((w) => w.tag === tag);
