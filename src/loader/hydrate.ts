/**
 * The loader's hydrate chunk: Lit's hydrate support for pages pre-rendered by dj-widgets/static.
 *
 * Lit's element module calls `globalThis.litElementHydrateSupport` once, when it is evaluated,
 * so in one bundle the support must come first (src/hydrate.ts). In chunks, Lit lives in the
 * shared chunk, which this chunk imports and which therefore runs before it: the hook is called
 * here instead, once, before the loader imports any widget chunk (elements upgrade only then).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type Hook = (lit: { LitElement: typeof LitElement }) => void;
const hook = (globalThis as { litElementHydrateSupport?: Hook }).litElementHydrateSupport;
// The patch gives LitElement its own `observedAttributes`; if it is there, Lit already ran the
// hook (another copy defined it before the shared chunk ran): patching twice would render twice.
if (hook && !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) hook({ LitElement });
