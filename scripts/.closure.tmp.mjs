import * as esbuild from 'esbuild';
const r = await esbuild.build({ entryPoints: [process.argv[2]], bundle: true, write: false, metafile: true, format: 'esm', minify: true, conditions: ['production'], outdir: '/tmp/x', tsconfig: 'tsconfig.json' });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k.replace(/.*node_modules\//, 'nm/')]).sort((a, b) => b[0] - a[0]);
console.log('total', out.bytes);
console.log(rows.map(([n, k]) => `${String(n).padStart(6)} ${k}`).join('\n'));
