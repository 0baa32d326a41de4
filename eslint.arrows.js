// The allowed import arrows between the parts of src/ (drawn in docs/ARCHITECTURE.md), enforced with
// ESLint's built-in no-restricted-imports. Each part lists what it may NOT reach; the patterns are
// regular expressions over the import string as written, so they are tied to each folder's depth
// (a file in src/core/format/ reaches src/ with '../../'). The server renderer is src/server and
// the static SVG kit src/core/static-svg: no two parts share a name, so no pattern has to tell
// them apart by depth.
//
// Every block's `files` are disjoint from the others', because a later `no-restricted-imports`
// entry replaces an earlier one instead of adding to it.

/** Packages that need a DOM or a renderer: not for code that must run in plain Node (extract and
 *  the core/format + core/i18n it uses). */
const domPackages = {
  group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'd3-selection', 'd3-zoom'],
  message: 'This part must run in Node without a DOM (docs/ARCHITECTURE.md): no Lit, no d3-selection/d3-zoom.',
};

/** `a/../b` would walk past a rule written for `../core/`; every import in src/ is written normalised. */
const normalised = {
  regex: '(^|/)[^./][^/]*/(.*/)?\\.\\.(/|$)',
  message: 'Write the import path normalised (no "x/../y"), so the architecture rules can read it.',
};

/** The package's own name from inside src/ would be a cycle through the build output. */
const selfName = { group: ['dj-widgets', 'dj-widgets/*'], message: 'Import src/ modules relatively, never through the package name.' };

/** Dynamic import() is not seen by no-restricted-imports: the same regexes through no-restricted-syntax.
 *  esquery's regex literal cannot hold '/', so it is written as \x2F. */
const dynamic = (patterns) => patterns.map((p) => ({
  selector: `ImportExpression[source.value=/${(p.regex ?? `^(${p.group.map((g) => g.replace('/*', '/.*')).join('|')})$`).replaceAll('/', '\\x2F')}/]`,
  message: p.message,
}));

const rule = (...patterns) => {
  const all = [normalised, selfName, ...patterns];
  return { 'no-restricted-imports': ['error', { patterns: all }], 'no-restricted-syntax': ['error', ...dynamic(all)] };
};
const no = (regex, message) => ({ regex, message: `${message} (docs/ARCHITECTURE.md)` });

// Widgets that read article figures with src/extract. Known exception to "widgets → core only",
// listed under "Known exceptions" in docs/ARCHITECTURE.md: the figure reader is DOM-free and sits
// below every widget, but it is not in core. (targets names figure kinds through core/format/figure.ts.)
const widgetsUsingExtract = ['figures'];

