// dj-widgets/static for Node: dist/static.js (renderWidget, prerenderHtml, the Vite plugin) and
// dist/dj-static.js (the CLI). esbuild, not Vite: a Node library with its packages left as
// imports, so Node resolves lit to its server build (with Lit's DOM shim).
import fs from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
  // Lit's production build on the server too: no dev-mode warnings in a build log.
  conditions: ['production'],
};

await build({ ...common, entryPoints: ['src/static/index.ts'], outfile: 'dist/static.js' });
// The CLI is a two-line wrapper over the library file, so both run the same code.
fs.writeFileSync('dist/dj-static.js', "#!/usr/bin/env node\nimport { cliMain } from './static.js';\nprocess.exitCode = cliMain(process.argv.slice(2));\n", { mode: 0o755 });
