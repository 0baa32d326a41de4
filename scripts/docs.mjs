#!/usr/bin/env node
// `npm run docs`: the docs site in dist-docs/, static HTML in zh-CN and en. Guides are Markdown in
// docs/<lang>/ (the list and order in docs/pages.json); each widget page ends with its reference
// generated from custom-elements.json; every html code block is shown as code and drawn live by
// the script-tag bundle, as a newsroom page would load it. A small Node script rather than
// Storybook's docs mode: pages build in about a second, need no dev server, and are the same
// plain pages the examples are for. `--no-build` skips the library build (dist/ and the manifest
// must be current).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Marked, Renderer } from 'marked';
import { blockKind, liveMarkup } from './docs-blocks.mjs';
import { declarations, tokensTable, widgetReference } from './docs-reference.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'dist-docs');
const SRC = path.join(ROOT, 'docs');
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const UI = {
  'zh-CN': { skip: '跳到正文', toc: '文档目录', lang: '语言', live: '实际效果', code: '代码', site: 'dj-widgets 文档', table: '表格' },
  en: { skip: 'Skip to content', toc: 'Contents', lang: 'Language', live: 'Live example', code: 'Code', site: 'dj-widgets docs', table: 'Table' },
};

export function buildDocs({ build = true } = {}) {
  if (build) {
    const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`docs: the library build failed\n${r.stdout}${r.stderr}`);
  }
  for (const f of ['custom-elements.json', 'dist/dj-widgets.js']) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`docs: ${f} is missing; run \`node scripts/build.mjs\` (or npm run docs without --no-build)`);
  }
  const site = JSON.parse(fs.readFileSync(path.join(SRC, 'pages.json'), 'utf8'));
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'custom-elements.json'), 'utf8'));
  const elements = declarations(manifest);
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const written = [];
  for (const { code: lang } of site.languages) {
    for (const page of site.pages) {
      const file = path.join(SRC, lang, `${page.slug}.md`);
      if (!fs.existsSync(file)) throw new Error(`docs: ${path.relative(ROOT, file)} is missing (every page is written in every language)`);
      let body = render(fs.readFileSync(file, 'utf8'), lang, site, '../'.repeat(page.slug.split('/').length));
      if (body.includes('<!-- dj-tokens -->')) body = body.replace('<!-- dj-tokens -->', tokensTable(manifest, lang, paletteDefaults()));
      if (page.tag) {
        const d = elements.get(page.tag);
        if (!d) throw new Error(`docs: ${page.tag} (page ${page.slug}) is not in custom-elements.json`);
        body += widgetReference(d, lang);
      }
      const out = path.join(OUT, lang, `${page.slug}.html`);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, layout({ site, page, lang, body }));
      written.push(path.relative(OUT, out));
    }
  }
  // The site's own files: the bundle the live examples run on, the stylesheet, the pictures.
  fs.copyFileSync(path.join(ROOT, 'dist/dj-widgets.js'), path.join(OUT, 'dj-widgets.js'));
  fs.copyFileSync(path.join(SRC, 'site.css'), path.join(OUT, 'docs.css'));
  for (const f of fs.readdirSync(SRC)) if (/\.(png|svg)$|^ARCHITECTURE\.md$/.test(f)) fs.copyFileSync(path.join(SRC, f), path.join(OUT, f));
  fs.copyFileSync(path.join(ROOT, 'CHANGELOG.md'), path.join(OUT, 'CHANGELOG.md'));
  fs.writeFileSync(path.join(OUT, 'index.html'), front(site));
  return written;
}

/**
 * The palette's defaults from the one colour table, src/core/colors.ts (issue #18: CSS, static
 * paint and these docs read the same [light, dark] pairs). Bundled by esbuild and imported, so the
 * docs show what the code computes rather than what a pattern over its source text can see.
 * --dj-palette-0 is the accent (palette.ts: `var(--_accent)`, i.e. `--dj-accent`).
 */
const PALETTE_DEFAULTS = await (async () => {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [path.join(ROOT, 'src/core/colors.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error' });
  const colors = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  return Object.fromEntries(colors.PALETTE.map((pair, i) => [`--dj-palette-${i}`, i === 0 ? 'var(--dj-accent)' : colors.lightDark(pair)]));
})();
const paletteDefaults = () => PALETTE_DEFAULTS;

