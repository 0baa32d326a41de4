/**
 * `djStatic()`: a Vite plugin that pre-renders the dj-* elements of every HTML page Vite builds,
 * with the same code as the CLI. Only in `vite build` by default: the dev server keeps pages as
 * written, so editing stays live.
 */
import type { Plugin } from 'vite';
import { prerenderHtml, type PrerenderOptions } from './html.js';

export interface DjStaticPluginOptions extends Pick<PrerenderOptions, 'mode' | 'width'> {
  /** Also pre-render pages served by the dev server (default false). */
  dev?: boolean;
}

export function djStatic(options: DjStaticPluginOptions = {}): Plugin {
  return {
    name: 'dj-widgets-static',
    apply: options.dev ? undefined : 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return prerenderHtml(html, {
          ...options,
          onError: (tag, error) => {
            // A page with one bad widget still builds; the element stays for the browser to render (and show the error).
            console.warn(`dj-static: <${tag}> in ${ctx.path} was left to the browser: ${error.message}`);
          },
          onProblem: (tag, message, line) => {
            console.warn(`dj-static: <${tag}> in ${ctx.path}:${line} shows an error: ${message}`);
          },
        });
      },
    },
  };
}
