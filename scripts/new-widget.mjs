#!/usr/bin/env node
// npm run new-widget <name> [--zh 斜率图] [--en "Slope chart"] [--root <dir>]
// Writes a new widget's folder (element, pure layout, data reader, its one drawing — <name>.draw.ts,
// mounted by the element with drawn() and serialised by the thin static wrapper <name>.svg.ts —,
// styles, define module, sample), its story and tests (element, layout, live-vs-static drawing), and
// inserts its one entry into src/widgets/manifest.ts.
// The widget it writes draws real data at once — a labelled dot per row on a shared value scale,
// keyboard-navigable, with a summary, the data table and a static SVG — so every generic suite
// (hardening, readers, static SVG, CSP) covers it from the first run; then make it your widget.
// Templates: scripts/new-widget/templates.mjs. `--root` writes into another checkout (the
// generator's own test uses a temporary copy).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readManifest } from './manifest.mjs';
import { templates } from './new-widget/templates.mjs';

const USAGE = 'usage: npm run new-widget <name> [--zh <中文名>] [--en <English name>]   (name: lower-case words joined by "-", e.g. slope-chart)';

function fail(message) {
  console.error(`new-widget: ${message}\n${USAGE}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { zh: { type: 'string' }, en: { type: 'string' }, root: { type: 'string' } } });
const name = positionals[0];
if (!name || positionals.length > 1) fail('give exactly one widget name.');
// The tag is dj-<name>: a valid custom element name, and the folder, chunk and entry names too.
if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name)) fail(`"${name}" is not lower-case words joined by "-".`);
if (name === 'manifest') fail('"manifest" is the widget list itself.');

const root = path.resolve(values.root ?? path.join(import.meta.dirname, '..'));
const manifestFile = path.join(root, 'src/widgets/manifest.ts');
const manifestText = fs.readFileSync(manifestFile, 'utf8');
const existing = readManifest(manifestText);
if (existing.some((w) => w.name === name)) fail(`<dj-${name}> is in the manifest already.`);
if (fs.existsSync(path.join(root, 'src/widgets', name))) fail(`src/widgets/${name}/ exists already.`);

/** A TypeScript string literal in single quotes, as the manifest is written. */
const quote = (text) => `'${text.replace(/[\\']/g, (c) => `\\${c}`).replace(/[\n\r]/g, ' ')}'`;

const words = name.split('-');
const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const en = values.en ?? words.map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
const names = {
  name,
  tag: `dj-${name}`,
  className: `Dj${pascal}`,
  pascal,
  camel: pascal[0].toLowerCase() + pascal.slice(1),
  en,
  zh: values.zh ?? en,
  rank: existing.length,
};

const written = [];
for (const file of Object.keys(templates(names))) {
  const full = path.join(root, file);
  if (fs.existsSync(full)) fail(`${file} exists already; nothing was written.`);
}
for (const [file, text] of Object.entries(templates(names))) {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  written.push(file);
}

// The one line (an entry, as the other entries are written) above the manifest's marker.
const MARK = '  // new-widget: entries above this line';
if (!manifestText.includes(MARK)) fail(`src/widgets/manifest.ts has lost its line "${MARK.trim()}".`);
const entry = `  {
    name: '${name}', tag: '${names.tag}', className: '${names.className}', chunk: '${name}', input: 'data',
    define: () => import('./${name}/${name}.define.js'),
    drawing: () => import('./${name}/${name}.svg.js'),
    sample: () => import('./${name}/${name}.sample.js'),
    builder: { label: { zh: ${quote(names.zh)}, en: ${quote(names.en)} }, rank: ${names.rank}, frameHeight: 420, attributes: [...COMMON], offer: { score: 0.2, en: 'A dot per row on one value scale.', zh: '每行一个点，共用一个数值刻度。' } },
  },
`;
const next = manifestText.replace(MARK, `${entry}${MARK}`);
// The build reads the manifest too: prove the new entry reads as the others do.
if (readManifest(next).length !== existing.length + 1) fail('the new manifest entry could not be read back; nothing was inserted.');
fs.writeFileSync(manifestFile, next);
written.push('src/widgets/manifest.ts (one entry)');

// Its ESM entry `dj-widgets/<name>` in package.json's exports, after the other widgets'
// (test/e2e/manifest.e2e.mjs holds the exports to the manifest).
const pkgFile = path.join(root, 'package.json');
const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
const after = `./${existing.at(-1).name}`;
const exportsOut = {};
for (const [key, value] of Object.entries(pkg.exports)) {
  exportsOut[key] = value;
  if (key === after) exportsOut[`./${name}`] = { types: `./dist/types/widgets/${name}/${name}.define.d.ts`, import: `./dist/${name}.js` };
}
if (!exportsOut[`./${name}`]) fail(`package.json exports has no "${after}" to put "./${name}" after.`);
fs.writeFileSync(pkgFile, `${JSON.stringify({ ...pkg, exports: exportsOut }, null, 2)}\n`);
written.push('package.json (its export)');

console.log(`new-widget: <${names.tag}> (${names.className})\n${written.map((f) => `  ${f}`).join('\n')}`);
console.log(`Next: node scripts/test.mjs --files 'test/widgets/${name}/*.test.ts' 'test/hardening/*.test.ts' 'test/readers/*.test.ts'`);
