/**
 * Library builds. `mode` picks one:
 *  - "bundle": dist/dj-widgets.js, ONE self-contained minified classic script (IIFE) for a plain
 *    <script src> tag: Lit (with its hydrate support) and d3 inlined, registers every widget.
 *  - "widget-<name>": dist/dj-<name>.js, the same for one widget, for a page that embeds only it.
 *  - "embed-listener": dist/dj-embed-resize.js, the iframe-resizing listener for CMS templates.
 *  - "esm" (default): dist/*.js ES modules for npm users, with lit and d3 left as dependencies.
 */
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

export default defineConfig(({ mode }) =>
  mode === 'embed-listener'
    ? // dist/dj-embed-resize.js: the CMS one-liner that sizes our iframes (no exports, no global).
      classicScript('src/embed/listener.ts', 'dj-embed-resize.js')
    : mode.startsWith('widget-')
    ? classicScript(`src/widgets/${mode.slice(7)}/${mode.slice(7)}.define.ts`, `dj-${mode.slice(7)}.js`)
    : mode === 'bundle'
    ? {
        plugins: [noTopLevelAwait()],
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
