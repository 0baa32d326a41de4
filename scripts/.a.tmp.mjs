import { build } from 'vite';
const out = await build({ mode: 'chunks', logLevel: 'silent', build: { write: false } });
for (const c of (Array.isArray(out) ? out : [out]).flatMap((o) => o.output)) {
  if (c.type !== 'chunk' || c.isEntry) continue;
  const mods = Object.entries(c.modules).map(([id, m]) => [m.renderedLength, id.replace(/.*node_modules\//, 'nm/').replace(process.cwd(), '')]).sort((a, b) => b[0] - a[0]);
  console.log('##', c.name, c.code.length, mods.map(([n,id])=>n+' '+id).join(', '));
}
