#!/usr/bin/env node
// npm run build: the script-tag bundle, the ESM entries, their types, and the elements manifest.
// `--bundle-only` builds just the browser scripts the embedding tests load: the loader
// dist/dj-widgets.js with dist/chunks/, and the one-file dist/dj-widgets.all.js.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { build } from 'vite';
import { readManifest } from './manifest.mjs';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const bundleOnly = process.argv.includes('--bundle-only');
if (!bundleOnly) fs.rmSync('dist', { recursive: true, force: true });
// The chunks first (their names go into the loader), then the loader, then the one-file bundle.
const out = await build({ mode: 'chunks', logLevel: 'warn' });
const entries = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === 'chunk' && c.isEntry);
const file = (name) => entries.find((c) => c.name === name)?.fileName;
// The loader's table: each manifest widget's tag → its chunk's file.
// `deps`: the chunks a widget's chunk imports besides shared.js (the dates' `time` chunk), which the
// loader asks for at the same time — else each costs one more round trip after the widget's arrives.
const depsOf = (name) => entries.find((c) => c.name === name)?.imports.filter((f) => f !== 'shared.js') ?? [];
// `intl`: the tags whose first render creates Intl objects (the manifest's `intl: true`): the loader
// warms Intl at idle for those only.
const manifestText = fs.readFileSync('src/widgets/manifest.ts', 'utf8');
const intl = readManifest().filter((w) => /^ {4}intl: true,$/m.test(manifestText.slice(manifestText.indexOf(`tag: '${w.tag}'`)).split(/\n {2}\},?\n/)[0] ?? '')).map((w) => w.tag);
if (intl.length !== (manifestText.match(/^ {4}intl: true,$/gm) ?? []).length) {
  console.error('build: src/widgets/manifest.ts has an `intl: true` outside an entry (write it on its own line in the entry)');
  process.exit(1);
}
const map = {
  intl,
  shared: 'shared.js',
  hydrate: file('hydrate'),
  tags: Object.fromEntries(readManifest().map((w) => [w.tag, file(w.chunk)])),
  deps: Object.fromEntries(readManifest().flatMap((w) => (depsOf(w.chunk).length ? [[file(w.chunk), depsOf(w.chunk)]] : []))),
};
if (!fs.existsSync('dist/chunks/shared.js') || !map.hydrate || Object.values(map.tags).some((f) => !f)) {
  console.error('build: the chunks build lacks shared.js, the hydrate chunk or a widget chunk:', map);
  process.exit(1);
}
// The first paints (vite.config.ts, mode "paint"): tag → its painter's chunk, which the loader imports first.
const painted = readManifest().filter((w) => w.paint);
if (painted.length) {
  const out = await build({ mode: 'paint', logLevel: 'warn' });
  const files = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === 'chunk' && c.isEntry);
  map.paint = Object.fromEntries(painted.map((w) => [w.tag, files.find((c) => c.name === `${w.chunk}.paint`)?.fileName]));
  if (Object.values(map.paint).some((f) => !f)) {
    console.error('build: the paint build lacks a widget\'s first-paint chunk:', map.paint);
    process.exit(1);
  }
}
fs.writeFileSync('dist/chunks/map.json', JSON.stringify(map));
await build({ mode: 'loader', logLevel: 'warn' });
await build({ mode: 'bundle', logLevel: 'warn' });
await build({ mode: 'embed-listener', logLevel: 'warn' });
// dj-widgets/static (Node): the static-render tests and the demo build use it.
run('node', ['scripts/build-static.mjs']);
if (!bundleOnly) {
  // One classic script per widget too, for pages that embed a single kind (much smaller):
  // every widget of the manifest (src/widgets/manifest.ts).
  for (const w of readManifest()) {
    await build({ mode: `widget-${w.name}`, logLevel: 'warn' });
  }
  await build({ mode: 'esm', logLevel: 'warn' });
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
  // Globs, excludes and the plugin that reads defineElement() live in custom-elements-manifest.config.mjs.
  run('npx', ['cem', 'analyze']);
}
if (!bundleOnly) {
  // dj-widgets/extract promises to run in Node with no DOM: prove it on the built file.
  const { extractFigures } = await import(new URL('../dist/extract.js', import.meta.url).href);
  const [f] = extractFigures('工业应税销售收入突破400亿元');
  if (typeof document !== 'undefined' || f?.value !== 40000000000 || f.unit !== '元' || f.comparator !== 'gt') {
    console.error('build: dist/extract.js does not work in Node:', f);
    process.exit(1);
  }
}
const size = fs.statSync('dist/dj-widgets.js').size;
console.log(`built dist/dj-widgets.js (${(size / 1024).toFixed(1)} KiB)${bundleOnly ? '' : ', dist/*.js (ESM), dist/types, custom-elements.json'}`);
