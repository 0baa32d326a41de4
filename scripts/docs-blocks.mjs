// The code blocks of the docs pages, read the same way by the site build (scripts/docs.mjs), the
// browser suite (test/docs/blocks.test.ts) and the Node suite (test/e2e/docs.e2e.mjs), so a block
// the site shows is a block a test runs. Pure: no node: imports, it also runs in the test page.
import { marked } from 'marked';

/**
 * What a fence's info string asks of the tests (the first word is the language):
 * - `html`        rendered in a page; every dj-* element in it must draw without an error;
 * - `js`          run as a module in a page holding the page's live html blocks;
 * - `js node`     run by Node against the built package (server-side code);
 * - `css`         applied to a widget; every custom property it sets must reach the widget;
 * - `sh`          every command must be one this package has (npm scripts, bins);
 * - `tsx|vue|svelte|ts file=PATH`  an excerpt of a typed consumer project that `npm test`
 *                 type-checks; the block must appear in PATH verbatim;
 * - `html embed`  markup for pages that cannot run our script (iframe, AMP, pym): parsed, and
 *                 every attribute it uses is checked against the embed page's documented ones;
 * - `html cdn`    the CDN script line: its `integrity` must be the SHA-384 the CHANGELOG lists
 *                 for that version's file (test/e2e/release.e2e.mjs);
 * - `text`        not code: output, a URL, a header, a file tree.
 * Any other language is an error, so no block escapes the tests by a typo.
 */
export const KINDS = ['html', 'html embed', 'html cdn', 'js', 'js node', 'css', 'sh', 'file', 'text'];

/** @param {string} info a fence's info string, e.g. "tsx file=test/consumers/react/app.tsx" */
export function blockKind(info) {
  const [lang = '', ...rest] = info.trim().split(/\s+/);
  const file = rest.find((w) => w.startsWith('file='))?.slice(5);
  if (file) return { kind: 'file', lang, file };
  const kind = [lang, ...rest.filter((w) => !w.includes('='))].join(' ');
  if (!KINDS.includes(kind) || kind === 'file') throw new Error(`docs: unknown code block kind "${info}" (one of ${KINDS.join(', ')})`);
  return { kind, lang };
}

/** Every fenced code block of a Markdown text, in order, inside lists and quotes too. */
export function codeBlocks(markdown) {
  const out = [];
  marked.walkTokens(marked.lexer(markdown), (t) => {
    if (t.type === 'code') {
      if (t.codeBlockStyle === 'indented') throw new Error(`docs: an indented code block ("${t.text.slice(0, 40)}…") has no kind; fence it`);
      out.push({ info: t.lang ?? '', text: t.text, ...blockKind(t.lang ?? '') });
    }
  });
  return out;
}

/**
 * The markup of an html block as the live example on a page shows it: our own script tags are
 * dropped (the page has loaded the library already) and so is any other script — a block's
 * `<script type="module">` is shown as code and run by the test, not by the docs page.
 */
export function liveMarkup(html) {
  return html.replace(/<script\b(?![^>]*type="application\/json")[^>]*>[\s\S]*?<\/script>/gi, '');
}

/** The module scripts of an html block (run by the test after the block is in the page). */
export function moduleScripts(html) {
  return [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
}

/** Bare `dj-widgets…` specifiers of a browser block, resolved with `resolve(subpath)`. */
export function rewriteImports(code, resolve) {
  return code.replace(/(from\s+|import\s+|import\()(['"])dj-widgets(\/[\w.-]+)?\2/g, (_, head, q, sub) => `${head}${q}${resolve(sub ?? '')}${q}`);
}