function render(markdown, lang, site, up) {
  const slugs = new Set(site.pages.map((p) => p.slug));
  let tables = 0; // each scrolling region its own name (axe: landmark-unique)
  const marked = new Marked({
    renderer: {
      code({ text, lang: info = '' }) {
        const { kind, lang: language } = blockKind(info);
        // tabindex: a block wider than the page scrolls, and a keyboard must be able to scroll it.
        const pre = `<pre class="code" tabindex="0" data-kind="${esc(kind)}"><code class="language-${esc(language)}">${esc(text)}</code></pre>`;
        if (kind !== 'html') return pre;
        // Our own markup from the docs sources (never data): drawn as the page's reader sees it.
        return `<figure class="example"><div class="live" aria-label="${UI[lang].live}">${liveMarkup(text)}</div><figcaption class="visually-hidden">${UI[lang].code}</figcaption>${pre}</figure>`;
      },
      link({ href, title, tokens }) {
        // Page-to-page links are written as the Markdown files (so they work on GitHub too).
        const m = /^([\w/.-]+)\.md(#.*)?$/.exec(href);
        let target = m && slugs.has(m[1].replace(/^(\.\.\/)+/, '').replace(/^\.\//, '')) ? `${m[1]}.html${m[2] ?? ''}` : href;
        // Files of the repository the site also carries (the changelog, the architecture note).
        const repoFile = /^(?:\.\.\/)+(CHANGELOG\.md|ARCHITECTURE\.md)$/.exec(href);
        if (repoFile) target = `${up}${repoFile[1]}`;
        return `<a href="${esc(target)}"${title ? ` title="${esc(title)}"` : ''}>${this.parser.parseInline(tokens)}</a>`;
      },
      table(token) {
        // Marked's own table, in a keyboard-scrollable region (a wide table on a phone scrolls).
        const html = Renderer.prototype.table.call(this, token);
        return `<div class="table-scroll" tabindex="0" role="region" aria-label="${UI[lang].table} ${++tables}">${html}</div>`;
      },
      heading({ tokens, depth, text }) {
        // GitHub's anchors, so a link written for the Markdown on GitHub also works in the site.
        const id = text.toLowerCase().replace(/<[^>]+>/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-');
        return `<h${depth} id="${esc(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  return marked.parse(markdown);
}

function layout({ site, page, lang, body }) {
  const ui = UI[lang];
  const up = '../'.repeat(page.slug.split('/').length);
  const other = site.languages.map((l) =>
    l.code === lang
      ? `<a lang="${l.code}" hreflang="${l.code}" aria-current="true" href="${up}${l.code}/${page.slug}.html">${l.name}</a>`
      : `<a lang="${l.code}" hreflang="${l.code}" href="${up}${l.code}/${page.slug}.html">${l.name}</a>`,
  );
  const nav = site.groups.map((g) => {
    const items = site.pages.filter((p) => p.group === g.id).map((p) => `<li><a href="${up}${lang}/${p.slug}.html"${p.slug === page.slug ? ' aria-current="page"' : ''}>${esc(p.title[lang])}</a></li>`);
    return `<h2>${esc(g.title[lang])}</h2><ul>${items.join('')}</ul>`;
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>${esc(page.title[lang])} · ${ui.site}</title>
<link rel="stylesheet" href="${up}docs.css">
${site.languages.map((l) => `<link rel="alternate" hreflang="${l.code}" href="${up}${l.code}/${page.slug}.html">`).join('\n')}
<script src="${up}dj-widgets.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${ui.skip}</a>
<header class="top"><a class="brand" href="${up}${lang}/index.html">dj-widgets</a><nav class="langs" aria-label="${ui.lang} / Language"><a class="toc-link" href="#toc">${ui.toc}</a>${other.join('')}</nav></header>
<div class="page">
<nav class="side" id="toc" aria-label="${ui.toc}">${nav.join('')}</nav>
<main id="main">
${body}
</main>
</div>
</body>
</html>
`;
}

/** dist-docs/index.html: the choice of language (no script, so it works under any policy). */
function front(site) {
  const links = site.languages.map((l) => `<li><a lang="${l.code}" hreflang="${l.code}" href="${l.code}/index.html">${l.name}</a></li>`).join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><link rel="icon" href="data:,"><title>dj-widgets 文档 / docs</title><link rel="stylesheet" href="docs.css"></head>
<body><main id="main" class="front"><h1>dj-widgets</h1><p>文档 / Documentation</p><ul class="front-langs">${links}</ul></main></body></html>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  const pages = buildDocs({ build: !process.argv.includes('--no-build') });
  console.log(`docs: ${pages.length} pages in dist-docs/ (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
