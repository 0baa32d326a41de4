// The docs site (#19): `npm run docs` builds every page in zh-CN and en from docs/<lang>/*.md and
// custom-elements.json; every widget page lists everything the manifest says of its element, the
// designers' page every token; each page links its other language; no link in the site points
// nowhere; and every `js node` block of the docs runs in Node against the built package.
// (The browser blocks run in test/docs/blocks.test.ts.) Run: node --test test/e2e/docs.e2e.mjs
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
import { codeBlocks } from '../../scripts/docs-blocks.mjs';
import { allTokens, declarations } from '../../scripts/docs-reference.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'dist-docs');
const site = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/pages.json'), 'utf8'));
const langs = site.languages.map((l) => l.code);
const read = (f) => fs.readFileSync(f, 'utf8');
const page = (lang, slug) => read(path.join(OUT, lang, `${slug}.html`));
let manifest;

before(() => {
  // The full build: the manifest the reference is generated from, and the package the Node blocks import.
  const r = spawnSync('npm', ['run', 'docs', ...(process.env.DJ_DOCS_NO_BUILD ? ['--', '--no-build'] : [])], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
  manifest = JSON.parse(read(path.join(ROOT, 'custom-elements.json')));
});

test('every Markdown page is in the site, in every language, and every listed page exists', () => {
  const listed = new Set(site.pages.map((p) => p.slug));
  for (const lang of langs) {
    const files = fs.readdirSync(path.join(ROOT, 'docs', lang), { recursive: true }).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '').split(path.sep).join('/'));
    assert.deepEqual(files.sort(), [...listed].sort(), `docs/${lang}/ holds exactly the pages of docs/pages.json`);
    for (const slug of listed) assert.ok(fs.existsSync(path.join(OUT, lang, `${slug}.html`)), `${lang}/${slug}.html is built`);
  }
  const tags = [...declarations(manifest).keys()].sort();
  assert.deepEqual(site.pages.filter((p) => p.tag).map((p) => p.tag).sort(), tags, 'one page per element of the manifest');
});

test('each widget page lists every attribute, property, event, slot, CSS part and custom property of the manifest', () => {
  const text = (html) => html.replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(+n));
  for (const p of site.pages.filter((x) => x.tag)) {
    const d = declarations(manifest).get(p.tag);
    for (const lang of langs) {
      const html = page(lang, p.slug);
      const table = (id) => text(html.match(new RegExp(`<table data-ref="${id}">([\\s\\S]*?)</table>`))?.[1] ?? '');
      const has = (id, list) => {
        const t = table(id);
        assert.ok(t, `${lang}/${p.slug}: the ${id} table`);
        for (const n of list) assert.ok(t.includes(n), `${lang}/${p.slug}: ${id} lists ${n}`);
      };
      has('attributes', (d.attributes ?? []).map((a) => a.name));
      has('properties', (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public')).map((m) => m.name));
      has('events', (d.events ?? []).map((e) => e.name));
      has('parts', (d.cssParts ?? []).map((x) => x.name));
      has('css-properties', (d.cssProperties ?? []).map((x) => x.name));
      const rows = html.match(/<table data-ref="attributes">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/)?.[1].match(/<tr>/g) ?? [];
      assert.equal(rows.length, (d.attributes ?? []).length, `${lang}/${p.slug}: one row per attribute`);
      assert.match(html, /<figure class="example"><div class="live"[^>]*>\s*<dj-/, `${lang}/${p.slug}: a live example of the widget`);
    }
  }
});

test('the designers page lists every token, the seven palette colours each by name', () => {
  const tokens = allTokens(manifest).map((t) => t.name);
  for (let i = 0; i <= 6; i++) assert.ok(tokens.includes(`--dj-palette-${i}`), `--dj-palette-${i} is a token`);
  const every = new Set([...declarations(manifest).values()].flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
  for (const lang of langs) {
    const html = page(lang, 'designers');
    const table = html.match(/<table data-ref="all-tokens">([\s\S]*?)<\/table>/)?.[1] ?? '';
    for (const name of [...every, ...tokens]) assert.ok(table.includes(`<code>${name}</code>`), `${lang}/designers lists ${name}`);
    // The palette defaults come from the one colour table (src/core/colors.ts), not from memory.
    assert.match(table, /--dj-palette-1<\/code><\/th><td><code>light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)<\/code>/);
  }
});

test('every page names its language, switches to the same page in the other, and no link points nowhere', () => {
  const files = fs.readdirSync(OUT, { recursive: true }).filter((f) => f.endsWith('.html'));
  assert.ok(files.length >= site.pages.length * langs.length);
  for (const f of files) {
    const html = read(path.join(OUT, f));
    const [lang, ...rest] = f.split(path.sep);
    if (langs.includes(lang)) {
      assert.match(html, new RegExp(`<html lang="${lang}">`), `${f} is in ${lang}`);
      for (const other of langs) assert.ok(html.includes(`hreflang="${other}" href="${'../'.repeat(rest.length)}${other}/${rest.join('/')}"`), `${f} links its ${other} page`);
    }
    for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
      if (/^(https?:|data:|mailto:)/.test(url)) continue;
      const [file, hash] = url.split('#');
      const target = file ? path.resolve(path.dirname(path.join(OUT, f)), file) : path.join(OUT, f);
      assert.ok(target.startsWith(OUT) && fs.existsSync(target), `${f}: ${url} exists in the site`);
      if (hash) assert.ok(read(target).includes(`id="${hash}"`), `${f}: #${hash} is an anchor of ${file || 'the page'}`);
    }
  }
});

test('every `js node` block of the docs runs in Node against the built package', () => {
  // The package as a user installs it: node_modules/dj-widgets is this repository, built.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-docs-node-'));
  try {
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'dj-widgets'), 'dir');
    let n = 0;
    for (const lang of langs) {
      for (const { slug } of site.pages) {
        for (const b of codeBlocks(read(path.join(ROOT, 'docs', lang, `${slug}.md`))).filter((x) => x.kind === 'js node')) {
          const file = path.join(dir, `block-${++n}.mjs`);
          fs.writeFileSync(file, b.text);
          const r = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
          assert.equal(r.status, 0, `${lang}/${slug}: ${b.text.slice(0, 60)}…\n${r.stderr}`);
          assert.equal(r.stderr, '', `${lang}/${slug}: nothing on stderr`);
        }
      }
    }
    assert.ok(n >= 6, `the Node blocks ran (${n})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('every link of the README and the Markdown sources reaches a file, and a heading where it names one', () => {
  // GitHub's heading anchors (the site uses the same; scripts/docs.mjs).
  const anchors = (file) => {
    const ids = new Set();
    marked.walkTokens(marked.lexer(read(file)), (t) => {
      if (t.type === 'heading') ids.add(t.text.toLowerCase().replace(/<[^>]+>/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-'));
    });
    return ids;
  };
  const sources = ['README.md', ...langs.flatMap((l) => site.pages.map((p) => `docs/${l}/${p.slug}.md`))];
  let n = 0;
  for (const src of sources) {
    for (const [, href] of read(path.join(ROOT, src)).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const [file, hash] = href.split('#');
      const target = file ? path.resolve(path.dirname(path.join(ROOT, src)), file) : path.join(ROOT, src);
      assert.ok(target.startsWith(ROOT) && fs.existsSync(target), `${src}: ${href} exists in the repository`);
      if (hash && target.endsWith('.md')) assert.ok(anchors(target).has(decodeURIComponent(hash)), `${src}: #${hash} is a heading of ${path.relative(ROOT, target)}`);
      n++;
    }
  }
  assert.ok(n > 50, `links checked (${n})`);
});
