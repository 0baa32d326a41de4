/**
 * `npm start`: the article demo, served from demo/ with the widgets from src/ (live reload).
 * Also builds the demo as a static site with `vite build --config vite.demo.config.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

type StaticLib = typeof import('./src/server/index.js');

/**
 * The built demo is a public web root: it gets dist/'s classic scripts (the dj-widgets.js loader
 * with its chunks/, dj-widgets.all.js, one per widget, dj-embed-resize.js), which pages and the builder's publish code point at, and nothing
 * else of dist/: not the Node-only renderer (static.js, static-render.js), the dj-static CLI,
 * the ES modules for bundlers, declarations or source maps.
 */
function browserScripts(): Plugin {
  const dist = resolve(import.meta.dirname, 'dist');
  return {
    name: 'dj-demo-browser-scripts',
    generateBundle() {
      for (const file of readdirSync(dist)) {
        if (!/^dj-[a-z-]+\.js$/.test(file) || file === 'dj-static.js') continue;
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(resolve(dist, file)) });
      }
      // The loader (dj-widgets.js) imports its widgets from chunks/ beside it.
      for (const file of readdirSync(resolve(dist, 'chunks'))) {
        if (file.endsWith('.js')) this.emitFile({ type: 'asset', fileName: `chunks/${file}`, source: readFileSync(resolve(dist, 'chunks', file)) });
      }
    },
  };
}

export default defineConfig(async ({ command }) => ({
  root: 'demo',
  // dist/ holds the built single-file bundle, so embed.html can load /dj-widgets.js exactly as a
  // news page would (npm start builds it first). The dev server serves dist/ as it is; the built
  // site copies only the classic scripts (see browserScripts), never the Node-only renderer.
  publicDir: command === 'build' ? (false as const) : '../dist',
  // Pages write <script type="module" src="/src/index.ts">: the library's source, outside demo/.
  resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(import.meta.dirname, 'src')}/` }] },
  // Pre-bundle the widgets' dependencies at start, so the first visit does not reload mid-page.
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/style-map.js', '@lit/task', '@lit-labs/observers/resize-controller.js', 'd3-array', 'd3-scale', 'd3-dsv'],
  },
  // The built demo is pre-rendered by dj-widgets/static's Vite plugin (dist/static.js, built by
  // `npm run build:demo` first): every chart shows with JavaScript off, and the widgets take
  // over their server-drawn marks when it is on. The dev server serves pages as written.
  plugins:
    command === 'build'
      ? [((await import(pathToFileURL(resolve(import.meta.dirname, 'dist/static.js')).href)) as StaticLib).djStatic(), browserScripts()]
      : [],
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    rolldownOptions: {
      // Lit's hydrate support must run before Lit defines LitElement: with pages sharing chunks,
      // only a strict execution order keeps src/hydrate.ts's first import first.
      output: { strictExecutionOrder: true },
      input: {
        index: resolve(import.meta.dirname, 'demo/index.html'),
        embed: resolve(import.meta.dirname, 'demo/embed.html'),
        gallery: resolve(import.meta.dirname, 'demo/gallery.html'),
        'embed-frame': resolve(import.meta.dirname, 'demo/embed/index.html'),
        builder: resolve(import.meta.dirname, 'demo/builder.html'),
      },
    },
  },
}));
