#!/usr/bin/env node
// The `version` script: `npm version <x>` bumps package.json, then runs this before it commits
// and tags. It dates the release in CHANGELOG.md (the `## [Unreleased]` notes become
// `## [x.y.z] - YYYY-MM-DD`), writes the version into src/core/version.ts, builds dist/, lists
// every script a page loads by URL with its Subresource Integrity hash (sha384), and rewrites the
// CDN line (between `<!-- dj-cdn-start -->` and `<!-- dj-cdn-end -->`) in the README and the
// docs' release pages to the new version and hash. Under npm it stages those files for npm's
// commit. `--root DIR` works on a copy, `--no-build` uses dist/ as it is, `--date` fixes the date
// (both for test/e2e/release.e2e.mjs).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ROOT = path.resolve(arg('--root') ?? path.join(import.meta.dirname, '..'));
const CDN_FILES = ['README.md', 'docs/en/releases.md', 'docs/zh-CN/releases.md'];

function fail(msg) {
  console.error(`release: ${msg}`);
  process.exit(1);
}

/** `sha384-…` of a file, as `<script integrity>` wants it. */
const sri = (file) => `sha384-${createHash('sha384').update(fs.readFileSync(file)).digest('base64')}`;

const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
const date = arg('--date') ?? new Date().toISOString().slice(0, 10);
if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) fail(`package.json's version "${version}" is not x.y.z`);

// 1. CHANGELOG: the Unreleased notes become the version's section (Keep a Changelog).
const changelogFile = path.join(ROOT, 'CHANGELOG.md');
const changelog = fs.readFileSync(changelogFile, 'utf8');
const head = /^## \[Unreleased\][^\n]*\n/m.exec(changelog);
if (!head) fail('CHANGELOG.md has no "## [Unreleased]" section');
if (new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm').test(changelog)) fail(`CHANGELOG.md already has a section for ${version}`);
const start = head.index + head[0].length;
const next = changelog.slice(start).search(/^## \[/m);
const end = next < 0 ? changelog.length : start + next;
const notes = changelog.slice(start, end).trim();
if (!notes) fail('nothing under "## [Unreleased]" in CHANGELOG.md: write what this release changes first');

// 2. The version the bundle reports (test/core/version.test.ts keeps it equal to package.json's).
const versionFile = path.join(ROOT, 'src/core/version.ts');
fs.writeFileSync(versionFile, fs.readFileSync(versionFile, 'utf8').replace(/VERSION = '[^']*'/, `VERSION = '${version}'`));

// 3. The files, built from this version's sources.
if (!process.argv.includes('--no-build')) {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fail('the build failed');
}
const dist = path.join(ROOT, 'dist');
// The classic scripts a page loads by URL (the bundle, one per widget, the embed listener); the
// Node CLI is not one. ES modules pull chunks SRI cannot cover, so they are not listed.
const files = fs.readdirSync(dist).filter((f) => /^dj-[\w-]+\.js$/.test(f) && f !== 'dj-static.js').sort((a, b) => (a === 'dj-widgets.js' ? -1 : b === 'dj-widgets.js' ? 1 : a.localeCompare(b)));
if (!files.includes('dj-widgets.js')) fail('dist/dj-widgets.js is missing');
const url = (f) => `https://cdn.jsdelivr.net/npm/dj-widgets@${version}/dist/${f}`;
const table = [
  `### Files`,
  '',
  `Paste into \`<script src="…" integrity="…" crossorigin="anonymous">\`; unpkg serves the same bytes at \`https://unpkg.com/dj-widgets@${version}/dist/…\`.`,
  '',
  '| file | bytes | integrity |',
  '| --- | ---: | --- |',
  ...files.map((f) => `| [\`dist/${f}\`](${url(f)}) | ${fs.statSync(path.join(dist, f)).size} | \`${sri(path.join(dist, f))}\` |`),
].join('\n');
const section = `## [Unreleased]\n\n## [${version}] - ${date}\n\n${notes}\n\n${table}\n\n`;
fs.writeFileSync(changelogFile, changelog.slice(0, head.index) + section + changelog.slice(end));

// 4. The CDN line wherever the docs show it.
const line = `<script src="${url('dj-widgets.js')}" integrity="${sri(path.join(dist, 'dj-widgets.js'))}" crossorigin="anonymous" defer></script>`;
for (const f of CDN_FILES) {
  const file = path.join(ROOT, f);
  const text = fs.readFileSync(file, 'utf8');
  const re = /(<!-- dj-cdn-start -->\n```html cdn\n)[^\n]*(\n```\n<!-- dj-cdn-end -->)/;
  if (!re.test(text)) fail(`${f} has no CDN line between <!-- dj-cdn-start --> and <!-- dj-cdn-end -->`);
  fs.writeFileSync(file, text.replace(re, (_, a, b) => `${a}${line}${b}`));
}

if (process.env.npm_lifecycle_event === 'version') {
  const r = spawnSync('git', ['add', 'CHANGELOG.md', 'src/core/version.ts', ...CDN_FILES], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fail('git add failed');
}
console.log(`release ${version} (${date}): CHANGELOG section, ${files.length} files with SRI hashes, the CDN line in ${CDN_FILES.join(', ')}`);
