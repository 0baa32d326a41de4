// The architecture's import arrows (docs/ARCHITECTURE.md, eslint.arrows.js) fail on a planted wrong
// import. Each case lints planted source text through the repository's own eslint.config.js, as if it
// were the content of a real file in that folder (nothing is written to disk): every wrong import
// must be reported by no-restricted-imports, on its own line, and every legal one must not be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

/** [file whose folder the source is planted in, [import string, wrong?]…] */
const cases = [
  ['src/core/escape.ts', [
    ['../widgets/bar-chart/bar-chart.js', true], // core → widget
    ['../server/render.js', true], // core → server render
    ['dj-widgets', true], // the package's own name
    ['./measure.js', false],
  ]],
  ['src/widgets/bar-chart/bar-chart.paint.ts', [
    ['../../core/paint/paint.js', false],
    ['../line-chart/line-chart.layout.js', true], // widget → widget
  ]],
  ['src/core/static-svg/svg.ts', [
    ['../../server/render.js', true], // the server renderer from inside the SVG kit…
    ['../measure.js', false], // …and '../' is still core
    ['../../extract/index.js', true],
  ]],
  ['src/core/a11y/summary.ts', [
    ['../../widgets/targets/targets.status.js', true],
    ['../format/number.js', false],
  ]],
  ['src/core/format/number.ts', [
    ['../../widgets/targets/targets.status.js', true],
    ['../static-svg/paint.js', true], // core/format must stay runnable in Node for extract
    ['lit', true],
    ['../i18n/locale.js', false],
    ['./numeral.js', false],
  ]],
  ['src/widgets/waffle/rounding.ts', [
    ['../bar-chart/bar-chart.layout.js', true], // widget → widget
    ['../../extract/index.js', true], // only the figures widget may read with extract
    ['../../builder/index.js', true],
    ['../../core/format/number.js', false],
    ['./waffle.layout.js', false],
  ]],
  ['src/widgets/targets/targets.data.ts', [
    ['../timeline/timeline.layout.js', true], // widget → widget
    ['../../embed/params.js', true],
    ['../../extract/index.js', true], // targets names figure kinds through core/format/figure.ts
    ['../../core/format/figure.js', false],
    ['../../core/data/errors.js', false],
  ]],
  ['src/extract/index.ts', [
    ['../core/data/csv.js', true], // extract → core/data
    ['../core/widget.js', true],
    ['../widgets/targets/targets.status.js', true],
    ['../core/format/../data/csv.js', true], // a path that walks out of core/format
    ['lit', true],
    ['../core/format/numeral.js', false],
    ['./scanner.js', false],
  ]],
  ['src/data/haizhou-2021.ts', [
    ['../core/widget.js', true],
    ['../extract/index.js', false],
  ]],
  ['src/widgets/manifest.ts', [
    ['./bar-chart/bar-chart.js', true], // the element class: the manifest loads define modules only
    ['./bar-chart/bar-chart.layout.js', true],
    ['../builder/index.js', true],
    ['../index.js', true],
    ['./bar-chart/bar-chart.define.js', false],
    ['./bar-chart/bar-chart.svg.js', false],
    ['./bar-chart/bar-chart.sample.js', false],
    ['../core/sample.js', false],
  ]],
  ['src/builder/feasible.ts', [
    ['../widgets/waffle/waffle.js', true], // an element defines a tag
    ['../widgets/waffle/waffle.define.js', true],
    ['../widgets/manifest.js', false], // the widget list, Lit-free (its loaders are import()s)
    ['./app/state.js', true], // logic → UI
    ['../server/render.js', true],
    ['../embed/mount.js', true],
    ['lit', true],
    ['../widgets/waffle/waffle.layout.js', false],
    ['../widgets/project-tracker/project-tracker.data.js', false],
    ['../embed/params.js', false],
    ['../extract/index.js', false],
    ['../core/format/number.js', false],
  ]],
  ['src/builder/app/colors.ts', [
    ['../../widgets/bar-chart/bar-chart.js', true],
    ['../../server/render.js', true],
    ['../../embed/embed.js', true],
    ['../index.js', false],
    ['../../index.js', false],
    ['../../core/widget.js', false],
    ['../../data/haizhou-2021.article.js', false],
  ]],
  ['src/embed/params.ts', [
    ['../builder/index.js', true],
    ['../widgets/waffle/waffle.js', true],
    ['../index.js', false],
    ['../core/url.js', false],
  ]],
  ['src/server/narrow.ts', [
    ['../builder/index.js', true],
    ['../embed/embed.js', true],
    ['../index.js', false],
    ['../core/measure.js', false],
  ]],
  ['src/loader/error.ts', [
    ['../core/widget.js', true], // the loader stays tiny: the base arrives in the shared chunk
    ['../widgets/manifest.js', true],
    ['../core/paint/paint.js', true], // the painter is a chunk of its own
    ['../core/version.js', false],
    ['../core/paint/mark.js', false], // which roots were painted: a few lines, read by the loader
    ['./loader.js', false],
  ]],
  ['src/core/paint/paint.ts', [
    ['lit', true], // the first paint draws before Lit has arrived
    ['lit-html', true],
    ['@lit/reactive-element/css-tag.js', true],
    ['../../widgets/bar-chart/bar-chart.layout.js', true], // core → widget
    ['../data/typed.js', false],
    ['./dom.js', false],
  ]],
  ['src/index.ts', [
    ['./builder/index.js', true],
    ['./server/render.js', true],
    ['../stories/bar-chart.stories.js', true], // src/ never reaches out of src/
    ['./widgets/waffle/waffle.js', false],
    ['./core/widget.js', false],
  ]],
];

