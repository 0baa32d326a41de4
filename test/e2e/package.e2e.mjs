// The package as npm publishes it: a full build, then `npm pack --dry-run` lists exactly what a
// user downloads; the typed consumer projects in test/consumers/ type-check against the built
// framework types (React, Preact, Solid, Vue, Svelte; no bundling, nothing run); and
// dj-widgets/static names the packages to install when its optional peers are missing.
// Run: node --test test/e2e/package.e2e.mjs (npm test does).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', ...opts });
const out = (r) => `${r.stdout ?? ''}${r.stderr ?? ''}`;

let files = [];

before(() => {
  const b = run('node', ['scripts/build.mjs']);
  assert.equal(b.status, 0, out(b));
  const p = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
  assert.equal(p.status, 0, out(p));
  files = JSON.parse(p.stdout)[0].files.map((f) => f.path);
});

test('the tarball holds the library, its types, LICENSE and the manifest, and no maps, tests, demo or sources', () => {
  for (const f of ['LICENSE', 'README.md', 'package.json', 'custom-elements.json', 'dist/dj-widgets.js', 'dist/index.js', 'dist/static.js', 'dist/types/index.d.ts']) {
    assert.ok(files.includes(f), `${f} is in the package`);
  }
  assert.deepEqual(files.filter((f) => f.endsWith('.map')), [], 'no source maps');
  assert.deepEqual(files.filter((f) => /^(test|demo|dist-demo|src|stories|scripts|bench|docs|changes)\//.test(f)), [], 'no tests, demo, sources or tooling');
  assert.deepEqual(files.filter((f) => /\.test\.|\.e2e\./.test(f)), [], 'no test files');
  // Every path package.json exports must exist in the tarball (a typo would break one import).
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const values = (v) => (typeof v === 'string' ? [v] : Object.values(v).flatMap(values));
  const targets = [...values(pkg.exports), pkg['web-types'], pkg.customElements, ...Object.values(pkg.bin)].filter((t) => !t.includes('*'));
  for (const t of new Set(targets)) assert.ok(files.includes(t.replace(/^\.\//, '')), `${t}, named in package.json, is in the package`);
});

test('the manifest lists only the dj-* elements, each with its tag', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'custom-elements.json'), 'utf8'));
  const decls = manifest.modules.flatMap((m) => m.declarations);
  const tags = decls.map((d) => d.tagName).sort();
  assert.deepEqual(tags, ['dj-bar-chart', 'dj-big-number', 'dj-figures', 'dj-line-chart', 'dj-project-tracker', 'dj-targets', 'dj-timeline', 'dj-waffle']);
  for (const d of decls) {
    assert.ok(d.customElement, `${d.name} is a custom element`);
    assert.ok(d.members.every((m) => !m.privacy || m.privacy === 'public'), `${d.tagName} lists public members only`);
    for (const e of d.events ?? []) assert.equal(e.type?.text, 'DjSelectDetail', `${d.tagName} ${e.name} carries its detail type`);
  }
});

const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
for (const name of ['react', 'preact', 'solid']) {
  test(`the ${name} consumer type-checks: properties, attributes and dj-select typed, wrong ones rejected`, () => {
    // Each wrong use carries @ts-expect-error, which is itself an error when nothing is wrong.
    const r = run('node', [tsc, '-p', `test/consumers/${name}/tsconfig.json`]);
    assert.equal(r.status, 0, out(r));
  });
}

test('the vue consumer type-checks with vue-tsc (strict templates)', () => {
  const r = run('node', [path.join(ROOT, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', 'test/consumers/vue/tsconfig.json']);
  assert.equal(r.status, 0, out(r));
});

test('the svelte consumer type-checks with svelte-check, with errors exactly where expected', () => {
  const dir = path.join(ROOT, 'test/consumers/svelte');
  const r = run('node', [path.join(ROOT, 'node_modules/svelte-check/bin/svelte-check'), '--workspace', dir, '--tsconfig', './tsconfig.json', '--output', 'machine']);
  const errors = [...out(r).matchAll(/ ERROR "([^"]+)" (\d+):\d+ /g)].map((m) => `${m[1]}:${m[2]}`).sort();
  const source = fs.readFileSync(path.join(dir, 'App.svelte'), 'utf8').split('\n');
  const expected = source.flatMap((line, i) => (line.includes('<!-- expect-error:') ? [`App.svelte:${i + 2}`] : [])).sort();
  assert.ok(expected.length >= 4, 'the consumer has wrong uses to reject');
  assert.deepEqual(errors, expected, out(r));
});

test('dj-widgets/static without its optional peers names the packages to install, in both languages', () => {
  // The built entry and renderer in a folder with no node_modules: as for a browser user's install.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-nopeers-'));
  try {
    for (const f of ['static.js', 'static-render.js']) fs.copyFileSync(path.join(ROOT, 'dist', f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    const r = spawnSync('node', ['-e', "import('./static.js').catch((e) => { console.error(e.message); process.exit(3); })"], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 3, out(r));
    assert.match(r.stderr, /npm install --save-dev @lit-labs\/ssr parse5/);
    assert.match(r.stderr, /optional and not installed/);
    assert.match(r.stderr, /可选依赖/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
