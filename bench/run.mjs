#!/usr/bin/env node
// npm run bench: sizes of what we ship (gzip, per entry) and the extractor's speed. Speed and size
// are measured here, never by timed tests. Needs `npm run build` first (it runs it if dist/ is empty).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import zlib from 'node:zlib';

if (!fs.existsSync('dist/extract.js') || !fs.existsSync('dist/chunks/map.json')) spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

const budget = JSON.parse(fs.readFileSync('bench/size-budget.json', 'utf8'));
console.log('size (bytes: raw / gzip / brotli)');
const files = [
  ...fs.readdirSync('dist').filter((f) => /^dj-.*\.js$/.test(f) || ['index.js', 'extract.js'].includes(f)).sort(),
  // The loader's chunks: what each page fetches is the loader + shared + its widgets' chunks.
  ...fs.readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).sort().map((f) => `chunks/${f}`),
];
const gzipOf = (file) => zlib.gzipSync(fs.readFileSync(`dist/${file}`)).length;
for (const file of files) {
  const path = `dist/${file}`;
  if (!fs.existsSync(path)) continue;
  const buf = fs.readFileSync(path);
  const gz = zlib.gzipSync(buf).length;
  const br = zlib.brotliCompressSync(buf).length;
  const limit = budget[file]?.budgetGzipBytes;
  console.log(`  ${file.padEnd(26)} ${String(buf.length).padStart(7)} / ${String(gz).padStart(6)} / ${String(br).padStart(6)}${limit ? `   budget ${limit} gzip` : ''}`);
}
const map = JSON.parse(fs.readFileSync('dist/chunks/map.json', 'utf8'));
// What a page with one bar chart downloads before its bars are drawn: the loader and the bar
// chart's first paint (its full chunks are asked for after it); test/embed/size.test.ts measures
// the same in a page. And what the page downloads in all, once the element has taken over.
const paintFile = map.paint?.['dj-bar-chart'];
const before = gzipOf('dj-widgets.js') + (paintFile ? gzipOf(`chunks/${paintFile}`) : gzipOf(`chunks/${map.shared}`) + gzipOf(`chunks/${map.tags['dj-bar-chart']}`));
const all = gzipOf('dj-widgets.js') + (paintFile ? gzipOf(`chunks/${paintFile}`) : 0) + gzipOf(`chunks/${map.shared}`) + gzipOf(`chunks/${map.tags['dj-bar-chart']}`);
const a = budget['article-one-bar'];
console.log(`  a page with one bar chart downloads ${before} B gzip of script before its bars are drawn (loader + ${paintFile ? 'first paint' : 'shared + bar chart'}); budget ${a.budgetGzipBytes}, target ${a.targetGzipBytes}`);
console.log(`  … and ${all} B gzip in all once the element has taken over (+ shared + bar chart)`);
console.log('\nextractor');
spawnSync('node', ['bench/extract.bench.mjs', 'dist/extract.js'], { stdio: 'inherit' });
console.log('\nrendering');
spawnSync('node', ['bench/browser.bench.mjs'], { stdio: 'inherit' });
