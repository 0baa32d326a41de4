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
import { defineConfig, type Plugin } from 'vite';
// The manifest's entries as literal fields (its loaders import Lit elements, which a config cannot load).
import { readManifest } from './scripts/manifest.mjs';

const external = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/];

/** The line of src/index.ts that waits for every widget's define module (top-level await). */
const AWAIT_DEFINED = 'await Promise.all(WIDGETS.map((w) => w.define()));';

/**
 * A classic script cannot hold a top-level await, so in the script-tag builds src/index.ts starts
 * its define modules without waiting. They are inlined into the one file, so each runs in a
 * microtask of the script's own run: every tag is defined before the next script on the page
 * starts (microtasks drain when a script ends). Fails the build if the line is not there.
 */
function noTopLevelAwait(): Plugin {
  return {
    name: 'dj-classic-script-registration',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/src/index.ts')) return null;
      if (!code.includes(AWAIT_DEFINED)) this.error(`src/index.ts no longer has "${AWAIT_DEFINED}": update vite.config.ts`);
      return code.replace(AWAIT_DEFINED, `void ${AWAIT_DEFINED.slice('await '.length)}`);
    },
  };
}

/**
 * A classic script inlines every `import()`: the manifest's samples (test and story data) would
 * ride along in dj-widgets.all.js for every reader. Here they resolve to an empty module instead;
 * the chunks and the ESM build keep them as separate files that nothing on a page loads.
 */
function noSamples(): Plugin {
  const EMPTY = '\0dj-no-sample';
  return {
    name: 'dj-no-samples-in-classic-scripts',
    enforce: 'pre',
    resolveId: (source) => (/\.sample\.js$/.test(source) ? EMPTY : null),
    load: (id) => (id === EMPTY ? 'export const sample = undefined;' : null),
  };
}

function classicScript(entry: string, file: string) {
  return {
    plugins: [noTopLevelAwait()],
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
 * Entries of the chunks build: each widget of the manifest (its define module, named by its
 * `chunk`), and Lit's hydrate support, loaded only for pre-rendered pages.
 */
function chunkEntries(): Record<string, string> {
  return {
    ...Object.fromEntries(readManifest().map((w) => [w.chunk, `src/widgets/${w.name}/${w.name}.define.ts`])),
    hydrate: 'src/loader/hydrate.ts',
  };
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
    ? classicScript(`src/widgets/${mode.slice(7)}/${mode.slice(7)}.define.ts`, `dj-${mode.slice(7)}.js`)
    : mode === 'bundle'
    ? {
        plugins: [noTopLevelAwait(), noSamples()],
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
              // One entry per widget of the manifest: `dj-widgets/<name>` defines its tag.
              ...Object.fromEntries(readManifest().map((w) => [w.chunk, `src/widgets/${w.name}/${w.name}.define.ts`])),
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
