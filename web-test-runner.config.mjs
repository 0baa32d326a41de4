// Every test runs in real headless Chromium (Debian's, found by scripts/find-chrome.mjs).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { findChrome } from './scripts/find-chrome.mjs';

const chrome = findChrome();

const esbuild = esbuildPlugin({
  ts: true,
  target: 'es2022',
  tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
});
// The built bundle must reach the page byte for byte (the embedding and size tests load it as
// a news page would), so esbuild leaves dist/ alone.
const transform = esbuild.transform.bind(esbuild);
esbuild.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transform(context));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: keyboard tests (sendKeys) need the focused page to be theirs.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuild],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chrome ?? undefined,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
