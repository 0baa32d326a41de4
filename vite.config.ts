/**
 * Library builds. `mode` picks one:
 *  - "chunks": dist/chunks/*.js, the ES modules the loader imports: `shared.js` (Lit + core + what
 *    two or more widgets use), one chunk per widget, `hydrate.js`, and what loads on first use
 *    (export menu, PNG encoder). File names carry no hash: the loader is built after them and
 *    knows them by name (scripts/build.mjs).
 *  - "loader": dist/dj-widgets.js, the one classic <script src> (IIFE, ≤ 3 KiB gzip) that finds
 *    dj-* elements and imports their chunks from its own folder.
 *  - "bundle": dist/dj-widgets.all.js, ONE self-contained minified classic script (IIFE) for hosts
 *    that cannot serve a folder: Lit (with its hydrate support) and d3 inlined, registers every widget.
 *  - "widget-<name>": dist/dj-<name>.js, the same for one widget, for a page that embeds only it.
 *  - "embed-listener": dist/dj-embed-resize.js, the iframe-resizing listener for CMS templates.
 *  - "esm" (default): dist/*.js ES modules for npm users, with lit and d3 left as dependencies.
 */
import fs from 'node:fs';
import { defineConfig } from 'vite';

const external = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/];

function classicScript(entry: string, file: string) {
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry, name: 'DjWidgets', formats: ['iife' as const], fileName: () => file },
    },
    // Lit's production build: no dev-mode warnings in readers' consoles.
    resolve: { conditions: ['production'] },
  };
}

/**
 * Entries of the chunks build: each widget (every folder of src/widgets/ is one, tag
 * `dj-<folder>`), and Lit's hydrate support, loaded only for pre-rendered pages.
 * TODO(manifest): derive from the widget manifest (issue #18).
 */
function chunkEntries(): Record<string, string> {
  const widgets = fs.readdirSync('src/widgets').filter((w) => fs.existsSync(`src/widgets/${w}/${w}.ts`));
  return { ...Object.fromEntries(widgets.map((w) => [w, `src/widgets/${w}/${w}.ts`])), hydrate: 'src/loader/hydrate.ts' };
}

/** The loader's table (tag → chunk), made by scripts/build.mjs from the chunks build; `{}` before it. */
const loaderMap = (): string => (fs.existsSync('dist/chunks/map.json') ? fs.readFileSync('dist/chunks/map.json', 'utf8') : '{}');

export default defineConfig(({ mode }) =>
  mode === 'chunks'
    ? {
        build: {
          outDir: 'dist/chunks',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          sourcemap: false,
          // No <link rel=modulepreload> polyfill or helper: the loader preloads what it needs.
          modulePreload: false,
          lib: { entry: chunkEntries(), formats: ['es'] },
          rolldownOptions: {
            // The loader imports chunks for their side effect (defining the tag), not their exports.
            preserveEntrySignatures: 'allow-extension',
            output: {
              // Vite's library mode leaves ES output's whitespace alone; these are served as is.
              minify: true,
              entryFileNames: '[name].js',
              chunkFileNames: '[name].js',
              // One shared chunk: Lit and the core that two or more widgets use, so a page with
              // two widget types fetches them once. Dates and periods (d3-time, the period reader),
              // which the bar chart, waffle and big number never use, are one `time` chunk of their
              // own; code one widget uses stays in its chunk (d3-zoom in the timeline's).
              codeSplitting: {
                // A group takes the modules its test names, not everything they import.
                includeDependenciesRecursively: false,
                groups: [
                  { name: 'time', test: /\/d3-time(-format)?\/|\/src\/core\/(format\/(period|date)|time-axis)/, minShareCount: 2, priority: 2 },
                  { name: 'shared', test: /\/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs|d3-array)\/|\/src\/core\/|@oxc-project\+runtime/, minShareCount: 2, priority: 1 },
                ],
              },
            },
          },
        },
        resolve: { conditions: ['production'] },
      }
    : mode === 'loader'
    ? {
        ...classicScript('src/loader/loader.ts', 'dj-widgets.js'),
        define: { __DJ_CHUNKS__: loaderMap() },
      }
    : mode === 'embed-listener'
    ? // dist/dj-embed-resize.js: the CMS one-liner that sizes our iframes (no exports, no global).
      classicScript('src/embed/listener.ts', 'dj-embed-resize.js')
    : mode.startsWith('widget-')
    ? classicScript(`src/widgets/${mode.slice(7)}/${mode.slice(7)}.ts`, `dj-${mode.slice(7)}.js`)
    : mode === 'bundle'
    ? {
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          sourcemap: false,
          lib: {
            // With Lit's hydrate support (≈2 KiB): pages pre-rendered by dj-widgets/static
            // hydrate with the one script tag too.
            entry: 'src/hydrate.ts',
            name: 'DjWidgets',
            formats: ['iife'],
            fileName: () => 'dj-widgets.all.js',
          },
        },
        // Lit's production build: no dev-mode warnings in readers' consoles.
        resolve: { conditions: ['production'] },
      }
    : {
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          minify: false,
          // Unminified, readable ES modules: maps would add nothing but weight to the package.
          sourcemap: false,
          lib: {
            entry: {
              index: 'src/index.ts',
              'bar-chart': 'src/widgets/bar-chart/bar-chart.ts',
              figures: 'src/widgets/figures/figures.ts',
              'line-chart': 'src/widgets/line-chart/line-chart.ts',
              waffle: 'src/widgets/waffle/waffle.ts',
              targets: 'src/widgets/targets/targets.ts',
              'big-number': 'src/widgets/big-number/big-number.ts',
              timeline: 'src/widgets/timeline/timeline.ts',
              'project-tracker': 'src/widgets/project-tracker/project-tracker.ts',
              // The extractor: no DOM, no dependencies; runs in Node and in the page.
              extract: 'src/extract/index.ts',
              // Every widget after Lit's hydrate support: for pages pre-rendered by dj-widgets/static.
              hydrate: 'src/hydrate.ts',
            },
            formats: ['es'],
          },
          rolldownOptions: { external },
        },
      },
);
