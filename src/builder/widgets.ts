/**
 * The widgets a project may name and the attributes the builder may set on each (beyond the
 * frame attributes it writes from Describe), from the widget manifest's `builder.attributes`.
 * An attribute not listed is refused when a project loads, so a project file cannot smuggle
 * `onclick`, `style` or `src` onto an element.
 */
import { widgetEntry, WIDGETS } from '../widgets/manifest.js';

export const WIDGET_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(WIDGETS.map((w) => [w.tag, w.builder.attributes]));

/** The widgets a project may name. */
export const WIDGET_TAGS: readonly string[] = WIDGETS.map((w) => w.tag);

/** Whether the widget draws paragraphs of text (its manifest `input`), not rows: dj-figures. */
export const takesText = (tag: string): boolean => widgetEntry(tag)?.input === 'text';
