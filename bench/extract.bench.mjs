#!/usr/bin/env node
// How long extractFigures takes on ~1 MB inputs, ordinary and hostile. Run by `npm run bench`
// after `npm run build`, or by hand: node bench/extract.bench.mjs [path/to/extract.js]
// Linear time shows as roughly equal ms per MB at 0.25, 0.5 and 1 MB.
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const bundle = process.argv[2] ?? 'dist/extract.js';
const { extractFigures } = await import(pathToFileURL(path.resolve(bundle)).href);

const fill = (unit, chars) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
const inputs = {
  'report sentences': '全年完成地区生产总值1.3万亿元，同比增长-8.92%；新增规上工业企业15家以上。',
  'one clause, no punctuation': '工业投资增长12%工业应税销售收入突破400亿元',
  'digits only': '1234567890',
  'Chinese numeral chars': '一二三四五六七八九十百千万亿',
  'dashes and digits': '1-',
  'list separators': '、1亩',
  'thresholds': '过10亿元项目',
  'percent words': '百分之',
  'no figures': '数九寒冬天寒地冻可海州各项目建设现场热浪滚滚',
  'shared-unit lists': '1和2个百分点、',
  'bare numbers and joins': '1和',
  'English wire copy': 'Exports rose 3.5% to $45.34 billion, while about 1,800 jobs were added. ',
  'English dates and money': 'Oct. 18 $1,',
  'runs of 的': '的',
  'unbalanced quotes/brackets': '“（【《("增长5%',
  'English run-on clause': 'rose 5% to ',
  'English list of sums': '$1.5 billion, ',
};
/** The ordinary texts a hostile one is compared with (the issue: no input over 2× of these). */
const ORDINARY = ['report sentences', 'English wire copy'];

const oneMb = new Map();
for (const [name, unit] of Object.entries(inputs)) {
  const row = [];
  for (const mb of [0.25, 0.5, 1]) {
    const text = fill(unit, Math.round(mb * 1024 * 1024));
    const t0 = performance.now();
    const n = extractFigures(text).length;
    const ms = performance.now() - t0;
    if (mb === 1) oneMb.set(name, ms);
    row.push(`${mb} MB: ${ms.toFixed(0)} ms (${n} figures)`);
  }
  console.log(`${name.padEnd(28)} ${row.join('   ')}`);
}
const ordinary = Math.max(...ORDINARY.map((k) => oneMb.get(k)));
const worst = [...oneMb.entries()].sort((a, b) => b[1] - a[1])[0];
console.log(`slowest 1 MB: ${worst[0]} ${worst[1].toFixed(0)} ms = ${(worst[1] / ordinary).toFixed(2)}× the slower ordinary text (${ordinary.toFixed(0)} ms)`);
