// The widget manifest (src/widgets/manifest.ts) is the one list: package.json's widget exports,
// each widget's files and its define module agree with it. And the generator (npm run new-widget)
// cannot rot: it runs into a temporary copy of the repository, writes a widget whose files
// type-check and lint clean, inserts one manifest entry the build tools read back, and refuses
// bad or taken names. Run: node --test test/e2e/manifest.e2e.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { readManifest } from '../../scripts/manifest.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WIDGETS = readManifest();
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('the manifest lists the eight widgets, each with its folder, element, define module, drawing and sample', () => {
  assert.deepEqual(WIDGETS.map((w) => w.tag).sort(), ['dj-bar-chart', 'dj-big-number', 'dj-figures', 'dj-line-chart', 'dj-project-tracker', 'dj-targets', 'dj-timeline', 'dj-waffle']);
  for (const w of WIDGETS) {
    // A first paint (core/paint/), where the entry has one: the bar chart's.
    assert.equal(w.paint, w.name === 'bar-chart', `${w.name}: paint`);
    for (const file of [`${w.name}.ts`, `${w.name}.define.ts`, `${w.name}.svg.ts`, `${w.name}.sample.ts`, ...(w.paint ? [`${w.name}.paint.ts`] : [])]) {
      assert.ok(fs.existsSync(path.join(ROOT, 'src/widgets', w.name, file)), `src/widgets/${w.name}/${file} exists`);
    }
    const define = fs.readFileSync(path.join(ROOT, 'src/widgets', w.name, `${w.name}.define.ts`), 'utf8');
    assert.match(define, new RegExp(`defineElement\\('${w.tag}', ${w.className}\\);`), `${w.name}.define.ts registers ${w.tag} with ${w.className}`);
    // Importing the class defines nothing: no registration left in the element's module.
    const element = fs.readFileSync(path.join(ROOT, 'src/widgets', w.name, `${w.name}.ts`), 'utf8');
    assert.doesNotMatch(element, /defineElement\(|customElements\.define\(/, `${w.name}.ts defines no tag`);
    assert.match(element, new RegExp(`export class ${w.className} `), `${w.name}.ts exports ${w.className}`);
  }
});

test("package.json exports one entry per manifest widget, at its define module, and no other widget", () => {
  const widgetKeys = Object.entries(pkg.exports).filter(([, v]) => typeof v === 'object' && /\/widgets\//.test(v.types ?? '')).map(([k]) => k);
  assert.deepEqual(widgetKeys.sort(), WIDGETS.map((w) => `./${w.name}`).sort());
  for (const w of WIDGETS) {
    assert.deepEqual(pkg.exports[`./${w.name}`], { types: `./dist/types/widgets/${w.name}/${w.name}.define.d.ts`, import: `./dist/${w.chunk}.js` });
  }
  // Only define modules have side effects: importing a class must stay tree-shakable.
  assert.ok(pkg.sideEffects.includes('./src/widgets/*/*.define.ts') && !pkg.sideEffects.includes('./src/widgets/*/*.ts'));
});

test('readManifest refuses an entry written another way instead of dropping the widget', () => {
  const text = fs.readFileSync(path.join(ROOT, 'src/widgets/manifest.ts'), 'utf8');
  assert.throws(() => readManifest(text.replace("name: 'waffle', tag: 'dj-waffle'", "tag: 'dj-waffle', name: 'waffle'")), /read 7 entries but it has 8 define loaders/);
  assert.throws(() => readManifest(text.replace("tag: 'dj-waffle'", "tag: 'dj-waffles'")), /must have tag dj-waffle/);
});

/** A copy of what the generator and the checks read, with the real node_modules linked in. */
function copyRepo() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dj-new-widget-'));
  for (const p of ['src', 'stories', 'scripts', 'test/helpers', 'package.json', 'tsconfig.json', 'eslint.config.js', 'eslint.arrows.js']) {
    fs.cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

const generate = (dir, ...args) => spawnSync(process.execPath, [path.join(dir, 'scripts/new-widget.mjs'), ...args, '--root', dir], { encoding: 'utf8' });

test('npm run new-widget writes a widget that type-checks and lints, and its one manifest entry and export', async () => {
  const dir = copyRepo();
  try {
    const r = generate(dir, 'slope-chart', '--zh', '斜率图');
    assert.equal(r.status, 0, r.stderr);
    const files = ['layout', 'data', 'styles', 'draw', 'svg', '', 'define', 'sample'].map((k) => `src/widgets/slope-chart/slope-chart${k ? `.${k}` : ''}.ts`);
    const others = ['stories/slope-chart.stories.ts', 'test/widgets/slope-chart/slope-chart.layout.test.ts', 'test/widgets/slope-chart/slope-chart.test.ts', 'test/widgets/slope-chart/slope-chart.draw.test.ts'];
    for (const f of [...files, ...others]) assert.ok(fs.existsSync(path.join(dir, f)), `${f} written`);
    const after = readManifest(fs.readFileSync(path.join(dir, 'src/widgets/manifest.ts'), 'utf8'));
    // A new widget has no first paint (core/paint/) until one is written for it.
    assert.deepEqual(after.at(-1), { name: 'slope-chart', tag: 'dj-slope-chart', className: 'DjSlopeChart', chunk: 'slope-chart', input: 'data', paint: false });
    assert.equal(after.length, WIDGETS.length + 1);
    assert.match(fs.readFileSync(path.join(dir, 'src/widgets/manifest.ts'), 'utf8'), /label: \{ zh: '斜率图', en: 'Slope chart' \}/);
    const newPkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    assert.deepEqual(newPkg.exports['./slope-chart'], { types: './dist/types/widgets/slope-chart/slope-chart.define.d.ts', import: './dist/slope-chart.js' });
    // Everything else in package.json as it was.
    assert.deepEqual({ ...newPkg, exports: { ...newPkg.exports, './slope-chart': undefined } }, { ...pkg, exports: { ...pkg.exports, './slope-chart': undefined } });

    // Type-check what it wrote (and all it imports) with the project's compiler options.
    fs.writeFileSync(path.join(dir, 'tsconfig.new-widget.json'), JSON.stringify({ extends: './tsconfig.json', include: [...files, ...others, 'src/widgets/manifest.ts'] }));
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(dir, 'tsconfig.new-widget.json')], { encoding: 'utf8' });
    assert.equal(tsc.status, 0, `${tsc.stdout}${tsc.stderr}`);

    // Lint it with the repository's rules, import arrows included.
    const eslint = new ESLint({ cwd: dir });
    const results = await eslint.lintFiles([...files, ...others, 'src/widgets/manifest.ts']);
    const problems = results.flatMap((res) => res.messages.map((m) => `${path.relative(dir, res.filePath)}:${m.line} ${m.ruleId}: ${m.message}`));
    assert.deepEqual(problems, []);

    // The builder takes it from its manifest entry alone: listed (tag, attributes a project may
    // set, name), offered for a table with numbers (its `builder.offer`), checked, saved and loaded.
    fs.writeFileSync(path.join(dir, 'probe.ts'), `
      import { WIDGET_ATTRIBUTES, WIDGET_TAGS } from './src/builder/widgets.js';
      import { parseInput } from './src/builder/parse.js';
      import { suggestWidgets } from './src/builder/suggest.js';
      import { loadProject } from './src/builder/project.js';
      import { widgetEntry } from './src/widgets/manifest.js';
      const table = parseInput('地区\\t地区生产总值（亿元）\\n广东\\t135673.16\\n江苏\\t128222.2\\n山东\\t92068.7\\n');
      const file = JSON.stringify({ format: 'dj-widgets-project', version: 1, widget: 'dj-slope-chart', input: { text: '地区\\t值\\n甲\\t1\\n', options: {} }, attributes: { value: '值' }, describe: {} });
      console.log(JSON.stringify({
        listed: WIDGET_TAGS.includes('dj-slope-chart'), attributes: WIDGET_ATTRIBUTES['dj-slope-chart'], label: widgetEntry('dj-slope-chart')?.builder.label,
        offered: suggestWidgets(table).map((s) => s.tag), loaded: loadProject(file).attributes,
      }));
    `);
    const { build } = await import('esbuild');
    await build({ entryPoints: [path.join(dir, 'probe.ts')], bundle: true, platform: 'node', format: 'esm', outfile: path.join(dir, 'probe.mjs'), logLevel: 'error' });
    const probe = spawnSync(process.execPath, [path.join(dir, 'probe.mjs')], { encoding: 'utf8' });
    assert.equal(probe.status, 0, probe.stderr);
    const seen = JSON.parse(probe.stdout);
    assert.equal(seen.listed, true);
    assert.deepEqual(seen.attributes, ['label', 'value', 'no-motion', 'width']);
    assert.deepEqual(seen.label, { zh: '斜率图', en: 'Slope chart' });
    assert.ok(seen.offered.includes('dj-slope-chart'), `offered: ${seen.offered.join(', ')}`);
    assert.ok(seen.offered.indexOf('dj-slope-chart') > seen.offered.indexOf('dj-bar-chart'), 'after the rules\' own suggestions');
    assert.deepEqual(seen.loaded, { value: '值' });

    // A second run with the same name, a bad name, or a taken one writes nothing.
    for (const [args, message] of [[['slope-chart'], /in the manifest already/], [['Slope_Chart'], /not lower-case words/], [['bar-chart'], /in the manifest already/], [[], /exactly one widget name/]]) {
      const again = generate(dir, ...args);
      assert.equal(again.status, 1);
      assert.match(again.stderr, message);
    }
    assert.equal(readManifest(fs.readFileSync(path.join(dir, 'src/widgets/manifest.ts'), 'utf8')).length, WIDGETS.length + 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
