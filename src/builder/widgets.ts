/**
 * The widgets a project may name and the attributes the builder may set on each (beyond the
 * frame attributes it writes from Describe). Mirrors the elements' public properties; an
 * attribute not listed here is refused when a project loads, so a project file cannot smuggle
 * `onclick`, `style` or `src` onto an element.
 */

/** Column choices and motion, shared by every DjWidget. */
const COMMON = ['label', 'value', 'no-motion', 'width'];

export const WIDGET_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'dj-bar-chart': [...COMMON, 'orientation', 'sort', 'highlight', 'no-values', 'height', 'series', 'mode', 'left'],
  'dj-line-chart': [...COMMON, 'x', 'series', 'x-type', 'area', 'labels', 'height'],
  'dj-waffle': [...COMMON, 'unit-size', 'mode', 'columns'],
  'dj-targets': [...COMMON, 'density', 'group', 'sort', 'period', 'as-of', 'date', 'tolerance'],
  'dj-big-number': [...COMMON, 'target', 'previous', 'previous-label', 'date', 'quote'],
  'dj-timeline': [...COMMON, 'orientation', 'as-of', 'start-at', 'rows'],
  'dj-project-tracker': [...COMMON, 'stages'],
  'dj-figures': [],
};

/** The widgets a project may name. */
export const WIDGET_TAGS: readonly string[] = Object.keys(WIDGET_ATTRIBUTES);
