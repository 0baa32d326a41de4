#!/usr/bin/env node
// npm run build: the script-tag bundle, the ESM entries, their types, and the elements manifest.
// `--bundle-only` builds just dist/dj-widgets.js (what the embedding tests load).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { build } from 'vite';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const bundleOnly = process.argv.includes('--bundle-only');
if (!bundleOnly) fs.rmSync('dist', { recursive: true, force: true });
await build({ mode: 'bundle', logLevel: 'warn' });
if (!bundleOnly) {
  await build({ mode: 'esm', logLevel: 'warn' });
  run('npx', ['tsc', '-p', 'tsconfig.build.json']);
  run('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.layout.ts', '--exclude', 'src/extract/**', '--exclude', 'src/data/**']);
}
const size = fs.statSync('dist/dj-widgets.js').size;
console.log(`built dist/dj-widgets.js (${(size / 1024).toFixed(1)} KiB)${bundleOnly ? '' : ', dist/*.js (ESM), dist/types, custom-elements.json'}`);
