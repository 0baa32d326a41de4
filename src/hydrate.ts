/**
 * dj-widgets with hydration: Lit's hydrate support first (it must patch LitElement before any
 * element class is defined), then every widget. For pages pre-rendered by dj-widgets/static in
 * the `hydratable` mode: each widget takes over the server's nodes instead of drawing again.
 * Pages without pre-rendered widgets may load this too; it costs about 3 KiB.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './index.js';
