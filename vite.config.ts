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
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
// The manifest's entries as literal fields (its loaders import Lit elements, which a config cannot load).
import { readManifest } from './scripts/manifest.mjs';
import { minifyCssLiterals } from './scripts/css-literals.mjs';

/**
 * d3-zoom's `d3-transition`, replaced in the browser builds by the part of it d3-zoom uses
 * (src/widgets/timeline/zoom-transition.ts says why: ≈4.6 KiB gzip). The ESM build leaves d3 external.
 */
const d3Transition = [{ find: /^d3-transition$/, replacement: path.resolve('src/widgets/timeline/zoom-transition.ts') }];

/**
 * d3's packages declare `"sideEffects": false`, but their one-file dist keeps top-level calls that
 * build exports (`var rgb = (function rgbGamma(y) {…})(1)`, `var hslLong = hsl(nogamma)`), which a
 * bundler must keep unless told they are pure — and with them whatever they reference. d3-zoom
 * uses only d3-interpolate's interpolateZoom, yet kept every colour interpolator and so all of
 * d3-color; the time axis uses three of d3-time's intervals, yet kept all of them (each one's
 * `.range` alias, a property read, kept it too). Marking those calls pure, as the packages' own
 * declaration says they are, lets unused ones go.
 */
function d3PureCalls(): Plugin {
  return {
    name: 'dj-d3-pure-calls',
    transform(code, id) {
      if (!/\/node_modules\/d3-(?!transition\/)[a-z-]+\/dist\/[a-z0-9-]+\.mjs$/.test(id.replaceAll('\\', '/'))) return null;
      const calls = code.replace(/^((?:export )?(?:var|const|let) (?:[\w$]+|\[[\w$, ]+\]) = )(?=\(function|[\w$.]+\()/gm, '$1/*#__PURE__*/');
      // `const timeSundays = timeSunday.range;`: a property read the bundler must keep (a getter could
      // run), and with it the interval. The same read in a pure-marked arrow, so an unused one goes.
      // `var bisectCenter = bisector(number).center;` likewise: a property of a pure call's result
      // (kept d3-array's bisector and comparators in every chunk that uses one of its functions).
      const reads = calls.replace(/^((?:export )?(?:var|const|let) [\w$]+ = )([\w$]+\.[\w$]+);$/gm, '$1/*#__PURE__*/ (() => $2)();');
      return { code: reads.replace(/^((?:export )?(?:var|const|let) [\w$]+ = )\/\*#__PURE__\*\/([\w$]+\([\w$, ]*\)\.[\w$]+);$/gm, '$1/*#__PURE__*/ (() => $2)();'), map: null };
    },
  };
}

/** Lit `css` templates without their indentation and comments (scripts/css-literals.mjs), in the browser builds. */
function cssLiterals(): Plugin {
  return {
    name: 'dj-css-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.replaceAll('\\', '/')) || !code.includes('css`')) return null;
      const out = minifyCssLiterals(code);
      return out === null ? null : { code: out, map: null };
    },
  };
}

const external = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/];

/** The line of src/index.ts that waits for every widget's define module (top-level await). */
const AWAIT_DEFINED = 'await Promise.all(WIDGETS.map((w) => w.define()));';

/**
 * The script-tag builds are one classic script each: no top-level await, and every import()
 * would be inlined behind lazy-init wrappers (≈5 KiB gzip more for the bundle). So there the
 * manifest's define and drawing loaders, and the first-use seams of src/core/lazy.ts (export
 * menu, CSV writer, data fetching), become static imports handed back as resolved promises —
 * every tag is defined while the script runs, as before the manifest — its sample loaders (test
 * and story data) are left out, and src/index.ts no longer awaits. Fails the build if either
 * source no longer reads as expected.
 */
function classicManifest(): Plugin {
  const LOADER = /\(\) => import\('(\.\/[a-z0-9-]+\/[a-z0-9-]+\.(define|svg|sample|paint)\.js)'\)/g;
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
          // A one-file script defines every tag while it runs: it draws at once and needs no first paint.
          if (kind === 'paint') return 'undefined';
          imports.push(`import * as __loaded${imports.length} from '${path}';`);
          return `() => Promise.resolve(__loaded${imports.length - 1})`;
        });
        if (imports.length === 0) this.error('src/widgets/manifest.ts has no define/drawing loaders: update vite.config.ts');
        // Nothing in a page reads the builder's metadata: only the builder, which is built from the ES modules.
        const lean = out.replace(/^( +)builder: \{(?:.*\},|[^]*?\n\1\},)$/gm, '$1builder: undefined as unknown as BuilderMeta,');
        const noSample = "const __noSample = (): Promise<never> => Promise.reject(new Error('dj-widgets: samples are not in the script-tag builds'));";
        return `${imports.join('\n')}\n${noSample}\n${lean}`;
      }
      if (file.endsWith('/src/core/lazy.ts')) {
        // The first-use seams: static imports here too (one file, no lazy wrappers).
        const imports: string[] = [];
        const out = code.replace(/=> import\('(\.\/[a-z0-9/.-]+\.js)'\)/g, (_, path: string) => {
          imports.push(`import * as __lazy${imports.length} from '${path}';`);
          return `=> Promise.resolve(__lazy${imports.length - 1})`;
        });
        if (imports.length === 0) this.error('src/core/lazy.ts has no loaders: update vite.config.ts');
        return `${imports.join('\n')}\n${out}`;
      }
      if (!file.endsWith('/src/index.ts')) return null;
      if (!code.includes(AWAIT_DEFINED)) this.error(`src/index.ts no longer has "${AWAIT_DEFINED}": update vite.config.ts`);
      return code.replace(AWAIT_DEFINED, `void ${AWAIT_DEFINED.slice('await '.length)}`);
    },
  };
}

/**
 * The chunks build's part of src/core/lazy.ts's retry (firstUse): each seam's import() takes the
 * query a retry adds (`import("./menu.js" + q)`: a fresh URL, as older browsers remember the
 * failed one), and `__DJ_LAZY__` becomes the table of every chunk each seam's chunk imports,
 * transitively — asked for by plain name before a retry. Done on the rendered chunk (before
 * minifying), where the seams' chunk files are known. Fails the build when a seam no longer reads
 * as expected.
 */
function lazyRetry(): Plugin {
  const lazy = path.resolve('src/core/lazy.ts');
  const SEAM = /firstUse\("(\.\/[a-z0-9/.-]+\.js)", \(\) => import\("\.\/([\w.-]+\.js)"\)/g;
  return {
    name: 'dj-lazy-retry',
    renderChunk(code, chunk, _options, { chunks }) {
      if (!chunk.moduleIds.includes(lazy)) return null;
      const table: Record<string, string[]> = {};
      const out = code.replace(SEAM, (_, seam: string, file: string) => {
        const deps = new Set<string>();
        const walk = (f: string): void => {
          for (const d of chunks[f]?.imports ?? []) {
            if (deps.has(d)) continue;
            deps.add(d);
            walk(d);
          }
        };
        walk(file);
        // The chunk holding lazy.ts is running: nothing to ask for.
        deps.delete(chunk.fileName);
        table[seam] = [...deps];
        return `firstUse("${seam}", (q = "") => import("./${file}" + q)`;
      });
      const written = (fs.readFileSync(lazy, 'utf8').match(/firstUse\('/g) ?? []).length;
      if (Object.keys(table).length !== written || !out.includes('__DJ_LAZY__')) this.error(`src/core/lazy.ts: ${Object.keys(table).length} of ${written} seams rewritten: update vite.config.ts (lazyRetry)`);
      return { code: out.replaceAll('__DJ_LAZY__', JSON.stringify(table)), map: null };
    },
  };
}

function classicScript(entry: string, file: string) {
  return {
    plugins: [classicManifest(), d3PureCalls(), cssLiterals()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry, name: 'DjWidgets', formats: ['iife' as const], fileName: () => file },
    },
    // Lit's production build: no dev-mode warnings in readers' consoles.
    resolve: { conditions: ['production'], alias: d3Transition },
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

/**
 * The first-paint chunks (core/paint/paint.ts): one per widget of the manifest that has a painter,
 * built apart from the chunks above and self-contained. Built with them, every module a painter
 * shares with the full widget (the layout, the number format, the styles) would go into
 * `shared.js` or a common chunk, and the page would fetch Lit and the core before its first bar.
 * Here `lit` is only its `css` tag (scripts/paint-lit.js): a painter module needing more of Lit
 * fails this build. The price: what a painter uses is downloaded again with the full chunks.
 */
function paintEntries(): Record<string, string> {
  return Object.fromEntries(readManifest().filter((w) => w.paint).map((w) => [`${w.chunk}.paint`, `src/widgets/${w.name}/${w.name}.paint.ts`]));
}

/** The loader's table (tag → chunk), made by scripts/build.mjs from the chunks build; `{}` before it. */
const loaderMap = (): string => (fs.existsSync('dist/chunks/map.json') ? fs.readFileSync('dist/chunks/map.json', 'utf8') : '{}');

export default defineConfig(({ mode }) =>
  mode === 'chunks'
    ? {
        plugins: [d3PureCalls(), cssLiterals(), lazyRetry()],
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
              // V8's compile hint (Chromium ≥ 136; a plain comment elsewhere): compile every function
              // while the chunk streams in, off the main thread, instead of lazily on first call.
              // The 100-bar first paint compiled ≈ 340 functions on the main thread (issue #16, s6-render).
              postBanner: '//# allFunctionsCalledOnLoad',
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
                  // Fetching `src` (core/lazy.ts's remoteData): loaded on first use by a chart, statically by
                  // the widget that may always fetch text (figures).
                  // The CSV writer and download (the "Download CSV" button, the export menu and its actions).
                  { name: 'csv', test: /\/src\/core\/data\/export\.ts$/, priority: 3 },
                  { name: 'data', test: /\/@lit\/task\/|\/src\/core\/data\/(fetch|csv|dsv|remote)\.ts$/, priority: 3 },
                  // The words of targets and bounds (vocabulary.ts) only the targets board and the
                  // figures' extractor read: not in what a bar chart fetches (table parsing needs only bounds.ts).
                  { name: 'words', test: /\/src\/core\/format\/vocabulary\.ts$/, minShareCount: 2, priority: 3 },
                  { name: 'time', test: /\/d3-time(-format)?\/|\/src\/core\/(format\/(period|date)|time-axis)/, minShareCount: 2, priority: 2 },
                  { name: 'shared', test: /\/node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs|d3-array)\/|\/src\/core\/|@oxc-project\+runtime|rolldown\/runtime/, minShareCount: 2, priority: 1 },
                ],
              },
            },
          },
        },
        resolve: { conditions: ['production'], alias: d3Transition },
      }
    : mode === 'paint'
    ? {
        plugins: [d3PureCalls(), cssLiterals()],
        build: {
          outDir: 'dist/chunks',
          // Beside the chunks build's files, which it runs after.
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          sourcemap: false,
          modulePreload: false,
          lib: { entry: paintEntries(), formats: ['es'] },
          rolldownOptions: {
            output: {
              minify: true,
              // The compile hint of the chunks build: a paint runs most of its chunk (the table's
              // readers, the layout, the number format, the drawing) the moment it arrives. Lazily
              // compiled on the main thread, those functions cost ≈ 15 ms of the ≈ 25 ms paint in
              // the article case (s7); compiled while the chunk streams in, off the main thread, 2–3.
              postBanner: '//# allFunctionsCalledOnLoad',
              entryFileNames: '[name].js',
              chunkFileNames: 'paint-[name].js',
            },
          },
        },
        resolve: { conditions: ['production'], alias: [{ find: /^lit$/, replacement: path.resolve('scripts/paint-lit.js') }] },
      }
    : mode === 'loader'
    ? (() => {
        const c = classicScript('src/loader/loader.ts', 'dj-widgets.js');
        // The loader takes one string of core/colors.ts (the font stack, through type-scale.ts): reading
        // a token's property has no effect, so the palette built from them at its top level stays out.
        return { ...c, build: { ...c.build, rolldownOptions: { treeshake: { propertyReadSideEffects: false as const } } }, define: { __DJ_CHUNKS__: loaderMap() } };
      })()
    : mode === 'embed-listener'
    ? // dist/dj-embed-resize.js: the CMS one-liner that sizes our iframes (no exports, no global).
      classicScript('src/embed/listener.ts', 'dj-embed-resize.js')
    : mode.startsWith('widget-')
    ? classicScript(`src/widgets/${mode.slice(7)}/${mode.slice(7)}.define.ts`, `dj-${mode.slice(7)}.js`)
    : mode === 'bundle'
    ? {
        plugins: [classicManifest(), d3PureCalls(), cssLiterals()],
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
        resolve: { conditions: ['production'], alias: d3Transition },
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
