/**
 * `npm start`: the article demo, served from demo/ with the widgets from src/ (live reload).
 * Also builds the demo as a static site with `vite build --config vite.demo.config.ts`.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  // dist/ holds the built single-file bundle, so embed.html can load /dj-widgets.js exactly as a
  // news page would (npm start builds it first).
  publicDir: '../dist',
  // Pages write <script type="module" src="/src/index.ts">: the library's source, outside demo/.
  resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(import.meta.dirname, 'src')}/` }] },
  // Pre-bundle the widgets' dependencies at start, so the first visit does not reload mid-page.
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/style-map.js', '@lit/task', '@lit-labs/observers/resize-controller.js', 'd3-array', 'd3-scale', 'd3-dsv'],
  },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'demo/index.html'),
        embed: resolve(import.meta.dirname, 'demo/embed.html'),
        gallery: resolve(import.meta.dirname, 'demo/gallery.html'),
      },
    },
  },
});
