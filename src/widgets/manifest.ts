/**
 * THE list of widgets: one entry per widget, and everything that needs the list derives from it —
 * the library entry (src/index.ts registers each), the build (ESM entries, one script per widget,
 * package.json exports, checked by test/e2e/package.e2e.mjs), the server renderer, the embed page,
 * the builder's widget lists, the test suites' registry and Storybook. Adding a widget is its folder
 * plus one entry here (`npm run new-widget <name>` writes both).
 *
 * This module imports nothing eagerly: element classes, static drawings and samples are behind
 * `import()`, so the builder's logic (Lit-free) and a loader can read the list without pulling in
 * Lit or any widget. Keep the shape stable (other parts key on it): add fields, never rename.
 */

export interface BuilderMeta {
  /** The widget's name in the builder's menus. */
  label: { zh: string; en: string };
  /** Attributes the builder may write (beyond the frame text it writes from Describe); anything else in a project file is refused. */
  attributes: readonly string[];
  /** Rank among suggestions of equal score: lower comes first. */
  rank: number;
  /** Start height in px of an embed frame before the embed reports its own. */
  frameHeight: number;
}

export interface WidgetEntry {
  /** Folder under src/widgets/, the ESM entry `dj-widgets/<name>`, the embed link's `?widget=`. */
  name: string;
  /** The custom element's tag, `dj-<name>`. */
  tag: `dj-${string}`;
  /** The element class's exported name (from `<name>.js` and `dj-widgets`). */
  className: string;
  /** Chunk (file stem) the widget's code is built into: dist/<chunk>.js and dist/dj-<chunk>.js. */
  chunk: string;
  /** Rows through `.data` / a table, or paragraphs of text (dj-figures). */
  input: 'data' | 'text';
  /** Loads the define module: the class, registered under `tag` (guarded: a second copy stands aside). */
  define: () => Promise<unknown>;
  /** Loads the static drawing (scene → SVG body) used by `toSvg()` and server rendering. */
  drawing: () => Promise<unknown>;
  /** Loads the sample: a small good dataset and what it draws, for stories and the generic test suites. */
  sample: () => Promise<{ sample: import('../core/sample.js').WidgetSample }>;
  builder: BuilderMeta;
}

/** Column choices and motion, shared by every DjWidget. */
const COMMON = ['label', 'value', 'no-motion', 'width'];

export const WIDGETS: readonly WidgetEntry[] = [
  {
    name: 'bar-chart', tag: 'dj-bar-chart', className: 'DjBarChart', chunk: 'bar-chart', input: 'data',
    define: () => import('./bar-chart/bar-chart.define.js'),
    drawing: () => import('./bar-chart/bar-chart.svg.js'),
    sample: () => import('./bar-chart/bar-chart.sample.js'),
    builder: { label: { zh: '柱状图', en: 'Bar chart' }, rank: 2, frameHeight: 420, attributes: [...COMMON, 'orientation', 'sort', 'highlight', 'no-values', 'height', 'series', 'mode', 'left'] },
  },
  {
    name: 'line-chart', tag: 'dj-line-chart', className: 'DjLineChart', chunk: 'line-chart', input: 'data',
    define: () => import('./line-chart/line-chart.define.js'),
    drawing: () => import('./line-chart/line-chart.svg.js'),
    sample: () => import('./line-chart/line-chart.sample.js'),
    builder: { label: { zh: '折线图', en: 'Line chart' }, rank: 1, frameHeight: 420, attributes: [...COMMON, 'x', 'series', 'x-type', 'area', 'labels', 'height'] },
  },
  {
    name: 'waffle', tag: 'dj-waffle', className: 'DjWaffle', chunk: 'waffle', input: 'data',
    define: () => import('./waffle/waffle.define.js'),
    drawing: () => import('./waffle/waffle.svg.js'),
    sample: () => import('./waffle/waffle.sample.js'),
    builder: { label: { zh: '方格图', en: 'Waffle chart' }, rank: 5, frameHeight: 380, attributes: [...COMMON, 'unit-size', 'mode', 'columns'] },
  },
  {
    name: 'targets', tag: 'dj-targets', className: 'DjTargets', chunk: 'targets', input: 'data',
    define: () => import('./targets/targets.define.js'),
    drawing: () => import('./targets/targets.svg.js'),
    sample: () => import('./targets/targets.sample.js'),
    builder: { label: { zh: '目标看板', en: 'Targets board' }, rank: 0, frameHeight: 640, attributes: [...COMMON, 'density', 'group', 'sort', 'period', 'as-of', 'date', 'tolerance'] },
  },
  {
    name: 'big-number', tag: 'dj-big-number', className: 'DjBigNumber', chunk: 'big-number', input: 'data',
    define: () => import('./big-number/big-number.define.js'),
    drawing: () => import('./big-number/big-number.svg.js'),
    sample: () => import('./big-number/big-number.sample.js'),
    builder: { label: { zh: '大数字', en: 'Big numbers' }, rank: 6, frameHeight: 260, attributes: [...COMMON, 'target', 'previous', 'previous-label', 'date', 'quote'] },
  },
  {
    name: 'timeline', tag: 'dj-timeline', className: 'DjTimeline', chunk: 'timeline', input: 'data',
    define: () => import('./timeline/timeline.define.js'),
    drawing: () => import('./timeline/timeline.svg.js'),
    sample: () => import('./timeline/timeline.sample.js'),
    builder: { label: { zh: '时间线', en: 'Timeline' }, rank: 3, frameHeight: 440, attributes: [...COMMON, 'orientation', 'as-of', 'start-at', 'rows'] },
  },
  {
    name: 'project-tracker', tag: 'dj-project-tracker', className: 'DjProjectTracker', chunk: 'project-tracker', input: 'data',
    define: () => import('./project-tracker/project-tracker.define.js'),
    drawing: () => import('./project-tracker/project-tracker.svg.js'),
    sample: () => import('./project-tracker/project-tracker.sample.js'),
    builder: { label: { zh: '项目进度', en: 'Project tracker' }, rank: 4, frameHeight: 440, attributes: [...COMMON, 'stages'] },
  },
  {
    name: 'figures', tag: 'dj-figures', className: 'DjFigures', chunk: 'figures', input: 'text',
    define: () => import('./figures/figures.define.js'),
    drawing: () => import('./figures/figures.svg.js'),
    sample: () => import('./figures/figures.sample.js'),
    builder: { label: { zh: '数字标注段落', en: 'Annotated paragraph' }, rank: 7, frameHeight: 420, attributes: [] },
  },
  // new-widget: entries above this line (scripts/new-widget.mjs inserts here)
];

/** The entry for a tag (`dj-bar-chart`) or a name (`bar-chart`); undefined when no widget has it. */
export function widgetEntry(tagOrName: string): WidgetEntry | undefined {
  return WIDGETS.find((w) => w.tag === tagOrName || w.name === tagOrName);
}

/** Every widget's tag, in manifest order. */
export const WIDGET_TAGS: readonly string[] = WIDGETS.map((w) => w.tag);
