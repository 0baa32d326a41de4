/**
 * `npm start`: the article demo, served from demo/ with the widgets from src/ (live reload).
 * Also builds the demo as a static site with `vite build --config vite.demo.config.ts`.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  publicDir: false,
  // Pages write <script type="module" src="/src/index.ts">: the library's source, outside demo/.
  resolve: { alias: [{ find: /^\/src\//, replacement: `${resolve(import.meta.dirname, 'src')}/` }] },
  server: { port: 5173, strictPort: false, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: '../dist-demo',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'demo/index.html'),
      },
    },
  },
});
