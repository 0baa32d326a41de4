/**
 * dj-widgets/static — Node only (never in the browser bundle): every widget rendered on a server
 * for the channels a script cannot reach. `renderWidget` for one widget, `prerenderHtml` for a
 * whole page (the `dj-static` CLI and `djStatic()` Vite plugin run it).
 */
export { renderWidget, knownTags, type RenderMode, type RenderOptions, type WidgetInput } from './render.js';
export { inlineJson as scriptJson } from '../core/escape.js';
export { prerenderHtml, type PrerenderOptions } from './html.js';
export { djStatic, type DjStaticPluginOptions } from './vite-plugin.js';
export { main as cliMain } from './cli.js';
