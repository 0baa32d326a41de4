// Releases (#19): scripts/release.mjs (the `version` script `npm version` runs) on a copy of the
// repository's release files: the Unreleased notes become a dated section, every script a page
// loads by URL is listed with a sha384 that matches the file byte for byte, and the CDN line in
// the README and the docs carries the version and the bundle's hash. And in the repository as it
// is: the CDN line the docs show names a released version with that version's hash.
// Run: node --test test/e2e/release.e2e.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CDN_FILES = ['README.md', 'docs/en/releases.md', 'docs/zh-CN/releases.md'];
const sha384 = (buf) => `sha384-${createHash('sha384').update(buf).digest('base64')}`;
const cdnLine = (text) => /<!-- dj-cdn-start -->\n```html cdn\n([^\n]*)\n```\n<!-- dj-cdn-end -->/.exec(text)?.[1];

function copy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-release-'));
  for (const f of ['CHANGELOG.md', 'src/core/version.ts', ...CDN_FILES]) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...pkg, version: '9.9.9' }));
  // Stand-in files with known bytes: the hashes must be of these, not of anything else.
  fs.mkdirSync(path.join(dir, 'dist'));
  for (const f of ['dj-widgets.js', 'dj-bar-chart.js', 'dj-embed-resize.js', 'dj-static.js', 'index.js']) fs.writeFileSync(path.join(dir, 'dist', f), `/* ${f} ${Math.random()} */`);
  return dir;
}
const release = (dir) => spawnSync(process.execPath, [path.join(ROOT, 'scripts/release.mjs'), '--root', dir, '--no-build', '--date', '2030-01-02'], { encoding: 'utf8' });

test('a release dates the Unreleased notes and lists each script with the sha384 of its bytes', () => {
  const dir = copy();
  try {
    const before = fs.readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8').replace('## [Unreleased]\n', '## [Unreleased]\n\n### Added\n- A test note for 9.9.9.\n');
    fs.writeFileSync(path.join(dir, 'CHANGELOG.md'), before);
    const r = release(dir);
    assert.equal(r.status, 0, r.stderr);
    const log = fs.readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8');
    assert.match(log, /## \[Unreleased\]\n\n## \[9\.9\.9\] - 2030-01-02\n\n### Added\n- A test note for 9\.9\.9\.\n/);
    const section = log.slice(log.indexOf('## [9.9.9]'), log.indexOf('\n## [', log.indexOf('## [9.9.9]') + 5));
    const rows = [...section.matchAll(/\| \[`dist\/([\w.-]+)`\]\(https:\/\/cdn\.jsdelivr\.net\/npm\/dj-widgets@9\.9\.9\/dist\/\1\) \| (\d+) \| `(sha384-[A-Za-z0-9+/=]+)` \|/g)];
    assert.deepEqual(rows.map((m) => m[1]), ['dj-widgets.js', 'dj-bar-chart.js', 'dj-embed-resize.js'], 'the classic scripts, bundle first; not the Node CLI nor ES modules');
    for (const [, f, bytes, hash] of rows) {
      const buf = fs.readFileSync(path.join(dir, 'dist', f));
      assert.equal(hash, sha384(buf), `${f}: the hash is the file's`);
      assert.equal(Number(bytes), buf.length, `${f}: its size`);
    }
    const bundle = sha384(fs.readFileSync(path.join(dir, 'dist/dj-widgets.js')));
    for (const f of CDN_FILES) {
      assert.equal(
        cdnLine(fs.readFileSync(path.join(dir, f), 'utf8')),
        `<script src="https://cdn.jsdelivr.net/npm/dj-widgets@9.9.9/dist/dj-widgets.js" integrity="${bundle}" crossorigin="anonymous" defer></script>`,
        `${f}: the CDN line`,
      );
    }
    assert.match(fs.readFileSync(path.join(dir, 'src/core/version.ts'), 'utf8'), /VERSION = '9\.9\.9'/);
    // Nothing left to release, or the same version twice: refused, saying why.
    const again = release(dir);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /release: CHANGELOG\.md already has a section for 9\.9\.9/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an empty Unreleased section is not released', () => {
  const dir = copy();
  try {
    const log = fs.readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8');
    // The heading itself, not the intro's mention of it (with notes under Unreleased, emptying the
    // wrong span left them in place and the release went ahead).
    const start = log.indexOf('\n## [Unreleased]') + 1;
    const next = log.indexOf('\n## [', start + 5);
    assert.ok(start > 0 && next > start, 'CHANGELOG has an Unreleased section followed by a release');
    fs.writeFileSync(path.join(dir, 'CHANGELOG.md'), `${log.slice(0, start)}## [Unreleased]\n${log.slice(next)}`);
    const r = release(dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /nothing under "## \[Unreleased\]"/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the CDN line the README and the docs show is a released version with that version’s hash', () => {
  const log = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
  const lines = CDN_FILES.map((f) => cdnLine(fs.readFileSync(path.join(ROOT, f), 'utf8')));
  assert.ok(lines[0], 'the README shows the CDN line');
  assert.equal(new Set(lines).size, 1, 'the same line everywhere');
  const m = /^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/dj-widgets@([\d.]+)\/dist\/dj-widgets\.js" integrity="(sha384-[^"]+)" crossorigin="anonymous" defer><\/script>$/.exec(lines[0]);
  assert.ok(m, lines[0]);
  const start = log.indexOf(`## [${m[1]}] - `);
  assert.ok(start > 0, `CHANGELOG.md has a section for ${m[1]}`);
  const section = log.slice(start, log.indexOf('\n## [', start + 5));
  assert.ok(section.includes(`| [\`dist/dj-widgets.js\`](https://cdn.jsdelivr.net/npm/dj-widgets@${m[1]}/dist/dj-widgets.js) |`) && section.includes(`\`${m[2]}\``), 'the section lists the bundle with that hash');
});
