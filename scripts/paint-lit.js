// What `lit` is in the first-paint build (vite.config.ts, mode "paint"): Lit's `css` tag and
// nothing else. The painter adopts the widgets' own stylesheets, written with `css`, but must not
// carry Lit (`lit` re-exports its element and template engine, ≈ 7 KiB gzip, as side effects). A
// module of the painter's closure that needs more of Lit fails that build on a missing export.
export { css, unsafeCSS, CSSResult } from '@lit/reactive-element/css-tag.js';