export default [
  {
    // core, top level: './…' only — any '../' leaves core (widgets, extract, builder, static, …).
    files: ['src/core/*.ts'],
    rules: rule(no('^\\.\\./', 'core imports only core: never widgets, extract, builder, embed, server or data')),
  },
  {
    files: ['src/core/*/*.ts'],
    ignores: ['src/core/format/*.ts', 'src/core/i18n/*.ts', 'src/core/paint/*.ts'],
    rules: rule(no('^\\.\\./\\.\\./', 'core imports only core: never widgets, extract, builder, embed, server or data')),
  },
  {
    // The first paint (issue #16) is a chunk without Lit: core only, and no Lit package at all (the
    // paint build, vite.config.ts mode "paint", also fails on any Lit import beyond `css`).
    files: ['src/core/paint/*.ts'],
    rules: rule(
      no('^\\.\\./\\.\\./', 'core imports only core: never widgets, extract, builder, embed, server or data'),
      { group: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', '@lit-labs/*'], message: 'core/paint draws before Lit has arrived: no Lit (docs/ARCHITECTURE.md)' },
    ),
  },
  {
    // core/format is what extract runs on in Node: it may use only itself and core/i18n.
    files: ['src/core/format/*.ts'],
    rules: rule(no('^\\.\\./(?!i18n/)', 'core/format may import only core/format and core/i18n (extract runs it in Node)'), domPackages),
  },
  {
    files: ['src/core/i18n/*.ts'],
    rules: rule(no('^\\.\\./', 'core/i18n imports nothing outside core/i18n'), domPackages),
  },
  {
    // A widget: its own folder ('./') and core; never another widget, never builder/embed/server.
    files: ['src/widgets/*/*.ts'],
    ignores: widgetsUsingExtract.map((w) => `src/widgets/${w}/*.ts`),
    rules: rule(
      no('^\\.\\./(?!\\.\\./)', 'a widget never imports another widget; share it through core'),
      no('^\\.\\./\\.\\./(?!core/)', 'a widget imports only core'),
    ),
  },
  {
    files: widgetsUsingExtract.map((w) => `src/widgets/${w}/*.ts`),
    rules: rule(
      no('^\\.\\./(?!\\.\\./)', 'a widget never imports another widget; share it through core'),
      // Known exception: the figures widget also reads figures with src/extract.
      no('^\\.\\./\\.\\./(?!core/|extract/)', 'a widget imports only core (figures: also extract)'),
    ),
  },
  {
    // The widget manifest (src/widgets/manifest.ts): it names each widget's define module, static
    // drawing and sample (lazily, through import()), and core's types; nothing else.
    files: ['src/widgets/*.ts'],
    rules: rule(
      no('^\\./(?![a-z0-9-]+/[a-z0-9-]+\\.(define|svg|sample|paint)\\.js$)', 'the widget manifest imports only each widget\'s define, svg, sample and paint modules'),
      no('^\\.\\./(?!core/)', 'the widget manifest imports only widgets and core'),
    ),
  },
  {
    // The figure reader runs in Node without a DOM: core/format is all it may use.
    files: ['src/extract/*.ts'],
    rules: rule(no('^\\.\\./(?!core/format/)', 'extract imports only core/format (it runs in Node without a DOM)'), domPackages),
  },
  {
    // The article's dataset is made by the figure reader.
    files: ['src/data/*.ts'],
    rules: rule(no('^\\.\\./(?!extract/)', 'data imports only extract')),
  },
  {
    // Builder logic (no UI): core, extract, the pure data readers and layouts of widgets (never an
    // element, which would define a tag), and the embed page's URL parameters it publishes to.
    files: ['src/builder/*.ts'],
    rules: rule(
      no('^\\./app/', 'builder logic never imports the builder UI (builder/app)'),
      no('^\\.\\./(?!core/|extract/|widgets/|embed/params\\.js$)', 'builder logic imports only core, extract, widget data readers/layouts and embed/params'),
      no('^\\.\\./widgets/(?!manifest\\.js$)[^/]+/(?![^/]+\\.(data|layout)\\.js$)', 'builder logic may use the widget manifest and a widget\'s *.data.js or *.layout.js, never its element'),
      no('^\\.\\./widgets/(?!manifest\\.js$)[^/]+$', 'builder logic may use the widget manifest and a widget\'s *.data.js or *.layout.js, never its element'),
      domPackages,
    ),
  },
  {
    // Builder UI: builder logic, core, the article's data for its examples, and the whole library
    // (src/index.js) to preview every widget.
    files: ['src/builder/app/*.ts'],
    rules: rule(no('^\\.\\./\\.\\./(?!core/|data/|index\\.js$|widgets/manifest\\.js$)', 'builder/app imports only builder, core, data, the widget manifest and the library entry (src/index.js)')),
  },
  {
    files: ['src/embed/*.ts'],
    // The widget manifest lets the embed page load only the widget its link names (issue #16).
    rules: rule(no('^\\.\\./(?!core/|data/|index\\.js$|widgets/manifest\\.js$)', 'embed imports only core, data, the widget manifest and the library entry (src/index.js)')),
  },
  {
    // Server rendering (Node only): the library entry and core.
    files: ['src/server/*.ts'],
    rules: rule(no('^\\.\\./(?!core/|index\\.js$|widgets/manifest\\.js$)', 'server (server render) imports only core, the widget manifest and the library entry (src/index.js)')),
  },
  {
    // The loader (dist/dj-widgets.js, issue #16): it must stay tiny — widgets, Lit and the core
    // arrive as chunks it imports by URL — so it may name only the version it checks for clashes,
    // the paint mark, and the widgets' default font (type-scale.js: one string) it warms the canvas with.
    files: ['src/loader/*.ts'],
    rules: rule(no('^\\.\\./(?!core/version\\.js$|core/paint/mark\\.js$|core/type-scale\\.js$)', 'the loader imports only core/version.js, core/paint/mark.js and core/type-scale.js: everything else arrives as a chunk')),
  },
  {
    // The library entries: core and widgets. The builder, embed page, server renderer and the
    // article's data are separate entries and never part of the library bundle.
    files: ['src/*.ts'],
    rules: rule(
      no('^\\./(builder|embed|server|data|extract)/', 'the library entry exports only core and widgets'),
      no('^\\.\\./', 'src/ never imports from outside src/ (stories, demo, test, bench, scripts)'),
    ),
  },
];
