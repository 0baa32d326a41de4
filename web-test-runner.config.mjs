// Every test runs in real headless Chromium (Debian's, found by scripts/find-chrome.mjs).
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { findChrome } from './scripts/find-chrome.mjs';

const chrome = findChrome();

/** Ends the run with one plain line, "N passed, N failed", that any CI can read. */
function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        if (!suite) return;
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        walk(s.testResults);
        // A file that failed to load counts as a failure, not as zero tests.
        if (!s.passed && !s.testResults?.tests.length && !s.testResults?.suites.length) failed++;
      }
      console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    },
  };
}

const esbuild = esbuildPlugin({
  ts: true,
  target: 'es2022',
  tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
});
// The built bundle must reach the page byte for byte (the embedding and size tests load it as
// a news page would), so esbuild leaves dist/ alone.
const transform = esbuild.transform.bind(esbuild);
esbuild.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transform(context));

// Calendar dates must not move with the reader's time zone: the date tests run a second time in a
// page emulating Los Angeles (UTC−8, where a local-time reading of "2021-01-15" is the 14th).
const TZ = 'America/Los_Angeles';
const tzGroup = {
  name: 'tz-los-angeles',
  files: ['test/core/format/date.tz.test.ts'],
  testRunnerHtml: (framework) =>
    `<html><head><script>window.__DJ_EXPECT_TZ = ${JSON.stringify(TZ)};</script></head><body><script type="module" src="${framework}"></script></body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chrome ?? undefined, headless: true, args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage'] },
      createPage: async ({ browser }) => {
        const page = await browser.newPage();
        await page.emulateTimezone(TZ);
        return page;
      },
    }),
  ],
};

export default {
  // *.tz.test.ts run only in their time-zone group below.
  files: ['test/**/*.test.ts', '!test/**/*.tz.test.ts'],
  groups: [tzGroup],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: keyboard tests (sendKeys) need the focused page to be theirs.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuild],
  reporters: [defaultReporter(), summaryReporter()],
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
