/**
 * Library builds. `mode` picks one:
 *  - "bundle": dist/dj-widgets.js, ONE self-contained minified classic script (IIFE) for a plain
 *    <script src> tag: Lit (with its hydrate support) and d3 inlined, registers every widget.
 *  - "widget-<name>": dist/dj-<name>.js, the same for one widget, for a page that embeds only it.
 *  - "embed-listener": dist/dj-embed-resize.js, the iframe-resizing listener for CMS templates.
 *  - "esm" (default): dist/*.js ES modules for npm users, with lit and d3 left as dependencies.
 */
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

export default defineConfig(({ mode }) =>
  mode === 'embed-listener'
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
            fileName: () => 'dj-widgets.js',
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