for (const [file, imports] of cases) {
  test(`import arrows in ${file.replace(/\/[^/]+$/, '/')}`, async () => {
    // One import per line (both `import` and `export … from` forms), so a report names its case.
    const text = imports.map(([spec], i) => (i % 2 ? `export { x${i} } from '${spec}';` : `import { x${i} } from '${spec}';`)).join('\n') + '\n';
    const [result] = await eslint.lintText(text, { filePath: file });
    const fatal = result.messages.filter((m) => m.fatal);
    assert.deepEqual(fatal, [], 'the planted source parses');
    const reported = new Set(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line));
    for (const [i, [spec, wrong]] of imports.entries()) {
      assert.equal(reported.has(i + 1), wrong, `${file}: '${spec}' should ${wrong ? '' : 'not '}be reported`);
    }
  });
}

test('dynamic import() is held to the same arrows', async () => {
  const text = [
    "export const a = import('../widgets/bar-chart/bar-chart.js');", // core → widget
    "export const b = import('./measure.js');",
    "export const c = import('lit');", // not wrong in core at large…
  ].join('\n') + '\n';
  const [core] = await eslint.lintText(text, { filePath: 'src/core/escape.ts' });
  assert.deepEqual(core.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line), [1]);
  const [extract] = await eslint.lintText("export const l = import('lit');\nexport const f = import('../core/format/numeral.js');\nexport const d = import('../core/data/csv.js');\n", { filePath: 'src/extract/index.ts' });
  // …but it is in extract, which runs in Node without a DOM.
  assert.deepEqual(extract.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.line), [1, 3]);
});

test('every file in src/ is under an arrows rule', async () => {
  // A new folder in src/ without its own block in eslint.arrows.js would be unchecked.
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(new URL('../../src/', import.meta.url), { recursive: true }).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 50, 'src/ is read');
  for (const file of files) {
    const config = await eslint.calculateConfigForFile(`src/${file}`);
    const rule = config?.rules?.['no-restricted-imports'];
    assert.ok(rule && rule[0] === 2 && rule[1].patterns.length > 2, `src/${file} has import arrows`);
  }
});
