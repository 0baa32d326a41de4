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
 * The script-tag builds are one classic script each: no top-level await, and every import()
 * would be inlined behind lazy-init wrappers (≈5 KiB gzip more for the bundle). So there the
 * manifest's define and drawing loaders become static imports handed back as resolved promises —
 * every tag is defined while the script runs, as before the manifest — its sample loaders (test
 * and story data) are left out, and src/index.ts no longer awaits. Fails the build if either
 * source no longer reads as expected.
 */
function classicManifest(): Plugin {
  const LOADER = /\(\) => import\('(\.\/[a-z0-9-]+\/[a-z0-9-]+\.(define|svg|sample)\.js)'\)/g;
  return {
    name: 'dj-classic-script-manifest',
    // Before TypeScript is stripped: the source as written.
    enforce: 'pre',
    transform(code, id) {
      const file = id.replaceAll('\\', '/');
      if (file.endsWith('/src/widgets/manifest.ts')) {
        const imports: string[] = [];
        const out = code.replace(LOADER, (_, path: string, kind: string) => {
          if (kind === 'sample') return '__noSample';
          imports.push(`import * as __loaded${imports.length} from '${path}';`);
          return `() => Promise.resolve(__loaded${imports.length - 1})`;
        });
        if (imports.length === 0) this.error('src/widgets/manifest.ts has no define/drawing loaders: update vite.config.ts');
        // Nothing in a page reads the builder's metadata: only the builder, which is built from the ES modules.
        const lean = out.replace(/^( +)builder: \{.*\},$/gm, '$1builder: undefined as unknown as BuilderMeta,');
        const noSample = "const __noSample = (): Promise<never> => Promise.reject(new Error('dj-widgets: samples are not in the script-tag builds'));";
        return `${imports.join('\n')}\n${noSample}\n${lean}`;
      }
      if (!file.endsWith('/src/index.ts')) return null;
      if (!code.includes(AWAIT_DEFINED)) this.error(`src/index.ts no longer has "${AWAIT_DEFINED}": update vite.config.ts`);
      return code.replace(AWAIT_DEFINED, `void ${AWAIT_DEFINED.slice('await '.length)}`);
    },
  };
}

function classicScript(entry: string, file: string) {
  return {
    plugins: [classicManifest()],
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
        plugins: [classicManifest()],
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
