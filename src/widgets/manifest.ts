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

type Words = { zh: string; en: string };

/** One of the widget's own options in the builder's Describe step (an attribute it takes). */
export interface BuilderOption {
  /** The attribute; it must be in `attributes`. */
  name: string;
  label: Words;
  /** A closed list, or free text when absent. */
  choices?: ReadonlyArray<{ value: string; label: Words }>;
  placeholder?: Words;
}

/**
 * How the builder checks that the widget can draw a table before offering it, by the kind of
 * data it draws (src/builder/feasible.ts implements each with the widget's own reader/layout):
 * `categories`: bars that fit a 375 px phone, at most 60; `series`: two numbers on one line;
 * `parts`: squares that can be counted (a unit-size is set when needed); `figures`: at most 4
 * values, read as the widget reads them; `stages`: every stage one the pipeline knows;
 * `events`: events the reader accepts (a titles column is set when needed).
 */
export type BuilderFit = 'categories' | 'series' | 'parts' | 'figures' | 'stages' | 'events';

export interface BuilderMeta {
  /** The widget's name in the builder's menus. */
  label: Words;
  /** Attributes the builder may write (beyond the frame text it writes from Describe); anything else in a project file is refused. */
  attributes: readonly string[];
  /** Rank among suggestions of equal score: lower comes first. */
  rank: number;
  /** Start height in px of an embed frame before the embed reports its own. */
  frameHeight: number;
  /** The check a suggestion of this widget passes before it is offered; none: any table with rows. */
  fit?: BuilderFit;
  /** Options an editor is likely to want, offered in the Describe step; the rest stay at their defaults. */
  options?: readonly BuilderOption[];
  /**
   * The attribute the table's date column is given by default, where the widget would otherwise
   * read a text column in its place: bars labelled by their period rather than a notes column
   * (`when: 'text-column'`: the table has any text column), a line's x when its first column is
   * text (`'first-column-text'`). The editor's own choice wins.
   */
  dateColumn?: { attribute: string; when: 'text-column' | 'first-column-text' };
  /**
   * Offered for any table with a number column, at this score (0–1) and with this reason, then
   * checked by `fit`: how a widget that the builder's own rules (builder/suggest.ts) do not name
   * is offered at all. The eight widgets here are suggested by those rules and leave it unset.
   */
  offer?: { score: number } & Words;
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
  /**
   * Its first render creates an Intl object (dates: Intl.DateTimeFormat). The page's first one
   * costs 15–20 ms, the next ones about 1 ms: the loader creates one at idle while this widget's
   * chunk downloads (scripts/build.mjs → the loader's map). Unset: plain numbers need no Intl.
   */
  intl?: true;
  /**
   * Loads the widget's first paint (core/paint/paint.ts), where it has one: its marks drawn from the
   * element's markup before the element is defined. The loader imports it before the full chunks.
   */
  paint?: () => Promise<{ paint(el: HTMLElement): boolean; paintAll(els: readonly HTMLElement[]): HTMLElement[] }>;
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
    paint: () => import('./bar-chart/bar-chart.paint.js'),
    builder: {
      label: { zh: '柱状图', en: 'Bar chart' }, rank: 2, frameHeight: 420, attributes: [...COMMON, 'orientation', 'sort', 'highlight', 'no-values', 'height', 'series', 'mode', 'left', 'keep-totals'],
      fit: 'categories', dateColumn: { attribute: 'label', when: 'text-column' },
      options: [
        { name: 'orientation', label: { zh: '方向', en: 'Orientation' }, choices: [{ value: 'horizontal', label: { zh: '横向', en: 'horizontal' } }, { value: 'vertical', label: { zh: '竖向', en: 'vertical' } }] },
        { name: 'sort', label: { zh: '排序', en: 'Sort' }, choices: [{ value: 'none', label: { zh: '按原顺序', en: 'as given' } }, { value: 'descending', label: { zh: '从大到小', en: 'largest first' } }, { value: 'ascending', label: { zh: '从小到大', en: 'smallest first' } }] },
      ],
    },
  },
  {
    name: 'line-chart', tag: 'dj-line-chart', className: 'DjLineChart', chunk: 'line-chart', input: 'data',
    define: () => import('./line-chart/line-chart.define.js'),
    drawing: () => import('./line-chart/line-chart.svg.js'),
    sample: () => import('./line-chart/line-chart.sample.js'),
    intl: true,
    builder: { label: { zh: '折线图', en: 'Line chart' }, rank: 1, frameHeight: 420, attributes: [...COMMON, 'x', 'series', 'x-type', 'area', 'labels', 'height'], fit: 'series', dateColumn: { attribute: 'x', when: 'first-column-text' } },
  },
  {
    name: 'waffle', tag: 'dj-waffle', className: 'DjWaffle', chunk: 'waffle', input: 'data',
    define: () => import('./waffle/waffle.define.js'),
    drawing: () => import('./waffle/waffle.svg.js'),
    sample: () => import('./waffle/waffle.sample.js'),
    builder: {
      label: { zh: '方格图', en: 'Waffle chart' }, rank: 5, frameHeight: 380, attributes: [...COMMON, 'unit-size', 'mode', 'columns', 'keep-totals'], fit: 'parts',
      options: [
        { name: 'mode', label: { zh: '方式', en: 'Mode' }, choices: [{ value: 'separate', label: { zh: '各自成组', en: 'separate' } }, { value: 'part', label: { zh: '部分与整体', en: 'part of a whole' } }] },
        { name: 'unit-size', label: { zh: '每格代表（数据单位）', en: 'One square is (data unit)' }, placeholder: { zh: '1', en: '1' } },
      ],
    },
  },
  {
    name: 'targets', tag: 'dj-targets', className: 'DjTargets', chunk: 'targets', input: 'data',
    define: () => import('./targets/targets.define.js'),
    drawing: () => import('./targets/targets.svg.js'),
    sample: () => import('./targets/targets.sample.js'),
    builder: {
      label: { zh: '目标看板', en: 'Targets board' }, rank: 0, frameHeight: 640, attributes: [...COMMON, 'density', 'group', 'sort', 'period', 'as-of', 'date', 'tolerance', 'keep-totals'],
      options: [
        { name: 'group', label: { zh: '分组', en: 'Group' }, choices: [{ value: 'none', label: { zh: '不分组', en: 'none' } }, { value: 'category', label: { zh: '按类别', en: 'by category' } }, { value: 'status', label: { zh: '按状态', en: 'by status' } }] },
        { name: 'period', label: { zh: '目标期间', en: 'Period' }, placeholder: { zh: '如 2021', en: 'e.g. 2021' } },
      ],
    },
  },
  {
    name: 'big-number', tag: 'dj-big-number', className: 'DjBigNumber', chunk: 'big-number', input: 'data',
    define: () => import('./big-number/big-number.define.js'),
    drawing: () => import('./big-number/big-number.svg.js'),
    sample: () => import('./big-number/big-number.sample.js'),
    builder: { label: { zh: '大数字', en: 'Big numbers' }, rank: 6, frameHeight: 260, attributes: [...COMMON, 'target', 'previous', 'previous-label', 'date', 'quote'], fit: 'figures' },
  },
  {
    name: 'timeline', tag: 'dj-timeline', className: 'DjTimeline', chunk: 'timeline', input: 'data',
    define: () => import('./timeline/timeline.define.js'),
    drawing: () => import('./timeline/timeline.svg.js'),
    sample: () => import('./timeline/timeline.sample.js'),
    intl: true,
    builder: {
      label: { zh: '时间线', en: 'Timeline' }, rank: 3, frameHeight: 440, attributes: [...COMMON, 'orientation', 'as-of', 'start-at', 'rows'], fit: 'events',
      options: [{ name: 'as-of', label: { zh: '截至日期', en: 'As of' }, placeholder: { zh: '如 2021-01-15', en: 'e.g. 2021-01-15' } }],
    },
  },
  {
    name: 'project-tracker', tag: 'dj-project-tracker', className: 'DjProjectTracker', chunk: 'project-tracker', input: 'data',
    define: () => import('./project-tracker/project-tracker.define.js'),
    drawing: () => import('./project-tracker/project-tracker.svg.js'),
    sample: () => import('./project-tracker/project-tracker.sample.js'),
    intl: true,
    builder: { label: { zh: '项目进度', en: 'Project tracker' }, rank: 4, frameHeight: 440, attributes: [...COMMON, 'stages'], fit: 'stages' },
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
