// The widget manifest (src/widgets/manifest.ts) as Node build tools see it: name, tag, class and
// chunk of each entry. The manifest's loaders are `import()`s of Lit elements, which the Vite
// config loader would bundle and Node cannot run, so build tools read the entries' literal fields
// instead. The read is strict: every entry must name its fields in the generator's order, and the
// count must match the manifest's `define` loaders, so an entry written another way stops the
// build rather than silently dropping a widget.
import fs from 'node:fs';

const FILE = new URL('../src/widgets/manifest.ts', import.meta.url);
const ENTRY = /\{\s*name: '([a-z][a-z0-9-]*)', tag: '(dj-[a-z0-9-]+)', className: '([A-Za-z_$][\w$]*)', chunk: '([a-z][a-z0-9-]*)', input: '(data|text)',\s*define: \(\) => import\('\.\/([a-z0-9-]+)\/([a-z0-9-]+)\.define\.js'\),/g;

/** @returns {{ name: string, tag: string, className: string, chunk: string, input: 'data' | 'text', paint: boolean }[]} */
export function readManifest(text = fs.readFileSync(FILE, 'utf8')) {
  const list = [...text.matchAll(ENTRY)].map((m) => {
    const [, name, tag, className, chunk, input, folder, file] = m;
    if (tag !== `dj-${name}` || folder !== name || file !== name) throw new Error(`src/widgets/manifest.ts: entry "${name}" must have tag dj-${name} and load ./${name}/${name}.define.js`);
    // A first paint (`paint: () => import('./<name>/<name>.paint.js')`): built as its own chunk, imported by the loader first.
    const paint = text.includes(`paint: () => import('./${name}/${name}.paint.js')`);
    return { name, tag, className, chunk, input, paint };
  });
  const loaders = text.match(/define: \(\) => import\(/g)?.length ?? 0;
  if (list.length === 0 || list.length !== loaders) {
    throw new Error(`src/widgets/manifest.ts: read ${list.length} entries but it has ${loaders} define loaders; write each entry as scripts/new-widget.mjs does (name, tag, className, chunk, input, then define).`);
  }
  return list;
}
