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

await build({ ...common, entryPoints: ['src/server/index.ts'], outfile: 'dist/static-render.js' });

// dist/static.js, the entry: @lit-labs/ssr and parse5 are optional peer dependencies (browser users
// never install them), so a server user who has not installed them must be told which to install,
// not shown ERR_MODULE_NOT_FOUND from deep inside our file. Static imports fail before any code
// runs, hence the check first and a dynamic import after it; the export list is read from the
// built file so it cannot drift from src/server/index.ts.
const SERVER_PACKAGES = ['@lit-labs/ssr', 'parse5'];
const names = Object.keys(await import(new URL('../dist/static-render.js', import.meta.url).href)).sort();
fs.writeFileSync(
  'dist/static.js',
  `// dj-widgets/static: checks for its server-only packages, then loads the renderer.
const missing = ${JSON.stringify(SERVER_PACKAGES)}.filter((name) => {
  try {
    import.meta.resolve(name);
    return false;
  } catch {
    return true;
  }
});
if (missing.length > 0) {
  const cmd = \`npm install --save-dev \${missing.join(' ')}\`;
  throw new Error(
    \`dj-widgets/static renders on the server and needs \${missing.join(' and ')}, which are optional and not installed. Run: \${cmd}\n\` +
      \`dj-widgets/static 在服务器端渲染，需要可选依赖 \${missing.join('、')}，当前未安装。请运行：\${cmd}\`,
  );
}
const lib = await import('./static-render.js');
export const { ${names.join(', ')} } = lib;
`,
);
// The CLI is a two-line wrapper over the library file, so both run the same code.
fs.writeFileSync('dist/dj-static.js', "#!/usr/bin/env node\nimport { cliMain } from './static.js';\nprocess.exitCode = cliMain(process.argv.slice(2));\n", { mode: 0o755 });
